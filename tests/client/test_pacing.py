"""Pacing from the rate-limit headers: the delays it computes (a clock passed in, never the wall clock), and a
simulated fleet sharing one key against the emulator's copy of the webapp's token bucket."""

from __future__ import annotations

import heapq

import httpx
import pytest

from trigger_client import TriggerClient
from trigger_client._http import pacing as _pacing
from trigger_client._http.pacing import PROBE_WAIT, Pacer
from trigger_client.testing import ManualClock, TokenBucket
from trigger_client.testing._limits import API_BUCKET, Limits

T0 = 1_700_000_000.0


def budget(remaining: int, reset: float) -> dict[str, str]:
    return {
        "x-ratelimit-limit": "750",
        "x-ratelimit-remaining": str(remaining),
        "x-ratelimit-reset": str(int(reset * 1000)),
    }


def test_goes_while_the_budget_lasts_then_waits_exactly_until_the_reset() -> None:
    pacer = Pacer()
    assert pacer.acquire(T0, 60.0) == 0.0  # nothing known yet
    pacer.settle(budget(2, T0 + 4))
    assert [pacer.acquire(T0, 60.0), pacer.acquire(T0, 60.0)] == [0.0, 0.0]
    # Two in flight spend the two tokens left: the next request would be refused, so it waits for the refill.
    assert pacer.acquire(T0 + 1, 60.0) == pytest.approx(3.0)
    assert pacer.waits == 1
    pacer.settle(budget(1, T0 + 4))
    pacer.settle(budget(0, T0 + 4))
    assert pacer.acquire(T0 + 2.5, 60.0) == pytest.approx(1.5)


def test_after_the_reset_one_request_probes_while_the_others_wait_for_it() -> None:
    pacer = Pacer()
    pacer.acquire(T0, 60.0)
    pacer.settle(budget(0, T0 + 10))
    assert pacer.acquire(T0 + 10, 60.0) == 0.0  # the probe
    assert pacer.acquire(T0 + 10, 60.0) == PROBE_WAIT
    pacer.settle(budget(249, T0 + 20))
    assert [pacer.acquire(T0 + 10.01, 60.0) for _ in range(3)] == [0.0, 0.0, 0.0]


def test_a_refused_request_makes_the_next_wait_for_the_reset() -> None:
    pacer = Pacer()
    pacer.acquire(T0, 60.0)
    pacer.settle(budget(0, T0 + 0.25))  # a 429 carries remaining 0 and the next refill
    assert pacer.acquire(T0 + 0.05, 60.0) == pytest.approx(0.2)


def test_learns_what_other_clients_take_and_stops_early_enough_for_them() -> None:
    pacer = Pacer()
    # Between two of our answers the budget falls by 8: ours and seven other processes'.
    for remaining in range(100, 11, -8):
        assert pacer.acquire(T0, 60.0) == 0.0
        pacer.settle(budget(remaining, T0 + 10))
    # 11 samples of 7 others: an estimate of 7 * (1 - 0.7**11) = 6.86; 12 left - 6.86 >= 1, so one more goes.
    assert pacer.acquire(T0, 60.0) == 0.0
    pacer.settle(budget(4, T0 + 10))
    # 4 left, about 7 of them wanted by the others: ours waits for the refill rather than take a 429.
    assert pacer.acquire(T0, 60.0) == pytest.approx(10.0)


def refused_batch(reset: float) -> dict[str, str]:
    """What api.v3.batches.ts answers when the batch bucket refuses a create: its own figures, reset in seconds."""
    return {"x-ratelimit-limit": "1000", "x-ratelimit-remaining": "0", "x-ratelimit-reset": str(int(reset))}


def test_a_refused_batch_holds_back_batch_creates_until_the_batch_refill() -> None:
    pacer = Pacer()
    pacer.acquire(T0, 60.0, batch=True)
    pacer.settle(refused_batch(T0 + 7))  # floored to its second: the refill comes within the second after
    assert pacer.acquire(T0, 60.0, batch=True) == pytest.approx(8.0)
    assert pacer.acquire(T0 + 5, 60.0, batch=True) == pytest.approx(3.0)
    assert pacer.acquire(T0 + 8, 60.0, batch=True) == 0.0
    assert pacer.acquire(T0, 5.0, batch=True) == 0.0  # a wait beyond max_wait is not made


def test_a_refused_batch_does_not_hold_back_other_calls() -> None:
    pacer = Pacer()
    pacer.acquire(T0, 60.0)
    pacer.settle(budget(500, T0 + 10))
    pacer.acquire(T0, 60.0, batch=True)
    pacer.settle(refused_batch(T0 + 30))
    assert [pacer.acquire(T0 + 0.1, 60.0) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert pacer.waits == 0


def test_unusable_headers_change_nothing_but_the_in_flight_count() -> None:
    pacer = Pacer()
    pacer.acquire(T0, 60.0)
    pacer.settle(budget(2, T0 + 5))
    assert [pacer.acquire(T0, 60.0), pacer.acquire(T0, 60.0)] == [0.0, 0.0]
    assert pacer.acquire(T0, 60.0) == pytest.approx(5.0)  # two in flight spend the two tokens
    pacer.settle({"x-ratelimit-remaining": "x", "x-ratelimit-reset": "y"})  # malformed: only one less in flight
    assert pacer.acquire(T0, 60.0) == 0.0
    pacer.settle(None)  # failed without an answer
    pacer.settle(None)
    assert [pacer.acquire(T0, 60.0), pacer.acquire(T0, 60.0)] == [0.0, 0.0]


def test_a_wait_longer_than_allowed_is_not_made() -> None:
    pacer = Pacer()
    pacer.acquire(T0, 60.0)
    pacer.settle(budget(0, T0 + 61))
    assert pacer.acquire(T0, 60.0) == 0.0  # beyond the client's cap on server-requested waits: the server decides
    pacer.settle(budget(0, T0 + 30))
    assert pacer.acquire(T0, 0.0) == 0.0  # max_retries=0: no waiting at all
    assert pacer.acquire(T0, 60.0) == pytest.approx(30.0)


def simulate_fleet(clients: int, bucket: TokenBucket, seconds: float, latency: float) -> tuple[int, int]:
    """Clients sending back to back through their pacers against the emulator's limiter, on a simulated clock.

    Each request is counted by the server when sent and answered ``latency`` later; returns (granted, refused).
    """
    clock = ManualClock(start=T0)
    limits = Limits(clock, api=bucket)
    pacers = [Pacer() for _ in range(clients)]
    events: list[tuple[float, int, int, dict[str, str] | None]] = [(T0 + i * 1e-4, i, i, None) for i in range(clients)]
    granted = refused = sequence = 0
    while events:
        at, _, who, answer = heapq.heappop(events)
        if at > T0 + seconds:
            break
        clock.advance(at - clock.now())
        sequence += 1
        if answer is not None:
            pacers[who].settle(answer)
            heapq.heappush(events, (at, sequence, who, None))
            continue
        wait = pacers[who].acquire(at, 60.0)
        if wait > 0:
            heapq.heappush(events, (at + wait, sequence, who, None))
            continue
        decision = limits.take("tr_dev_fleet")
        granted, refused = granted + decision.allowed, refused + (not decision.allowed)
        headers = {"x-ratelimit-remaining": str(decision.remaining), "x-ratelimit-reset": str(decision.reset_ms)}
        heapq.heappush(events, (at + latency, sequence, who, headers))
    return granted, refused


@pytest.mark.parametrize("clients", [1, 8, 32])
def test_a_simulated_fleet_uses_the_budget_with_few_refusals(clients: int) -> None:
    granted, refused = simulate_fleet(clients, API_BUCKET, seconds=120.0, latency=0.002)
    allowed = API_BUCKET.max_tokens + API_BUCKET.refill_rate * 12  # the burst, then a refill every 10 s
    assert granted >= 0.9 * allowed
    assert refused <= 0.05 * (granted + refused)


def test_without_pacing_the_same_fleet_mostly_bounces() -> None:
    """The baseline the pacer is for: each client learns of the limit only from its 429s."""
    clock = ManualClock(start=T0)
    limits = Limits(clock, api=API_BUCKET)
    outcomes = []
    for step in range(120 * 100):  # 8 clients, a request each every 10 ms of simulated time
        clock.advance(0.01 if step else 0.0)
        outcomes += [limits.take("tr_dev_fleet").allowed for _ in range(8)]
    assert outcomes.count(False) > 0.9 * len(outcomes)


def test_the_client_waits_for_the_refill_instead_of_sending_into_a_429(monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the client's transport, on a fake clock: the second call waits out the 2 s to the refill."""
    clock = FakeTime()
    monkeypatch.setattr(_pacing, "time", clock)
    seen: list[float] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(clock.now)
        remaining = 0 if len(seen) == 1 else 249
        return httpx.Response(200, json={"id": "run_1", "isCached": False}, headers=budget(remaining, T0 + 2))

    transport = httpx.MockTransport(server)
    with TriggerClient(secret_key="tr_dev_x", api_url="http://api.test", transport=transport) as client:
        client.tasks.trigger("t", {})
        client.tasks.trigger("t", {})
        client.tasks.trigger("t", {})
    assert clock.slept == [2.0]
    assert seen == [T0, T0 + 2, T0 + 2]


class FakeTime:
    """Stands in for the ``time`` module inside ``trigger_client._http.pacing``: sleeping moves the clock."""

    def __init__(self) -> None:
        self.now = T0
        self.slept: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
