from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.run_events_events_type_0_item_style_type_0_accessory_type_0_style import (
    RunEventsEventsType0ItemStyleType0AccessoryType0Style,
    parse_run_events_events_type_0_item_style_type_0_accessory_type_0_style,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunEventsEventsType0ItemStyleType0AccessoryType0")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"text": "text", "style": "style"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RunEventsEventsType0ItemStyleType0AccessoryType0:
    """Accessory display element."""

    text: str | None = None
    style: RunEventsEventsType0ItemStyleType0AccessoryType0Style | None = None
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
        _src: Any = src_dict
        text: None | str | Unset = _src.get("text")

        _style = _src.get("style")
        style: RunEventsEventsType0ItemStyleType0AccessoryType0Style | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = parse_run_events_events_type_0_item_style_type_0_accessory_type_0_style(_style)

        run_events_events_type_0_item_style_type_0_accessory_type_0 = cls(
            text,
            style,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        run_events_events_type_0_item_style_type_0_accessory_type_0.additional_properties = d
        return run_events_events_type_0_item_style_type_0_accessory_type_0

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
