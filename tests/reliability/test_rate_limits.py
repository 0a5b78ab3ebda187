"""Rate limits: a burst far beyond the limit completes without a RateLimitError escaping when retries are on (the
client waits until ``x-ratelimit-reset``), and with ``max_retries=0`` the error surfaces with a correct
``retry_after``."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.reliability._support import AsyncCountingTransport, CountLimits, WireCounts, all_runs, record
from trigger_client import AsyncTriggerClient, RateLimitError, RetryEvent, TriggerClient
from trigger_client.testing import TokenBucket, TriggerEmulator
from trigger_client.testing._limits import API_BUCKET

BURST = 5_000


@pytest.fixture
def emulator() -> Iterator[TriggerEmulator]:
    em = TriggerEmulator(seed=7, unregistered="queue")
    try:
        yield em
    finally:
        em.close()


@pytest.mark.parametrize(
    "limit",
    [
        # 250 grants, then a 50 ms pause: at least one 429 per 250 calls at any machine speed, so the test
        # proves the waits without depending on how fast the client can go.
        pytest.param("250/50ms", id="250-then-50ms"),
        # The webapp's bucket shape, 40 times faster: paced by the headers, the client all but never bounces.
        pytest.param("scaled", id="webapp-bucket-scaled"),
        # The webapp's bucket, 750 at once then 250 every 10 s: 5,000 calls take about 3 minutes.
        pytest.param("webapp", id="webapp-bucket", marks=[pytest.mark.soak, pytest.mark.timeout(900)]),
    ],
)
async def test_burst_beyond_the_limit_completes_without_rate_limit_errors(
    limit: str, emulator: TriggerEmulator
) -> None:
    if limit == "250/50ms":
        emulator.limits = CountLimits(250, 0.05)  # type: ignore[assignment]
        window = 0.05
    elif limit == "scaled":
        emulator.limits.api = TokenBucket(max_tokens=750, refill_rate=250, interval=0.25)
        window = 0.25
    else:
        emulator.limits.api = API_BUCKET
        window = API_BUCKET.interval
    counts = WireCounts()
    waits: list[RetryEvent] = []
    client = AsyncTriggerClient(
        secret_key=emulator.secret_key,
        api_url=emulator.base_url,
        transport=AsyncCountingTransport(emulator.async_transport, counts),
        on_retry=waits.append,
    )
    gate = asyncio.Semaphore(32)

    async def one(i: int) -> Any:
        async with gate:
            return await client.tasks.trigger("limited", {"i": i})

    started = time.perf_counter()
    async with client:
        outcomes = await asyncio.gather(*(one(i) for i in range(BURST)), return_exceptions=True)
    elapsed = time.perf_counter() - started
    errors = [o for o in outcomes if isinstance(o, BaseException)]
    op = client.metrics.snapshot()["operations"]["trigger_task_v1"]  # type: ignore[index]
    record(
        f"rate-limit/{limit}",
        calls=BURST,
        errors=len(errors),
        responses_429=counts.statuses[429],
        retries=op["retries"],
        runs=len(all_runs(emulator)),
        longest_wait_s=round(max((w.delay for w in waits), default=0.0), 3),
        seconds=round(elapsed, 2),
    )
    assert errors == []
    # At least one refusal per spent window (counted, not timed), so the client really had to wait.
    if limit == "250/50ms":
        assert counts.statuses[429] >= BURST // 250 - 1, "the limit was not hit"
    else:
        # A 429 only where a refill's timing and the client's clock disagree by a hair: the pacer saw every token.
        assert counts.statuses[429] <= 0.05 * BURST
    assert len(all_runs(emulator)) == BURST
    # Every wait was the server's (reset - now, plus at most 0.25 s of spread, at least the 0.1 s floor), never a
    # blind long backoff.
    assert all(w.status == 429 and 0.1 <= w.delay <= window + 0.3 for w in waits)


def _exhaust(emulator: TriggerEmulator) -> None:
    emulator.limits.api = TokenBucket(max_tokens=5, refill_rate=5, interval=12.0)  # the next refill 12 s away
    with TriggerClient(secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.transport) as c:
        for i in range(5):
            c.tasks.trigger("limited", {"i": i})


def _check_surfaced(exc: RateLimitError, before: float, after: float) -> None:
    assert exc.status_code == 429 and exc.limit == 5 and exc.remaining == 0 and exc.reset is not None
    # retry_after is reset - now (plus a spread of at most 0.25 s): about 12 s here.
    assert exc.reset / 1000 - after - 0.05 <= exc.retry_after <= exc.reset / 1000 - before + 0.3  # type: ignore[operator]
    assert 11 < exc.retry_after < 12.5  # type: ignore[operator]


@pytest.mark.parametrize("how", ["client", "with_options"])
def test_max_retries_0_surfaces_rate_limit_error_with_retry_after(how: str, emulator: TriggerEmulator) -> None:
    _exhaust(emulator)
    kwargs: dict[str, Any] = {"max_retries": 0} if how == "client" else {}
    with TriggerClient(
        secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.transport, **kwargs
    ) as client:
        view = client if how == "client" else client.with_options(max_retries=0)
        before = time.time()
        with pytest.raises(RateLimitError) as caught:
            view.tasks.trigger("limited", {"i": 99})
        after = time.time()
        _check_surfaced(caught.value, before, after)
        op = client.metrics.snapshot()["operations"]["trigger_task_v1"]  # type: ignore[index]
        assert op["requests"] == 1 and op["retries"] == 0, "no retry with max_retries=0"
    assert len(all_runs(emulator)) == 5


async def test_max_retries_0_surfaces_rate_limit_error_async(emulator: TriggerEmulator) -> None:
    _exhaust(emulator)
    async with AsyncTriggerClient(
        secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.async_transport, max_retries=0
    ) as client:
        before = time.time()
        with pytest.raises(RateLimitError) as caught:
            await client.tasks.trigger("limited", {"i": 99})
        _check_surfaced(caught.value, before, time.time())


def test_server_wait_beyond_the_cap_is_surfaced_not_slept(emulator: TriggerEmulator) -> None:
    """A reset further away than ``max_server_delay`` (120 s) surfaces at once instead of blocking the caller."""
    emulator.limits.api = TokenBucket(max_tokens=1, refill_rate=1, interval=60.0)  # the next refill 60 s away
    with TriggerClient(secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.transport) as c:
        c.tasks.trigger("limited", {"i": 0})
        from trigger_client._http.retry import RetryPolicy

        transport = c._http._transport  # the retrying transport
        transport.policy = RetryPolicy(max_server_delay=5.0)  # type: ignore[attr-defined]
        started = time.perf_counter()
        with pytest.raises(RateLimitError) as caught:
            c.tasks.trigger("limited", {"i": 1})
        assert time.perf_counter() - started < 2
        assert caught.value.retry_after is not None and caught.value.retry_after > 5
