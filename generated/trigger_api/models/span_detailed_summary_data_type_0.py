from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.event_level import EventLevel, parse_event_level
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.span_detailed_summary_data_type_0_events_type_0_item import (
        SpanDetailedSummaryDataType0EventsType0Item,
    )
    from ..models.span_detailed_summary_data_type_0_properties_type_0 import (
        SpanDetailedSummaryDataType0PropertiesType0,
    )


T = TypeVar("T", bound="SpanDetailedSummaryDataType0")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "message": "message",
    "task_slug": "taskSlug",
    "start_time": "startTime",
    "duration": "duration",
    "is_error": "isError",
    "is_partial": "isPartial",
    "is_cancelled": "isCancelled",
    "level": "level",
    "attempt_number": "attemptNumber",
    "properties": "properties",
    "events": "events",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class SpanDetailedSummaryDataType0:
    """A ``SpanDetailedSummaryDataType0`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    message: str | None = None
    """ The span message. """
    task_slug: str | None = None
    """ The task identifier, if applicable. """
    start_time: datetime.datetime | None = None
    """ The start time of the span. """
    duration: float | None = None
    """ The duration of the span in nanoseconds. """
    is_error: bool | None = None
    is_partial: bool | None = None
    is_cancelled: bool | None = None
    level: EventLevel | None = None
    """ The log level of the event. """
    attempt_number: float | None = None
    properties: SpanDetailedSummaryDataType0PropertiesType0 | None = None
    """ Arbitrary OTel attributes attached to the span. """
    events: list[SpanDetailedSummaryDataType0EventsType0Item] | None = None
    """ Span events (e.g. exceptions, cancellations) that occurred during this span. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        task_slug: None | str | Unset
        if isinstance(self.task_slug, Unset):
            task_slug = UNSET
        else:
            task_slug = self.task_slug

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = (
                (self.start_time if self.start_time.tzinfo else self.start_time.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            start_time = self.start_time

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        is_error: bool | None | Unset
        if isinstance(self.is_error, Unset):
            is_error = UNSET
        else:
            is_error = self.is_error

        is_partial: bool | None | Unset
        if isinstance(self.is_partial, Unset):
            is_partial = UNSET
        else:
            is_partial = self.is_partial

        is_cancelled: bool | None | Unset
        if isinstance(self.is_cancelled, Unset):
            is_cancelled = UNSET
        else:
            is_cancelled = self.is_cancelled

        level: str | Unset = UNSET
        if not isinstance(self.level, Unset):
            level = self.level.value

        attempt_number: float | None | Unset
        if isinstance(self.attempt_number, Unset):
            attempt_number = UNSET
        else:
            attempt_number = self.attempt_number

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, SpanDetailedSummaryDataType0PropertiesType0):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        events: list[dict[str, Any]] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.to_dict()
                events.append(events_type_0_item)

        else:
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if task_slug is not UNSET:
            field_dict["taskSlug"] = task_slug
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if is_error is not UNSET:
            field_dict["isError"] = is_error
        if is_partial is not UNSET:
            field_dict["isPartial"] = is_partial
        if is_cancelled is not UNSET:
            field_dict["isCancelled"] = is_cancelled
        if level is not UNSET:
            field_dict["level"] = level
        if attempt_number is not UNSET:
            field_dict["attemptNumber"] = attempt_number
        if properties is not UNSET:
            field_dict["properties"] = properties
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        message: None | str | Unset = _src.get("message")

        task_slug: None | str | Unset = _src.get("taskSlug")

        _start_time = _src.get("startTime")
        start_time: datetime.datetime | None | Unset
        if _start_time is None:
            start_time = None
        else:
            try:
                if not isinstance(_start_time, str):
                    raise TypeError()
                start_time_type_0 = parse_datetime(_start_time)

                start_time = start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                start_time = _start_time

        duration: float | None | Unset = _src.get("duration")

        is_error: bool | None | Unset = _src.get("isError")

        is_partial: bool | None | Unset = _src.get("isPartial")

        is_cancelled: bool | None | Unset = _src.get("isCancelled")

        _level = _src.get("level")
        level: EventLevel | Unset
        if isinstance(_level, Unset):
            level = UNSET
        else:
            level = parse_event_level(_level)

        attempt_number: float | None | Unset = _src.get("attemptNumber")

        _properties = _src.get("properties")
        properties: None | SpanDetailedSummaryDataType0PropertiesType0 | Unset
        if _properties is None:
            properties = None
        else:
            try:
                if not isinstance(_properties, dict):
                    raise TypeError()
                properties_type_0 = SpanDetailedSummaryDataType0PropertiesType0.from_dict(_properties)

                properties = properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                properties = _properties

        _events = _src.get("events")
        events: list[SpanDetailedSummaryDataType0EventsType0Item] | None | Unset
        if _events is None:
            events = None
        else:
            try:
                if not isinstance(_events, list):
                    raise TypeError()
                events_type_0 = []
                _events_type_0 = _events
                for events_type_0_item_data in _events_type_0:
                    events_type_0_item = SpanDetailedSummaryDataType0EventsType0Item.from_dict(events_type_0_item_data)

                    events_type_0.append(events_type_0_item)

                events = events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                events = _events

        span_detailed_summary_data_type_0 = cls(
            message,
            task_slug,
            start_time,
            duration,
            is_error,
            is_partial,
            is_cancelled,
            level,
            attempt_number,
            properties,
            events,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        span_detailed_summary_data_type_0.additional_properties = d
        return span_detailed_summary_data_type_0

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


from ..models.span_detailed_summary_data_type_0_events_type_0_item import (
    SpanDetailedSummaryDataType0EventsType0Item,
)
from ..models.span_detailed_summary_data_type_0_properties_type_0 import (
    SpanDetailedSummaryDataType0PropertiesType0,
)
