from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.report_severity import ReportSeverity, parse_report_severity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportViewModelSummaryStatementsItem")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"finding_type": "findingType", "severity": "severity", "reason": "reason"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ReportViewModelSummaryStatementsItem:
    """A ``ReportViewModelSummaryStatementsItem`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    finding_type: str
    severity: ReportSeverity
    reason: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finding_type = self.finding_type

        severity = self.severity.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "findingType": finding_type,
                "severity": severity,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        finding_type = _src["findingType"]

        severity = parse_report_severity(_src["severity"])

        reason: None | str | Unset = _src.get("reason")

        report_view_model_summary_statements_item = cls(
            finding_type,
            severity,
            reason,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        report_view_model_summary_statements_item.additional_properties = d
        return report_view_model_summary_statements_item

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
