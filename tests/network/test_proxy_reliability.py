"""Retries, timeouts, deadlines and the size cap behave through the proxy as they do direct, for every transport:
the scripted hostile server (tests/reliability/_hostile.py) answers behind the real proxy.py process."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.network.conftest import MODES, Proxy, call
from tests.reliability._hostile import SECRET, Connection, serving
from trigger_client import APITimeoutError, InternalServerError, ResponseTooLargeError

pytestmark = pytest.mark.timeout(60)
IDEMPOTENCY = "x-trigger-request-idempotency-key"


def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("trigger_client._http.retry.RetryPolicy.backoff", lambda self, attempt, rand=None: 0.01)


@pytest.mark.parametrize("mode", MODES)
async def test_a_retried_post_keeps_its_idempotency_key_through_the_proxy(
    proxy: Proxy, make: Any, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fast(monkeypatch)

    def behave(conn: Connection) -> None:
        if conn.index == 0:
            conn.json(503, {"error": "busy"})
        else:
            conn.json(200, {"id": "run_1", "isCached": False})

    with serving(behave) as srv:
        client = make(mode, secret_key=SECRET, api_url=srv.url, proxy=proxy.url)
        handle = await call(client, lambda c: c.tasks.trigger("my-task", {"n": 1}))
        where = srv.url.removeprefix("http://")
    assert handle.id == "run_1"
    assert [r.path for r in srv.requests] == ["/api/v1/tasks/my-task/trigger"] * 2
    assert srv.requests[0].headers[IDEMPOTENCY] == srv.requests[1].headers[IDEMPOTENCY]
    assert "proxy-authorization" not in srv.requests[0].headers  # the proxy's credentials stop at the proxy
    proxy.wait_for(f"POST {where}/api/v1/tasks/my-task/trigger")


@pytest.mark.parametrize("mode", MODES)
async def test_timeout_bounds_an_attempt_whose_headers_drip_through_the_proxy(
    proxy: Proxy, make: Any, mode: str
) -> None:
    """The status line and headers a byte every 0.2 s: the attempt still ends near ``timeout`` (for the sync client,
    the per-socket deadline holds on the proxied pool too)."""
    done: list[bool] = []
    head = b"HTTP/1.1 200 OK\r\n" + b"".join(b"x-filler-%d: %s\r\n" % (i, b"y" * 40) for i in range(100))

    def behave(conn: Connection) -> None:
        for byte in head:
            if done:
                return
            conn.send(bytes([byte]))
            time.sleep(0.2)

    with serving(behave) as srv:
        client = make(mode, secret_key=SECRET, api_url=srv.url, proxy=proxy.url, timeout=1.0, max_retries=0)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await call(client, lambda c: c.runs.retrieve("run_1"))
        elapsed = time.monotonic() - started
        done.append(True)
    assert elapsed < 5, elapsed  # endless without the bound: 100 headers at 0.2 s a byte


@pytest.mark.parametrize("mode", MODES)
async def test_the_deadline_bounds_a_call_and_its_retries_through_the_proxy(
    proxy: Proxy, make: Any, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("trigger_client._http.retry.RetryPolicy.backoff", lambda self, attempt, rand=None: 0.4)
    with serving(lambda c: c.json(503, {"error": "down"})) as srv:
        client = make(mode, secret_key=SECRET, api_url=srv.url, proxy=proxy.url, deadline=1.0)
        with pytest.raises(InternalServerError):
            await call(client, lambda c: c.runs.retrieve("run_1"))
    assert 1 <= len(srv.requests) <= 3  # waits of 0.4 s within 1 s; without the deadline, five attempts


@pytest.mark.parametrize("mode", MODES)
async def test_the_size_cap_holds_through_the_proxy(proxy: Proxy, make: Any, mode: str) -> None:
    body = b'{"id": "run_1", "pad": "' + b"x" * 4096 + b'"}'
    with serving(lambda c: c.respond(200, body, content_type="application/json")) as srv:
        client = make(mode, secret_key=SECRET, api_url=srv.url, proxy=proxy.url, max_response_size=1024)
        with pytest.raises(ResponseTooLargeError) as caught:
            await call(client, lambda c: c.runs.retrieve("run_1"))
    assert caught.value.limit == 1024
    assert len(srv.requests) == 1
