"""Hostile servers, real sockets: server-given waits are clamped and counted, timeouts bound whole attempts, the
deadline bounds whole calls, and bodies cut mid-way are retried. Both clients; every case is time-limited."""

from __future__ import annotations

import email.utils
import time
from typing import Any

import pytest

from tests.client.test_core import RUN
from tests.reliability._hostile import MODES, Connection, client_for, drip, invoke, serving
from trigger_client import APIConnectionError, APITimeoutError, InternalServerError, RateLimitError

pytestmark = pytest.mark.timeout(60)


def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("trigger_client._http.retry.RetryPolicy.backoff", lambda self, attempt, rand=None: 0.01)


PAST = email.utils.formatdate(time.time() - 3600, usegmt=True)
FLOORED = {"zero": "0", "negative": "-5", "nan": "nan", "past date": PAST, "zero point zero": "0.0"}
CAPPED = {"inf": "inf", "overflow": "1e400", "400 digits": "9" * 400, "huge": "1e9"}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", FLOORED.values(), ids=FLOORED.keys())
async def test_tiny_or_invalid_retry_after_is_floored_and_counted(mode: str, value: str) -> None:
    """The flood of the issue: 429 + ``retry-after: 0`` made hundreds of requests a second, for ever. Now each
    wait is at least 0.1 s and counts toward a finite budget."""
    from trigger_client._http.retry import RetryPolicy

    with serving(lambda c: c.json(429, {"error": "slow down"}, retry_after=value, x_ratelimit_limit="1e400")) as srv:
        client = client_for(mode, srv)
        client._http._transport.policy = RetryPolicy(max_rate_limit_retries=3)  # type: ignore[union-attr]
        started = time.monotonic()
        with pytest.raises(RateLimitError) as caught:
            await invoke(client, lambda c: c.runs.retrieve("run_1"))
        elapsed = time.monotonic() - started
    assert len(srv.requests) == 4, "every 429 counts toward the rate-limit budget (3 here, 100 by default)"
    assert elapsed >= 3 * 0.1, "each wait got the 0.1 s floor"
    assert caught.value.retry_after == pytest.approx(0.1)
    assert caught.value.limit is None  # 1e400 is no number of requests: ignored, not an OverflowError


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", CAPPED.values(), ids=CAPPED.keys())
async def test_absurd_retry_after_is_capped_and_surfaced_not_slept(mode: str, value: str) -> None:
    with serving(lambda c: c.json(429, {"error": "slow down"}, retry_after=value)) as srv:
        started = time.monotonic()
        with pytest.raises(RateLimitError) as caught:
            await invoke(client_for(mode, srv), lambda c: c.runs.retrieve("run_1"))
        assert time.monotonic() - started < 10
    assert len(srv.requests) == 1, "a wait beyond max_server_delay (120 s) is surfaced at once"
    assert caught.value.retry_after == 86400.0


@pytest.mark.parametrize("mode", MODES)
async def test_a_past_rate_limit_reset_is_floored(mode: str) -> None:
    from trigger_client._http.retry import RetryPolicy

    reset = str(int((time.time() - 60) * 1000))
    with (
        serving(lambda c: c.json(429, {"error": "x"}, x_ratelimit_reset=reset)) as srv,
        pytest.raises(RateLimitError) as caught,
    ):
        client = client_for(mode, srv)
        client._http._transport.policy = RetryPolicy(max_rate_limit_retries=2)  # type: ignore[union-attr]
        await invoke(client, lambda c: c.runs.retrieve("run_1"))
    assert len(srv.requests) == 3
    assert 0.1 <= caught.value.retry_after <= 0.35  # type: ignore[operator]


@pytest.mark.parametrize("mode", MODES)
async def test_timeout_bounds_the_whole_attempt_against_a_drip(mode: str) -> None:
    """1 byte every 0.2 s: each read succeeds, yet the attempt ends near ``timeout``."""
    done: list[bool] = []

    def behave(conn: Connection) -> None:
        conn.head(200, content_type="application/json", content_length="100000")
        drip(conn, 0.2, lambda: bool(done))

    with serving(behave) as srv:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            await invoke(client_for(mode, srv, timeout=1.0, max_retries=0), lambda c: c.runs.retrieve("run_1"))
        elapsed = time.monotonic() - started
        done.append(True)
    # Sync checks between chunks (each read is itself bounded by timeout): at most about two timeouts.
    assert elapsed < 2.5, elapsed
    assert "after 1 attempt" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
async def test_timeout_bounds_the_whole_attempt_against_dripped_headers(mode: str) -> None:
    """The status line and headers one byte every 0.2 s: the attempt still ends near ``timeout``."""
    done: list[bool] = []
    head = b"HTTP/1.1 200 OK\r\n" + b"".join(b"x-filler-%d: %s\r\n" % (i, b"y" * 40) for i in range(100))

    def behave(conn: Connection) -> None:
        for byte in head:
            if done:
                return
            conn.send(bytes([byte]))
            time.sleep(0.2)

    with serving(behave) as srv:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await invoke(client_for(mode, srv, timeout=1.0, max_retries=0), lambda c: c.runs.retrieve("run_1"))
        elapsed = time.monotonic() - started
        done.append(True)
    assert elapsed < 2.5, elapsed


@pytest.mark.parametrize("mode", MODES)
async def test_deadline_bounds_a_call_with_its_retries(mode: str) -> None:
    with serving(lambda c: c.json(503, {"error": "down"})) as srv:
        started = time.monotonic()
        with pytest.raises(InternalServerError):
            await invoke(client_for(mode, srv, max_retries=20, deadline=2.0), lambda c: c.runs.retrieve("run_1"))
        elapsed = time.monotonic() - started
    # Backoff 1 s then 1.6 s: the second wait would end past the deadline, so the call stops after 2 attempts.
    assert len(srv.requests) == 2
    assert elapsed < 2.5  # the deadline (plus scheduling slack), not 20 retries


@pytest.mark.parametrize("mode", MODES)
async def test_a_body_cut_mid_way_is_retried(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _fast(monkeypatch)
    import json

    body = json.dumps(RUN).encode()

    def behave(conn: Connection) -> None:
        if conn.index == 0:
            conn.head(200, content_type="application/json", content_length=str(len(body)))
            conn.send(body[:20])  # then the connection closes: a truncated body
        else:
            conn.respond(200, body, content_type="application/json")

    with serving(behave) as srv:
        run: Any = await invoke(client_for(mode, srv), lambda c: c.runs.retrieve("run_1"))
    assert run.id == RUN["id"]
    assert len(srv.requests) == 2
    # The retry carried the same idempotency key.
    assert (
        srv.requests[0].headers["x-trigger-request-idempotency-key"]
        == (srv.requests[1].headers["x-trigger-request-idempotency-key"])
    )


@pytest.mark.parametrize("mode", MODES)
async def test_messages_give_the_real_number_of_attempts(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _fast(monkeypatch)

    def behave(conn: Connection) -> None:
        conn.head(200, content_type="application/json", content_length="500")
        conn.send(b'{"id":')

    with serving(behave) as srv, pytest.raises(APIConnectionError) as caught:
        await invoke(client_for(mode, srv, max_retries=2), lambda c: c.runs.retrieve("run_1"))
    assert len(srv.requests) == 3
    assert "after 3 attempts" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
async def test_with_options_sets_a_per_call_deadline(mode: str) -> None:
    with serving(lambda c: c.json(503, {"error": "down"})) as srv:
        with pytest.raises(InternalServerError):
            await invoke(client_for(mode, srv), lambda c: c.with_options(deadline=0.5).runs.retrieve("run_1"))
        assert len(srv.requests) == 1, "the first backoff (about 1 s) would end past the deadline"


@pytest.mark.parametrize(
    "option",
    [
        {"deadline": 0},
        {"deadline": -1},
        {"deadline": float("inf")},
        {"deadline": "5"},
        {"max_response_size": 0},
        {"max_response_size": 1.5},
    ],
)
def test_bad_deadline_or_size_cap_is_a_configuration_error(option: dict[str, Any]) -> None:
    from trigger_client import ConfigurationError, TriggerClient

    with pytest.raises(ConfigurationError) as caught:
        TriggerClient(secret_key="tr_dev_abcdefghijklmnop", api_url="http://127.0.0.1:9", **option)
    assert next(iter(option)) in str(caught.value)


@pytest.mark.parametrize("url", ["http://[::1", "http://a:notaport", "http://ex\x00ample"])
def test_an_unusable_api_url_is_a_configuration_error(url: str) -> None:
    from trigger_client import AsyncTriggerClient, ConfigurationError, TriggerClient

    for cls in (TriggerClient, AsyncTriggerClient):
        with pytest.raises(ConfigurationError) as caught:
            cls(secret_key="tr_dev_abcdefghijklmnop", api_url=url)
        assert "api_url=" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
async def test_rate_limit_waits_use_the_wait_budget_not_max_retries(mode: str) -> None:
    """A 429 with a wait is charged to the per-call wait budget (here 0.45 s), not to ``max_retries`` (here 1, of
    which none is used), so exactly four 0.1 s waits fit and the fifth answer is raised. (``max_retries=0`` turns
    every retry off, rate-limit waits included.)"""
    from trigger_client._http.retry import RetryPolicy

    with serving(lambda c: c.json(429, {"error": "slow down"}, retry_after="0.1")) as srv:
        client = client_for(mode, srv, max_retries=1)
        client._http._transport.policy = RetryPolicy(max_retries=1, max_server_delay=0.45)  # type: ignore[union-attr]
        with pytest.raises(RateLimitError):
            await invoke(client, lambda c: c.runs.retrieve("run_1"))
    assert len(srv.requests) == 5
