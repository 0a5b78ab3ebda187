from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_environment import ScheduleEnvironment
    from ..models.schedule_object_generator_type_0 import ScheduleObjectGeneratorType0


T = TypeVar("T", bound="ScheduleObject")


@_attrs_define
class ScheduleObject:
    id: None | str | Unset = UNSET
    """ The unique ID of the schedule, prefixed with 'sched_' """
    task: None | str | Unset = UNSET
    """ The id of the scheduled task that will be triggered by this schedule """
    type_: None | str | Unset = UNSET
    """ The type of schedule, `DECLARATIVE` or `IMPERATIVE`. Declarative schedules are declared in your code by
    setting the `cron` property on a `schedules.task`. Imperative schedules are created in the dashboard or by using
    the imperative SDK functions like `schedules.create()`. """
    active: bool | None | Unset = UNSET
    """ Whether the schedule is active or not """
    deduplication_key: None | str | Unset = UNSET
    """ The deduplication key used to prevent creating duplicate schedules """
    external_id: None | str | Unset = UNSET
    """ The external ID of the schedule. Can be anything that is useful to you (e.g., user ID, org ID, etc.) """
    generator: None | ScheduleObjectGeneratorType0 | Unset = UNSET
    timezone: None | str | Unset = UNSET
    """ Defaults to UTC. In IANA format, if set then it will trigger at the CRON frequency in that timezone and
    respect daylight savings time. """
    next_run: datetime.datetime | None | Unset = UNSET
    """ The next time the schedule will run """
    environments: list[ScheduleEnvironment] | None | Unset = UNSET
    window: None | str | Unset = UNSET
    """ Spread runs over a window after the cron time, e.g. `30m` or `30%` """
    next_run_effective_at: datetime.datetime | None | Unset = UNSET
    """ Next run, window applied """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schedule_object_generator_type_0 import (
            ScheduleObjectGeneratorType0,
        )

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        task: None | str | Unset
        if isinstance(self.task, Unset):
            task = UNSET
        else:
            task = self.task

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

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

        generator: dict[str, Any] | None | Unset
        if isinstance(self.generator, Unset):
            generator = UNSET
        elif isinstance(self.generator, ScheduleObjectGeneratorType0):
            generator = self.generator.to_dict()
        else:
            generator = self.generator

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        next_run: None | str | Unset
        if isinstance(self.next_run, Unset):
            next_run = UNSET
        elif isinstance(self.next_run, datetime.datetime):
            next_run = self.next_run.isoformat()
        else:
            next_run = self.next_run

        environments: list[dict[str, Any]] | None | Unset
        if isinstance(self.environments, Unset):
            environments = UNSET
        elif isinstance(self.environments, list):
            environments = []
            for environments_type_0_item_data in self.environments:
                environments_type_0_item = environments_type_0_item_data.to_dict()
                environments.append(environments_type_0_item)

        else:
            environments = self.environments

        window: None | str | Unset
        if isinstance(self.window, Unset):
            window = UNSET
        else:
            window = self.window

        next_run_effective_at: None | str | Unset
        if isinstance(self.next_run_effective_at, Unset):
            next_run_effective_at = UNSET
        elif isinstance(self.next_run_effective_at, datetime.datetime):
            next_run_effective_at = self.next_run_effective_at.isoformat()
        else:
            next_run_effective_at = self.next_run_effective_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if task is not UNSET:
            field_dict["task"] = task
        if type_ is not UNSET:
            field_dict["type"] = type_
        if active is not UNSET:
            field_dict["active"] = active
        if deduplication_key is not UNSET:
            field_dict["deduplicationKey"] = deduplication_key
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if generator is not UNSET:
            field_dict["generator"] = generator
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if next_run is not UNSET:
            field_dict["nextRun"] = next_run
        if environments is not UNSET:
            field_dict["environments"] = environments
        if window is not UNSET:
            field_dict["window"] = window
        if next_run_effective_at is not UNSET:
            field_dict["nextRunEffectiveAt"] = next_run_effective_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule_environment import ScheduleEnvironment
        from ..models.schedule_object_generator_type_0 import (
            ScheduleObjectGeneratorType0,
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_task(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task = _parse_task(d.pop("task", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

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

        def _parse_generator(data: object) -> None | ScheduleObjectGeneratorType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                generator_type_0 = ScheduleObjectGeneratorType0.from_dict(data)

                return generator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduleObjectGeneratorType0 | Unset, data)

        generator = _parse_generator(d.pop("generator", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_next_run(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_run_type_0 = datetime.datetime.fromisoformat(data)

                return next_run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_run = _parse_next_run(d.pop("nextRun", UNSET))

        def _parse_environments(data: object) -> list[ScheduleEnvironment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                environments_type_0 = []
                _environments_type_0 = data
                for environments_type_0_item_data in _environments_type_0:
                    environments_type_0_item = ScheduleEnvironment.from_dict(environments_type_0_item_data)

                    environments_type_0.append(environments_type_0_item)

                return environments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScheduleEnvironment] | None | Unset, data)

        environments = _parse_environments(d.pop("environments", UNSET))

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
                next_run_effective_at_type_0 = datetime.datetime.fromisoformat(data)

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
            deduplication_key=deduplication_key,
            external_id=external_id,
            generator=generator,
            timezone=timezone,
            next_run=next_run,
            environments=environments,
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
