from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_run_trace_v1_response_200_trace_type_0 import (
        GetRunTraceV1Response200TraceType0,
    )


T = TypeVar("T", bound="GetRunTraceV1Response200")


@_attrs_define
class GetRunTraceV1Response200:
    trace: GetRunTraceV1Response200TraceType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_run_trace_v1_response_200_trace_type_0 import (
            GetRunTraceV1Response200TraceType0,
        )

        trace: dict[str, Any] | None | Unset
        if isinstance(self.trace, Unset):
            trace = UNSET
        elif isinstance(self.trace, GetRunTraceV1Response200TraceType0):
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
        from ..models.get_run_trace_v1_response_200_trace_type_0 import (
            GetRunTraceV1Response200TraceType0,
        )

        d = dict(src_dict)

        def _parse_trace(data: object) -> GetRunTraceV1Response200TraceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trace_type_0 = GetRunTraceV1Response200TraceType0.from_dict(data)

                return trace_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetRunTraceV1Response200TraceType0 | None | Unset, data)

        trace = _parse_trace(d.pop("trace", UNSET))

        get_run_trace_v1_response_200 = cls(
            trace=trace,
        )

        get_run_trace_v1_response_200.additional_properties = d
        return get_run_trace_v1_response_200

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
