from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_environment import ScheduleEnvironment
    from ..models.schedule_object_generator import ScheduleObjectGenerator


T = TypeVar("T", bound="ScheduleObject")


@_attrs_define
class ScheduleObject:
    id: str
    """ The unique ID of the schedule, prefixed with 'sched_' """
    task: str
    """ The id of the scheduled task that will be triggered by this schedule """
    type_: str
    """ The type of schedule, `DECLARATIVE` or `IMPERATIVE`. Declarative schedules are declared in your code by
    setting the `cron` property on a `schedules.task`. Imperative schedules are created in the dashboard or by using
    the imperative SDK functions like `schedules.create()`. """
    active: bool
    """ Whether the schedule is active or not """
    generator: ScheduleObjectGenerator
    timezone: str
    """ Defaults to UTC. In IANA format, if set then it will trigger at the CRON frequency in that timezone and
    respect daylight savings time. """
    environments: list[ScheduleEnvironment]
    deduplication_key: None | str | Unset = UNSET
    """ The deduplication key used to prevent creating duplicate schedules """
    external_id: None | str | Unset = UNSET
    """ The external ID of the schedule. Can be anything that is useful to you (e.g., user ID, org ID, etc.) """
    next_run: datetime.datetime | None | Unset = UNSET
    """ The next time the schedule will run """
    window: None | str | Unset = UNSET
    """ Spread runs over a window after the cron time, e.g. `30m` or `30%` """
    next_run_effective_at: datetime.datetime | None | Unset = UNSET
    """ Next run, window applied """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        task = self.task

        type_ = self.type_

        active = self.active

        generator = self.generator.to_dict()

        timezone = self.timezone

        environments = []
        for environments_item_data in self.environments:
            environments_item = environments_item_data.to_dict()
            environments.append(environments_item)

        deduplication_key: None | str | Unset
        if isinstance(self.deduplication_key, Unset):
            deduplication_key = UNSET
        else:
            deduplication_key = self.deduplication_key

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        next_run: None | str | Unset
        if isinstance(self.next_run, Unset):
            next_run = UNSET
        elif isinstance(self.next_run, datetime.datetime):
            next_run = (
                (self.next_run if self.next_run.tzinfo else self.next_run.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            next_run = self.next_run

        window: None | str | Unset
        if isinstance(self.window, Unset):
            window = UNSET
        else:
            window = self.window

        next_run_effective_at: None | str | Unset
        if isinstance(self.next_run_effective_at, Unset):
            next_run_effective_at = UNSET
        elif isinstance(self.next_run_effective_at, datetime.datetime):
            next_run_effective_at = (
                (
                    self.next_run_effective_at
                    if self.next_run_effective_at.tzinfo
                    else self.next_run_effective_at.replace(tzinfo=datetime.timezone.utc)
                )
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            next_run_effective_at = self.next_run_effective_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "task": task,
                "type": type_,
                "active": active,
                "generator": generator,
                "timezone": timezone,
                "environments": environments,
            }
        )
        if deduplication_key is not UNSET:
            field_dict["deduplicationKey"] = deduplication_key
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if next_run is not UNSET:
            field_dict["nextRun"] = next_run
        if window is not UNSET:
            field_dict["window"] = window
        if next_run_effective_at is not UNSET:
            field_dict["nextRunEffectiveAt"] = next_run_effective_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule_environment import ScheduleEnvironment
        from ..models.schedule_object_generator import ScheduleObjectGenerator

        d = dict(src_dict)
        id = d.pop("id")

        task = d.pop("task")

        type_ = d.pop("type")

        active = d.pop("active")

        generator = ScheduleObjectGenerator.from_dict(d.pop("generator"))

        timezone = d.pop("timezone")

        environments = []
        _environments = d.pop("environments")
        for environments_item_data in _environments:
            environments_item = ScheduleEnvironment.from_dict(environments_item_data)

            environments.append(environments_item)

        def _parse_deduplication_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deduplication_key = _parse_deduplication_key(d.pop("deduplicationKey", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_next_run(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_run_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return next_run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_run = _parse_next_run(d.pop("nextRun", UNSET))

        def _parse_window(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        window = _parse_window(d.pop("window", UNSET))

        def _parse_next_run_effective_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_run_effective_at_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return next_run_effective_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_run_effective_at = _parse_next_run_effective_at(d.pop("nextRunEffectiveAt", UNSET))

        schedule_object = cls(
            id=id,
            task=task,
            type_=type_,
            active=active,
            generator=generator,
            timezone=timezone,
            environments=environments,
            deduplication_key=deduplication_key,
            external_id=external_id,
            next_run=next_run,
            window=window,
            next_run_effective_at=next_run_effective_at,
        )

        schedule_object.additional_properties = d
        return schedule_object

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
