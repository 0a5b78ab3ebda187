from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span_detailed_summary import SpanDetailedSummary


T = TypeVar("T", bound="RunTraceTraceType0")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"trace_id": "traceId", "root_span": "rootSpan"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RunTraceTraceType0:
    """A ``RunTraceTraceType0`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    trace_id: str | None = None
    """ The OTel trace ID. """
    root_span: SpanDetailedSummary | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        root_span: dict[str, Any] | Unset = UNSET
        if not isinstance(self.root_span, Unset):
            root_span = self.root_span.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if root_span is not UNSET:
            field_dict["rootSpan"] = root_span

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        trace_id: None | str | Unset = _src.get("traceId")

        _root_span = _src.get("rootSpan")
        root_span: SpanDetailedSummary | Unset
        if isinstance(_root_span, Unset):
            root_span = UNSET
        else:
            root_span = SpanDetailedSummary.from_dict(_root_span)

        run_trace_trace_type_0 = cls(
            trace_id,
            root_span,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        run_trace_trace_type_0.additional_properties = d
        return run_trace_trace_type_0

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


from ..models.span_detailed_summary import SpanDetailedSummary
