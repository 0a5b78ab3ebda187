"""Batch triggering of any number of items: validation per item, chunking, and per-item results.

The planning and the assembly of results are shared; the sync and async clients only differ in how
they send the chunks (threads or tasks, bounded either way).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from trigger_api.models import BatchHandle
from trigger_client._core import Operation
from trigger_client._exceptions import TriggerError, ValidationError

# Items per request: the all-tasks v1 route takes 500 (MAX_BATCH_V2_TRIGGER_ITEMS, webapp env.server.ts), the
# one-task route only 100 (MAX_BATCH_TRIGGER_ITEMS, webapp consts.ts; routes/api.v1.tasks.$taskId.batch.ts).
CHUNK_SIZE = 500
TASK_CHUNK_SIZE = 100
DEFAULT_CONCURRENCY = 4


@dataclass(frozen=True)
class BatchItemResult:
    """What became of one item: its run (and batch) id, or the error that stopped it.

    Example::

        for item in result.items:
            print(item.index, item.run_id or item.error)
    """

    index: int
    run_id: str | None = None
    batch_id: str | None = None
    error: TriggerError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class BatchTriggerResult:
    """Per-item outcome of a batch trigger, in the order of the items given. Nothing is dropped: an item that
    failed validation or whose chunk the server refused carries its error, and the others still ran.

    Example::

        result = client.tasks.batch_trigger("send-email", items)
        print(len(result.run_ids), "runs;", len(result.errors), "failed")
        result.raise_for_errors()  # if you prefer all-or-error
    """

    items: list[BatchItemResult]
    batch_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every item produced a run."""
        return all(item.ok for item in self.items)

    @property
    def run_ids(self) -> list[str]:
        """Ids of the runs created, in item order."""
        return [item.run_id for item in self.items if item.run_id is not None]

    @property
    def errors(self) -> list[BatchItemResult]:
        """The items that did not produce a run."""
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
class BatchPlan:
    """Valid items grouped into request-sized chunks, and the items refused before sending."""

    count: int
    chunks: list[tuple[list[int], Operation[BatchHandle]]]
    invalid: dict[int, ValidationError]


def plan_batch(
    items: Sequence[Mapping[str, Any]],
    prepare: Callable[[Mapping[str, Any], str], dict[str, Any]],
    operation: Callable[[list[dict[str, Any]]], Operation[BatchHandle]],
    chunk_size: int = CHUNK_SIZE,
) -> BatchPlan:
    """Validate every item (``prepare(item, "items[i]")`` gives its wire form) and chunk the valid ones."""
    if isinstance(items, Mapping | str | bytes) or not isinstance(items, Sequence):
        raise ValidationError("items", "must be a list of {'payload': ..., 'options': {...}} items")
    if not items:
        raise ValidationError("items", "is empty; pass at least one item")
    valid: list[tuple[int, dict[str, Any]]] = []
    invalid: dict[int, ValidationError] = {}
    for index, item in enumerate(items):
        try:
            valid.append((index, prepare(item, f"items[{index}]")))
        except ValidationError as exc:
            invalid[index] = exc
    chunks = []
    for start in range(0, len(valid), chunk_size):
        part = valid[start : start + chunk_size]
        chunks.append(([index for index, _ in part], operation([wire for _, wire in part])))
    return BatchPlan(len(items), chunks, invalid)


def assemble(plan: BatchPlan, outcomes: Sequence[BatchHandle | TriggerError]) -> BatchTriggerResult:
    """Per-item results from each chunk's response (run ids in item order) or error."""
    results: dict[int, BatchItemResult] = {i: BatchItemResult(i, error=e) for i, e in plan.invalid.items()}
    batch_ids = []
    for (indices, _), outcome in zip(plan.chunks, outcomes, strict=True):
        if isinstance(outcome, TriggerError):
            results.update({i: BatchItemResult(i, error=outcome) for i in indices})
            continue
        batch_ids.append(outcome.batch_id)
        runs = list(outcome.runs)
        for position, index in enumerate(indices):
            if position < len(runs):
                results[index] = BatchItemResult(index, runs[position], outcome.batch_id)
            else:
                missing = TriggerError(f"the server created {len(runs)} runs for a chunk of {len(indices)} items")
                results[index] = BatchItemResult(index, batch_id=outcome.batch_id, error=missing)
    return BatchTriggerResult([results[i] for i in range(plan.count)], batch_ids)
