from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET

T = TypeVar("T", bound="IgnoreErrorV1Body")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "duration": "duration",
    "occurrence_rate": "occurrenceRate",
    "total_occurrences": "totalOccurrences",
    "reason": "reason",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class IgnoreErrorV1Body:
    """A ``IgnoreErrorV1Body`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    duration: int | None = None
    """ How long to ignore the error for, in milliseconds. """
    occurrence_rate: float | None = None
    """ Re-surface the error if its occurrence rate exceeds this many occurrences per minute. """
    total_occurrences: int | None = None
    """ Re-surface the error once it accrues this many new occurrences after being ignored. """
    reason: str | None = None
    """ An optional human-readable reason for ignoring the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        occurrence_rate = self.occurrence_rate

        total_occurrences = self.total_occurrences

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration is not UNSET:
            field_dict["duration"] = duration
        if occurrence_rate is not UNSET:
            field_dict["occurrenceRate"] = occurrence_rate
        if total_occurrences is not UNSET:
            field_dict["totalOccurrences"] = total_occurrences
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        duration = _src.get("duration")

        occurrence_rate = _src.get("occurrenceRate")

        total_occurrences = _src.get("totalOccurrences")

        reason = _src.get("reason")

        ignore_error_v1_body = cls(
            duration,
            occurrence_rate,
            total_occurrences,
            reason,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        ignore_error_v1_body.additional_properties = d
        return ignore_error_v1_body

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
