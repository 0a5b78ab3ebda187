from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.report_severity import ReportSeverity, parse_report_severity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_finding_anomaly_window_type_0 import (
        ReportFindingAnomalyWindowType0,
    )
    from ..models.report_finding_attribution_type_0 import ReportFindingAttributionType0
    from ..models.report_finding_exclusions_type_0_item import (
        ReportFindingExclusionsType0Item,
    )
    from ..models.report_finding_hedge_type_0 import ReportFindingHedgeType0
    from ..models.report_finding_observations_type_0_item import (
        ReportFindingObservationsType0Item,
    )
    from ..models.report_finding_recommendation_type_0 import (
        ReportFindingRecommendationType0,
    )


T = TypeVar("T", bound="ReportFinding")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "type_": "type",
    "severity": "severity",
    "reason": "reason",
    "metric_ids": "metricIds",
    "read": "read",
    "recommendation": "recommendation",
    "hedge": "hedge",
    "anomaly_window": "anomalyWindow",
    "attribution": "attribution",
    "exclusions": "exclusions",
    "observations": "observations",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ReportFinding:
    """A ``ReportFinding`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    type_: str
    """ `flow`, `execution`, `liveness`… """
    severity: ReportSeverity
    reason: str
    metric_ids: list[str]
    read: str | None = None
    recommendation: ReportFindingRecommendationType0 | None = None
    hedge: ReportFindingHedgeType0 | None = None
    anomaly_window: ReportFindingAnomalyWindowType0 | None = None
    attribution: ReportFindingAttributionType0 | None = None
    exclusions: list[ReportFindingExclusionsType0Item] | None = None
    observations: list[ReportFindingObservationsType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        severity = self.severity.value

        reason = self.reason

        metric_ids = self.metric_ids

        read: None | str | Unset
        if isinstance(self.read, Unset):
            read = UNSET
        else:
            read = self.read

        recommendation: dict[str, Any] | None | Unset
        if isinstance(self.recommendation, Unset):
            recommendation = UNSET
        elif isinstance(self.recommendation, ReportFindingRecommendationType0):
            recommendation = self.recommendation.to_dict()
        else:
            recommendation = self.recommendation

        hedge: dict[str, Any] | None | Unset
        if isinstance(self.hedge, Unset):
            hedge = UNSET
        elif isinstance(self.hedge, ReportFindingHedgeType0):
            hedge = self.hedge.to_dict()
        else:
            hedge = self.hedge

        anomaly_window: dict[str, Any] | None | Unset
        if isinstance(self.anomaly_window, Unset):
            anomaly_window = UNSET
        elif isinstance(self.anomaly_window, ReportFindingAnomalyWindowType0):
            anomaly_window = self.anomaly_window.to_dict()
        else:
            anomaly_window = self.anomaly_window

        attribution: dict[str, Any] | None | Unset
        if isinstance(self.attribution, Unset):
            attribution = UNSET
        elif isinstance(self.attribution, ReportFindingAttributionType0):
            attribution = self.attribution.to_dict()
        else:
            attribution = self.attribution

        exclusions: list[dict[str, Any]] | None | Unset
        if isinstance(self.exclusions, Unset):
            exclusions = UNSET
        elif isinstance(self.exclusions, list):
            exclusions = []
            for exclusions_type_0_item_data in self.exclusions:
                exclusions_type_0_item = exclusions_type_0_item_data.to_dict()
                exclusions.append(exclusions_type_0_item)

        else:
            exclusions = self.exclusions

        observations: list[dict[str, Any]] | None | Unset
        if isinstance(self.observations, Unset):
            observations = UNSET
        elif isinstance(self.observations, list):
            observations = []
            for observations_type_0_item_data in self.observations:
                observations_type_0_item = observations_type_0_item_data.to_dict()
                observations.append(observations_type_0_item)

        else:
            observations = self.observations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "severity": severity,
                "reason": reason,
                "metricIds": metric_ids,
            }
        )
        if read is not UNSET:
            field_dict["read"] = read
        if recommendation is not UNSET:
            field_dict["recommendation"] = recommendation
        if hedge is not UNSET:
            field_dict["hedge"] = hedge
        if anomaly_window is not UNSET:
            field_dict["anomalyWindow"] = anomaly_window
        if attribution is not UNSET:
            field_dict["attribution"] = attribution
        if exclusions is not UNSET:
            field_dict["exclusions"] = exclusions
        if observations is not UNSET:
            field_dict["observations"] = observations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        type_ = _src["type"]

        severity = parse_report_severity(_src["severity"])

        reason = _src["reason"]

        metric_ids: list[str] = _src["metricIds"]

        read: None | str | Unset = _src.get("read")

        _recommendation = _src.get("recommendation")
        recommendation: None | ReportFindingRecommendationType0 | Unset
        if _recommendation is None:
            recommendation = None
        else:
            try:
                if not isinstance(_recommendation, dict):
                    raise TypeError()
                recommendation_type_0 = ReportFindingRecommendationType0.from_dict(_recommendation)

                recommendation = recommendation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                recommendation = _recommendation

        _hedge = _src.get("hedge")
        hedge: None | ReportFindingHedgeType0 | Unset
        if _hedge is None:
            hedge = None
        else:
            try:
                if not isinstance(_hedge, dict):
                    raise TypeError()
                hedge_type_0 = ReportFindingHedgeType0.from_dict(_hedge)

                hedge = hedge_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                hedge = _hedge

        _anomaly_window = _src.get("anomalyWindow")
        anomaly_window: None | ReportFindingAnomalyWindowType0 | Unset
        if _anomaly_window is None:
            anomaly_window = None
        else:
            try:
                if not isinstance(_anomaly_window, dict):
                    raise TypeError()
                anomaly_window_type_0 = ReportFindingAnomalyWindowType0.from_dict(_anomaly_window)

                anomaly_window = anomaly_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                anomaly_window = _anomaly_window

        _attribution = _src.get("attribution")
        attribution: None | ReportFindingAttributionType0 | Unset
        if _attribution is None:
            attribution = None
        else:
            try:
                if not isinstance(_attribution, dict):
                    raise TypeError()
                attribution_type_0 = ReportFindingAttributionType0.from_dict(_attribution)

                attribution = attribution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                attribution = _attribution

        _exclusions = _src.get("exclusions")
        exclusions: list[ReportFindingExclusionsType0Item] | None | Unset
        if _exclusions is None:
            exclusions = None
        else:
            try:
                if not isinstance(_exclusions, list):
                    raise TypeError()
                exclusions_type_0 = []
                _exclusions_type_0 = _exclusions
                for exclusions_type_0_item_data in _exclusions_type_0:
                    exclusions_type_0_item = ReportFindingExclusionsType0Item.from_dict(exclusions_type_0_item_data)

                    exclusions_type_0.append(exclusions_type_0_item)

                exclusions = exclusions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                exclusions = _exclusions

        _observations = _src.get("observations")
        observations: list[ReportFindingObservationsType0Item] | None | Unset
        if _observations is None:
            observations = None
        else:
            try:
                if not isinstance(_observations, list):
                    raise TypeError()
                observations_type_0 = []
                _observations_type_0 = _observations
                for observations_type_0_item_data in _observations_type_0:
                    observations_type_0_item = ReportFindingObservationsType0Item.from_dict(
                        observations_type_0_item_data
                    )

                    observations_type_0.append(observations_type_0_item)

                observations = observations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                observations = _observations

        report_finding = cls(
            type_,
            severity,
            reason,
            metric_ids,
            read,
            recommendation,
            hedge,
            anomaly_window,
            attribution,
            exclusions,
            observations,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        report_finding.additional_properties = d
        return report_finding

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


from ..models.report_finding_anomaly_window_type_0 import (
    ReportFindingAnomalyWindowType0,
)
from ..models.report_finding_attribution_type_0 import ReportFindingAttributionType0
from ..models.report_finding_exclusions_type_0_item import (
    ReportFindingExclusionsType0Item,
)
from ..models.report_finding_hedge_type_0 import ReportFindingHedgeType0
from ..models.report_finding_observations_type_0_item import (
    ReportFindingObservationsType0Item,
)
from ..models.report_finding_recommendation_type_0 import (
    ReportFindingRecommendationType0,
)
