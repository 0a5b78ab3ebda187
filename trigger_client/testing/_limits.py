"""Per-environment rate limiting and switchable fault injection."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from ._clock import Clock

# Trigger.dev cloud's default API budget.
DEFAULT_RATE_PER_MINUTE = 1500


@dataclass
class _Bucket:
    tokens: float
    updated: float


@dataclass(frozen=True)
class RateDecision:
    allowed: bool
    limit: int
    remaining: int
    reset_ms: int


class Limits:
    """Token buckets per environment: ``rate_per_minute`` tokens, refilled continuously.

    Example:
        >>> emulator.limits.rate_per_minute = 10  # doctest: +SKIP
    """

    def __init__(self, clock: Clock, rate_per_minute: int = DEFAULT_RATE_PER_MINUTE) -> None:
        self.rate_per_minute = rate_per_minute
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}

    def take(self, key: str) -> RateDecision:
        """Consume one token for ``key`` (caller holds the emulator lock)."""
        now = self._clock.now()
        limit = max(1, int(self.rate_per_minute))
        per_second = limit / 60.0
        bucket = self._buckets.setdefault(key, _Bucket(float(limit), now))
        bucket.tokens = min(float(limit), bucket.tokens + (now - bucket.updated) * per_second)
        bucket.updated = now
        allowed = bucket.tokens >= 1.0
        if allowed:
            bucket.tokens -= 1.0
        # Reset = when a token is next available if empty, else when the bucket is full again.
        missing = (1.0 - bucket.tokens) if not allowed else (limit - bucket.tokens)
        reset = now + max(0.0, missing) / per_second
        return RateDecision(allowed, limit, math.floor(bucket.tokens), math.ceil(reset * 1000))


class Faults:
    """Fault injection, off by default; draws come from a seeded ``random.Random``.

    Example:
        >>> emulator.faults.error_rate = 0.05   # 5% of requests answer 500  # doctest: +SKIP
        >>> emulator.faults.drop_rate = 0.02    # 2% commit, then drop the connection  # doctest: +SKIP
        >>> emulator.faults.latency = 0.05      # seconds added to every request  # doctest: +SKIP
        >>> emulator.faults.rate_limit_burst(3) # the next 3 requests get 429  # doctest: +SKIP
    """

    def __init__(self, seed: int | None) -> None:
        self.latency = 0.0
        self.error_rate = 0.0
        self.drop_rate = 0.0
        self.burst_remaining = 0
        self.rng = random.Random(seed)

    def rate_limit_burst(self, n: int) -> None:
        """Answer the next ``n`` rate-limited requests with 429."""
        self.burst_remaining = n

    def reset(self) -> None:
        """Switch every fault off."""
        self.latency = self.error_rate = self.drop_rate = 0.0
        self.burst_remaining = 0

    def roll(self, rate: float) -> bool:
        return rate > 0 and self.rng.random() < rate
