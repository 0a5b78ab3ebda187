"""What the client takes from httpx's internals is detected, and without it the public behaviour holds: here both
are forced off (the sync pool's socket backend, ``_http.deadline``; the read body's slot, ``_http.body``) and calls
over real sockets still parse, inflate, cap, retry and time out, on both clients. The same files run on the lowest
and the newest httpx the client allows (``make test-httpx-lowest``, ``make test-httpx-newest``)."""

from __future__ import annotations

import gzip
import json
import time
from typing import Any

import httpcore
import httpx
import pytest

from tests.client.test_core import RUN
from tests.reliability._hostile import MODES, Connection, client_for, drip, invoke, serving
from trigger_client import APITimeoutError, ResponseTooLargeError
from trigger_client._http.deadline import DeadlineBackend, deadline_transport, use_deadline_sockets
from trigger_client._http.network import resolve_network

pytestmark = pytest.mark.timeout(60)
BODY = json.dumps(RUN).encode()


@pytest.fixture(params=["internals", "public fallback"])
def internals(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "public fallback":
        monkeypatch.setattr("trigger_client._http.deadline._POOL", "_pool_as_a_later_httpx_might_name_it")
        monkeypatch.setattr("trigger_client._http.body.CONTENT_SETTABLE", False)
    return str(request.param)


def test_the_pools_direct_and_proxied_get_the_deadline_sockets_when_httpx_keeps_them_where_expected() -> None:
    network = resolve_network(proxy="http://user:pass@127.0.0.1:9")
    routed: Any = deadline_transport(network)
    pools = [route.plain for route in (routed.direct, *routed.proxied.values())]
    pools += [route.verified_transport() for route in (routed.direct, *routed.proxied.values())]
    for transport in pools:
        assert isinstance(transport._pool._network_backend, DeadlineBackend)
    assert isinstance(routed.proxied[next(iter(routed.proxied))].plain._pool, httpcore.HTTPProxy)


def test_without_httpx_s_pool_the_transport_is_left_as_httpx_made_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("trigger_client._http.deadline._POOL", "_pool_as_a_later_httpx_might_name_it")
    transport = httpx.HTTPTransport()
    assert use_deadline_sockets(transport) is False
    assert isinstance(transport._pool._network_backend, httpcore.SyncBackend)


@pytest.mark.parametrize("mode", MODES)
async def test_a_gzip_body_is_inflated_and_read_once(internals: str, mode: str) -> None:
    packed = gzip.compress(BODY)
    with serving(lambda c: c.respond(200, packed, content_type="application/json", content_encoding="gzip")) as srv:
        raw: Any = await invoke(client_for(mode, srv), lambda c: c.with_raw_response.runs.retrieve("run_1"))
    assert raw.parsed.id == RUN["id"]
    assert raw.http_response.content == BODY and raw.http_response.json() == RUN
    assert "content-encoding" not in raw.headers


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("extra", "fits"), [(0, True), (1, False)])
async def test_the_size_cap_is_exact(internals: str, mode: str, extra: int, fits: bool) -> None:
    padded = BODY + b" " * extra
    with serving(lambda c: c.respond(200, padded, content_type="application/json")) as srv:
        client = client_for(mode, srv, max_retries=0, max_response_size=len(BODY))
        if fits:
            assert (await invoke(client, lambda c: c.runs.retrieve("run_1"))).id == RUN["id"]
        else:
            with pytest.raises(ResponseTooLargeError):
                await invoke(client, lambda c: c.runs.retrieve("run_1"))


@pytest.mark.parametrize("mode", MODES)
async def test_a_server_error_is_retried_with_the_same_key(
    internals: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("trigger_client._http.retry.RetryPolicy.backoff", lambda self, attempt, rand=None: 0.01)

    def behave(conn: Connection) -> None:
        conn.json(503, {"error": "busy"}) if conn.index == 0 else conn.json(200, RUN)

    with serving(behave) as srv:
        run: Any = await invoke(client_for(mode, srv), lambda c: c.runs.retrieve("run_1"))
    assert run.id == RUN["id"]
    key = "x-trigger-request-idempotency-key"
    assert srv.requests[0].headers[key] == srv.requests[1].headers[key]


@pytest.mark.parametrize("mode", MODES)
async def test_timeout_bounds_an_attempt_whose_body_drips(internals: str, mode: str) -> None:
    """A byte every 0.2 s: every read succeeds, yet the attempt ends near ``timeout`` (on the fallback, the sync
    client checks the deadline between chunks, as with a transport of your own)."""
    done: list[bool] = []

    def behave(conn: Connection) -> None:
        conn.head(200, content_type="application/json", content_length="100000")
        drip(conn, 0.2, lambda: bool(done))

    with serving(behave) as srv:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await invoke(client_for(mode, srv, timeout=1.0, max_retries=0), lambda c: c.runs.retrieve("run_1"))
        elapsed = time.monotonic() - started
        done.append(True)
    assert elapsed < 2.5, elapsed
