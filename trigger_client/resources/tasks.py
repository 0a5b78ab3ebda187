"""Triggering tasks: one run, or a batch of runs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from trigger_api.api.tasks import trigger_task_v1
from trigger_api.models import RunHandle, TriggerTaskRequestBody
from trigger_client import _run_options as opt
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Auth, Operation, call
from trigger_client._payloads import OMIT, check_payload_size, serialize_payload
from trigger_client._polling import DEFAULT_POLL_TIMEOUT, run_output
from trigger_client._steps import Step
from trigger_client._trigger_items import DEFAULT_CONCURRENCY, MAX_BATCH_ITEMS, CheckedTrigger, needs_offload, offload
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from

if TYPE_CHECKING:
    from typing import Unpack

    from trigger_client._batching import BatchKey, BatchTriggerResult, Group, GroupOutcome, Plan, Results


class Debounce(TypedDict, total=False):
    """The ``debounce`` trigger option: ``key`` and ``delay`` are required."""

    key: str
    delay: str
    """A duration such as ``"5s"``."""
    mode: Literal["leading", "trailing"]
    max_delay: str


class TriggerOptions(TypedDict, total=False):
    """Options of a triggered run (all optional)."""

    idempotency_key: str | Sequence[str]
    """Same key → same run (hashed like the SDK; a 64-character key is sent as is)."""
    idempotency_key_ttl: str
    """How long the key is remembered, e.g. ``"1h"``."""
    idempotency_key_scope: Literal["run", "attempt", "global"]
    """Sent as ``idempotencyKeyOptions.scope`` (default ``"run"``); outside a task the hash is the same."""
    delay: str | dt.datetime
    """Start later: a duration like ``"5m"`` or a datetime."""
    ttl: str | int
    """Expire the run if it has not started within this duration (or seconds)."""
    tags: str | Sequence[str]
    queue: str
    concurrency: str | Sequence[str]
    """Named concurrency limits the run holds instead of the task's declared named limits (at most 2)."""
    concurrency_key: str
    machine: Literal["micro", "small-1x", "small-2x", "medium-1x", "medium-2x", "large-1x", "large-2x"]
    max_attempts: int
    max_duration: int
    """Maximum compute seconds."""
    metadata: Mapping[str, Any]
    priority: int | float
    region: str
    version: str
    """Run on this deployed version (``lockToVersion``), e.g. ``"20250101.1"``."""
    test: bool
    debounce: Debounce
    """Collapse triggers sharing ``key`` within ``delay`` into one run."""


class BatchItem(TypedDict, total=False):
    """One item of a batch: its payload, its options, and (for :meth:`Tasks.batch_trigger_by_task`) its task."""

    task: str
    payload: Any
    options: TriggerOptions


_OPTION_NAMES = frozenset(TriggerOptions.__annotations__)


def checked_trigger(task: str, payload: Any, options: Mapping[str, Any], field: str = "") -> CheckedTrigger:
    """One trigger or batch item of ``task``, checked: its payload serialised, its options built (§2.2)."""
    prefix = f"{field}." if field else ""
    if not _OPTION_NAMES.issuperset(options):
        name = sorted(set(options) - _OPTION_NAMES)[0]
        raise ValidationError(
            f"{prefix}{name}", f"is not a trigger option; use {', '.join(TriggerOptions.__annotations__)}"
        )
    data, payload_type = serialize_payload(payload)
    if data is not None:
        check_payload_size(data, f"{prefix}payload")
    size = len(data.encode()) if data is not None else 0
    return CheckedTrigger(task, data, opt.trigger_options(options, payload_type, size, prefix))


def _trigger_steps(task_id: str, payload: Any, options: Mapping[str, Any]) -> Generator[Step, Any, RunHandle]:
    """One trigger: checked, its payload uploaded first from 128 KiB (like the SDK), then sent."""
    wire = checked_trigger(v.segment(task_id, "task_id"), payload, options)
    if needs_offload(wire):
        yield from offload([wire])
    handle: RunHandle = yield _trigger(wire)
    return handle


def _trigger(wire: CheckedTrigger) -> Operation[RunHandle]:
    body = TriggerTaskRequestBody(payload=wire.payload, options=wire.options)
    return call(trigger_task_v1.build(task_identifier=wire.task, body=body), Auth.PUBLIC)


def _item(task_id: str | None) -> Callable[[Mapping[str, Any], str], CheckedTrigger]:
    """One batch item ``{task?, payload?, options?}``, checked; ``field`` names it in errors."""

    def prepare(item: Mapping[str, Any], field: str) -> CheckedTrigger:
        if not isinstance(item, Mapping):
            raise ValidationError(field, "must be a dict with 'payload' and optional 'options'")
        extra = set(item) - {"payload", "options", *(("task",) if task_id is None else ())}
        if extra:
            allowed = "payload, options and task" if task_id is None else "payload and options"
            raise ValidationError(f"{field}.{sorted(extra)[0]}", f"unknown key; items take {allowed}")
        task = v.text(item.get("task"), f"{field}.task") if task_id is None else task_id
        options = item.get("options", {})
        if not isinstance(options, Mapping):
            kind = type(options).__name__
            raise ValidationError(f"{field}.options", f"must be a dict of trigger options, got {kind}")
        return checked_trigger(task, item.get("payload", OMIT), options, field)

    return prepare


class _Batch:
    """One call's arguments, checked before any request. The batch machinery is loaded here, with the first batch:
    a plain trigger never needs it."""

    def __init__(
        self,
        task_id: str | None,
        items: Sequence[BatchItem],
        idempotency_key: str | Sequence[str] | None,
        idempotency_key_ttl: str | None,
        concurrency: int,
        batch_size: int,
    ) -> None:
        from trigger_client import _batching

        self.batching = _batching
        task = None if task_id is None else v.segment(task_id, "task_id")
        self.key: BatchKey | None = _batching.batch_key(idempotency_key, idempotency_key_ttl)
        self.one_task = task is not None
        self.concurrency = v.int_range(concurrency, "concurrency", 1, 64)
        size = v.int_range(batch_size, "batch_size", 1, MAX_BATCH_ITEMS)
        self.plan: Plan = _batching.plan(items, _item(task), self.key, size)

    def exchange(self, group: Group, asynchronous: bool) -> Generator[Step, Any, GroupOutcome]:
        return self.batching.send_group(group, self.key, self.one_task, asynchronous)

    def results(self) -> Results:
        return self.batching.Results(self.plan)

    def waves(self) -> Iterator[list[Group]]:
        return self.batching.waves(self.plan.groups, self.concurrency)


class Tasks(SyncResource):
    """Trigger your tasks: ``client.tasks``."""

    def trigger(self, task_id: str, payload: Any = OMIT, **options: Unpack[TriggerOptions]) -> RunHandle:
        """Trigger one run of ``task_id`` with ``payload`` (any JSON-like Python value; datetimes, sets and big
        integers arrive in TypeScript with their types, strings as text). Returns the run id and whether an
        idempotency key matched an existing run (``is_cached``).

        Example::

            handle = client.tasks.trigger("send-email", {"to": "ada@example.com"}, tags=["user_42"], delay="5m")
            print(handle.id, handle.is_cached)
        """
        return self._drive(_trigger_steps(task_id, payload, options))

    def trigger_and_wait(
        self,
        task_id: str,
        payload: Any = OMIT,
        *,
        timeout: float | None = DEFAULT_POLL_TIMEOUT,
        interval: float = 1.0,
        **options: Unpack[TriggerOptions],
    ) -> Any:
        """Trigger a run, poll it to the end and return its output; raises :class:`RunFailedError` (carrying the
        run and its error) if it ends in any other way, :class:`PollTimeoutError` after ``timeout`` seconds.

        Example::

            summary = client.tasks.trigger_and_wait("summarize", {"url": url}, timeout=120)
        """
        handle = self.trigger(task_id, payload, **options)
        # Loaded here: the runs resource (its endpoints, models and asyncio) would double a first trigger's cost.
        from trigger_client.resources.runs import Runs

        return run_output(Runs(self._client).poll(handle.id, interval=interval, timeout=timeout))

    def batch_trigger(
        self,
        task_id: str,
        items: Sequence[BatchItem],
        *,
        idempotency_key: str | Sequence[str] | None = None,
        idempotency_key_ttl: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        batch_size: int = MAX_BATCH_ITEMS,
    ) -> BatchTriggerResult:
        """Trigger any number of runs of one task; each item is ``{"payload": ..., "options": {...}}``.

        Like the SDK, items go through the two-phase batch API: a batch is created, then its items are streamed
        as NDJSON. Items are checked first; the valid ones are sent in batches of up to 1,000 (``concurrency``
        batches at a time), and the result says, item by item, which batch accepted it or why it was not: one
        bad item never hides the others. A dropped connection re-sends the stream, and the server takes each
        item once. ``idempotency_key`` makes the whole call repeatable: the batch and every item without its own
        key get keys derived from it (``sha256("<key>-<index>")`` per item, as the SDK), and
        ``idempotency_key_ttl`` is how long they hold.

        Example::

            result = client.tasks.batch_trigger("send-email", [{"payload": {"to": a}} for a in addresses])
            for failed in result.errors:
                print(failed.index, failed.error)
            for batch_id in result.batch_ids:
                client.batches.poll(batch_id)
        """
        return self._send(_Batch(task_id, items, idempotency_key, idempotency_key_ttl, concurrency, batch_size))

    def batch_trigger_by_task(
        self,
        items: Sequence[BatchItem],
        *,
        idempotency_key: str | Sequence[str] | None = None,
        idempotency_key_ttl: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        batch_size: int = MAX_BATCH_ITEMS,
    ) -> BatchTriggerResult:
        """Like :meth:`batch_trigger` for several tasks: each item names its ``task``.

        Example::

            client.tasks.batch_trigger_by_task([
                {"task": "send-email", "payload": {"to": "ada@example.com"}},
                {"task": "sync-crm", "payload": {"id": 42}, "options": {"tags": ["crm"]}},
            ])
        """
        return self._send(_Batch(None, items, idempotency_key, idempotency_key_ttl, concurrency, batch_size))

    def _send(self, batch: _Batch) -> BatchTriggerResult:
        from concurrent.futures import ThreadPoolExecutor  # here: a trigger alone never needs its threads and queues

        results = batch.results()
        with ThreadPoolExecutor(max_workers=batch.concurrency) as pool:
            for wave in batch.waves():
                outcomes = pool.map(lambda group: self._drive(batch.exchange(group, asynchronous=False)), wave)
                for group, outcome in zip(wave, outcomes, strict=True):
                    results.add(group, outcome)
        return results.result()


@docs_from(Tasks)
class AsyncTasks(AsyncResource):
    async def trigger(self, task_id: str, payload: Any = OMIT, **options: Unpack[TriggerOptions]) -> RunHandle:
        return await self._drive(_trigger_steps(task_id, payload, options))

    async def trigger_and_wait(
        self,
        task_id: str,
        payload: Any = OMIT,
        *,
        timeout: float | None = DEFAULT_POLL_TIMEOUT,
        interval: float = 1.0,
        **options: Unpack[TriggerOptions],
    ) -> Any:
        handle = await self.trigger(task_id, payload, **options)
        from trigger_client.resources.runs import AsyncRuns

        return run_output(await AsyncRuns(self._client).poll(handle.id, interval=interval, timeout=timeout))

    async def batch_trigger(
        self,
        task_id: str,
        items: Sequence[BatchItem],
        *,
        idempotency_key: str | Sequence[str] | None = None,
        idempotency_key_ttl: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        batch_size: int = MAX_BATCH_ITEMS,
    ) -> BatchTriggerResult:
        return await self._send(_Batch(task_id, items, idempotency_key, idempotency_key_ttl, concurrency, batch_size))

    async def batch_trigger_by_task(
        self,
        items: Sequence[BatchItem],
        *,
        idempotency_key: str | Sequence[str] | None = None,
        idempotency_key_ttl: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        batch_size: int = MAX_BATCH_ITEMS,
    ) -> BatchTriggerResult:
        return await self._send(_Batch(None, items, idempotency_key, idempotency_key_ttl, concurrency, batch_size))

    async def _send(self, batch: _Batch) -> BatchTriggerResult:
        import asyncio  # not at the top: a sync client's trigger never needs it

        results = batch.results()
        for wave in batch.waves():
            outcomes = await asyncio.gather(*(self._drive(batch.exchange(group, asynchronous=True)) for group in wave))
            for group, outcome in zip(wave, outcomes, strict=True):
                results.add(group, outcome)
        return results.result()
