"""Realtime reconnects obey the server only within bounds: waits it asks for are clamped to [0.1 s, 60 s], a wait
beyond 120 s raises RateLimitError as a call does, and answers that make no progress (must-refetch, 409, an
instant empty live poll) pause instead of spinning."""

from __future__ import annotations

import httpx
import pytest

from trigger_client import RateLimitError
from trigger_client._realtime import RealtimeRun, ShapeProtocol, SseProtocol

ABSURD = ["inf", "1e9", "1e400", "9" * 100, "nan", "0", "-1", "Wed, 21 Oct 2015 07:28:00 GMT", "garbage"]


def _shape() -> ShapeProtocol[RealtimeRun]:
    return ShapeProtocol("runs.subscribe", "/realtime/v1/runs/run_1", {}, RealtimeRun.from_row)


def _sse() -> SseProtocol:
    return SseProtocol(
        "runs.stream", "/realtime/v1/streams/run_1/k", as_json=True, timeout_seconds=None, last_event_id=None
    )


@pytest.mark.parametrize("value", ABSURD)
@pytest.mark.parametrize("make", [_shape, _sse], ids=["shape", "sse"])
def test_server_asked_reconnect_waits_are_clamped(value: str, make: object) -> None:
    protocol = make()  # type: ignore[operator]
    protocol.next_step()
    if value in ("inf", "1e9", "1e400", "9" * 100):
        with pytest.raises(RateLimitError) as raised:
            protocol.on_failure(httpx.Response(429, headers={"retry-after": value}))
        assert raised.value.retry_after is not None and raised.value.retry_after > 120
        return
    protocol.on_failure(httpx.Response(429, headers={"retry-after": value}))
    step = protocol.next_step()
    assert step is not None and 0.05 <= step.wait <= 60.0, (value, step)


@pytest.mark.parametrize("make", [_shape, _sse], ids=["shape", "sse"])
def test_a_wait_up_to_120_s_is_slept_in_60_s_at_most(make: object) -> None:
    protocol = make()  # type: ignore[operator]
    protocol.next_step()
    protocol.on_failure(httpx.Response(429, headers={"retry-after": "120"}))
    step = protocol.next_step()
    assert step is not None and step.wait == 60.0


def test_repeated_must_refetch_backs_off() -> None:
    protocol = _shape()
    waits = []
    for _ in range(12):
        step = protocol.next_step()
        assert step is not None
        waits.append(step.wait)
        protocol.on_failure(httpx.Response(409, headers={"electric-handle": "h2"}))
    assert waits[0] == 0.0 and waits[1] == pytest.approx(0.1)
    assert waits == sorted(waits) and waits[-1] > 1.0


def test_an_instant_empty_live_answer_pauses() -> None:
    protocol = _shape()
    headers = {"electric-handle": "h", "electric-offset": "1_0"}
    protocol.next_step()
    protocol.on_open(httpx.Response(200, headers=headers))
    protocol.feed('[{"headers": {"control": "up-to-date"}}]')
    protocol.on_end()
    for _ in range(3):
        step = protocol.next_step()
        assert step is not None and dict(step.params)["live"] == "true"
        protocol.on_open(httpx.Response(200, headers=headers))
        protocol.feed("[]")
        protocol.on_end()
        assert protocol.wait == pytest.approx(0.1), "no progress: pause before the next poll"
