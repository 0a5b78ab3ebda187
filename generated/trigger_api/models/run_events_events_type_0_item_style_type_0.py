from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_events_events_type_0_item_style_type_0_accessory_type_0 import (
        RunEventsEventsType0ItemStyleType0AccessoryType0,
    )


T = TypeVar("T", bound="RunEventsEventsType0ItemStyleType0")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"icon": "icon", "variant": "variant", "accessory": "accessory"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RunEventsEventsType0ItemStyleType0:
    """Display style metadata for the event."""

    icon: str | None = None
    """ Icon identifier for display. """
    variant: str | None = None
    """ Visual variant (e.g. "success", "failure"). """
    accessory: RunEventsEventsType0ItemStyleType0AccessoryType0 | None = None
    """ Accessory display element. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        elif isinstance(self.accessory, RunEventsEventsType0ItemStyleType0AccessoryType0):
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
        _src: Any = src_dict
        icon: None | str | Unset = _src.get("icon")

        variant: None | str | Unset = _src.get("variant")

        _accessory = _src.get("accessory")
        accessory: None | RunEventsEventsType0ItemStyleType0AccessoryType0 | Unset
        if _accessory is None:
            accessory = None
        else:
            try:
                if not isinstance(_accessory, dict):
                    raise TypeError()
                accessory_type_0 = RunEventsEventsType0ItemStyleType0AccessoryType0.from_dict(_accessory)

                accessory = accessory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                accessory = _accessory

        run_events_events_type_0_item_style_type_0 = cls(
            icon,
            variant,
            accessory,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        run_events_events_type_0_item_style_type_0.additional_properties = d
        return run_events_events_type_0_item_style_type_0

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


from ..models.run_events_events_type_0_item_style_type_0_accessory_type_0 import (
    RunEventsEventsType0ItemStyleType0AccessoryType0,
)
