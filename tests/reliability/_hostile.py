"""A scripted hostile HTTP server on a real socket (127.0.0.1): each connection's request is read, then a
behaviour writes whatever bytes it likes (bad status lines, drips, endless bodies, cut bodies, gzip bombs)."""

from __future__ import annotations

import contextlib
import functools
import json
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from trigger_client import AsyncTriggerClient, TriggerClient

SECRET = "tr_dev_HostileServerSecret0123456789"
MODES = ["sync", "async"]


@dataclass
class Seen:
    """One request as the server read it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Connection:
    sock: socket.socket
    request: Seen
    index: int  # 0 for the first request the server saw

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def respond(self, status: int, body: bytes | str = b"", **headers: str) -> None:
        content = body.encode() if isinstance(body, str) else body
        lines = [f"HTTP/1.1 {status} X", f"content-length: {len(content)}", "connection: close"]
        lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
        self.send(("\r\n".join(lines) + "\r\n\r\n").encode() + content)

    def json(self, status: int, data: Any, **headers: str) -> None:
        self.respond(status, json.dumps(data), content_type="application/json", **headers)

    def head(self, status: int, **headers: str) -> None:
        """Status line and headers only; the behaviour writes the body itself."""
        lines = [f"HTTP/1.1 {status} X", "connection: close"]
        lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
        self.send(("\r\n".join(lines) + "\r\n\r\n").encode())


Behaviour = Callable[[Connection], None]


@dataclass
class HostileServer:
    behave: Behaviour
    requests: list[Seen] = field(default_factory=list)
    bytes_sent: int = 0

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)
        self._accept.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._handle, args=(sock,), daemon=True)
            # Started before it is listed: close() joins every listed thread, and on a busy machine it could
            # reach one not yet started (RuntimeError), a race a loaded CI machine hit.
            thread.start()
            self._threads.append(thread)

    def _handle(self, sock: socket.socket) -> None:
        with sock, contextlib.suppress(OSError):
            sock.settimeout(30)
            seen = _read_request(sock)
            if seen is None:
                return
            with self._lock:
                index = len(self.requests)
                self.requests.append(seen)
            self.behave(Connection(sock, seen, index))
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_WR)

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        for thread in self._threads:
            thread.join(timeout=5)


def _read_request(sock: socket.socket) -> Seen | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return Seen(method, path, headers, body)


@contextlib.contextmanager
def serving(behave: Behaviour) -> Iterator[HostileServer]:
    server = HostileServer(behave)
    try:
        yield server
    finally:
        server.close()


def client_for(mode: str, server: HostileServer, **kwargs: Any) -> TriggerClient | AsyncTriggerClient:
    cls = TriggerClient if mode == "sync" else AsyncTriggerClient
    kwargs = {"secret_key": SECRET, **kwargs}
    return cls(api_url=server.url, **kwargs)


async def invoke(client: TriggerClient | AsyncTriggerClient, call: Callable[[Any], Any]) -> Any:
    """Run ``call(client)`` for either client, closing it afterwards; sync calls run in a thread."""
    import asyncio
    import inspect

    if isinstance(client, TriggerClient):
        try:
            return await asyncio.to_thread(call, client)
        finally:
            client.close()
    try:
        result = call(client)
        return await result if inspect.isawaitable(result) else result
    finally:
        await client.close()


@functools.cache
def gzip_bomb(size: int) -> bytes:
    """``size`` zero bytes, gzip-compressed (about a thousandth of the size), built a megabyte at a time."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1 << 20)
    parts = [compressor.compress(block) for _ in range(size >> 20)]
    parts.append(compressor.flush())
    return b"".join(parts)


def drip(conn: Connection, every: float, stop: Callable[[], bool]) -> None:
    """One byte every ``every`` seconds until ``stop()`` or the client goes away."""
    while not stop():
        conn.send(b"x")
        time.sleep(every)
