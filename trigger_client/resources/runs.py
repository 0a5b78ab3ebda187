"""Runs: list, retrieve, cancel, replay, reschedule, results, events, traces, spans, metadata, tags and input streams
(the realtime methods come from :mod:`._run_realtime`)."""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

from trigger_api.api.runs import (
    add_run_tags_v1,
    cancel_run_v1,
    get_run_events_v1,
    get_run_result_v1,
    reschedule_run_v1,
    retrieve_run_v1,
    update_run_metadata_v1,
)
from trigger_api.models import (
    AddRunTagsV1Body,
    CanceledRun,
    InputStreamSent,
    ReplayedRun,
    RescheduleRunRequestBody,
    Run,
    RunEvents,
    RunListItem,
    RunMetadata,
    RunResult,
    RunSpan,
    RunTagsAdded,
    RunTrace,
    RunTracePage,
    StoredRunMetadata,
    UpdateRunMetadataV1Body,
    UpdateRunMetadataV1BodyMetadata,
)
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Operation, call
from trigger_client._packets import download_packet
from trigger_client._pagination import AsyncPaginator, SyncPaginator
from trigger_client._polling import PollOptions, PollSchedule, is_terminal
from trigger_client._steps import Step
from trigger_client.resources import _run_details as details
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from, project_scope
from trigger_client.resources._replay import ReplayOptions, replay
from trigger_client.resources._run_filters import RunFilters, run_list_query
from trigger_client.resources._run_realtime import AsyncRunRealtime, RunRealtime

if TYPE_CHECKING:
    from typing import Unpack

    from trigger_client.resources.bulk_actions import AsyncBulkActions, BulkActions


def _retrieve(run_id: str) -> Operation[Run]:
    return call(retrieve_run_v1.build(v.run_id(run_id)))


def _with_packets(run: Run) -> Generator[Step, Any, Run]:
    """``run`` with the payload and output the server sent as presigned URLs (large ones, kept in the object store:
    presenters/v3/ApiRetrieveRunPresenter.server.ts) downloaded and decoded, as the SDK's ``runs.retrieve`` does
    (trigger-sdk/src/v3/runs.ts, resolvePayloadAndOutputUrls)."""
    if run.payload_presigned_url:
        run.payload = yield download_packet(run.payload_presigned_url, "payloadPresignedUrl")
    if run.output_presigned_url:
        run.output = yield download_packet(run.output_presigned_url, "outputPresignedUrl")
    return run


def _reschedule(run_id: str, delay: str | dt.datetime) -> Operation[Run]:
    wire_delay = v.iso_datetime(delay, "delay") if isinstance(delay, dt.datetime) else v.text(delay, "delay")
    return call(reschedule_run_v1.build(v.run_id(run_id), body=RescheduleRunRequestBody(delay=wire_delay)))


def _metadata(run_id: str, metadata: Mapping[str, Any]) -> Operation[RunMetadata]:
    if not isinstance(metadata, Mapping):
        raise ValidationError("metadata", f"must be a dict of JSON values, got {type(metadata).__name__}")
    body = UpdateRunMetadataV1Body(metadata=UpdateRunMetadataV1BodyMetadata.from_dict(dict(metadata)))
    return call(update_run_metadata_v1.build(v.run_id(run_id), body=body))


def _add_tags(run_id: str, tags: str | Sequence[str]) -> Operation[RunTagsAdded]:
    return call(add_run_tags_v1.build(v.run_id(run_id), body=AddRunTagsV1Body(tags=v.tags(tags))))


class _Watch:
    """Change detection for ``on_update``: report a run only when its status or update time moved."""

    def __init__(self, on_update: Callable[[Run], Any] | None) -> None:
        self.on_update = on_update
        self.seen: tuple[str, Any] | None = None

    def changed(self, run: Run) -> Any:
        key = (str(run.status), run.updated_at)
        if self.on_update is None or key == self.seen:
            return None
        self.seen = key
        return self.on_update(run)


class Runs(SyncResource, RunRealtime):
    """Runs of your tasks: ``client.runs``."""

    @property
    def bulk(self) -> BulkActions:
        """Cancel or replay many runs at once (:class:`BulkActions`).

        Example::

            client.runs.bulk.cancel(status=["QUEUED"], task_identifier="send-email")
        """
        from trigger_client.resources.bulk_actions import BulkActions  # bulk_actions imports this module

        return BulkActions(self._client)

    def poll(
        self,
        run_id: str,
        *,
        on_update: Callable[[Run], Any] | None = None,
        **options: Unpack[PollOptions],
    ) -> Run:
        """Check the run every ``interval`` seconds (times ``backoff`` each round, up to ``max_interval``) until it
        reaches a final status — COMPLETED, CANCELED, FAILED, CRASHED, SYSTEM_FAILURE, EXPIRED or TIMED_OUT —
        and return it. ``on_update`` is called whenever the status changes. Raises :class:`PollTimeoutError`
        (with ``.last``, the last run seen) after ``timeout`` seconds; ``timeout=None`` waits for ever.

        Example::

            run = client.runs.poll(handle.id, interval=2, timeout=300, on_update=lambda r: print(r.status))
        """
        schedule = PollSchedule(**options)
        watch = _Watch(on_update)
        while True:
            run = self._run(_retrieve(run_id))
            if is_terminal(run):  # large payloads and outputs are fetched once, at the end
                run = self._drive(_with_packets(run))
            watch.changed(run)
            if is_terminal(run):
                return run
            time.sleep(schedule.next_delay(f"run {run_id}", run))

    def list(
        self,
        *,
        project_ref: str | None = None,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RunFilters],
    ) -> SyncPaginator[RunListItem]:
        """Runs, newest first, fetched lazily page by page (``page[size]`` = ``page_size``, 1-100).

        With ``project_ref`` (and a personal access token client) lists one environment of that project, named by
        ``env`` (required there). ``limit`` caps the number of items yielded. Without ``period``, ``from_`` or
        ``to`` the server lists only runs created in the last 7 days.

        Example::

            for run in client.runs.list(status=["FAILED"], period="1d", limit=100):
                print(run.id, run.task_identifier)
        """
        return self._paginate(
            run_list_query(project_scope(self._client, project_ref), page_size, filters), v.limit(limit)
        )

    def retrieve(self, run_id: str) -> Run:
        """A run with payload, output, error and related runs.

        A payload or output too large to come inline (the server sends a presigned URL instead) is downloaded
        from the object store and decoded, without the client's key; :meth:`poll` does this once, at the end.

        Example::

            run = client.runs.retrieve("run_1234")
            print(run.status, run.output)
        """
        return self._drive(_with_packets(self._run(_retrieve(run_id))))

    def cancel(self, run_id: str) -> CanceledRun:
        """Cancel a run that has not finished.

        Example::

            client.runs.cancel("run_1234")
        """
        return self._run(call(cancel_run_v1.build(v.run_id(run_id))))

    def replay(self, run_id: str, **options: Unpack[ReplayOptions]) -> ReplayedRun:
        """Start a new run of the same task, with the original payload, metadata, tags, queue, concurrency key
        and machine unless given here (:class:`ReplayOptions`); returns the new run's id.

        Example::

            new_id = client.runs.replay("run_1234").id
            client.runs.replay("run_1234", payload={"user_id": "user_456"}, tags=["replayed"], machine="large-1x")
        """
        return self._run(replay(run_id, options))

    def reschedule(self, run_id: str, delay: str | dt.datetime) -> Run:
        """Change the delay of a ``DELAYED`` run: a duration like ``"1h"`` or a datetime.

        Example::

            client.runs.reschedule("run_1234", "30m")
        """
        return self._run(_reschedule(run_id, delay))

    def result(self, run_id: str) -> RunResult:
        """The execution result of a finished run, as ``GET /api/v1/runs/{id}/result`` answers it.

        The server builds it from attempt records its current run engine no longer writes, so only a cancelled run
        (or a run of the old engine) has one; any other raises :class:`NotFoundError`. For a run's output, use
        :meth:`retrieve` (or :meth:`poll`), which reads it from the run itself.

        Example::

            result = client.runs.result("run_1234")
            print(result.ok, result.output)
        """
        return self._run(call(get_run_result_v1.build(v.run_id(run_id))))

    def events(self, run_id: str) -> RunEvents:
        """The run's events (logs and spans).

        Example::

            for event in client.runs.events("run_1234").events:
                print(event.message)
        """
        return self._run(call(get_run_events_v1.build(v.run_id(run_id))))

    @overload
    def trace(self, run_id: str, page_size: None = None) -> RunTrace: ...
    @overload
    def trace(self, run_id: str, page_size: int) -> RunTracePage: ...
    def trace(self, run_id: str, page_size: int | None = None) -> RunTrace | RunTracePage:
        """The run's trace. Without ``page_size``, the span tree in one answer (``trace.root_span`` with nested
        ``children``). With ``page_size`` (the SDK pages by 10,000), the trace is read page by page
        (``page[size]``/``page[after]``) until the last: the result holds every page's lean spans in page order
        (``data``, each naming its ``parent_id``), the failed attempts (``attempt_failures``), and
        ``pagination.truncated`` when the server left records out. Fetch a span's properties and events with
        :meth:`span`.

        Example::

            root = client.runs.trace("run_1234").trace.root_span
            for span in client.runs.trace("run_1234", page_size=1000).data:
                print(span.id, span.parent_id, span.message)
        """
        if page_size is None:
            return self._drive(details.whole_trace(run_id))
        return self._drive(details.paged_trace(run_id, page_size))

    def span(self, run_id: str, span_id: str) -> RunSpan:
        """One span of the run's trace with its properties, events, AI usage and the runs it triggered.

        Example::

            span = client.runs.span("run_1234", "a1b2c3d4e5f60718")
            print(span.message, span.duration_ms, span.ai and span.ai.total_tokens)
        """
        return self._run(details.span(run_id, span_id))

    def metadata(self, run_id: str) -> StoredRunMetadata:
        """The run's metadata as stored now (``metadata`` decoded from its JSON or superjson packet, or ``None``).

        Example::

            print(client.runs.metadata("run_1234").metadata)
        """
        return self._run(details.metadata(run_id))

    def send_input(self, run_id: str, stream_id: str, data: Any) -> InputStreamSent:
        """Send ``data`` (any JSON value, at most 1 MB) to the run's input stream ``stream_id``: what the task
        reads with the SDK's ``streams.input`` (``.wait()`` resumes with it). The run must not have finished.

        Example::

            client.runs.send_input("run_1234", "approval", {"approved": True})
        """
        return self._run(details.send_input(run_id, stream_id, data))

    def update_metadata(self, run_id: str, metadata: Mapping[str, Any]) -> RunMetadata:
        """Replace the run's metadata with ``metadata`` (JSON values).

        Example::

            client.runs.update_metadata("run_1234", {"progress": 0.5})
        """
        return self._run(_metadata(run_id, metadata))

    def add_tags(self, run_id: str, tags: str | Sequence[str]) -> RunTagsAdded:
        """Add tags to a run (at most 10 per run, each up to 128 characters).

        Example::

            client.runs.add_tags("run_1234", ["user_42", "plan:pro"])
        """
        return self._run(_add_tags(run_id, tags))


@docs_from(Runs)
class AsyncRuns(AsyncResource, AsyncRunRealtime):
    @property
    def bulk(self) -> AsyncBulkActions:
        """Cancel or replay many runs at once (:class:`AsyncBulkActions`).

        Example::

            await client.runs.bulk.cancel(status=["QUEUED"], task_identifier="send-email")
        """
        from trigger_client.resources.bulk_actions import AsyncBulkActions

        return AsyncBulkActions(self._client)

    async def poll(
        self,
        run_id: str,
        *,
        on_update: Callable[[Run], Any] | None = None,
        **options: Unpack[PollOptions],
    ) -> Run:
        schedule = PollSchedule(**options)
        watch = _Watch(on_update)
        while True:
            run = await self._run(_retrieve(run_id))
            if is_terminal(run):
                run = await self._drive(_with_packets(run))
            if inspect.isawaitable(result := watch.changed(run)):
                await result
            if is_terminal(run):
                return run
            await asyncio.sleep(schedule.next_delay(f"run {run_id}", run))

    def list(
        self,
        *,
        project_ref: str | None = None,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[RunFilters],
    ) -> AsyncPaginator[RunListItem]:
        return self._paginate(
            run_list_query(project_scope(self._client, project_ref), page_size, filters), v.limit(limit)
        )

    async def retrieve(self, run_id: str) -> Run:
        return await self._drive(_with_packets(await self._run(_retrieve(run_id))))

    async def cancel(self, run_id: str) -> CanceledRun:
        return await self._run(call(cancel_run_v1.build(v.run_id(run_id))))

    async def replay(self, run_id: str, **options: Unpack[ReplayOptions]) -> ReplayedRun:
        return await self._run(replay(run_id, options))

    async def reschedule(self, run_id: str, delay: str | dt.datetime) -> Run:
        return await self._run(_reschedule(run_id, delay))

    async def result(self, run_id: str) -> RunResult:
        return await self._run(call(get_run_result_v1.build(v.run_id(run_id))))

    async def events(self, run_id: str) -> RunEvents:
        return await self._run(call(get_run_events_v1.build(v.run_id(run_id))))

    @overload
    async def trace(self, run_id: str, page_size: None = None) -> RunTrace: ...
    @overload
    async def trace(self, run_id: str, page_size: int) -> RunTracePage: ...
    async def trace(self, run_id: str, page_size: int | None = None) -> RunTrace | RunTracePage:
        if page_size is None:
            return await self._drive(details.whole_trace(run_id))
        return await self._drive(details.paged_trace(run_id, page_size))

    async def span(self, run_id: str, span_id: str) -> RunSpan:
        return await self._run(details.span(run_id, span_id))

    async def metadata(self, run_id: str) -> StoredRunMetadata:
        return await self._run(details.metadata(run_id))

    async def send_input(self, run_id: str, stream_id: str, data: Any) -> InputStreamSent:
        return await self._run(details.send_input(run_id, stream_id, data))

    async def update_metadata(self, run_id: str, metadata: Mapping[str, Any]) -> RunMetadata:
        return await self._run(_metadata(run_id, metadata))

    async def add_tags(self, run_id: str, tags: str | Sequence[str]) -> RunTagsAdded:
        return await self._run(_add_tags(run_id, tags))
