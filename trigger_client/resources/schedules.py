"""Cron schedules that trigger a task."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from trigger_api.api.schedules import (
    activate_schedule_v1,
    create_schedule_v1,
    deactivate_schedule_v1,
    delete_schedule_v1,
    get_schedule_v1,
    get_timezones_v1,
    list_schedules_v1,
    update_schedule_v1,
)
from trigger_api.models import (
    CreateScheduleOptions,
    DeletedSchedule,
    Schedule,
    UpdateScheduleOptions,
)
from trigger_api.types import ApiRequest
from trigger_client import _validate as v
from trigger_client._cron import next_runs, validate_cron, validate_timezone
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Auth, Operation, call
from trigger_client._pagination import AsyncPaginator, Page, PageQuery, SyncPaginator, next_page_number, offset_page
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from

if TYPE_CHECKING:
    from typing import Unpack


def _schedule_id(schedule_id: str) -> str:
    return v.resource_id(schedule_id, "schedule_id", "sched_", "schedules.create() or schedules.list()")


class ScheduleOptions(TypedDict, total=False):
    """Optional settings of a schedule."""

    timezone: str
    """IANA name such as ``"Europe/Paris"`` (default UTC); checked locally."""
    external_id: str
    """Anything useful to you, e.g. a user id."""
    window: str
    """Spread runs over a window after the cron time, e.g. ``"30m"`` or ``"30%"``."""


class _Fields(TypedDict):
    """The checked fields create and update share, as the generated models' keyword arguments."""

    task: str
    cron: str
    external_id: str | None
    timezone: str | None
    window: str | None


def _fields(task: str, cron: str, options: Mapping[str, Any]) -> _Fields:
    unknown = set(options) - set(ScheduleOptions.__annotations__)
    if unknown:
        raise ValidationError(
            sorted(unknown)[0], f"is not a schedule option; use {', '.join(ScheduleOptions.__annotations__)}"
        )
    return _Fields(
        task=v.text(task, "task"),
        cron=validate_cron(cron),
        external_id=v.text(options["external_id"], "external_id") if "external_id" in options else None,
        timezone=validate_timezone(options["timezone"]) if "timezone" in options else None,
        window=v.text(options["window"], "window") if "window" in options else None,
    )


def _create(task: str, cron: str, deduplication_key: str, options: Mapping[str, Any]) -> Operation[Schedule]:
    fields = _fields(task, cron, options)
    body = CreateScheduleOptions(**fields, deduplication_key=v.text(deduplication_key, "deduplication_key"))
    return call(create_schedule_v1.build(body=body))


def _update(schedule_id: str, task: str, cron: str, options: Mapping[str, Any]) -> Operation[Schedule]:
    body = UpdateScheduleOptions(**_fields(task, cron, options))
    return call(update_schedule_v1.build(schedule_id=_schedule_id(schedule_id), body=body))


def _by_id(build: Callable[[str], ApiRequest[Schedule]], schedule_id: str) -> Operation[Schedule]:
    return call(build(_schedule_id(schedule_id)))


def _delete(schedule_id: str) -> Operation[DeletedSchedule]:
    return call(delete_schedule_v1.build(schedule_id=_schedule_id(schedule_id)))


def _list_query(per_page: int | None) -> PageQuery[Schedule, int]:
    size = None if per_page is None else v.int_range(per_page, "per_page", 1, 100)

    def fetch(page: int | None) -> Operation[Page[Schedule]]:
        return call(list_schedules_v1.build(page=page, per_page=size)).then(offset_page)

    return PageQuery(fetch, next_page_number)


def _timezones(exclude_utc: bool) -> Operation[list[str]]:
    # Sent only when asked for, like the SDK (false is the server's default: routes/api.v1.timezones.ts).
    return call(get_timezones_v1.build(exclude_utc=True if exclude_utc else None), Auth.NONE).then(
        lambda r: list(r.timezones or [])
    )


class _LocalSchedules:
    """What needs no request, shared by both clients."""

    @staticmethod
    def next_runs(
        cron: str, *, timezone: str = "UTC", n: int = 5, start: dt.datetime | None = None
    ) -> builtins.list[dt.datetime]:
        """The next ``n`` times ``cron`` fires in ``timezone`` (DST-correct, aware datetimes), computed locally.

        Example::

            client.schedules.next_runs("0 9 * * 1-5", timezone="Europe/Paris", n=3)
        """
        return next_runs(validate_cron(cron), validate_timezone(timezone), v.int_range(n, "n", 1, 1000), start)


class Schedules(SyncResource, _LocalSchedules):
    """Imperative cron schedules: ``client.schedules``."""

    def upsert(
        self,
        deduplication_key: str,
        *,
        task: str,
        cron: str,
        **options: Unpack[ScheduleOptions],
    ) -> Schedule:
        """Create the schedule with this ``deduplication_key``, or update it if it exists: safe to run at every
        deploy.

        Example::

            client.schedules.upsert("nightly-report", task="report", cron="0 2 * * *", timezone="UTC")
        """
        return self._run(_create(task, cron, deduplication_key, options))

    def create(
        self,
        *,
        task: str,
        cron: str,
        deduplication_key: str,
        **options: Unpack[ScheduleOptions],
    ) -> Schedule:
        """Create a schedule (or update the one with the same ``deduplication_key``). ``cron`` has five fields;
        ``timezone`` is an IANA name such as ``"Europe/Paris"`` (default UTC). Both are checked before sending.

        Example::

            sched = client.schedules.create(task="daily-report", cron="0 9 * * *", deduplication_key="report",
                                            timezone="Europe/Paris")
        """
        return self._run(_create(task, cron, deduplication_key, options))

    def list(self, *, per_page: int | None = None, limit: int | None = None) -> SyncPaginator[Schedule]:
        """All schedules, fetched page by page (``perPage`` = ``per_page``).

        Example::

            for sched in client.schedules.list():
                print(sched.id, sched.generator.expression)
        """
        return self._paginate(_list_query(per_page), limit)

    def retrieve(self, schedule_id: str) -> Schedule:
        """One schedule.

        Example::

            client.schedules.retrieve("sched_1234").next_run
        """
        return self._run(_by_id(get_schedule_v1.build, schedule_id))

    def update(
        self,
        schedule_id: str,
        *,
        task: str,
        cron: str,
        **options: Unpack[ScheduleOptions],
    ) -> Schedule:
        """Replace a schedule's task, cron, timezone, external id and window.

        As on the server, an id that names no schedule creates one, with a new id (read it from the result).

        Example::

            client.schedules.update("sched_1234", task="daily-report", cron="0 10 * * *")
        """
        return self._run(_update(schedule_id, task, cron, options))

    def delete(self, schedule_id: str) -> DeletedSchedule:
        """Delete a schedule; returns its id.

        Example::

            client.schedules.delete("sched_1234")
        """
        return self._run(_delete(schedule_id))

    def activate(self, schedule_id: str) -> Schedule:
        """Resume a deactivated schedule.

        Example::

            client.schedules.activate("sched_1234")
        """
        return self._run(_by_id(activate_schedule_v1.build, schedule_id))

    def deactivate(self, schedule_id: str) -> Schedule:
        """Stop a schedule from triggering until activated again.

        Example::

            client.schedules.deactivate("sched_1234")
        """
        return self._run(_by_id(deactivate_schedule_v1.build, schedule_id))

    def timezones(self, *, exclude_utc: bool = False) -> builtins.list[str]:
        """The IANA timezones schedules accept.

        Example::

            assert "Europe/Paris" in client.schedules.timezones()
        """
        return self._run(_timezones(exclude_utc))


@docs_from(Schedules)
class AsyncSchedules(AsyncResource, _LocalSchedules):
    async def upsert(
        self,
        deduplication_key: str,
        *,
        task: str,
        cron: str,
        **options: Unpack[ScheduleOptions],
    ) -> Schedule:
        return await self._run(_create(task, cron, deduplication_key, options))

    async def create(
        self,
        *,
        task: str,
        cron: str,
        deduplication_key: str,
        **options: Unpack[ScheduleOptions],
    ) -> Schedule:
        return await self._run(_create(task, cron, deduplication_key, options))

    def list(self, *, per_page: int | None = None, limit: int | None = None) -> AsyncPaginator[Schedule]:
        return self._paginate(_list_query(per_page), limit)

    async def retrieve(self, schedule_id: str) -> Schedule:
        return await self._run(_by_id(get_schedule_v1.build, schedule_id))

    async def update(
        self,
        schedule_id: str,
        *,
        task: str,
        cron: str,
        **options: Unpack[ScheduleOptions],
    ) -> Schedule:
        return await self._run(_update(schedule_id, task, cron, options))

    async def delete(self, schedule_id: str) -> DeletedSchedule:
        return await self._run(_delete(schedule_id))

    async def activate(self, schedule_id: str) -> Schedule:
        return await self._run(_by_id(activate_schedule_v1.build, schedule_id))

    async def deactivate(self, schedule_id: str) -> Schedule:
        return await self._run(_by_id(deactivate_schedule_v1.build, schedule_id))

    async def timezones(self, *, exclude_utc: bool = False) -> builtins.list[str]:
        return await self._run(_timezones(exclude_utc))
