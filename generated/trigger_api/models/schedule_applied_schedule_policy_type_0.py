from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.schedule_applied_schedule_policy_type_0_reason import (
    ScheduleAppliedSchedulePolicyType0Reason,
    parse_schedule_applied_schedule_policy_type_0_reason,
)

T = TypeVar("T", bound="ScheduleAppliedSchedulePolicyType0")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"minimum_window_seconds": "minimumWindowSeconds", "reason": "reason"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ScheduleAppliedSchedulePolicyType0:
    """A ``ScheduleAppliedSchedulePolicyType0`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    minimum_window_seconds: float
    reason: ScheduleAppliedSchedulePolicyType0Reason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        minimum_window_seconds = self.minimum_window_seconds

        reason = self.reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minimumWindowSeconds": minimum_window_seconds,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        minimum_window_seconds = _src["minimumWindowSeconds"]

        reason = parse_schedule_applied_schedule_policy_type_0_reason(_src["reason"])

        schedule_applied_schedule_policy_type_0 = cls(
            minimum_window_seconds,
            reason,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        schedule_applied_schedule_policy_type_0.additional_properties = d
        return schedule_applied_schedule_policy_type_0

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
