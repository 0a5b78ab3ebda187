from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

T = TypeVar("T", bound="RunTraceAttemptFailure")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"span_id": "spanId", "attempt_number": "attemptNumber", "run_id": "runId"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RunTraceAttemptFailure:
    """A ``RunTraceAttemptFailure`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    span_id: str
    attempt_number: int
    run_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        span_id = self.span_id

        attempt_number = self.attempt_number

        run_id = self.run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spanId": span_id,
                "attemptNumber": attempt_number,
                "runId": run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        span_id = _src["spanId"]

        attempt_number = _src["attemptNumber"]

        run_id = _src["runId"]

        run_trace_attempt_failure = cls(
            span_id,
            attempt_number,
            run_id,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        run_trace_attempt_failure.additional_properties = d
        return run_trace_attempt_failure

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
