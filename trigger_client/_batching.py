"""Batch triggering the way the SDK does it: two-phase v3 batches, items streamed as NDJSON.

Phase 1 (``POST /api/v3/batches``) creates a batch of ``runCount`` items; phase 2
(``POST /api/v3/batches/{id}/items``) streams them, one JSON object per line, each carrying its
``index``. The server enqueues each index once, so a re-sent stream (a retry after a dropped
connection, or after an answer of ``sealed: false``) never creates a run twice
(``apps/webapp/app/runEngine/services/streamBatchItems.server.ts``).

Any number of items is accepted: they are validated one by one, the valid ones grouped into batches
of at most :data:`MAX_BATCH_ITEMS`, and only ``concurrency`` batches are held (prepared) at a time, so
memory stays flat however many items there are. The sync and async clients share everything here and
only differ in how they send a wave of batches.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, cast

from trigger_api.api.batches import create_batch_v3, stream_batch_items_v3
from trigger_api.models import (
    CreateBatchRequestBody,
    CreateBatchRequestBodyIdempotencyKeyOptions,
    CreateBatchResponse,
    IdempotencyKeyScope,
    StreamBatchItemsResponse,
)
from trigger_api.types import File
from trigger_client._exceptions import TriggerError, ValidationError
from trigger_client._http.call import uuid4_text
from trigger_client._http.retry import RetryPolicy
from trigger_client._idempotency import batch_item_key, make_idempotency_key, validate_idempotency_key_ttl
from trigger_client._operation import Auth, Operation, call
from trigger_client._steps import Step
from trigger_client._trigger_items import (
    CheckedTrigger,
    offload,
)

# A stream answered with ``sealed: false`` is sent again, like the SDK's streamBatchItems
# (docs/wire.md#ndjson-item-stream).
STREAM_ATTEMPTS = 5
_UNSEALED_BACKOFF = RetryPolicy()
# The order in which the SDK writes a batch item's options (docs/wire.md#batches); payloadSize comes last.
_ITEM_OPTION_ORDER = (
    "queue",
    "concurrency",
    "concurrencyKey",
    "test",
    "payloadType",
    "delay",
    "ttl",
    "tags",
    "maxAttempts",
    "metadata",
    "maxDuration",
    "idempotencyKey",
    "idempotencyKeyTTL",
    "idempotencyKeyOptions",
    "machine",
    "priority",
    "region",
    "lockToVersion",
    "externalDeploymentId",
    "debounce",
    "payloadSize",
)


# JSON.stringify: compact, non-ASCII raw; one object per line, the last one terminated too (§2.3). One encoder for
# every line: json.dumps with arguments builds a new one each call, a few µs on each of 100,000 lines.
_JSON_STRINGIFY = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


class BatchNotSealedError(TriggerError):
    """The server kept answering ``sealed: false`` (items missing) after every re-send of a batch's stream."""


@dataclass(frozen=True)
class BatchItemResult:
    """What became of one item: the batch it was accepted into, or the error that stopped it.

    The server creates the runs of a batch after accepting its items; follow them with
    ``client.batches.poll(batch_id)`` or ``client.runs.list(batch=batch_id)``.

    Example::

        for item in result.items:
            print(item.index, item.batch_id if item.ok else item.error)
    """

    index: int
    batch_id: str | None = None
    error: TriggerError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class BatchTriggerResult:
    """Per-item outcome of a batch trigger, in the order of the items given. Nothing is dropped: an item that
    failed validation or whose batch the server refused carries its error, and the others still went through.

    Example::

        result = client.tasks.batch_trigger("send-email", items)
        print(len(result.batch_ids), "batches;", len(result.errors), "items failed")
        result.raise_for_errors()  # if you prefer all-or-error
    """

    items: list[BatchItemResult]
    batch_ids: list[str] = field(default_factory=list)
    cached_batch_ids: list[str] = field(default_factory=list)
    """Batches the batch idempotency key matched: their items were not sent again."""

    @property
    def ok(self) -> bool:
        """True when every item was accepted into a batch."""
        return all(item.ok for item in self.items)

    @property
    def errors(self) -> list[BatchItemResult]:
        """The items that were not accepted."""
        return [item for item in self.items if not item.ok]

    def raise_for_errors(self) -> None:
        """Raise the first item's error (mentioning how many failed) if any item failed."""
        failed = self.errors
        if failed:
            first = failed[0]
            raise TriggerError(
                f"{len(failed)} of {len(self.items)} batch items failed; first, items[{first.index}]: {first.error}"
            ) from first.error


@dataclass(frozen=True)
class BatchKey:
    """A batch-level idempotency key: the raw key (items derive theirs from it) and its TTL."""

    raw: str | Sequence[str]
    ttl: str | None

    def create_key(self, number: int) -> tuple[str, dict[str, str] | None]:
        """Phase-1 ``idempotencyKey`` and its options of the ``number``-th batch of this call."""
        # The SDK hashes the key as any trigger key; batches after the first (the SDK makes only one) get
        # "-batch-<n>" appended so each stays distinct and stable across retries of the whole call.
        key = self.raw if number == 0 else [*_parts(self.raw), f"batch-{number}"]
        return make_idempotency_key(key)


def _parts(key: str | Sequence[str]) -> list[str]:
    return [key] if isinstance(key, str) else list(key)


def batch_key(idempotency_key: str | Sequence[str] | None, ttl: str | None) -> BatchKey | None:
    """Check the batch-level key options; ``None`` when no key was given."""
    if idempotency_key is None:
        if ttl is not None:
            raise ValidationError("idempotency_key_ttl", "only applies with idempotency_key; pass both")
        return None
    make_idempotency_key(idempotency_key)  # validates the key's form
    return BatchKey(idempotency_key, None if ttl is None else validate_idempotency_key_ttl(ttl))


@dataclass(frozen=True)
class Group:
    """Valid items bound for one batch: their indices in the call, and the items."""

    number: int
    indices: list[int]
    wires: list[CheckedTrigger]

    @property
    def tasks(self) -> list[str]:
        return sorted({wire.task for wire in self.wires})


@dataclass
class Plan:
    """Items refused before sending, and the groups of valid ones, produced lazily."""

    count: int
    invalid: dict[int, ValidationError]
    groups: Iterator[Group]


Prepare = Callable[[Mapping[str, Any], str], CheckedTrigger]


def plan(items: Sequence[Mapping[str, Any]], prepare: Prepare, key: BatchKey | None, size: int) -> Plan:
    """Validate each item (``prepare(item, "items[i]")`` checks it) as its group is reached; invalid ones are
    recorded in ``invalid`` and skipped."""
    if isinstance(items, Mapping | str | bytes) or not isinstance(items, Sequence):
        raise ValidationError("items", "must be a list of {'payload': ..., 'options': {...}} items")
    if not items:
        raise ValidationError("items", "is empty; pass at least one item")
    invalid: dict[int, ValidationError] = {}

    def wires() -> Iterator[tuple[int, CheckedTrigger]]:
        for index, item in enumerate(items):
            try:
                yield index, _with_batch_key(prepare(item, f"items[{index}]"), key, index)
            except ValidationError as exc:
                invalid[index] = exc

    def groups() -> Iterator[Group]:
        valid = wires()
        for number in range(len(items)):
            chunk = list(islice(valid, size))
            if not chunk:
                return
            yield Group(number, [index for index, _ in chunk], [wire for _, wire in chunk])

    return Plan(len(items), invalid, groups())


def _with_batch_key(wire: CheckedTrigger, key: BatchKey | None, index: int) -> CheckedTrigger:
    """An item without its own key gets ``sha256("<key>-<index>")`` and the batch key's TTL."""
    if key is not None:
        options = wire.options
        if options.idempotency_key is None:
            options.idempotency_key = batch_item_key(key.raw, index)
        if key.ttl is not None and options.idempotency_key_ttl is None:
            options.idempotency_key_ttl = key.ttl
    return wire


def _line(index: int, wire: CheckedTrigger) -> bytes:
    line: dict[str, Any] = {"index": index, "task": wire.task}
    if wire.payload is not None:
        line["payload"] = wire.payload
    options = wire.options.to_dict()
    # The item's options in the SDK's batch order, which is not the trigger body's; any others last.
    ordered = {name: options[name] for name in _ITEM_OPTION_ORDER if name in options}
    if len(ordered) < len(options):
        ordered |= {name: value for name, value in options.items() if name not in ordered}
    line["options"] = ordered
    return (_JSON_STRINGIFY.encode(line) + "\n").encode()


# Encoded lines go out in chunks of about this size: a write (and an HTTP chunk) per line costs more CPU than encoding
# the line, and a chunk this size keeps what is held at a time small.
STREAM_CHUNK_BYTES = 64 * 1024


def _chunks(wires: Iterable[CheckedTrigger]) -> Iterator[bytes]:
    """The NDJSON lines of ``wires``, joined into chunks of about :data:`STREAM_CHUNK_BYTES`."""
    lines: list[bytes] = []
    size = 0
    for index, wire in enumerate(wires):
        line = _line(index, wire)
        lines.append(line)
        size += len(line)
        if size >= STREAM_CHUNK_BYTES:
            yield b"".join(lines)
            lines, size = [], 0
    if lines:
        yield b"".join(lines)


class NdjsonStream:
    """A group's items as NDJSON, encoded as the body is sent. Iterable again for every attempt, so the HTTP
    layer's retries re-send the same stream (never a half-consumed one)."""

    def __init__(self, wires: Sequence[CheckedTrigger]) -> None:
        self._wires = wires

    def __iter__(self) -> Iterator[bytes]:
        return _chunks(self._wires)


class AsyncNdjsonStream:
    """:class:`NdjsonStream` for the async client (httpx wants an async iterable there)."""

    def __init__(self, wires: Sequence[CheckedTrigger]) -> None:
        self._wires = wires

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in _chunks(self._wires):
            yield chunk


def create_operation(group: Group, key: BatchKey | None, one_task: bool) -> Operation[CreateBatchResponse]:
    body = CreateBatchRequestBody(run_count=len(group.wires), task_identifiers=group.tasks)
    if key is not None:
        body.idempotency_key, options = key.create_key(group.number)
        # tasks.batchTrigger sends the key's options, batch.triggerByTask does not (docs/wire.md#batches).
        if one_task and options is not None:
            body.idempotency_key_options = CreateBatchRequestBodyIdempotencyKeyOptions(
                key=options["key"], scope=IdempotencyKeyScope(options["scope"])
            )
    else:
        # api.v3.batches.ts dedupes creates on this key for a day (REQUEST_IDEMPOTENCY_TTL_IN_MS), so a create
        # retried after a lost answer gets the batch the first attempt made, not a second, empty one holding
        # runCount batch tokens. Items get no keys from it: only the create is deduplicated.
        body.idempotency_key = f"auto-{uuid4_text()}"
    return call(create_batch_v3.build(body=body), Auth.PUBLIC)


def stream_operation(batch_id: str, group: Group, asynchronous: bool) -> Operation[StreamBatchItemsResponse]:
    stream = AsyncNdjsonStream(group.wires) if asynchronous else NdjsonStream(group.wires)
    # File types its payload as BinaryIO; httpx sends any (async) iterable of bytes chunk by chunk.
    body = File(payload=cast(Any, stream))
    return call(stream_batch_items_v3.build(batch_id=batch_id, body=body), Auth.PUBLIC)


def not_sealed(batch_id: str, answer: StreamBatchItemsResponse) -> BatchNotSealedError:
    received = answer.enqueued_count if isinstance(answer.enqueued_count, int) else "some"
    return BatchNotSealedError(
        f"batch {batch_id} was not sealed after {STREAM_ATTEMPTS} attempts: the server holds {received} of "
        f"{answer.expected_count if isinstance(answer.expected_count, int) else 'its'} items; trigger again "
        "with the same idempotency_key to complete it without duplicates"
    )


@dataclass(frozen=True)
class GroupOutcome:
    """How one group ended: its batch (if created), whether the key matched an existing batch, or an error."""

    batch_id: str | None
    cached: bool = False
    error: TriggerError | None = None


class Results:
    """Collects group outcomes into the per-item :class:`BatchTriggerResult`."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.items: dict[int, BatchItemResult] = {}
        self.batch_ids: list[str] = []
        self.cached: list[str] = []

    def add(self, group: Group, outcome: GroupOutcome) -> None:
        if outcome.batch_id is not None:
            (self.cached if outcome.cached else self.batch_ids).append(outcome.batch_id)
        for index in group.indices:
            self.items[index] = BatchItemResult(index, outcome.batch_id, outcome.error)

    def result(self) -> BatchTriggerResult:
        self.items.update({i: BatchItemResult(i, error=e) for i, e in self.plan.invalid.items()})
        items = [self.items[i] for i in range(self.plan.count)]
        return BatchTriggerResult(items, self.batch_ids, self.cached)


def waves(groups: Iterator[Group], concurrency: int) -> Iterator[list[Group]]:
    """Groups ``concurrency`` at a time: only these are prepared in memory while they are sent."""
    while wave := list(islice(groups, concurrency)):
        yield wave


def send_group(
    group: Group, key: BatchKey | None, one_task: bool, asynchronous: bool
) -> Generator[Step, Any, GroupOutcome]:
    """Offload large payloads, create the batch, then stream its items until the server says it is sealed."""
    try:
        yield from offload(group.wires)
    except TriggerError as exc:
        return GroupOutcome(None, error=exc)
    try:
        created: CreateBatchResponse = yield create_operation(group, key, one_task)
    except TriggerError as exc:
        return GroupOutcome(None, error=exc)
    if created.is_cached and key is not None:  # the caller's key matched: items sent before (the SDK skips too)
        return GroupOutcome(created.id, cached=True)
    # Cached without a caller's key: a retry of this very create, whose first answer was lost; stream its items.
    for attempt in range(1, STREAM_ATTEMPTS + 1):
        try:
            answer: StreamBatchItemsResponse = yield stream_operation(created.id, group, asynchronous)
        except TriggerError as exc:
            return GroupOutcome(created.id, error=exc)
        if answer.sealed:
            return GroupOutcome(created.id)
        if attempt < STREAM_ATTEMPTS:
            yield _UNSEALED_BACKOFF.backoff(attempt)
    return GroupOutcome(created.id, error=not_sealed(created.id, answer))
