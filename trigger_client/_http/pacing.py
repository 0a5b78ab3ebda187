"""Pacing from the server's rate-limit headers, so that many clients on one key share its budget without 429s.

The webapp answers every limited request with ``x-ratelimit-limit``, ``-remaining`` (tokens left after this
request) and ``-reset`` (epoch milliseconds of the next refill) (``authorizationRateLimitMiddleware.server.ts``).
The server's counter is the state every process shares, so no coordinator is needed: each client holds back
once the budget it last saw, less its own requests in flight and what the other clients are estimated to take
meanwhile, is spent, and waits for the refill instead of bouncing off a 429.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING

from trigger_client._http.headers import reset_epoch_seconds

if TYPE_CHECKING:
    from trigger_client._http.shared_limit import SharedBucket

# Weight of the newest sample in the estimate of what other clients take between two of our answers.
_SMOOTHING = 0.3
# While one request finds out what a refill brought, the others ask again this often (seconds).
PROBE_WAIT = 0.005


class Pacer:
    """One client's view of its key's rate-limit budget; thread-safe, clock passed in (``now``, epoch seconds).

    Call :meth:`acquire` before each request (wait the seconds it returns, then call it again) and
    :meth:`settle` with each answer's headers (``None`` when the request failed without one). A refused v3 batch
    create reports the batch bucket instead (a reset in epoch seconds, ``api.v3.batches.ts``): that holds back
    only further batch creates (``acquire(..., batch=True)``) until its refill, never the other calls.

    Example:
        >>> pacer = Pacer()
        >>> pacer.acquire(now=1_704_067_200.0, max_wait=60.0)
        0.0
        >>> pacer.settle({"x-ratelimit-remaining": "0", "x-ratelimit-reset": "1704067202000"})
        >>> round(pacer.acquire(now=1_704_067_200.5, max_wait=60.0), 3)
        1.5
    """

    def __init__(self, shared: SharedBucket | None = None) -> None:
        self.shared = shared
        """The batch bucket this client shares with other processes (``SharedRateLimit``), if it opted in."""
        self._lock = threading.Lock()
        self._remaining: int | None = None
        self._reset = 0.0
        self._in_flight = 0
        self._others = 0.0
        self._probing = False
        self._batch_refill = 0.0
        self.waits = 0
        """How many times :meth:`acquire` asked for a wait."""

    def acquire(self, now: float, max_wait: float, batch: bool = False) -> float:
        """0.0 when a request may go now (it then counts as in flight), else the seconds to wait first.

        ``batch`` marks a batch create, which also draws on the batch bucket. A wait longer than ``max_wait`` is
        not made: the request goes and the server's answer decides.
        """
        with self._lock:
            if batch and now < self._batch_refill <= now + max_wait:
                self.waits += 1
                return self._batch_refill - now
            if self._remaining is None or self._remaining - self._in_flight - self._others >= 1:
                self._in_flight += 1
                return 0.0
            if now < self._reset:
                wait = self._reset - now
                if wait > max_wait:
                    self._in_flight += 1
                    return 0.0
                self.waits += 1
                return wait
            # Past the refill: how much it brought is unknown, so one request finds out while the others wait.
            if self._probing:
                self.waits += 1
                return PROBE_WAIT
            self._probing = True
            self._in_flight += 1
            return 0.0

    def take_shared(self, items: int, now: float) -> float:
        """Take a batch create's ``items`` from the shared bucket (0.0), or the seconds to wait first (counted in
        :attr:`waits`); 0.0 at once without one."""
        return self._counted(self.shared.take(items, now) if self.shared is not None else 0.0)

    async def atake_shared(self, items: int, now: float) -> float:
        """:meth:`take_shared` for the async client."""
        return self._counted(await self.shared.atake(items, now) if self.shared is not None else 0.0)

    def _counted(self, wait: float) -> float:
        if wait > 0:
            with self._lock:
                self.waits += 1
        return wait

    def settle(self, headers: Mapping[str, str] | None) -> None:
        """Record one answered (or failed, ``headers=None``) request."""
        refusal = self._record(headers)
        if refusal is not None and self.shared is not None:
            self.shared.refused(*refusal)

    def asettle(self, headers: Mapping[str, str] | None) -> Awaitable[None] | None:
        """:meth:`settle` for the async client: what to await to tell the shared bucket of a refusal, else None
        (most answers: then there is nothing to await)."""
        refusal = self._record(headers)
        if refusal is not None and self.shared is not None:
            return self.shared.arefused(*refusal)
        return None

    def _record(self, headers: Mapping[str, str] | None) -> tuple[int, int, float] | None:
        """Settle the local budget; the batch bucket's limit, remaining and reset when the server refused one."""
        limit, remaining, reset, batch_bucket = _budget(headers) if headers is not None else (0, None, None, False)
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)
            self._probing = False
            if remaining is None or reset is None:
                return None
            if batch_bucket:
                if remaining == 0:
                    self._batch_refill = reset + 1  # the route floors the refill to its second
                return limit, remaining, reset
            if self._remaining is not None and reset == self._reset:
                # Between two answers in the same refill step the budget fell by ours (one) plus the others'.
                others = max(0, self._remaining - remaining - 1)
                self._others += _SMOOTHING * (others - self._others)
            self._remaining, self._reset = remaining, reset
            return None


def _budget(headers: Mapping[str, str]) -> tuple[int, int | None, float | None, bool]:
    """``x-ratelimit-limit`` (0 if unreadable), ``-remaining``, ``-reset`` (as epoch seconds) and whether they are
    the batch bucket's (a reset in epoch seconds); None for remaining or reset absent or malformed."""
    remaining, reset = headers.get("x-ratelimit-remaining"), headers.get("x-ratelimit-reset")
    if remaining is None or reset is None:
        return 0, None, None, False
    try:
        left, value = int(remaining), float(reset)
    except ValueError:
        return 0, None, None, False
    if not math.isfinite(value):
        return 0, None, None, False
    limit = headers.get("x-ratelimit-limit", "")
    seconds = reset_epoch_seconds(value)
    return int(limit) if limit.isdigit() else 0, left, seconds, seconds == value


def batch_run_count(content: bytes) -> int:
    """The ``runCount`` a v3 batch create's body charges to the batch bucket (``createBatch.server.ts``); 1 for a
    body that does not say, so it still counts as a batch create.

    Example:
        >>> batch_run_count(b'{"runCount": 250, "taskIdentifiers": ["send-email"]}'), batch_run_count(b"?")
        (250, 1)
    """
    try:
        count = json.loads(content).get("runCount")
    except (ValueError, AttributeError):
        return 1
    return count if isinstance(count, int) and not isinstance(count, bool) and count > 0 else 1


def pace(pacer: Pacer, max_wait: float, batch_items: int = 0) -> None:
    """Block until ``pacer`` lets a request go (the sync client, before each attempt); ``batch_items`` is the
    ``runCount`` of a batch create, 0 for any other request."""
    if batch_items and pacer.shared is not None:
        shared_wait = pacer.take_shared(batch_items, time.time())
        while 0 < shared_wait <= max_wait:
            time.sleep(shared_wait)
            shared_wait = pacer.take_shared(batch_items, time.time())
    batch = batch_items > 0
    pause = pacer.acquire(time.time(), max_wait, batch)
    while pause > 0:
        time.sleep(pause)
        pause = pacer.acquire(time.time(), max_wait, batch)


def pace_async(pacer: Pacer, max_wait: float, batch_items: int = 0) -> Awaitable[None] | None:
    """What to await until ``pacer`` lets a request go (the async client, before each attempt; see :func:`pace`),
    or None when it may go at once: most requests, which then make no coroutine."""
    if batch_items and pacer.shared is not None:
        return _pace_shared(pacer, max_wait, batch_items)
    batch = batch_items > 0
    pause = pacer.acquire(time.time(), max_wait, batch)
    return None if pause <= 0 else _wait_out(pacer, pause, max_wait, batch)


async def _pace_shared(pacer: Pacer, max_wait: float, batch_items: int) -> None:
    import asyncio  # here, not at the top: the sync client never needs it, and it costs import time

    shared_wait = await pacer.atake_shared(batch_items, time.time())
    while 0 < shared_wait <= max_wait:
        await asyncio.sleep(shared_wait)
        shared_wait = await pacer.atake_shared(batch_items, time.time())
    pause = pacer.acquire(time.time(), max_wait, True)
    if pause > 0:
        await _wait_out(pacer, pause, max_wait, True)


async def _wait_out(pacer: Pacer, pause: float, max_wait: float, batch: bool) -> None:
    """Wait ``pause`` seconds, then ask ``pacer`` again, until it lets the request go."""
    import asyncio

    while pause > 0:
        await asyncio.sleep(pause)
        pause = pacer.acquire(time.time(), max_wait, batch)
