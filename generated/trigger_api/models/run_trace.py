from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_trace_trace_type_0 import RunTraceTraceType0


T = TypeVar("T", bound="RunTrace")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"trace": "trace"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RunTrace:
    """A ``RunTrace`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    trace: RunTraceTraceType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace: dict[str, Any] | None | Unset
        if isinstance(self.trace, Unset):
            trace = UNSET
        elif isinstance(self.trace, RunTraceTraceType0):
            trace = self.trace.to_dict()
        else:
            trace = self.trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        _trace = _src.get("trace")
        trace: None | RunTraceTraceType0 | Unset
        if _trace is None:
            trace = None
        else:
            try:
                if not isinstance(_trace, dict):
                    raise TypeError()
                trace_type_0 = RunTraceTraceType0.from_dict(_trace)

                trace = trace_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                trace = _trace

        run_trace = cls(
            trace,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        run_trace.additional_properties = d
        return run_trace

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


from ..models.run_trace_trace_type_0 import RunTraceTraceType0
