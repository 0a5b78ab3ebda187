"""Counters and latency percentiles per operation, safe to share between threads."""

from __future__ import annotations

import threading
from collections import defaultdict, deque
from collections.abc import Mapping
from typing import TypedDict

from trigger_client._http.headers import header_int, reset_epoch_ms

# Latency samples kept per operation: enough for stable p99s, bounded so memory stays flat.
_SAMPLES = 10_000


class OperationStats(TypedDict):
    """Counts and latency percentiles (milliseconds, None before any request) of one operation."""

    requests: int
    errors: int
    retries: int
    p50_ms: float | None
    p95_ms: float | None
    p99_ms: float | None


class RateLimitStats(TypedDict):
    """The last ``x-ratelimit-remaining`` and ``x-ratelimit-reset`` (epoch ms) seen."""

    remaining: int | None
    reset: int | None


class MetricsSnapshot(TypedDict):
    """A copy of the metrics at one moment."""

    operations: dict[str, OperationStats]
    rate_limit: RateLimitStats


class OperationMetrics:
    """Counts and recent latencies (seconds) of one operation (a plain class: a dataclass costs import time)."""

    __slots__ = ("errors", "latencies", "requests", "retries")

    def __init__(self) -> None:
        self.requests = 0
        self.errors = 0
        self.retries = 0
        self.latencies: deque[float] = deque(maxlen=_SAMPLES)

    def percentile(self, p: float) -> float | None:
        """The ``p``-th percentile (0-100) of recent latencies, nearest-rank; None before any request."""
        if not self.latencies:
            return None
        ordered = sorted(self.latencies)
        rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
        return ordered[rank]


class Metrics:
    """What the client has done: per operation requests, errors, retries and latency percentiles, plus the
    last rate-limit headers seen. Holds no header values other than the rate-limit numbers, so no secrets.

    Example::

        client.runs.list(limit=10).first_page()
        snap = client.metrics.snapshot()
        print(snap["operations"]["list_runs_v1"]["p95_ms"], snap["rate_limit"]["remaining"])
        client.metrics.reset()
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ops: dict[str, OperationMetrics] = defaultdict(OperationMetrics)
        self.rate_limit_remaining: int | None = None
        self.rate_limit_reset: int | None = None

    def record_response(self, operation: str, status: int, elapsed: float, headers: Mapping[str, str]) -> None:
        with self._lock:
            op = self._ops[operation]
            op.requests += 1
            op.latencies.append(elapsed)
            remaining, reset = header_int(headers, "x-ratelimit-remaining"), reset_epoch_ms(headers)
            if remaining is not None:
                self.rate_limit_remaining = remaining
            if reset is not None:
                self.rate_limit_reset = reset

    def record_retry(self, operation: str) -> None:
        with self._lock:
            self._ops[operation].retries += 1

    def record_error(self, operation: str) -> None:
        with self._lock:
            self._ops[operation].errors += 1

    def snapshot(self) -> MetricsSnapshot:
        """A plain-dict copy: ``{"operations": {name: {...}}, "rate_limit": {...}}``."""
        with self._lock:
            operations = {
                name: OperationStats(
                    requests=op.requests,
                    errors=op.errors,
                    retries=op.retries,
                    p50_ms=_ms(op.percentile(50)),
                    p95_ms=_ms(op.percentile(95)),
                    p99_ms=_ms(op.percentile(99)),
                )
                for name, op in self._ops.items()
            }
            return {
                "operations": operations,
                "rate_limit": {"remaining": self.rate_limit_remaining, "reset": self.rate_limit_reset},
            }

    def reset(self) -> None:
        """Forget everything recorded so far."""
        with self._lock:
            self._ops.clear()
            self.rate_limit_remaining = None
            self.rate_limit_reset = None


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 3)
