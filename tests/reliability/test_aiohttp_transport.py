"""The async client's own aiohttp transport on real sockets: what it sends, and how each odd or hostile answer comes
out (typed errors, caps, deadlines). The hostile suites run both clients on it too; these cover what this transport
does itself. Every case is time-limited."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import socket
import struct
import threading
import time
from types import SimpleNamespace
from typing import Any

import aiohttp
import httpx
import pytest

from tests.client.test_core import RUN
from tests.reliability._hostile import SECRET, Connection, client_for, invoke, serving
from trigger_client import (
    AiohttpTransport,
    APIConnectionError,
    APITimeoutError,
    AsyncTriggerClient,
    ClientClosedError,
    ResponseTooLargeError,
)
from trigger_client._http.aiohttp import as_httpx_error
from trigger_client._http.network import ssl_context
from trigger_client._http.pools import default_async_transport

pytestmark = pytest.mark.timeout(60)
BODY = json.dumps(RUN).encode()
IDEMPOTENCY = "x-trigger-request-idempotency-key"


def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("trigger_client._http.retry.RetryPolicy.backoff", lambda self, attempt, rand=None: 0.01)


async def test_the_async_client_sends_what_the_sync_client_sends() -> None:
    """Same method, path, headers (names and values) and body from both clients: aiohttp adds and drops nothing."""
    with serving(lambda c: c.json(200, {"id": "run_1", "isCached": False})) as srv:
        await invoke(client_for("sync", srv), lambda c: c.tasks.trigger("my-task", {"n": 1}))
        await invoke(client_for("async", srv), lambda c: c.tasks.trigger("my-task", {"n": 1}))
    sync, async_ = srv.requests
    assert (async_.method, async_.path, async_.body) == (sync.method, sync.path, sync.body)
    assert async_.path == "/api/v1/tasks/my-task/trigger"
    assert json.loads(async_.body)["payload"] == '{"json":{"n":1}}'
    assert {k: v for k, v in async_.headers.items() if k != IDEMPOTENCY} == {
        k: v for k, v in sync.headers.items() if k != IDEMPOTENCY
    }
    assert async_.headers["authorization"] == f"Bearer {SECRET}"
    assert async_.headers["content-length"] == str(len(async_.body))
    assert "cookie" not in async_.headers


async def test_the_default_pool_uses_the_shared_tls_context() -> None:
    transport = default_async_transport()
    assert isinstance(transport, AiohttpTransport)
    assert transport.ssl_context is ssl_context()  # one per process, not one per client
    assert transport.max_connections == 100  # httpx's default pool size


@pytest.mark.parametrize(("extra", "fits"), [(0, True), (1, False)])
async def test_the_size_cap_is_exact(extra: int, fits: bool) -> None:
    """A body of exactly max_response_size bytes is read; one byte more is refused (one aiohttp read holds it all)."""
    padded = BODY + b" " * extra

    with serving(lambda c: c.respond(200, padded, content_type="application/json")) as srv:
        client = client_for("async", srv, max_retries=0, max_response_size=len(BODY))
        if fits:
            run: Any = await invoke(client, lambda c: c.runs.retrieve("run_1"))
            assert run.id == RUN["id"]
        else:
            with pytest.raises(ResponseTooLargeError) as caught:
                await invoke(client, lambda c: c.runs.retrieve("run_1"))
            assert caught.value.limit == len(BODY)


async def test_header_casing_and_repeats_reach_the_caller_and_cookies_stay_behind() -> None:
    def behave(conn: Connection) -> None:
        head = (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-ID: req_1\r\nx-dup: a\r\nX-DUP: b\r\n"
            b"Set-Cookie: a=1; Path=/\r\nset-cookie: b=2; Path=/\r\nconnection: close\r\n"
        )
        conn.send(head + b"content-length: %d\r\n\r\n" % len(BODY) + BODY)

    seen: list[str | None] = []
    with serving(behave) as srv:
        client = AsyncTriggerClient(secret_key=SECRET, api_url=srv.url, on_response=lambda e: seen.append(e.request_id))
        async with client:
            raw = await client.with_raw_response.runs.retrieve("run_1")
            await client.runs.retrieve("run_1")
    assert raw.parsed.id == RUN["id"]
    assert raw.headers["x-request-id"] == "req_1"
    assert raw.headers.get_list("x-dup") == ["a", "b"]
    assert raw.headers.get_list("set-cookie") == ["a=1; Path=/", "b=2; Path=/"]
    assert seen == ["req_1", "req_1"]
    assert [r.headers.get("cookie") for r in srv.requests] == [None, None]  # no cookie jar, as in the sync client


def _reset(conn: Connection) -> None:
    """Close with RST rather than FIN (SO_LINGER 0): the client sees ECONNRESET."""
    conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.sock.close()


async def test_a_reset_mid_body_is_retried_then_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _fast(monkeypatch)

    def behave(conn: Connection) -> None:
        conn.head(200, content_type="application/json", content_length="1000")
        conn.send(BODY[:10])
        time.sleep(0.05)
        _reset(conn)

    with serving(behave) as srv, pytest.raises(APIConnectionError) as caught:
        await invoke(client_for("async", srv, max_retries=1), lambda c: c.runs.retrieve("run_1"))
    assert len(srv.requests) == 2
    assert "after 2 attempts" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.ReadError | httpx.RemoteProtocolError), caught.value.__cause__
    assert SECRET not in str(caught.value)


async def test_a_reset_before_the_status_line_is_retried_and_then_answered(monkeypatch: pytest.MonkeyPatch) -> None:
    _fast(monkeypatch)

    def behave(conn: Connection) -> None:
        if conn.index == 0:
            _reset(conn)
        else:
            conn.json(200, RUN)

    with serving(behave) as srv:
        run: Any = await invoke(client_for("async", srv), lambda c: c.runs.retrieve("run_1"))
    assert run.id == RUN["id"]
    assert len(srv.requests) == 2
    assert srv.requests[0].headers[IDEMPOTENCY] == srv.requests[1].headers[IDEMPOTENCY]


async def test_an_http_1_0_body_ending_at_close_parses() -> None:
    with serving(lambda c: c.send(b"HTTP/1.0 200 OK\r\ncontent-type: application/json\r\n\r\n" + BODY)) as srv:
        client = client_for("async", srv)
        raw: Any = await invoke(client, lambda c: c.with_raw_response.runs.retrieve("run_1"))
    assert raw.parsed.id == RUN["id"]
    assert raw.http_response.http_version == "HTTP/1.0"
    assert raw.http_response.content == BODY


async def test_a_chunked_gzip_body_in_small_pieces_parses() -> None:
    packed = gzip.compress(BODY)

    def behave(conn: Connection) -> None:
        conn.head(200, content_type="application/json", content_encoding="gzip", transfer_encoding="chunked")
        for start in range(0, len(packed), 7):
            piece = packed[start : start + 7]
            conn.send(b"%x\r\n%s\r\n" % (len(piece), piece))
        conn.send(b"0\r\n\r\n")

    with serving(behave) as srv:
        raw: Any = await invoke(client_for("async", srv), lambda c: c.with_raw_response.runs.retrieve("run_1"))
    assert raw.parsed.id == RUN["id"]
    assert raw.http_response.content == BODY  # inflated once, by the client
    assert "content-encoding" not in raw.headers


async def test_a_hang_after_the_headers_ends_at_timeout() -> None:
    done = threading.Event()

    def behave(conn: Connection) -> None:
        conn.head(200, content_type="application/json", content_length="100")
        done.wait(10)

    with serving(behave) as srv:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            await invoke(client_for("async", srv, timeout=0.5, max_retries=0), lambda c: c.runs.retrieve("run_1"))
        elapsed = time.monotonic() - started
        done.set()
    assert elapsed < 2.0, elapsed
    assert "after 1 attempt" in str(caught.value)


def test_no_read_timer_is_set_where_the_attempt_ends_first() -> None:
    """The retrying transport says when it ends the attempt; a read timer that could only fire later is left out,
    one that could fire sooner is kept, and without that word (the transport used on its own) it always is."""
    transport = AiohttpTransport()
    timeouts: dict[str, float | None] = {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    assert transport._timeout(timeouts, None).sock_read == 5.0
    assert transport._timeout(timeouts, time.monotonic() + 5.0).sock_read is None
    assert transport._timeout(timeouts, time.monotonic() + 1.0).sock_read is None  # a deadline cut shorter
    assert transport._timeout({**timeouts, "connect": 30.0}, time.monotonic() + 30.0).sock_read == 5.0
    assert transport._timeout(timeouts, time.monotonic() + 5.0).connect == 10.0  # the other phases as they were


async def test_on_its_own_the_transport_keeps_the_read_timeout() -> None:
    done = threading.Event()

    def behave(conn: Connection) -> None:
        conn.head(200, content_type="application/json", content_length="100")
        done.wait(10)

    with serving(behave) as srv:
        async with httpx.AsyncClient(transport=AiohttpTransport(), timeout=0.5) as http:
            started = time.monotonic()
            with pytest.raises(httpx.ReadTimeout):
                await (await http.get(f"{srv.url}/api/v3/runs/run_1")).aread()
            elapsed = time.monotonic() - started
        done.set()
    assert elapsed < 2.0, elapsed


async def test_a_refused_connection_is_a_connect_error_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    _fast(monkeypatch)
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
    client = AsyncTriggerClient(secret_key=SECRET, api_url=f"http://127.0.0.1:{port}", max_retries=2)
    with pytest.raises(APIConnectionError) as caught:
        await invoke(client, lambda c: c.runs.retrieve("run_1"))
    assert isinstance(caught.value.__cause__, httpx.ConnectError), caught.value.__cause__
    assert "after 3 attempts" in str(caught.value)


async def test_the_pool_holds_its_connection_limit() -> None:
    """Eight calls at once through a pool of two: the server never sees more than two connections open."""
    lock = threading.Lock()
    open_now = [0, 0]  # current, highest

    def behave(conn: Connection) -> None:
        with lock:
            open_now[0] += 1
            open_now[1] = max(open_now)
        time.sleep(0.1)
        with lock:
            open_now[0] -= 1
        conn.json(200, RUN)

    with serving(behave) as srv:
        async with AsyncTriggerClient(
            secret_key=SECRET, api_url=srv.url, transport=AiohttpTransport(max_connections=2)
        ) as client:
            runs = await asyncio.gather(*(client.runs.retrieve("run_1") for _ in range(8)))
    assert [run.id for run in runs] == [RUN["id"]] * 8
    assert len(srv.requests) == 8
    assert open_now[1] == 2


async def test_a_closed_pool_refuses_requests() -> None:
    transport = AiohttpTransport()
    with serving(lambda c: c.json(200, RUN)) as srv:
        request = httpx.Request("GET", f"{srv.url}/api/v3/runs/run_1")
        response = await transport.handle_async_request(request)
        assert response.status_code == 200 and await response.aread() == json.dumps(RUN).encode()
        await transport.aclose()
        with pytest.raises(ClientClosedError):
            await transport.handle_async_request(httpx.Request("GET", f"{srv.url}/api/v3/runs/run_1"))
    assert len(srv.requests) == 1


async def test_a_streamed_upload_is_sent_whole() -> None:
    """A body httpx only has as an async iterator goes out chunked, every byte of it."""
    received = bytearray()

    def behave(conn: Connection) -> None:
        data = conn.request.body  # what came with the head
        while not data.endswith(b"0\r\n\r\n"):
            chunk = conn.sock.recv(65536)
            if not chunk:
                break
            data += chunk
        while data and not data.startswith(b"0\r\n"):  # de-chunk
            size, _, rest = data.partition(b"\r\n")
            length = int(size, 16)
            received.extend(rest[:length])
            data = rest[length + 2 :]
        conn.json(200, {"ok": True})

    async def parts() -> Any:
        for part in (b"line 1\n", b"line 2\n"):
            yield part

    async with contextlib.AsyncExitStack() as stack:
        srv = stack.enter_context(serving(behave))
        transport = AiohttpTransport()
        stack.push_async_callback(transport.aclose)
        request = httpx.Request("POST", f"{srv.url}/api/v3/batches/b/items", content=parts())
        response = await transport.handle_async_request(request)
        assert response.status_code == 200
        await response.aread()
    assert srv.requests[0].headers["transfer-encoding"] == "chunked"
    assert bytes(received) == b"line 1\nline 2\n"


ERRORS: list[tuple[BaseException, type[httpx.TransportError]]] = [
    (aiohttp.ConnectionTimeoutError("connect"), httpx.ConnectTimeout),
    (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout),
    (asyncio.TimeoutError(), httpx.ReadTimeout),
    (
        aiohttp.ClientConnectorError(SimpleNamespace(host="h", port=1, ssl=True), OSError(111, "refused")),  # type: ignore[arg-type]
        httpx.ConnectError,
    ),
    (aiohttp.ClientPayloadError("cut"), httpx.RemoteProtocolError),
    (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
    (aiohttp.ClientOSError(104, "reset"), httpx.ReadError),
    (ConnectionResetError(104, "reset"), httpx.ReadError),
    (aiohttp.InvalidURL("ftp://x"), httpx.UnsupportedProtocol),
    (aiohttp.ClientError("other"), httpx.RemoteProtocolError),
]


@pytest.mark.parametrize(("error", "expected"), ERRORS, ids=[type(e).__name__ for e, _ in ERRORS])
def test_aiohttp_errors_become_the_httpx_errors_the_retry_policy_knows(
    error: BaseException, expected: type[httpx.TransportError]
) -> None:
    request = httpx.Request("GET", "http://127.0.0.1/x")
    mapped = as_httpx_error(error, request)
    assert type(mapped) is expected
    assert mapped.request is request
    assert as_httpx_error(ValueError("not a transport failure"), request) is None


async def test_a_header_aiohttp_refuses_to_send_is_a_local_protocol_error() -> None:
    """Not retried (httpx.LocalProtocolError): the same header would be refused again."""
    transport = AiohttpTransport()
    try:
        with serving(lambda c: c.json(200, RUN)) as srv:
            request = httpx.Request("GET", f"{srv.url}/api/v3/runs/run_1", headers={"x-note": "a\r\nx-injected: 1"})
            with pytest.raises(httpx.LocalProtocolError):
                await transport.handle_async_request(request)
        assert srv.requests == []
    finally:
        await transport.aclose()
