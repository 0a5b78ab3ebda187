from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.report_metric_aggregation import (
    ReportMetricAggregation,
    parse_report_metric_aggregation,
)
from ..models.report_metric_availability import (
    ReportMetricAvailability,
    parse_report_metric_availability,
)
from ..models.report_metric_unit import ReportMetricUnit, parse_report_metric_unit
from ..models.report_severity import ReportSeverity, parse_report_severity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_metric_annotation_type_0 import ReportMetricAnnotationType0
    from ..models.report_metric_breakdown_type_0 import ReportMetricBreakdownType0
    from ..models.report_metric_delta_type_0 import ReportMetricDeltaType0
    from ..models.report_metric_series_type_0 import ReportMetricSeriesType0


T = TypeVar("T", bound="ReportMetric")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "value": "value",
    "unit": "unit",
    "severity": "severity",
    "aggregation": "aggregation",
    "normal": "normal",
    "delta": "delta",
    "series": "series",
    "breakdown": "breakdown",
    "annotation": "annotation",
    "availability": "availability",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ReportMetric:
    """A ``ReportMetric`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    value: float
    unit: ReportMetricUnit
    severity: ReportSeverity
    aggregation: ReportMetricAggregation | None = None
    normal: float | None = None
    delta: ReportMetricDeltaType0 | None = None
    series: ReportMetricSeriesType0 | None = None
    breakdown: ReportMetricBreakdownType0 | None = None
    annotation: ReportMetricAnnotationType0 | None = None
    availability: ReportMetricAvailability | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        unit = self.unit.value

        severity = self.severity.value

        aggregation: str | Unset = UNSET
        if not isinstance(self.aggregation, Unset):
            aggregation = self.aggregation.value

        normal: float | None | Unset
        if isinstance(self.normal, Unset):
            normal = UNSET
        else:
            normal = self.normal

        delta: dict[str, Any] | None | Unset
        if isinstance(self.delta, Unset):
            delta = UNSET
        elif isinstance(self.delta, ReportMetricDeltaType0):
            delta = self.delta.to_dict()
        else:
            delta = self.delta

        series: dict[str, Any] | None | Unset
        if isinstance(self.series, Unset):
            series = UNSET
        elif isinstance(self.series, ReportMetricSeriesType0):
            series = self.series.to_dict()
        else:
            series = self.series

        breakdown: dict[str, Any] | None | Unset
        if isinstance(self.breakdown, Unset):
            breakdown = UNSET
        elif isinstance(self.breakdown, ReportMetricBreakdownType0):
            breakdown = self.breakdown.to_dict()
        else:
            breakdown = self.breakdown

        annotation: dict[str, Any] | None | Unset
        if isinstance(self.annotation, Unset):
            annotation = UNSET
        elif isinstance(self.annotation, ReportMetricAnnotationType0):
            annotation = self.annotation.to_dict()
        else:
            annotation = self.annotation

        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "value": value,
                "unit": unit,
                "severity": severity,
            }
        )
        if aggregation is not UNSET:
            field_dict["aggregation"] = aggregation
        if normal is not UNSET:
            field_dict["normal"] = normal
        if delta is not UNSET:
            field_dict["delta"] = delta
        if series is not UNSET:
            field_dict["series"] = series
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown
        if annotation is not UNSET:
            field_dict["annotation"] = annotation
        if availability is not UNSET:
            field_dict["availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        value = _src["value"]

        unit = parse_report_metric_unit(_src["unit"])

        severity = parse_report_severity(_src["severity"])

        _aggregation = _src.get("aggregation")
        aggregation: ReportMetricAggregation | Unset
        if isinstance(_aggregation, Unset):
            aggregation = UNSET
        else:
            aggregation = parse_report_metric_aggregation(_aggregation)

        normal: float | None | Unset = _src.get("normal")

        _delta = _src.get("delta")
        delta: None | ReportMetricDeltaType0 | Unset
        if _delta is None:
            delta = None
        else:
            try:
                if not isinstance(_delta, dict):
                    raise TypeError()
                delta_type_0 = ReportMetricDeltaType0.from_dict(_delta)

                delta = delta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                delta = _delta

        _series = _src.get("series")
        series: None | ReportMetricSeriesType0 | Unset
        if _series is None:
            series = None
        else:
            try:
                if not isinstance(_series, dict):
                    raise TypeError()
                series_type_0 = ReportMetricSeriesType0.from_dict(_series)

                series = series_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                series = _series

        _breakdown = _src.get("breakdown")
        breakdown: None | ReportMetricBreakdownType0 | Unset
        if _breakdown is None:
            breakdown = None
        else:
            try:
                if not isinstance(_breakdown, dict):
                    raise TypeError()
                breakdown_type_0 = ReportMetricBreakdownType0.from_dict(_breakdown)

                breakdown = breakdown_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                breakdown = _breakdown

        _annotation = _src.get("annotation")
        annotation: None | ReportMetricAnnotationType0 | Unset
        if _annotation is None:
            annotation = None
        else:
            try:
                if not isinstance(_annotation, dict):
                    raise TypeError()
                annotation_type_0 = ReportMetricAnnotationType0.from_dict(_annotation)

                annotation = annotation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                annotation = _annotation

        _availability = _src.get("availability")
        availability: ReportMetricAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = parse_report_metric_availability(_availability)

        report_metric = cls(
            id,
            value,
            unit,
            severity,
            aggregation,
            normal,
            delta,
            series,
            breakdown,
            annotation,
            availability,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        report_metric.additional_properties = d
        return report_metric

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


from ..models.report_metric_annotation_type_0 import ReportMetricAnnotationType0
from ..models.report_metric_breakdown_type_0 import ReportMetricBreakdownType0
from ..models.report_metric_delta_type_0 import ReportMetricDeltaType0
from ..models.report_metric_series_type_0 import ReportMetricSeriesType0
