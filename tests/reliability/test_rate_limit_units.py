"""``x-ratelimit-reset`` in the server's two units: the API limiter sends epoch milliseconds
(authorizationRateLimitMiddleware.server.ts), a refused v3 batch epoch seconds, floored (api.v3.batches.ts). The
client reads both by their unit, against a manual clock: nothing here sleeps."""

from __future__ import annotations

import types
from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from trigger_client import AsyncTriggerClient, RateLimitError, TriggerClient
from trigger_client._http.headers import reset_epoch_ms
from trigger_client._http.retry import server_requested_delay
from trigger_client.testing import ManualClock, TokenBucket, TriggerEmulator

T0 = datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp()  # 1704067200.0, a whole second


@pytest.fixture
def no_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    """The spread added to a reset-based wait is 0 (only the ``retry`` module's view of ``random``)."""
    monkeypatch.setattr("trigger_client._http.retry.random", types.SimpleNamespace(random=lambda: 0.0))


@pytest.mark.usefixtures("no_jitter")
def test_an_epoch_ms_reset_waits_until_that_millisecond() -> None:
    headers = {"x-ratelimit-reset": str(int(T0 * 1000) + 7_250)}
    assert server_requested_delay(headers, now=T0) == pytest.approx(7.25)
    assert reset_epoch_ms(headers) == int(T0 * 1000) + 7_250


@pytest.mark.usefixtures("no_jitter")
def test_an_epoch_seconds_reset_waits_past_the_floored_second() -> None:
    # The batch route floors the refill instant to its second, so the refill may come up to 1 s after the value:
    # waiting for the value itself could retry before the refill and draw another 429.
    headers = {"x-ratelimit-reset": str(int(T0) + 7), "retry-after": "7"}
    assert server_requested_delay(headers, now=T0) == pytest.approx(8.0)
    assert server_requested_delay(headers, now=T0 + 7.9) == pytest.approx(0.1)
    # Read as milliseconds (the old reading) this would have been a reset in 1970, so a 0.1 s wait.
    assert reset_epoch_ms(headers) == (int(T0) + 7) * 1000


def test_the_spread_added_to_a_reset_wait_stays_under_a_quarter_second(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("trigger_client._http.retry.random", types.SimpleNamespace(random=lambda: 0.999))
    assert server_requested_delay({"x-ratelimit-reset": str(int(T0) + 3)}, now=T0) == pytest.approx(4.24975)


@pytest.fixture
def emulator() -> Iterator[TriggerEmulator]:
    with TriggerEmulator(clock=ManualClock(start=T0), seed=3, unregistered="queue") as em:
        em.limits.batch = TokenBucket(max_tokens=2, refill_rate=2, interval=30.0)
        yield em


@pytest.mark.usefixtures("no_jitter")
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_refused_batch_reports_the_wait_until_the_batch_refill(
    mode: str, emulator: TriggerEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = emulator.clock
    assert isinstance(clock, ManualClock)
    clock.advance(12.4)
    # The client reads the time from the emulator's manual clock: the wait it computes is exact.
    monkeypatch.setattr("trigger_client._http.retry.time", types.SimpleNamespace(time=clock.now))
    options = {"secret_key": emulator.secret_key, "api_url": emulator.base_url, "max_retries": 0}
    items = [{"payload": {"n": n}} for n in range(3)]  # 3 runs against a bucket of 2
    if mode == "sync":
        with TriggerClient(transport=emulator.transport, **options) as client:  # type: ignore[arg-type]
            result = client.tasks.batch_trigger("t", items)
            seen = client.metrics.snapshot()["rate_limit"]
    else:
        async with AsyncTriggerClient(transport=emulator.async_transport, **options) as aclient:  # type: ignore[arg-type]
            result = await aclient.tasks.batch_trigger("t", items)
            seen = aclient.metrics.snapshot()["rate_limit"]
    errors = [item.error for item in result.items]
    assert all(isinstance(error, RateLimitError) for error in errors), errors
    error = errors[0]
    assert isinstance(error, RateLimitError)
    # The bucket was made at T0 + 12.4 s, so its refill is at T0 + 42.4 s, sent floored to T0 + 42 s.
    assert error.status_code == 429 and error.headers["x-ratelimit-reset"] == str(int(T0) + 42)
    # Wait until T0 + 43 s, surely past the refill, from T0 + 12.4 s.
    assert error.retry_after == pytest.approx(30.6)
    # Two tokens are left, but the webapp reports the refusal's remaining as 0 (upstash answers -1, clamped).
    assert (error.limit, error.remaining, error.reset) == (2, 0, (int(T0) + 42) * 1000)
    assert seen == {"remaining": 0, "reset": (int(T0) + 42) * 1000}  # metrics keep epoch ms too


@pytest.mark.usefixtures("no_jitter")
def test_a_refused_batch_is_retried_once_after_the_batch_refill(
    emulator: TriggerEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With retries on, the one wait the client takes reaches past the refill, so the retry is admitted. Read as
    milliseconds the reset was in the past: 0.1 s waits, one 429 after another."""
    clock = emulator.clock
    assert isinstance(clock, ManualClock)
    clock.advance(12.4)
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.advance(seconds)

    # Every wait and every "now" of the client's retry path is the emulator's manual clock: nothing really sleeps.
    fake_time = types.SimpleNamespace(time=clock.now, sleep=sleep, monotonic=clock.now, perf_counter=clock.now)
    for module in ("retry", "transport", "pacing"):
        monkeypatch.setattr(f"trigger_client._http.{module}.time", fake_time)
    statuses: list[int | None] = []
    with TriggerClient(
        secret_key=emulator.secret_key, transport=emulator.transport, on_retry=lambda e: statuses.append(e.status)
    ) as client:
        assert client.tasks.batch_trigger("t", [{"payload": 1}, {"payload": 2}]).ok  # the bucket's 2 tokens
        second = client.tasks.batch_trigger("t", [{"payload": 3}, {"payload": 4}])
    assert second.ok, second.errors
    assert statuses == [429] and slept == [pytest.approx(30.6)]  # refill at T0 + 42.4 s, sent as T0 + 42 s
    assert clock.now() == pytest.approx(T0 + 43.0)
