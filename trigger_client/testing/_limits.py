"""Rate limits as the webapp applies them, and switchable fault injection.

The webapp's API limiter (``apps/webapp/app/services/apiRateLimit.server.ts``) runs @upstash/ratelimit
(``authorizationRateLimitMiddleware.server.ts``): a token bucket per environment for secret keys, refilled in
whole steps (``API_RATE_LIMIT_REFILL_RATE`` tokens every ``API_RATE_LIMIT_REFILL_INTERVAL``, at most
``API_RATE_LIMIT_MAX``, ``env.server.ts``), a fixed window for public JWTs (``API_RATE_LIMIT_JWT_*``), and a
list of exempt paths. Two-phase batches pass a token bucket of their own, charged one token per item
(``runEngine/concerns/batchLimits.server.ts``, ``BATCH_RATE_LIMIT_*``).
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass

from ._clock import Clock


@dataclass(frozen=True)
class TokenBucket:
    """``max_tokens`` at most, ``refill_rate`` tokens added every ``interval`` seconds in one step.

    Example:
        >>> TokenBucket(max_tokens=75, refill_rate=25, interval=0.1).per_second
        250.0
    """

    max_tokens: int
    refill_rate: int
    interval: float

    @property
    def per_second(self) -> float:
        """The sustained rate the bucket allows."""
        return self.refill_rate / self.interval


@dataclass(frozen=True)
class FixedWindow:
    """``tokens`` requests per ``window`` seconds, the window aligned to the epoch (upstash ``fixedWindow``).

    Example:
        >>> FixedWindow(tokens=60, window=60.0).tokens
        60
    """

    tokens: int
    window: float


# env.server.ts defaults: API_RATE_LIMIT_MAX 750, _REFILL_RATE 250, _REFILL_INTERVAL "10s".
API_BUCKET = TokenBucket(max_tokens=750, refill_rate=250, interval=10.0)
# env.server.ts: API_RATE_LIMIT_JWT_TOKENS 60, API_RATE_LIMIT_JWT_WINDOW "1m".
JWT_WINDOW = FixedWindow(tokens=60, window=60.0)
# env.server.ts: BATCH_RATE_LIMIT_MAX 1200, _REFILL_RATE 100, _REFILL_INTERVAL "10s".
BATCH_BUCKET = TokenBucket(max_tokens=1200, refill_rate=100, interval=10.0)

# apiRateLimit.server.ts: only paths under /api are limited, minus its pathWhiteList (with deploymentApiPaths.server.ts,
# limited by a deployment limiter of its own that the emulator does not model).
_EXEMPT = re.compile(
    r"^/api/(?:"
    r"internal/stripe_webhooks|v1/authorization-code|v1/token|v1/usage/ingest|v1/plain/customer-cards"
    r"|v1/tasks/[^/]+/callback/[^/]+|v1/runs/[^/]+/tasks/[^/]+/callback/[^/]+"
    r"|v1/http-endpoints/[^/]+/env/[^/]+/[^/]+|v1/sources/http/[^/]+|v1/endpoints/[^/]+/[^/]+/index/[^/]+"
    r"|v1/timezones|v1/auth/jwt/claims|v1/runs/[^/]+/attempts|v1/waitpoints/tokens/[^/]+/callback/[^/]+"
    r"|v\d+/deployments(?:/.*)?|v1/projects/[^/]+/(?:dev|staging|prod|preview)|v1/projects/[^/]+/envvars"
    r"|v1/projects/[^/]+/envvars/[^/]+/import|v1/projects/[^/]+/branches(?:/archive)?"
    r"|v1/remote-build-provider-status|v1/artifacts|v[12]/packets/.*|v1/sessions/[^/]+/snapshot-url"
    r")$"
)
# apiRateLimit.server.ts bypass: phase 2 of a two-phase batch spends the grant phase 1 minted.
BATCH_ITEMS_PATH = re.compile(r"^/api/v3/batches/([^/]+)/items$")


def is_limited(path: str) -> bool:
    """Whether the API limiter applies to ``path`` (a request path without its query)."""
    return path.startswith("/api") and _EXEMPT.match(path) is None


@dataclass(frozen=True)
class RateDecision:
    """What the limiter answered: allowed or not, and the three ``x-ratelimit-*`` header values."""

    allowed: bool
    limit: int
    remaining: int
    reset_ms: int


@dataclass
class _BucketState:
    tokens: int
    refilled_at_ms: int


class Limits:
    """The emulator's limiters: ``api`` for keys and PATs, ``jwt`` for public JWTs, ``batch`` for batch items.

    Each is a setting: scale a bucket down to make a test reach it in a moment.

    Example:
        >>> emulator.limits.api = TokenBucket(max_tokens=3, refill_rate=1, interval=1.0)  # doctest: +SKIP
    """

    def __init__(
        self,
        clock: Clock,
        api: TokenBucket = API_BUCKET,
        jwt: FixedWindow = JWT_WINDOW,
        batch: TokenBucket = BATCH_BUCKET,
    ) -> None:
        self.api, self.jwt, self.batch = api, jwt, batch
        self._clock = clock
        self._buckets: dict[tuple[str, str], _BucketState] = {}
        self._windows: dict[tuple[str, int], int] = {}

    @property
    def rate_per_minute(self) -> float:
        """The API bucket's sustained rate per minute; setting it makes a bucket of that many refilled each minute."""
        return self.api.per_second * 60

    @rate_per_minute.setter
    def rate_per_minute(self, value: int) -> None:
        self.api = TokenBucket(max_tokens=int(value), refill_rate=int(value), interval=60.0)

    def take(self, token: str) -> RateDecision:
        """One request of ``token`` through the API limiter (caller holds the emulator lock)."""
        # apiRateLimit.server.ts: "tr_" keys (and PATs) use the token bucket, a JWT the fixed window.
        if not token.startswith("tr_") and token.count(".") == 2:
            return self._take_window(token, self.jwt)
        return self._take_bucket("api", token, self.api, 1)

    def take_batch(self, token: str, items: int) -> RateDecision:
        """Charge a two-phase batch of ``items`` runs to the batch bucket (createBatch.server.ts: rate = runCount)."""
        return self._take_bucket("batch", token, self.batch, items)

    def _take_bucket(self, name: str, key: str, bucket: TokenBucket, cost: int) -> RateDecision:
        # The upstash token bucket: refills in whole intervals counted from the last refill, reset is the next one.
        now = math.floor(self._clock.now() * 1000)
        interval = max(1, round(bucket.interval * 1000))
        state = self._buckets.get((name, key))
        if state is None:
            state = self._buckets[(name, key)] = _BucketState(bucket.max_tokens, now)
        if now >= state.refilled_at_ms + interval:
            refills = (now - state.refilled_at_ms) // interval
            state.tokens = min(bucket.max_tokens, state.tokens + refills * bucket.refill_rate)
            state.refilled_at_ms += refills * interval
        state.tokens = min(state.tokens, bucket.max_tokens)  # the bucket may have been made smaller since
        reset = state.refilled_at_ms + interval
        if state.tokens < cost:
            # Refused requests take nothing (the webapp patches upstash's script to refuse "tokens < incrementBy",
            # patches/@upstash__ratelimit.patch) and the script answers -1, which both routes clamp to a remaining
            # of 0 (authorizationRateLimitMiddleware.server.ts, api.v3.batches.ts), whatever tokens are left.
            return RateDecision(False, bucket.max_tokens, 0, reset)
        state.tokens -= cost
        return RateDecision(True, bucket.max_tokens, state.tokens, reset)

    def _take_window(self, key: str, window: FixedWindow) -> RateDecision:
        # upstash fixedWindow: one counter per epoch-aligned window, incremented by every request, refused or not.
        size = max(1, round(window.window * 1000))
        index = math.floor(self._clock.now() * 1000) // size
        if (key, index) not in self._windows:
            # Older windows of every key are dead: drop them so a long emulator session does not grow.
            self._windows = {k: v for k, v in self._windows.items() if k[1] == index}
        used = self._windows[(key, index)] = self._windows.get((key, index), 0) + 1
        return RateDecision(used <= window.tokens, window.tokens, max(0, window.tokens - used), (index + 1) * size)


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
