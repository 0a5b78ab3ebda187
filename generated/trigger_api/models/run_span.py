from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.run_span_ai_type_0 import RunSpanAiType0
    from ..models.run_span_properties_type_0 import RunSpanPropertiesType0
    from ..models.run_span_triggered_runs_type_0_item import RunSpanTriggeredRunsType0Item


T = TypeVar("T", bound="RunSpan")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "span_id": "spanId",
    "parent_id": "parentId",
    "run_id": "runId",
    "message": "message",
    "is_error": "isError",
    "is_partial": "isPartial",
    "is_cancelled": "isCancelled",
    "level": "level",
    "start_time": "startTime",
    "duration_ms": "durationMs",
    "properties": "properties",
    "events": "events",
    "entity_type": "entityType",
    "ai": "ai",
    "triggered_runs": "triggeredRuns",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RunSpan:
    """A ``RunSpan`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    span_id: str
    parent_id: None | str
    run_id: str
    message: str
    is_error: bool
    is_partial: bool
    is_cancelled: bool
    level: str
    start_time: datetime.datetime
    duration_ms: float
    properties: RunSpanPropertiesType0 | None = None
    events: list[Any] | None = None
    entity_type: str | None = None
    ai: RunSpanAiType0 | None = None
    triggered_runs: list[RunSpanTriggeredRunsType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        span_id = self.span_id

        parent_id: None | str
        parent_id = self.parent_id

        run_id = self.run_id

        message = self.message

        is_error = self.is_error

        is_partial = self.is_partial

        is_cancelled = self.is_cancelled

        level = self.level

        start_time = (
            (self.start_time if self.start_time.tzinfo else self.start_time.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        duration_ms = self.duration_ms

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, RunSpanPropertiesType0):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        events: list[Any] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = self.events

        else:
            events = self.events

        entity_type: None | str | Unset
        if isinstance(self.entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = self.entity_type

        ai: dict[str, Any] | None | Unset
        if isinstance(self.ai, Unset):
            ai = UNSET
        elif isinstance(self.ai, RunSpanAiType0):
            ai = self.ai.to_dict()
        else:
            ai = self.ai

        triggered_runs: list[dict[str, Any]] | None | Unset
        if isinstance(self.triggered_runs, Unset):
            triggered_runs = UNSET
        elif isinstance(self.triggered_runs, list):
            triggered_runs = []
            for triggered_runs_type_0_item_data in self.triggered_runs:
                triggered_runs_type_0_item = triggered_runs_type_0_item_data.to_dict()
                triggered_runs.append(triggered_runs_type_0_item)

        else:
            triggered_runs = self.triggered_runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spanId": span_id,
                "parentId": parent_id,
                "runId": run_id,
                "message": message,
                "isError": is_error,
                "isPartial": is_partial,
                "isCancelled": is_cancelled,
                "level": level,
                "startTime": start_time,
                "durationMs": duration_ms,
            }
        )
        if properties is not UNSET:
            field_dict["properties"] = properties
        if events is not UNSET:
            field_dict["events"] = events
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type
        if ai is not UNSET:
            field_dict["ai"] = ai
        if triggered_runs is not UNSET:
            field_dict["triggeredRuns"] = triggered_runs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        span_id = _src["spanId"]

        parent_id: None | str = _src["parentId"]

        run_id = _src["runId"]

        message = _src["message"]

        is_error = _src["isError"]

        is_partial = _src["isPartial"]

        is_cancelled = _src["isCancelled"]

        level = _src["level"]

        try:
            start_time = parse_datetime(_src["startTime"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"startTime: {exc}") from exc

        duration_ms = _src["durationMs"]

        _properties = _src.get("properties")
        properties: None | RunSpanPropertiesType0 | Unset
        if _properties is None:
            properties = None
        else:
            try:
                if not isinstance(_properties, dict):
                    raise TypeError()
                properties_type_0 = RunSpanPropertiesType0.from_dict(_properties)

                properties = properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                properties = _properties

        _events = _src.get("events")
        events: list[Any] | None | Unset
        if _events is None:
            events = None
        else:
            try:
                if not isinstance(_events, list):
                    raise TypeError()
                events_type_0: list[Any] = _events

                events = events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                events = _events

        entity_type: None | str | Unset = _src.get("entityType")

        _ai = _src.get("ai")
        ai: None | RunSpanAiType0 | Unset
        if _ai is None:
            ai = None
        else:
            try:
                if not isinstance(_ai, dict):
                    raise TypeError()
                ai_type_0 = RunSpanAiType0.from_dict(_ai)

                ai = ai_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                ai = _ai

        _triggered_runs = _src.get("triggeredRuns")
        triggered_runs: list[RunSpanTriggeredRunsType0Item] | None | Unset
        if _triggered_runs is None:
            triggered_runs = None
        else:
            try:
                if not isinstance(_triggered_runs, list):
                    raise TypeError()
                triggered_runs_type_0 = []
                _triggered_runs_type_0 = _triggered_runs
                for triggered_runs_type_0_item_data in _triggered_runs_type_0:
                    triggered_runs_type_0_item = RunSpanTriggeredRunsType0Item.from_dict(
                        triggered_runs_type_0_item_data
                    )

                    triggered_runs_type_0.append(triggered_runs_type_0_item)

                triggered_runs = triggered_runs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                triggered_runs = _triggered_runs

        run_span = cls(
            span_id,
            parent_id,
            run_id,
            message,
            is_error,
            is_partial,
            is_cancelled,
            level,
            start_time,
            duration_ms,
            properties,
            events,
            entity_type,
            ai,
            triggered_runs,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        run_span.additional_properties = d
        return run_span

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


from ..models.run_span_ai_type_0 import RunSpanAiType0
from ..models.run_span_properties_type_0 import RunSpanPropertiesType0
from ..models.run_span_triggered_runs_type_0_item import RunSpanTriggeredRunsType0Item
