from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.report_finding import ReportFinding
    from ..models.report_metric import ReportMetric
    from ..models.report_view_model_facts import ReportViewModelFacts
    from ..models.report_view_model_footer_item import ReportViewModelFooterItem
    from ..models.report_view_model_links_item import ReportViewModelLinksItem
    from ..models.report_view_model_summary import ReportViewModelSummary


T = TypeVar("T", bound="ReportViewModel")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "title": "title",
    "scope": "scope",
    "period": "period",
    "generated_at": "generatedAt",
    "window_minutes": "windowMinutes",
    "summary": "summary",
    "findings": "findings",
    "metrics": "metrics",
    "facts": "facts",
    "links": "links",
    "footer": "footer",
    "baseline_label": "baselineLabel",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ReportViewModel:
    """A ``ReportViewModel`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    title: str
    scope: str
    period: str
    """ e.g. `last 1h` """
    generated_at: datetime.datetime
    window_minutes: float
    summary: ReportViewModelSummary
    findings: list[ReportFinding]
    metrics: list[ReportMetric]
    facts: ReportViewModelFacts
    links: list[ReportViewModelLinksItem]
    footer: list[ReportViewModelFooterItem]
    baseline_label: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        scope = self.scope

        period = self.period

        generated_at = (
            (self.generated_at if self.generated_at.tzinfo else self.generated_at.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        window_minutes = self.window_minutes

        summary = self.summary.to_dict()

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        facts = self.facts.to_dict()

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        footer = []
        for footer_item_data in self.footer:
            footer_item = footer_item_data.to_dict()
            footer.append(footer_item)

        baseline_label: None | str | Unset
        if isinstance(self.baseline_label, Unset):
            baseline_label = UNSET
        else:
            baseline_label = self.baseline_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "scope": scope,
                "period": period,
                "generatedAt": generated_at,
                "windowMinutes": window_minutes,
                "summary": summary,
                "findings": findings,
                "metrics": metrics,
                "facts": facts,
                "links": links,
                "footer": footer,
            }
        )
        if baseline_label is not UNSET:
            field_dict["baselineLabel"] = baseline_label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        title = _src["title"]

        scope = _src["scope"]

        period = _src["period"]

        try:
            generated_at = parse_datetime(_src["generatedAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"generatedAt: {exc}") from exc

        window_minutes = _src["windowMinutes"]

        summary = ReportViewModelSummary.from_dict(_src["summary"])

        findings = []
        _findings = _src["findings"]
        for findings_item_data in _findings:
            findings_item = ReportFinding.from_dict(findings_item_data)

            findings.append(findings_item)

        metrics = []
        _metrics = _src["metrics"]
        for metrics_item_data in _metrics:
            metrics_item = ReportMetric.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        facts = ReportViewModelFacts.from_dict(_src["facts"])

        links = []
        _links = _src["links"]
        for links_item_data in _links:
            links_item = ReportViewModelLinksItem.from_dict(links_item_data)

            links.append(links_item)

        footer = []
        _footer = _src["footer"]
        for footer_item_data in _footer:
            footer_item = ReportViewModelFooterItem.from_dict(footer_item_data)

            footer.append(footer_item)

        baseline_label: None | str | Unset = _src.get("baselineLabel")

        report_view_model = cls(
            title,
            scope,
            period,
            generated_at,
            window_minutes,
            summary,
            findings,
            metrics,
            facts,
            links,
            footer,
            baseline_label,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        report_view_model.additional_properties = d
        return report_view_model

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


from ..models.report_finding import ReportFinding
from ..models.report_metric import ReportMetric
from ..models.report_view_model_facts import ReportViewModelFacts
from ..models.report_view_model_footer_item import ReportViewModelFooterItem
from ..models.report_view_model_links_item import ReportViewModelLinksItem
from ..models.report_view_model_summary import ReportViewModelSummary
