"""Waiting for runs and batches to finish: the schedule of checks, shared by the sync and async clients."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict

from trigger_client._exceptions import PollTimeoutError, RunFailedError, ValidationError

if TYPE_CHECKING:
    from trigger_api.models import Batch, BatchStatus, RunListItem

# Statuses after which a run never changes again (docs/wire.md#polling-and-run-statuses). Unlike the SDK's poll,
# which trusts the server's isCompleted flag and so never returns for EXPIRED or TIMED_OUT runs, every one of these
# ends a poll.
TERMINAL_STATUSES = frozenset(
    {"COMPLETED", "CANCELED", "FAILED", "CRASHED", "SYSTEM_FAILURE", "EXPIRED", "TIMED_OUT", "INTERRUPTED"}
)
BATCH_DONE_STATUSES = frozenset({"COMPLETED", "PARTIAL_FAILED", "ABORTED"})


def is_terminal(run: Any) -> bool:
    """Whether a run (any model with ``status``) has finished for good."""
    return str(getattr(run, "status", "")) in TERMINAL_STATUSES


DEFAULT_POLL_TIMEOUT = 3600.0


class PollOptions(TypedDict, total=False):
    """How often to check and for how long (all optional)."""

    interval: float
    """Seconds between checks (default 1)."""
    timeout: float | None
    """Give up after this many seconds (default 3600; None waits for ever)."""
    backoff: float
    """Multiply the interval by this after each check (default 1: fixed)."""
    max_interval: float
    """Upper bound of the interval (default 30)."""


class PollSchedule:
    """When to check next and when to give up: ``interval`` seconds, growing by ``backoff`` up to
    ``max_interval``, until ``timeout`` seconds have passed (None waits forever)."""

    def __init__(
        self,
        interval: float = 1.0,
        timeout: float | None = DEFAULT_POLL_TIMEOUT,
        backoff: float = 1.0,
        max_interval: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not interval > 0:
            raise ValidationError("interval", f"must be a positive number of seconds, got {interval!r}")
        if timeout is not None and not timeout > 0:
            raise ValidationError("timeout", f"must be a positive number of seconds or None, got {timeout!r}")
        if not backoff >= 1:
            raise ValidationError("backoff", f"must be >= 1 (1 keeps a fixed interval), got {backoff!r}")
        self.interval = interval
        self.backoff = backoff
        self.max_interval = max(max_interval, interval)
        self.clock = clock
        self.deadline = None if timeout is None else clock() + timeout
        self.timeout = timeout

    def next_delay(self, subject: str, last: Any) -> float:
        """Seconds to sleep before the next check, or PollTimeoutError carrying ``last`` when time is up."""
        delay = self.interval
        self.interval = min(self.interval * self.backoff, self.max_interval)
        if self.deadline is not None:
            left = self.deadline - self.clock()
            if left <= 0:
                # A batch outcome's summary also counts its unfinished runs.
                state = last.summary if isinstance(last, BatchOutcome) else getattr(last, "status", "unknown")
                raise PollTimeoutError(
                    f"{subject} did not finish within {self.timeout:g} s (last status {state})",
                    last=last,
                )
            delay = min(delay, left)
        return delay


@dataclass(frozen=True)
class BatchOutcome:
    """A batch and its runs, as polled: ``finished`` once every run has reached a final status.

    ``status`` is the batch's :class:`~trigger_client.types.BatchStatus`; ``summary`` (also ``str(outcome)``) adds
    how many runs are unfinished.

    Example::

        outcome = client.batches.poll("batch_1234", timeout=600)
        failed = [run.id for run in outcome.runs if str(run.status) != "COMPLETED"]
        print(outcome.status, outcome.summary)
    """

    batch: Batch
    runs: list[RunListItem]

    @property
    def status(self) -> BatchStatus:
        """The batch's status, as ``batch.status``."""
        return self.batch.status

    @property
    def summary(self) -> str:
        """The batch's status and how many runs are still going, e.g. ``'PROCESSING, 2 of 5 runs unfinished'``."""
        going = sum(1 for run in self.runs if not is_terminal(run))
        return f"{self.batch.status}, {going} of {len(self.runs)} runs unfinished"

    def __str__(self) -> str:
        return self.summary

    @property
    def finished(self) -> bool:
        expected = self.batch.run_count
        # Items the server could not turn into runs (v2 retrieve's processing.errors) never get one.
        refused = len(self.batch.processing.errors)
        created = expected is None or len(self.runs) + refused >= expected
        status = self.batch.status
        processed = status is None or str(status) in BATCH_DONE_STATUSES
        return created and processed and all(is_terminal(run) for run in self.runs)


def run_output(run: Any) -> Any:
    """The output of a finished run, or RunFailedError carrying the run and its error."""
    status = str(run.status)
    if status == "COMPLETED":
        return getattr(run, "output", None)
    error = getattr(run, "error", None)
    message = getattr(error, "message", None) if error is not None else None
    detail = f": {message}" if message else ""
    raise RunFailedError(f"run {run.id} ended {status}{detail}", run=run, error=error)
