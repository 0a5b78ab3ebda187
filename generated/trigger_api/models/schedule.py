from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.schedule_applied_schedule_policy_type_0 import (
        ScheduleAppliedSchedulePolicyType0,
    )
    from ..models.schedule_environment import ScheduleEnvironment
    from ..models.schedule_generator import ScheduleGenerator


T = TypeVar("T", bound="Schedule")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "task": "task",
    "type_": "type",
    "active": "active",
    "generator": "generator",
    "timezone": "timezone",
    "environments": "environments",
    "deduplication_key": "deduplicationKey",
    "external_id": "externalId",
    "next_run": "nextRun",
    "applied_schedule_policy": "appliedSchedulePolicy",
    "window": "window",
    "next_run_effective_at": "nextRunEffectiveAt",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class Schedule:
    """A ``Schedule`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

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
    generator: ScheduleGenerator
    timezone: str
    """ Defaults to UTC. In IANA format, if set then it will trigger at the CRON frequency in that timezone and
    respect daylight savings time. """
    environments: list[ScheduleEnvironment]
    deduplication_key: str | None = None
    """ The deduplication key used to prevent creating duplicate schedules """
    external_id: str | None = None
    """ The external ID of the schedule. Can be anything that is useful to you (e.g., user ID, org ID, etc.) """
    next_run: datetime.datetime | None = None
    """ The next time the schedule will run """
    applied_schedule_policy: ScheduleAppliedSchedulePolicyType0 | None = None
    window: str | None = None
    """ Spread runs over a window after the cron time, e.g. `30m` or `30%` """
    next_run_effective_at: datetime.datetime | None = None
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

        applied_schedule_policy: dict[str, Any] | None | Unset
        if isinstance(self.applied_schedule_policy, Unset):
            applied_schedule_policy = UNSET
        elif isinstance(self.applied_schedule_policy, ScheduleAppliedSchedulePolicyType0):
            applied_schedule_policy = self.applied_schedule_policy.to_dict()
        else:
            applied_schedule_policy = self.applied_schedule_policy

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
        if applied_schedule_policy is not UNSET:
            field_dict["appliedSchedulePolicy"] = applied_schedule_policy
        if window is not UNSET:
            field_dict["window"] = window
        if next_run_effective_at is not UNSET:
            field_dict["nextRunEffectiveAt"] = next_run_effective_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        task = _src["task"]

        type_ = _src["type"]

        active = _src["active"]

        generator = ScheduleGenerator.from_dict(_src["generator"])

        timezone = _src["timezone"]

        environments = []
        _environments = _src["environments"]
        for environments_item_data in _environments:
            environments_item = ScheduleEnvironment.from_dict(environments_item_data)

            environments.append(environments_item)

        deduplication_key: None | str | Unset = _src.get("deduplicationKey")

        external_id: None | str | Unset = _src.get("externalId")

        _next_run = _src.get("nextRun")
        next_run: datetime.datetime | None | Unset
        if _next_run is None:
            next_run = None
        else:
            try:
                if not isinstance(_next_run, str):
                    raise TypeError()
                next_run_type_0 = parse_datetime(_next_run)

                next_run = next_run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                next_run = _next_run

        _applied_schedule_policy = _src.get("appliedSchedulePolicy")
        applied_schedule_policy: None | ScheduleAppliedSchedulePolicyType0 | Unset
        if _applied_schedule_policy is None:
            applied_schedule_policy = None
        else:
            try:
                if not isinstance(_applied_schedule_policy, dict):
                    raise TypeError()
                applied_schedule_policy_type_0 = ScheduleAppliedSchedulePolicyType0.from_dict(_applied_schedule_policy)

                applied_schedule_policy = applied_schedule_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                applied_schedule_policy = _applied_schedule_policy

        window: None | str | Unset = _src.get("window")

        _next_run_effective_at = _src.get("nextRunEffectiveAt")
        next_run_effective_at: datetime.datetime | None | Unset
        if _next_run_effective_at is None:
            next_run_effective_at = None
        else:
            try:
                if not isinstance(_next_run_effective_at, str):
                    raise TypeError()
                next_run_effective_at_type_0 = parse_datetime(_next_run_effective_at)

                next_run_effective_at = next_run_effective_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                next_run_effective_at = _next_run_effective_at

        schedule = cls(
            id,
            task,
            type_,
            active,
            generator,
            timezone,
            environments,
            deduplication_key,
            external_id,
            next_run,
            applied_schedule_policy,
            window,
            next_run_effective_at,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        schedule.additional_properties = d
        return schedule

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


from ..models.schedule_applied_schedule_policy_type_0 import (
    ScheduleAppliedSchedulePolicyType0,
)
from ..models.schedule_environment import ScheduleEnvironment
from ..models.schedule_generator import ScheduleGenerator
