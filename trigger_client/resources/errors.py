"""Error groups: failed runs grouped by fingerprint, and their lifecycle (resolve, ignore, unresolve)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, TypedDict

from trigger_api.api.errors import (
    ignore_error_v1,
    list_errors_v1,
    resolve_error_v1,
    retrieve_error_v1,
    unresolve_error_v1,
)
from trigger_api.models import (
    ErrorGroup,
    ErrorGroupListItem,
    ErrorGroupStatus,
    IgnoreErrorV1Body,
    ResolveErrorV1Body,
)
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Operation, call
from trigger_client._pagination import AsyncPaginator, Page, PageQuery, SyncPaginator, cursor_page, next_cursor
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from

ERROR_STATUSES = tuple(item.value for item in ErrorGroupStatus)
MAX_SEARCH_LENGTH = 1000  # ApiErrorListSearchParams: "filter[search]" .max(1000)


def _error_id(error_id: str) -> str:
    return v.resource_id(error_id, "error_id", "error_", "errors.list()")


def _utc(value: Any, field: str) -> dt.datetime:
    """An aware datetime (naive means UTC); the server reads ISO timestamps here (ApiErrorListPresenter)."""
    if not isinstance(value, dt.datetime):
        raise ValidationError(field, f"must be a datetime, got {type(value).__name__}")
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


class _ListArgs(TypedDict, total=False):
    """Checked arguments of list_errors_v1.build (mypy checks the keys against its signature)."""

    filter_task_identifier: list[str]
    filter_version: list[str]
    filter_status: list[ErrorGroupStatus]
    filter_search: str
    filter_from: dt.datetime
    filter_to: dt.datetime
    filter_period: str
    page_size: int


def _list_query(
    task_identifier: str | Sequence[str] | None,
    version: str | Sequence[str] | None,
    status: str | Sequence[str] | None,
    search: str | None,
    period: str | None,
    from_: dt.datetime | None,
    to: dt.datetime | None,
    page_size: int | None,
) -> PageQuery[ErrorGroupListItem, str]:
    params: _ListArgs = {}
    if task_identifier is not None:
        params["filter_task_identifier"] = v.string_list(task_identifier, "task_identifier")
    if version is not None:
        params["filter_version"] = v.string_list(version, "version")
    if status is not None:
        statuses = v.string_list(status, "status")
        for i, item in enumerate(statuses):
            if item not in ERROR_STATUSES:
                raise ValidationError(f"status[{i}]", f"must be one of {', '.join(ERROR_STATUSES)}, got {item!r}")
        params["filter_status"] = [ErrorGroupStatus(s) for s in statuses]
    if search is not None:
        if len(v.text(search, "search")) > MAX_SEARCH_LENGTH:
            raise ValidationError("search", f"at most {MAX_SEARCH_LENGTH} characters, got {len(search)}")
        params["filter_search"] = search
    if period is not None and (from_ is not None or to is not None):
        raise ValidationError("period", "cannot be combined with from_/to; pass either a period or a date range")
    if period is not None:
        params["filter_period"] = v.text(period, "period")
    if from_ is not None:
        params["filter_from"] = _utc(from_, "from_")
    if to is not None:
        params["filter_to"] = _utc(to, "to")
    if page_size is not None:
        params["page_size"] = v.int_range(page_size, "page_size", 1, 100)

    def fetch(after: str | None) -> Operation[Page[ErrorGroupListItem]]:
        return call(list_errors_v1.build(**params, page_after=after)).then(cursor_page)

    return PageQuery(fetch, next_cursor)


def _retrieve(error_id: str) -> Operation[ErrorGroup]:
    return call(retrieve_error_v1.build(error_id=_error_id(error_id)))


def _resolve(error_id: str, resolved_in_version: str | None) -> Operation[ErrorGroup]:
    body = ResolveErrorV1Body()
    if resolved_in_version is not None:
        body.resolved_in_version = v.text(resolved_in_version, "resolved_in_version")
    return call(resolve_error_v1.build(error_id=_error_id(error_id), body=body))


def _unresolve(error_id: str) -> Operation[ErrorGroup]:
    return call(unresolve_error_v1.build(error_id=_error_id(error_id)))


def _ignore(
    error_id: str,
    duration: dt.timedelta | None,
    occurrence_rate: float | None,
    total_occurrences: int | None,
    reason: str | None,
) -> Operation[ErrorGroup]:
    body = IgnoreErrorV1Body()
    if duration is not None:
        if not isinstance(duration, dt.timedelta) or duration <= dt.timedelta(0):
            raise ValidationError("duration", f"must be a positive datetime.timedelta, got {duration!r}")
        body.duration = int(duration / dt.timedelta(milliseconds=1))  # the wire takes milliseconds
    if occurrence_rate is not None:
        if isinstance(occurrence_rate, bool) or not isinstance(occurrence_rate, int | float) or occurrence_rate <= 0:
            raise ValidationError("occurrence_rate", f"must be a positive number per minute, got {occurrence_rate!r}")
        body.occurrence_rate = float(occurrence_rate)
    if total_occurrences is not None:
        body.total_occurrences = v.int_range(total_occurrences, "total_occurrences", 1, 2**31 - 1)
    if reason is not None:
        body.reason = v.text(reason, "reason")
    return call(ignore_error_v1.build(error_id=_error_id(error_id), body=body))


class Errors(SyncResource):
    """Error groups of this environment: ``client.errors``."""

    def list(
        self,
        *,
        task_identifier: str | Sequence[str] | None = None,
        version: str | Sequence[str] | None = None,
        status: str | Sequence[str] | None = None,
        search: str | None = None,
        period: str | None = None,
        from_: dt.datetime | None = None,
        to: dt.datetime | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[ErrorGroupListItem]:
        """Error groups, fetched lazily; ``status`` is ``unresolved``, ``resolved`` or ``ignored``, ``search``
        matches type and message, and ``count`` is the occurrences within ``period`` or ``from_``/``to``.

        Example::

            for error in client.errors.list(status="unresolved", period="7d", limit=20):
                print(error.id, error.error_type, error.count)
        """
        return self._paginate(
            _list_query(task_identifier, version, status, search, period, from_, to, page_size), v.limit(limit)
        )

    def retrieve(self, error_id: str) -> ErrorGroup:
        """One error group with its lifecycle and the versions it affected.

        Example::

            error = client.errors.retrieve("error_8f3b2a1c9d4e5f60")
            print(error.status, error.affected_versions)
        """
        return self._run(_retrieve(error_id))

    def resolve(self, error_id: str, *, resolved_in_version: str | None = None) -> ErrorGroup:
        """Mark an error group resolved, optionally naming the version that fixed it.

        Example::

            client.errors.resolve("error_8f3b2a1c9d4e5f60", resolved_in_version="20250101.2")
        """
        return self._run(_resolve(error_id, resolved_in_version))

    def unresolve(self, error_id: str) -> ErrorGroup:
        """Mark a resolved or ignored error group unresolved again.

        Example::

            client.errors.unresolve("error_8f3b2a1c9d4e5f60")
        """
        return self._run(_unresolve(error_id))

    def ignore(
        self,
        error_id: str,
        *,
        duration: dt.timedelta | None = None,
        occurrence_rate: float | None = None,
        total_occurrences: int | None = None,
        reason: str | None = None,
    ) -> ErrorGroup:
        """Ignore an error group: for ``duration``, until it occurs more than ``occurrence_rate`` times a minute
        or ``total_occurrences`` more times, or (none given) indefinitely.

        Example::

            client.errors.ignore("error_8f3b2a1c9d4e5f60", duration=dt.timedelta(days=1), reason="flaky API")
        """
        return self._run(_ignore(error_id, duration, occurrence_rate, total_occurrences, reason))


@docs_from(Errors)
class AsyncErrors(AsyncResource):
    def list(
        self,
        *,
        task_identifier: str | Sequence[str] | None = None,
        version: str | Sequence[str] | None = None,
        status: str | Sequence[str] | None = None,
        search: str | None = None,
        period: str | None = None,
        from_: dt.datetime | None = None,
        to: dt.datetime | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> AsyncPaginator[ErrorGroupListItem]:
        return self._paginate(
            _list_query(task_identifier, version, status, search, period, from_, to, page_size), v.limit(limit)
        )

    async def retrieve(self, error_id: str) -> ErrorGroup:
        return await self._run(_retrieve(error_id))

    async def resolve(self, error_id: str, *, resolved_in_version: str | None = None) -> ErrorGroup:
        return await self._run(_resolve(error_id, resolved_in_version))

    async def unresolve(self, error_id: str) -> ErrorGroup:
        return await self._run(_unresolve(error_id))

    async def ignore(
        self,
        error_id: str,
        *,
        duration: dt.timedelta | None = None,
        occurrence_rate: float | None = None,
        total_occurrences: int | None = None,
        reason: str | None = None,
    ) -> ErrorGroup:
        return await self._run(_ignore(error_id, duration, occurrence_rate, total_occurrences, reason))
