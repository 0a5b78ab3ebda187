from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.report_severity import ReportSeverity, parse_report_severity

if TYPE_CHECKING:
    from ..models.report_view_model_summary_statements_item import (
        ReportViewModelSummaryStatementsItem,
    )


T = TypeVar("T", bound="ReportViewModelSummary")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"severity": "severity", "statements": "statements"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ReportViewModelSummary:
    """A ``ReportViewModelSummary`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    severity: ReportSeverity
    statements: list[ReportViewModelSummaryStatementsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        severity = self.severity.value

        statements = []
        for statements_item_data in self.statements:
            statements_item = statements_item_data.to_dict()
            statements.append(statements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "severity": severity,
                "statements": statements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        severity = parse_report_severity(_src["severity"])

        statements = []
        _statements = _src["statements"]
        for statements_item_data in _statements:
            statements_item = ReportViewModelSummaryStatementsItem.from_dict(statements_item_data)

            statements.append(statements_item)

        report_view_model_summary = cls(
            severity,
            statements,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        report_view_model_summary.additional_properties = d
        return report_view_model_summary

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


from ..models.report_view_model_summary_statements_item import (
    ReportViewModelSummaryStatementsItem,
)
