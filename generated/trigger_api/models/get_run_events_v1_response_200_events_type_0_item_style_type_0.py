from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_run_events_v1_response_200_events_type_0_item_style_type_0_accessory_type_0 import (
        GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0,
    )


T = TypeVar("T", bound="GetRunEventsV1Response200EventsType0ItemStyleType0")


@_attrs_define
class GetRunEventsV1Response200EventsType0ItemStyleType0:
    """Display style metadata for the event."""

    icon: None | str | Unset = UNSET
    """ Icon identifier for display. """
    variant: None | str | Unset = UNSET
    """ Visual variant (e.g. "success", "failure"). """
    accessory: GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0 | None | Unset = UNSET
    """ Accessory display element. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_run_events_v1_response_200_events_type_0_item_style_type_0_accessory_type_0 import (
            GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0,
        )

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        else:
            variant = self.variant

        accessory: dict[str, Any] | None | Unset
        if isinstance(self.accessory, Unset):
            accessory = UNSET
        elif isinstance(self.accessory, GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0):
            accessory = self.accessory.to_dict()
        else:
            accessory = self.accessory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if icon is not UNSET:
            field_dict["icon"] = icon
        if variant is not UNSET:
            field_dict["variant"] = variant
        if accessory is not UNSET:
            field_dict["accessory"] = accessory

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_run_events_v1_response_200_events_type_0_item_style_type_0_accessory_type_0 import (
            GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0,
        )

        d = dict(src_dict)

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        def _parse_variant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        def _parse_accessory(
            data: object,
        ) -> GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accessory_type_0 = GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0.from_dict(data)

                return accessory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0 | None | Unset, data)

        accessory = _parse_accessory(d.pop("accessory", UNSET))

        get_run_events_v1_response_200_events_type_0_item_style_type_0 = cls(
            icon=icon,
            variant=variant,
            accessory=accessory,
        )

        get_run_events_v1_response_200_events_type_0_item_style_type_0.additional_properties = d
        return get_run_events_v1_response_200_events_type_0_item_style_type_0

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
