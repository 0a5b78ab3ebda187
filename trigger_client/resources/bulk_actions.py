"""Bulk actions: cancel or replay many runs at once, selected by ids or by the filters of ``runs.list``."""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from trigger_api.api.bulk_actions import (
    abort_bulk_action_v1,
    create_bulk_action_v1,
    list_bulk_actions_v1,
    retrieve_bulk_action_v1,
)
from trigger_api.models import (
    AbortedBulkAction,
    BulkAction,
    BulkActionFilter,
    BulkCancelAction,
    BulkReplayAction,
    CancelByFilter,
    CancelByRunIDs,
    CreatedBulkAction,
    QueueType,
    QueueTypeName,
    ReplayByFilter,
    ReplayByRunIDs,
)
from trigger_api.models.run_status import parse_run_status
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Operation, call
from trigger_client._pagination import AsyncPaginator, Page, PageQuery, SyncPaginator, cursor_page, next_cursor
from trigger_client._polling import PollOptions, PollSchedule
from trigger_client._steps import Step
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from
from trigger_client.resources._run_filters import RUN_STATUSES, RunFilters, choices, list_args

if TYPE_CHECKING:
    from typing import Unpack

# apps/webapp/app/env.server.ts BULK_ACTION_MAX_RUN_IDS (default 500); the route answers 400 above it.
MAX_RUN_IDS = 500
MAX_NAME_LENGTH = 255  # CreateBulkActionRequestBody: name .max(255)


def _bulk_id(bulk_action_id: str) -> str:
    return v.resource_id(bulk_action_id, "bulk_action_id", "bulk_", "runs.bulk.cancel() or runs.bulk.replay()")


def _queue(name: str) -> QueueTypeName:
    """``task/<id>`` is a task's own queue, anything else a custom queue (the server's queueNameFromQueueTypeName)."""
    if name.startswith("task/"):
        return QueueTypeName(type_=QueueType.TASK, name=name.removeprefix("task/"))
    return QueueTypeName(type_=QueueType.CUSTOM, name=name)


def _body_filter(filters: Mapping[str, Any]) -> BulkActionFilter:
    """The JSON filter of a bulk action from ``runs.list`` keywords, checked the same way."""
    for name in ("env", "error"):
        if name in filters:
            raise ValidationError(name, "bulk actions select runs of this environment and cannot filter by it")
    args = list_args(filters)
    statuses = choices(filters, "status", RUN_STATUSES, "run status")
    if statuses is None and not args:
        raise ValidationError("filters", "give run_ids or at least one runs.list filter, e.g. status=['QUEUED']")
    return BulkActionFilter(
        status=None if statuses is None else [parse_run_status(status) for status in statuses],
        task_identifier=args.get("filter_task_identifier"),
        version=args.get("filter_version"),
        # Dates travel as epoch milliseconds, which the server takes as well as ISO (DateOrNumber, api.ts).
        from_=args.get("filter_created_at_from"),
        to=args.get("filter_created_at_to"),
        period=args.get("filter_created_at_period"),
        bulk_action=args.get("filter_bulk_action"),
        tag=args.get("filter_tag"),
        schedule=args.get("filter_schedule"),
        is_test=args.get("filter_is_test"),
        batch=args.get("filter_batch"),
        queue=[_queue(name) for name in args["filter_queue"]] if "filter_queue" in args else None,
        machine=args.get("filter_machine"),
        region=args.get("filter_region"),
    )


def _create(
    action: Literal["cancel", "replay"],
    run_ids: Sequence[str] | None,
    name: str | None,
    target_region: str | None,
    filters: Mapping[str, Any],
) -> Operation[CreatedBulkAction]:
    ids: list[str] | None = None
    selection = BulkActionFilter()
    if run_ids is not None:
        if filters:
            raise ValidationError("run_ids", "select runs by run_ids or by filters, not both")
        ids = [v.run_id(run_id, f"run_ids[{i}]") for i, run_id in enumerate(v.string_list(run_ids, "run_ids"))]
        if not 1 <= len(ids) <= MAX_RUN_IDS:
            raise ValidationError("run_ids", f"give 1 to {MAX_RUN_IDS} ids (got {len(ids)}); use filters for more")
    else:
        selection = _body_filter(filters)
    if name is not None and len(v.text(name, "name")) > MAX_NAME_LENGTH:
        raise ValidationError("name", f"at most {MAX_NAME_LENGTH} characters, got {len(name)}")
    region = None if target_region is None else v.text(target_region, "target_region")
    body: CancelByRunIDs | CancelByFilter | ReplayByRunIDs | ReplayByFilter
    if action == "cancel":
        body = (
            CancelByRunIDs(action=BulkCancelAction.CANCEL, run_ids=ids, name=name)
            if ids is not None
            else CancelByFilter(action=BulkCancelAction.CANCEL, filter_=selection, name=name)
        )
    else:
        body = (
            ReplayByRunIDs(action=BulkReplayAction.REPLAY, run_ids=ids, name=name, target_region=region)
            if ids is not None
            else ReplayByFilter(action=BulkReplayAction.REPLAY, filter_=selection, name=name, target_region=region)
        )
    return call(create_bulk_action_v1.build(body=body))


def _list_query(page_size: int | None) -> PageQuery[BulkAction, str]:
    size = None if page_size is None else v.int_range(page_size, "page_size", 1, 100)

    def fetch(after: str | None) -> Operation[Page[BulkAction]]:
        return call(list_bulk_actions_v1.build(page_size=size, page_after=after)).then(cursor_page)

    return PageQuery(fetch, next_cursor)


def _retrieve(bulk_action_id: str) -> Operation[BulkAction]:
    return call(retrieve_bulk_action_v1.build(bulk_action_id=_bulk_id(bulk_action_id)))


def _abort(bulk_action_id: str) -> Operation[AbortedBulkAction]:
    return call(abort_bulk_action_v1.build(bulk_action_id=_bulk_id(bulk_action_id)))


def _finished(action: BulkAction) -> bool:
    return str(action.status) != "PENDING"


def _poll(bulk_action_id: str, options: PollOptions) -> Generator[Step, Any, BulkAction]:
    schedule = PollSchedule(**options)
    while True:
        action: BulkAction = yield _retrieve(bulk_action_id)
        if _finished(action):
            return action
        yield schedule.next_delay(f"bulk action {bulk_action_id}", action)


class BulkActions(SyncResource):
    """Bulk actions over runs: ``client.runs.bulk``."""

    def cancel(
        self, *, run_ids: Sequence[str] | None = None, name: str | None = None, **filters: Unpack[RunFilters]
    ) -> CreatedBulkAction:
        """Cancel the runs given by ``run_ids`` (1-500) or matching ``runs.list`` filters; returns the
        bulk action's id at once, the server works through the runs in the background (see :meth:`poll`).

        Example::

            bulk = client.runs.bulk.cancel(status=["QUEUED", "DELAYED"], task_identifier="send-email")
            print(client.runs.bulk.poll(bulk.id, timeout=300).counts.success)
        """
        return self._run(_create("cancel", run_ids, name, None, filters))

    def replay(
        self,
        *,
        run_ids: Sequence[str] | None = None,
        name: str | None = None,
        target_region: str | None = None,
        **filters: Unpack[RunFilters],
    ) -> CreatedBulkAction:
        """Replay the runs given by ``run_ids`` or matching ``runs.list`` filters (each replay keeps its run's
        region unless ``target_region`` is given).

        Example::

            bulk = client.runs.bulk.replay(status=["FAILED"], period="1d", name="retry yesterday's failures")
        """
        return self._run(_create("replay", run_ids, name, target_region, filters))

    def list(self, *, page_size: int | None = None, limit: int | None = None) -> SyncPaginator[BulkAction]:
        """Bulk actions of this environment, newest first, fetched lazily (``page_size`` 1-100).

        Example::

            for bulk in client.runs.bulk.list(limit=10):
                print(bulk.id, bulk.type_, bulk.status, bulk.counts.total)
        """
        return self._paginate(_list_query(page_size), v.limit(limit))

    def retrieve(self, bulk_action_id: str) -> BulkAction:
        """A bulk action with its progress: ``counts.total``, ``counts.success``, ``counts.failure``.

        Example::

            bulk = client.runs.bulk.retrieve("bulk_1234")
            print(bulk.status, bulk.counts.success, "/", bulk.counts.total)
        """
        return self._run(_retrieve(bulk_action_id))

    def abort(self, bulk_action_id: str) -> AbortedBulkAction:
        """Stop a pending bulk action; runs it already processed stay canceled or replayed.

        Example::

            client.runs.bulk.abort("bulk_1234")
        """
        return self._run(_abort(bulk_action_id))

    def poll(self, bulk_action_id: str, **options: Unpack[PollOptions]) -> BulkAction:
        """Check the bulk action every ``interval`` seconds until it is no longer PENDING (COMPLETED or ABORTED)
        and return it; raises :class:`PollTimeoutError` (``.last`` = the last state) after ``timeout`` seconds.

        Example::

            done = client.runs.bulk.poll(bulk.id, interval=1, timeout=600)
            print(done.status, done.counts.failure)
        """
        return self._drive(_poll(bulk_action_id, options))


@docs_from(BulkActions)
class AsyncBulkActions(AsyncResource):
    async def cancel(
        self, *, run_ids: Sequence[str] | None = None, name: str | None = None, **filters: Unpack[RunFilters]
    ) -> CreatedBulkAction:
        return await self._run(_create("cancel", run_ids, name, None, filters))

    async def replay(
        self,
        *,
        run_ids: Sequence[str] | None = None,
        name: str | None = None,
        target_region: str | None = None,
        **filters: Unpack[RunFilters],
    ) -> CreatedBulkAction:
        return await self._run(_create("replay", run_ids, name, target_region, filters))

    def list(self, *, page_size: int | None = None, limit: int | None = None) -> AsyncPaginator[BulkAction]:
        return self._paginate(_list_query(page_size), v.limit(limit))

    async def retrieve(self, bulk_action_id: str) -> BulkAction:
        return await self._run(_retrieve(bulk_action_id))

    async def abort(self, bulk_action_id: str) -> AbortedBulkAction:
        return await self._run(_abort(bulk_action_id))

    async def poll(self, bulk_action_id: str, **options: Unpack[PollOptions]) -> BulkAction:
        return await self._drive(_poll(bulk_action_id, options))
