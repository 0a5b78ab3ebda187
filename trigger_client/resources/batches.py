"""Batches of runs."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from trigger_api.api.batches import get_batch_results_v1, retrieve_batch_v2
from trigger_api.models import Batch, BatchResults
from trigger_client import _validate as v
from trigger_client._operation import Auth, Operation, call
from trigger_client._polling import BatchOutcome, PollOptions, PollSchedule
from trigger_client._realtime import AsyncSubscription, RealtimeRun, Subscription, batch_feed
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from
from trigger_client.resources.runs import AsyncRuns, Runs

if TYPE_CHECKING:
    from typing import Unpack


def _batch_id(batch_id: str) -> str:
    return v.resource_id(batch_id, "batch_id", "batch_", "tasks.batch_trigger()")


def _retrieve(batch_id: str) -> Operation[Batch]:
    # The SDK's batch.retrieve: v2 carries the items the server could not turn into runs (processing.errors).
    return call(retrieve_batch_v2.build(batch_id=_batch_id(batch_id)), Auth.PUBLIC)


def _results(batch_id: str) -> Operation[BatchResults]:
    return call(get_batch_results_v1.build(batch_id=_batch_id(batch_id)))


class Batches(SyncResource):
    """Batches: ``client.batches``."""

    def poll(
        self,
        batch_id: str,
        **options: Unpack[PollOptions],
    ) -> BatchOutcome:
        """Check the batch and its runs every ``interval`` seconds until every run has reached a final status;
        returns the batch with its runs. Raises :class:`PollTimeoutError` (``.last`` is the last
        :class:`BatchOutcome`) after ``timeout`` seconds.

        Example::

            result = client.tasks.batch_trigger("resize-image", items)
            for batch_id in result.batch_ids:
                outcome = client.batches.poll(batch_id, timeout=600)
                print(outcome.batch.status, [run.status for run in outcome.runs])
        """
        schedule = PollSchedule(**options)
        runs = Runs(self._client)
        while True:
            outcome = BatchOutcome(self.retrieve(batch_id), list(runs.list(batch=batch_id, page_size=100)))
            if outcome.finished:
                return outcome
            time.sleep(schedule.next_delay(f"batch {batch_id}", outcome))

    def retrieve(self, batch_id: str) -> Batch:
        """A batch's status, run ids, and the items the server could not turn into runs (``processing.errors``,
        each with the item's ``index`` and the error).

        Example::

            batch = client.batches.retrieve("batch_1234")
            print(batch.status, batch.run_count, [(e.index, e.error) for e in batch.processing.errors])
        """
        return self._run(_retrieve(batch_id))

    def results(self, batch_id: str) -> BatchResults:
        """The execution results of a batch's runs, as ``GET /api/v1/batches/{id}/results`` answers them.

        The server builds them from attempt records its current run engine no longer writes, so only cancelled runs
        (and runs of the old engine) appear; for outputs, list the batch's runs with
        ``client.runs.list(batch=batch_id)`` and ``runs.retrieve`` each.

        Example::

            for item in client.batches.results("batch_1234").items or []:
                print(item.id, item.ok)
        """
        return self._run(_results(batch_id))

    def subscribe(self, batch_id: str, *, skip_columns: Sequence[str] | None = None) -> Subscription[RealtimeRun]:
        """Follow the runs of a batch in realtime: yields a :class:`RealtimeRun` each time one of them changes.
        Runs until you break out of the loop or close it.

        Example::

            expected = client.batches.retrieve(batch_id).run_count
            finished = set()
            with client.batches.subscribe(batch_id) as runs:
                for run in runs:
                    if run.finished_at:
                        finished.add(run.id)
                    if len(finished) == expected:
                        break
        """
        return Subscription(self._client, batch_feed(_batch_id(batch_id), skip_columns=skip_columns))


@docs_from(Batches)
class AsyncBatches(AsyncResource):
    async def poll(
        self,
        batch_id: str,
        **options: Unpack[PollOptions],
    ) -> BatchOutcome:
        schedule = PollSchedule(**options)
        runs = AsyncRuns(self._client)
        while True:
            listed = [run async for run in runs.list(batch=batch_id, page_size=100)]
            outcome = BatchOutcome(await self.retrieve(batch_id), listed)
            if outcome.finished:
                return outcome
            await asyncio.sleep(schedule.next_delay(f"batch {batch_id}", outcome))

    async def retrieve(self, batch_id: str) -> Batch:
        return await self._run(_retrieve(batch_id))

    async def results(self, batch_id: str) -> BatchResults:
        return await self._run(_results(batch_id))

    def subscribe(self, batch_id: str, *, skip_columns: Sequence[str] | None = None) -> AsyncSubscription[RealtimeRun]:
        return AsyncSubscription(self._client, batch_feed(_batch_id(batch_id), skip_columns=skip_columns))
