from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="RunTraceSpan")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "run_id": "runId",
    "message": "message",
    "start_time": "startTime",
    "duration": "duration",
    "is_error": "isError",
    "is_partial": "isPartial",
    "is_cancelled": "isCancelled",
    "level": "level",
    "parent_id": "parentId",
    "attempt_number": "attemptNumber",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RunTraceSpan:
    """A ``RunTraceSpan`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    run_id: str
    message: str
    start_time: datetime.datetime
    duration: float
    """ Nanoseconds """
    is_error: bool
    is_partial: bool
    is_cancelled: bool
    level: str
    parent_id: str | None = None
    attempt_number: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_id = self.run_id

        message = self.message

        start_time = (
            (self.start_time if self.start_time.tzinfo else self.start_time.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        duration = self.duration

        is_error = self.is_error

        is_partial = self.is_partial

        is_cancelled = self.is_cancelled

        level = self.level

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        attempt_number: int | None | Unset
        if isinstance(self.attempt_number, Unset):
            attempt_number = UNSET
        else:
            attempt_number = self.attempt_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "runId": run_id,
                "message": message,
                "startTime": start_time,
                "duration": duration,
                "isError": is_error,
                "isPartial": is_partial,
                "isCancelled": is_cancelled,
                "level": level,
            }
        )
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if attempt_number is not UNSET:
            field_dict["attemptNumber"] = attempt_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        run_id = _src["runId"]

        message = _src["message"]

        try:
            start_time = parse_datetime(_src["startTime"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"startTime: {exc}") from exc

        duration = _src["duration"]

        is_error = _src["isError"]

        is_partial = _src["isPartial"]

        is_cancelled = _src["isCancelled"]

        level = _src["level"]

        parent_id: None | str | Unset = _src.get("parentId")

        attempt_number: int | None | Unset = _src.get("attemptNumber")

        run_trace_span = cls(
            id,
            run_id,
            message,
            start_time,
            duration,
            is_error,
            is_partial,
            is_cancelled,
            level,
            parent_id,
            attempt_number,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        run_trace_span.additional_properties = d
        return run_trace_span

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
