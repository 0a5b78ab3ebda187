"""Thin adapters around ``TriggerEmulator.handle``: httpx transports, ASGI, and a threaded server."""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

import anyio.to_thread
import httpx

from trigger_client._optional import require

from ._http import DroppedConnection

if TYPE_CHECKING:
    from ._server import TriggerEmulator

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


def _split(request: httpx.Request) -> tuple[str, list[tuple[str, str]], dict[str, str]]:
    path = request.url.raw_path.decode("ascii").split("?", 1)[0]
    query = parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)
    return path, query, {k.lower(): v for k, v in request.headers.items()}


def _dropped(request: httpx.Request) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)


class EmulatorTransport(httpx.BaseTransport):
    """Sync ``httpx`` transport calling the emulator directly."""

    def __init__(self, emulator: TriggerEmulator) -> None:
        self.emulator = emulator

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path, query, headers = _split(request)
        try:
            status, out_headers, body = self.emulator.handle(request.method, path, query, headers, request.read())
        except DroppedConnection:
            raise _dropped(request) from None
        return httpx.Response(status, headers=out_headers, content=body, request=request)


class AsyncEmulatorTransport(httpx.AsyncBaseTransport):
    """Async ``httpx`` transport; the (blocking) handler runs in a worker thread."""

    def __init__(self, emulator: TriggerEmulator) -> None:
        self.emulator = emulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path, query, headers = _split(request)
        body = await request.aread()
        try:
            status, out_headers, content = await anyio.to_thread.run_sync(
                self.emulator.handle, request.method, path, query, headers, body
            )
        except DroppedConnection:
            raise _dropped(request) from None
        return httpx.Response(status, headers=out_headers, content=content, request=request)


class AsgiApp:
    """ASGI 3 application serving the emulator (used under uvicorn)."""

    def __init__(self, emulator: TriggerEmulator) -> None:
        self.emulator = emulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        raw_path = scope.get("raw_path") or scope["path"].encode()
        path = raw_path.decode("latin-1").split("?", 1)[0]
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            status, out_headers, body = await anyio.to_thread.run_sync(
                self.emulator.handle, scope["method"], path, query, headers, b"".join(chunks)
            )
        except DroppedConnection:
            # ASGI cannot close a socket directly: start a response, then abort it mid-body.
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"100")]})
            raise RuntimeError("emulator fault: connection dropped after commit") from None
        encoded = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in out_headers]
        encoded.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": encoded})
        await send({"type": "http.response.body", "body": body})


def make_server(emulator: TriggerEmulator, host: str, port: int) -> Any:
    uvicorn = require("uvicorn", extra="emulator", feature="serving the emulator over HTTP")
    config = uvicorn.Config(emulator.asgi_app, host=host, port=port, log_level="warning", lifespan="off")
    return uvicorn.Server(config)


@contextmanager
def serve_in_thread(emulator: TriggerEmulator, host: str, port: int) -> Iterator[str]:
    server = make_server(emulator, host, port)
    thread = threading.Thread(target=server.run, name="trigger-emulator-http", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("emulator HTTP server failed to start")
        time.sleep(0.01)
    bound_port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{bound_port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
