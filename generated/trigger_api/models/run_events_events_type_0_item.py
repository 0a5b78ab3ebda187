from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.event_level import EventLevel, parse_event_level
from ..models.run_events_events_type_0_item_kind import (
    RunEventsEventsType0ItemKind,
    parse_run_events_events_type_0_item_kind,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_events_events_type_0_item_events_type_0_item import (
        RunEventsEventsType0ItemEventsType0Item,
    )
    from ..models.run_events_events_type_0_item_style_type_0 import (
        RunEventsEventsType0ItemStyleType0,
    )


T = TypeVar("T", bound="RunEventsEventsType0Item")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "span_id": "spanId",
    "parent_id": "parentId",
    "run_id": "runId",
    "message": "message",
    "start_time": "startTime",
    "duration": "duration",
    "is_error": "isError",
    "is_partial": "isPartial",
    "is_cancelled": "isCancelled",
    "level": "level",
    "kind": "kind",
    "attempt_number": "attemptNumber",
    "task_slug": "taskSlug",
    "events": "events",
    "style": "style",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RunEventsEventsType0Item:
    """A ``RunEventsEventsType0Item`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    span_id: str | None = None
    """ The span ID of the event. """
    parent_id: str | None = None
    """ The parent span ID, if any. """
    run_id: str | None = None
    """ The run ID associated with this event. """
    message: str | None = None
    """ The event message. """
    start_time: str | None = None
    """ The start time of the event as a bigint string (nanoseconds since epoch). """
    duration: float | None = None
    """ The duration of the event in nanoseconds. """
    is_error: bool | None = None
    """ Whether this event represents an error. """
    is_partial: bool | None = None
    """ Whether this event is partial (still in progress). """
    is_cancelled: bool | None = None
    """ Whether this event was cancelled. """
    level: EventLevel | None = None
    """ The log level of the event. """
    kind: RunEventsEventsType0ItemKind | None = None
    """ The kind of span event. """
    attempt_number: float | None = None
    """ The attempt number this event belongs to. """
    task_slug: str | None = None
    """ The task identifier. """
    events: list[RunEventsEventsType0ItemEventsType0Item] | None = None
    """ Span events (e.g. exceptions, cancellations) that occurred during this event. """
    style: RunEventsEventsType0ItemStyleType0 | None = None
    """ Display style metadata for the event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        span_id: None | str | Unset
        if isinstance(self.span_id, Unset):
            span_id = UNSET
        else:
            span_id = self.span_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
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

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        attempt_number: float | None | Unset
        if isinstance(self.attempt_number, Unset):
            attempt_number = UNSET
        else:
            attempt_number = self.attempt_number

        task_slug: None | str | Unset
        if isinstance(self.task_slug, Unset):
            task_slug = UNSET
        else:
            task_slug = self.task_slug

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

        style: dict[str, Any] | None | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        elif isinstance(self.style, RunEventsEventsType0ItemStyleType0):
            style = self.style.to_dict()
        else:
            style = self.style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if span_id is not UNSET:
            field_dict["spanId"] = span_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if run_id is not UNSET:
            field_dict["runId"] = run_id
        if message is not UNSET:
            field_dict["message"] = message
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
        if kind is not UNSET:
            field_dict["kind"] = kind
        if attempt_number is not UNSET:
            field_dict["attemptNumber"] = attempt_number
        if task_slug is not UNSET:
            field_dict["taskSlug"] = task_slug
        if events is not UNSET:
            field_dict["events"] = events
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        span_id: None | str | Unset = _src.get("spanId")

        parent_id: None | str | Unset = _src.get("parentId")

        run_id: None | str | Unset = _src.get("runId")

        message: None | str | Unset = _src.get("message")

        start_time: None | str | Unset = _src.get("startTime")

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

        _kind = _src.get("kind")
        kind: RunEventsEventsType0ItemKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = parse_run_events_events_type_0_item_kind(_kind)

        attempt_number: float | None | Unset = _src.get("attemptNumber")

        task_slug: None | str | Unset = _src.get("taskSlug")

        _events = _src.get("events")
        events: list[RunEventsEventsType0ItemEventsType0Item] | None | Unset
        if _events is None:
            events = None
        else:
            try:
                if not isinstance(_events, list):
                    raise TypeError()
                events_type_0 = []
                _events_type_0 = _events
                for events_type_0_item_data in _events_type_0:
                    events_type_0_item = RunEventsEventsType0ItemEventsType0Item.from_dict(events_type_0_item_data)

                    events_type_0.append(events_type_0_item)

                events = events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                events = _events

        _style = _src.get("style")
        style: None | RunEventsEventsType0ItemStyleType0 | Unset
        if _style is None:
            style = None
        else:
            try:
                if not isinstance(_style, dict):
                    raise TypeError()
                style_type_0 = RunEventsEventsType0ItemStyleType0.from_dict(_style)

                style = style_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                style = _style

        run_events_events_type_0_item = cls(
            span_id,
            parent_id,
            run_id,
            message,
            start_time,
            duration,
            is_error,
            is_partial,
            is_cancelled,
            level,
            kind,
            attempt_number,
            task_slug,
            events,
            style,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        run_events_events_type_0_item.additional_properties = d
        return run_events_events_type_0_item

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


from ..models.run_events_events_type_0_item_events_type_0_item import (
    RunEventsEventsType0ItemEventsType0Item,
)
from ..models.run_events_events_type_0_item_style_type_0 import (
    RunEventsEventsType0ItemStyleType0,
)
