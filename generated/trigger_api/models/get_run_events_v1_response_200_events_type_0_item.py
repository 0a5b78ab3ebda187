from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.get_run_events_v1_response_200_events_type_0_item_kind import (
    GetRunEventsV1Response200EventsType0ItemKind,
)
from ..models.get_run_events_v1_response_200_events_type_0_item_level import (
    GetRunEventsV1Response200EventsType0ItemLevel,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_run_events_v1_response_200_events_type_0_item_events_type_0_item import (
        GetRunEventsV1Response200EventsType0ItemEventsType0Item,
    )
    from ..models.get_run_events_v1_response_200_events_type_0_item_style_type_0 import (
        GetRunEventsV1Response200EventsType0ItemStyleType0,
    )


T = TypeVar("T", bound="GetRunEventsV1Response200EventsType0Item")


@_attrs_define
class GetRunEventsV1Response200EventsType0Item:
    span_id: None | str | Unset = UNSET
    """ The span ID of the event. """
    parent_id: None | str | Unset = UNSET
    """ The parent span ID, if any. """
    run_id: None | str | Unset = UNSET
    """ The run ID associated with this event. """
    message: None | str | Unset = UNSET
    """ The event message. """
    start_time: None | str | Unset = UNSET
    """ The start time of the event as a bigint string (nanoseconds since epoch). """
    duration: float | None | Unset = UNSET
    """ The duration of the event in nanoseconds. """
    is_error: bool | None | Unset = UNSET
    """ Whether this event represents an error. """
    is_partial: bool | None | Unset = UNSET
    """ Whether this event is partial (still in progress). """
    is_cancelled: bool | None | Unset = UNSET
    """ Whether this event was cancelled. """
    level: GetRunEventsV1Response200EventsType0ItemLevel | Unset = UNSET
    """ The log level of the event. """
    kind: GetRunEventsV1Response200EventsType0ItemKind | Unset = UNSET
    """ The kind of span event. """
    attempt_number: float | None | Unset = UNSET
    """ The attempt number this event belongs to. """
    task_slug: None | str | Unset = UNSET
    """ The task identifier. """
    events: list[GetRunEventsV1Response200EventsType0ItemEventsType0Item] | None | Unset = UNSET
    """ Span events (e.g. exceptions, cancellations) that occurred during this event. """
    style: GetRunEventsV1Response200EventsType0ItemStyleType0 | None | Unset = UNSET
    """ Display style metadata for the event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_run_events_v1_response_200_events_type_0_item_style_type_0 import (
            GetRunEventsV1Response200EventsType0ItemStyleType0,
        )

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
        elif isinstance(self.style, GetRunEventsV1Response200EventsType0ItemStyleType0):
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
        from ..models.get_run_events_v1_response_200_events_type_0_item_events_type_0_item import (
            GetRunEventsV1Response200EventsType0ItemEventsType0Item,
        )
        from ..models.get_run_events_v1_response_200_events_type_0_item_style_type_0 import (
            GetRunEventsV1Response200EventsType0ItemStyleType0,
        )

        d = dict(src_dict)

        def _parse_span_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        span_id = _parse_span_id(d.pop("spanId", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("runId", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_is_error(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_error = _parse_is_error(d.pop("isError", UNSET))

        def _parse_is_partial(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_partial = _parse_is_partial(d.pop("isPartial", UNSET))

        def _parse_is_cancelled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_cancelled = _parse_is_cancelled(d.pop("isCancelled", UNSET))

        _level = d.pop("level", UNSET)
        level: GetRunEventsV1Response200EventsType0ItemLevel | Unset
        if isinstance(_level, Unset):
            level = UNSET
        else:
            level = GetRunEventsV1Response200EventsType0ItemLevel(_level)

        _kind = d.pop("kind", UNSET)
        kind: GetRunEventsV1Response200EventsType0ItemKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = GetRunEventsV1Response200EventsType0ItemKind(_kind)

        def _parse_attempt_number(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        attempt_number = _parse_attempt_number(d.pop("attemptNumber", UNSET))

        def _parse_task_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_slug = _parse_task_slug(d.pop("taskSlug", UNSET))

        def _parse_events(data: object) -> list[GetRunEventsV1Response200EventsType0ItemEventsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                events_type_0 = []
                _events_type_0 = data
                for events_type_0_item_data in _events_type_0:
                    events_type_0_item = GetRunEventsV1Response200EventsType0ItemEventsType0Item.from_dict(
                        events_type_0_item_data
                    )

                    events_type_0.append(events_type_0_item)

                return events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GetRunEventsV1Response200EventsType0ItemEventsType0Item] | None | Unset, data)

        events = _parse_events(d.pop("events", UNSET))

        def _parse_style(data: object) -> GetRunEventsV1Response200EventsType0ItemStyleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                style_type_0 = GetRunEventsV1Response200EventsType0ItemStyleType0.from_dict(data)

                return style_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetRunEventsV1Response200EventsType0ItemStyleType0 | None | Unset, data)

        style = _parse_style(d.pop("style", UNSET))

        get_run_events_v1_response_200_events_type_0_item = cls(
            span_id=span_id,
            parent_id=parent_id,
            run_id=run_id,
            message=message,
            start_time=start_time,
            duration=duration,
            is_error=is_error,
            is_partial=is_partial,
            is_cancelled=is_cancelled,
            level=level,
            kind=kind,
            attempt_number=attempt_number,
            task_slug=task_slug,
            events=events,
            style=style,
        )

        get_run_events_v1_response_200_events_type_0_item.additional_properties = d
        return get_run_events_v1_response_200_events_type_0_item

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
