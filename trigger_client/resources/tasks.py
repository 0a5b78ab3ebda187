"""Triggering tasks: one run, or a batch of runs."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from trigger_api.api.tasks import batch_trigger_task_by_id_v1, batch_trigger_task_v1, trigger_task_v1
from trigger_api.models import (
    BatchHandle,
    BatchTriggerTaskByIdV1Body,
    BatchTriggerV2RequestBody,
    RunHandle,
    TriggerTaskRequestBody,
)
from trigger_client import _validate as v
from trigger_client._batching import (
    CHUNK_SIZE,
    DEFAULT_CONCURRENCY,
    TASK_CHUNK_SIZE,
    BatchPlan,
    BatchTriggerResult,
    assemble,
    plan_batch,
)
from trigger_client._core import Auth, Operation, call
from trigger_client._exceptions import TriggerError, ValidationError
from trigger_client._idempotency import make_idempotency_key, validate_duration, validate_idempotency_key_ttl
from trigger_client._payloads import OMIT, check_payload_size, serialize_payload
from trigger_client._polling import DEFAULT_POLL_TIMEOUT, run_output
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from
from trigger_client.resources.runs import AsyncRuns, Runs

if TYPE_CHECKING:
    from typing import Unpack

MACHINES = ("micro", "small-1x", "small-2x", "medium-1x", "medium-2x", "large-1x", "large-2x")


class TriggerOptions(TypedDict, total=False):
    """Options of a triggered run (all optional)."""

    idempotency_key: str | Sequence[str]
    """Same key → same run (hashed like the SDK; a 64-character key is sent as is)."""
    idempotency_key_ttl: str
    """How long the key is remembered, e.g. ``"1h"``."""
    delay: str | dt.datetime
    """Start later: a duration like ``"5m"`` or a datetime."""
    ttl: str | int
    """Expire the run if it has not started within this duration (or seconds)."""
    tags: str | Sequence[str]
    queue: str
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


class BatchItem(TypedDict, total=False):
    """One item of a batch: its payload, its options, and (for :meth:`Tasks.batch_trigger_by_task`) its task."""

    task: str
    payload: Any
    options: TriggerOptions


def trigger_body(payload: Any, options: Mapping[str, Any], field: str = "") -> dict[str, Any]:
    """The wire body ``{"payload", "options"}`` for a payload and options, in the SDK's key order (§2.2)."""
    prefix = f"{field}." if field else ""
    unknown = set(options) - set(TriggerOptions.__annotations__)
    if unknown:
        name = sorted(unknown)[0]
        raise ValidationError(
            f"{prefix}{name}", f"is not a trigger option; use {', '.join(TriggerOptions.__annotations__)}"
        )
    data, payload_type = serialize_payload(payload)
    if data is not None:
        check_payload_size(data, f"{prefix}payload")
    wire: dict[str, Any] = {}
    if "queue" in options:
        wire["queue"] = {"name": v.text(options["queue"], f"{prefix}queue")}
    if "concurrency_key" in options:
        wire["concurrencyKey"] = v.text(options["concurrency_key"], f"{prefix}concurrency_key")
    if "test" in options:
        wire["test"] = bool(options["test"])
    wire["payloadType"] = payload_type
    wire["payloadSize"] = len(data.encode()) if data is not None else 0
    if options.get("idempotency_key"):
        key, key_options = make_idempotency_key(options["idempotency_key"])
        wire["idempotencyKey"] = key
        if "idempotency_key_ttl" in options:
            wire["idempotencyKeyTTL"] = validate_idempotency_key_ttl(
                options["idempotency_key_ttl"], f"{prefix}idempotency_key_ttl"
            )
        if key_options is not None:
            wire["idempotencyKeyOptions"] = key_options
    elif "idempotency_key_ttl" in options:
        raise ValidationError(f"{prefix}idempotency_key_ttl", "only applies with idempotency_key; pass both")
    if "delay" in options:
        delay = options["delay"]
        field_name = f"{prefix}delay"
        wire["delay"] = (
            v.iso_datetime(delay, field_name)
            if isinstance(delay, dt.datetime)
            else validate_duration(delay, field_name)
        )
    if "ttl" in options:
        ttl = options["ttl"]
        wire["ttl"] = (
            v.int_range(ttl, f"{prefix}ttl", 1, 2**31)
            if isinstance(ttl, int)
            else validate_duration(ttl, f"{prefix}ttl")
        )
    if "tags" in options:
        wire["tags"] = v.tags(options["tags"], f"{prefix}tags")
    if "max_attempts" in options:
        wire["maxAttempts"] = v.int_range(options["max_attempts"], f"{prefix}max_attempts", 1, 1000)
    if "metadata" in options:
        if not isinstance(options["metadata"], Mapping):
            raise ValidationError(f"{prefix}metadata", "must be a dict of JSON values")
        wire["metadata"] = dict(options["metadata"])
    if "max_duration" in options:
        wire["maxDuration"] = v.int_range(options["max_duration"], f"{prefix}max_duration", 1, 2**31)
    if "machine" in options:
        if options["machine"] not in MACHINES:
            raise ValidationError(
                f"{prefix}machine", f"must be one of {', '.join(MACHINES)}, got {options['machine']!r}"
            )
        wire["machine"] = options["machine"]
    if "priority" in options:
        priority = options["priority"]
        if isinstance(priority, bool) or not isinstance(priority, int | float):
            raise ValidationError(f"{prefix}priority", f"must be a number of seconds, got {priority!r}")
        wire["priority"] = priority
    if "region" in options:
        wire["region"] = v.text(options["region"], f"{prefix}region")
    if "version" in options:
        wire["lockToVersion"] = v.text(options["version"], f"{prefix}version")
    body: dict[str, Any] = {} if data is None else {"payload": data}
    body["options"] = wire
    return body


def _trigger(task_id: str, payload: Any, options: Mapping[str, Any]) -> Operation[RunHandle]:
    body = TriggerTaskRequestBody.from_dict(trigger_body(payload, options))
    return call(trigger_task_v1.build(task_identifier=v.segment(task_id, "task_id"), body=body), Auth.PUBLIC)


def _item(with_task: bool) -> Callable[[Mapping[str, Any], str], dict[str, Any]]:
    """Wire form of one batch item, checked; ``field`` is its name in errors (``items[3]``)."""

    def prepare(item: Mapping[str, Any], field: str) -> dict[str, Any]:
        if not isinstance(item, Mapping):
            raise ValidationError(field, "must be a dict with 'payload' and optional 'options'")
        extra = set(item) - {"payload", "options", *(("task",) if with_task else ())}
        if extra:
            allowed = "payload, options and task" if with_task else "payload and options"
            raise ValidationError(f"{field}.{sorted(extra)[0]}", f"unknown key; items take {allowed}")
        body = trigger_body(item.get("payload", OMIT), item.get("options", {}), field)
        return {"task": v.text(item.get("task"), f"{field}.task"), **body} if with_task else body

    return prepare


def _plan(task_id: str | None, items: Sequence[BatchItem], chunk_size: int) -> BatchPlan:
    if task_id is None:

        def operation(wire: list[dict[str, Any]]) -> Operation[BatchHandle]:
            body = BatchTriggerV2RequestBody.from_dict({"items": wire})
            # This route answers 202 {id, runs: [{id, ...}]} (routes/api.v1.tasks.batch.ts); chunks share one shape.
            # A public token with batchTrigger on every task of the chunk may send it, as the route allows JWTs.
            return call(batch_trigger_task_v1.build(body=body), Auth.PUBLIC).then(
                lambda r: BatchHandle(batch_id=r.id, runs=[run.id for run in r.runs])
            )

    else:
        task = v.segment(task_id, "task_id")

        def operation(wire: list[dict[str, Any]]) -> Operation[BatchHandle]:
            body = BatchTriggerTaskByIdV1Body.from_dict({"items": wire})
            return call(batch_trigger_task_by_id_v1.build(task_identifier=task, body=body))

    limit = CHUNK_SIZE if task_id is None else TASK_CHUNK_SIZE
    chunk = v.int_range(chunk_size, "chunk_size", 1, limit)
    return plan_batch(items, _item(with_task=task_id is None), operation, chunk)


def _concurrency(value: int) -> int:
    return v.int_range(value, "concurrency", 1, 64)


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
        return self._run(_trigger(task_id, payload, options))

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
        return run_output(Runs(self._client).poll(handle.id, interval=interval, timeout=timeout))

    def batch_trigger(
        self,
        task_id: str,
        items: Sequence[BatchItem],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        chunk_size: int = TASK_CHUNK_SIZE,
    ) -> BatchTriggerResult:
        """Trigger any number of runs of one task; each item is ``{"payload": ..., "options": {...}}``. Items are
        checked first, sent in chunks of up to 100 (``concurrency`` chunks at a time), and the result says, item
        by item, which run it became or why it did not: one bad item never hides the others.

        Example::

            result = client.tasks.batch_trigger("send-email", [{"payload": {"to": a}} for a in addresses])
            for failed in result.errors:
                print(failed.index, failed.error)
        """
        plan = _plan(task_id, items, chunk_size)
        return assemble(plan, self._send(plan, _concurrency(concurrency)))

    def batch_trigger_by_task(
        self, items: Sequence[BatchItem], *, concurrency: int = DEFAULT_CONCURRENCY, chunk_size: int = CHUNK_SIZE
    ) -> BatchTriggerResult:
        """Like :meth:`batch_trigger` for several tasks: each item names its ``task``.

        Example::

            client.tasks.batch_trigger_by_task([
                {"task": "send-email", "payload": {"to": "ada@example.com"}},
                {"task": "sync-crm", "payload": {"id": 42}, "options": {"tags": ["crm"]}},
            ])
        """
        plan = _plan(None, items, chunk_size)
        return assemble(plan, self._send(plan, _concurrency(concurrency)))

    def _send(self, plan: BatchPlan, concurrency: int) -> list[BatchHandle | TriggerError]:
        def send(op: Operation[BatchHandle]) -> BatchHandle | TriggerError:
            try:
                return self._run(op)
            except TriggerError as exc:
                return exc

        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            return list(pool.map(send, [op for _, op in plan.chunks]))


@docs_from(Tasks)
class AsyncTasks(AsyncResource):
    async def trigger(self, task_id: str, payload: Any = OMIT, **options: Unpack[TriggerOptions]) -> RunHandle:
        return await self._run(_trigger(task_id, payload, options))

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
        return run_output(await AsyncRuns(self._client).poll(handle.id, interval=interval, timeout=timeout))

    async def batch_trigger(
        self,
        task_id: str,
        items: Sequence[BatchItem],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        chunk_size: int = TASK_CHUNK_SIZE,
    ) -> BatchTriggerResult:
        plan = _plan(task_id, items, chunk_size)
        return assemble(plan, await self._send(plan, _concurrency(concurrency)))

    async def batch_trigger_by_task(
        self, items: Sequence[BatchItem], *, concurrency: int = DEFAULT_CONCURRENCY, chunk_size: int = CHUNK_SIZE
    ) -> BatchTriggerResult:
        plan = _plan(None, items, chunk_size)
        return assemble(plan, await self._send(plan, _concurrency(concurrency)))

    async def _send(self, plan: BatchPlan, concurrency: int) -> list[BatchHandle | TriggerError]:
        gate = asyncio.Semaphore(concurrency)

        async def send(op: Operation[BatchHandle]) -> BatchHandle | TriggerError:
            async with gate:
                try:
                    return await self._run(op)
                except TriggerError as exc:
                    return exc

        return list(await asyncio.gather(*(send(op) for _, op in plan.chunks)))
