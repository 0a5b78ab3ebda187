from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.get_run_events_v1_response_200_events_type_0_item_style_type_0_accessory_type_0_style import (
    GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0Style,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0")


@_attrs_define
class GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0:
    """Accessory display element."""

    text: None | str | Unset = UNSET
    style: GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0Style | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        _style = d.pop("style", UNSET)
        style: GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0Style | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0Style(_style)

        get_run_events_v1_response_200_events_type_0_item_style_type_0_accessory_type_0 = cls(
            text=text,
            style=style,
        )

        get_run_events_v1_response_200_events_type_0_item_style_type_0_accessory_type_0.additional_properties = d
        return get_run_events_v1_response_200_events_type_0_item_style_type_0_accessory_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
