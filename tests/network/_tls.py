"""A small HTTPS server on 127.0.0.1 for the TLS tests: it answers every request with one run, and records the
client certificate each connection showed (mTLS) and the handshakes that failed."""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from tests.client.test_core import RUN


@dataclass
class TlsServer:
    context: ssl.SSLContext
    peers: list[str | None] = field(default_factory=list)  # the client certificate's subject, per request
    failures: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = int(self._listener.getsockname()[1])
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(sock,), daemon=True).start()

    def _handle(self, sock: socket.socket) -> None:
        sock.settimeout(10)
        try:
            tls = self.context.wrap_socket(sock, server_side=True)
        except (ssl.SSLError, OSError) as exc:
            self.failures.append(str(exc))
            sock.close()
            return
        with tls, contextlib.suppress(OSError):
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = tls.recv(65536)
                if not chunk:
                    return
                data += chunk
            peer = tls.getpeercert()
            subject = (
                None if not peer else ",".join(f"{k}={v}" for rdn in peer.get("subjectAltName", ()) for k, v in [rdn])
            )
            self.peers.append(subject)
            body = json.dumps(RUN).encode()
            head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
            tls.sendall(head.encode() + b"connection: close\r\n\r\n" + body)

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        self._thread.join(timeout=5)


@contextlib.contextmanager
def tls_server(context: ssl.SSLContext) -> Iterator[TlsServer]:
    server = TlsServer(context)
    try:
        yield server
    finally:
        server.close()
