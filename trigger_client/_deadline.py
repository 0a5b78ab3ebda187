"""The sync client's attempt deadline at the socket: every read, write and connect is cut to the time the
attempt has left, so a server dripping its status line and headers cannot outlive ``timeout`` either.

The retrying transport publishes the current attempt's deadline in ``_body.ATTEMPT_DEADLINE``; the default sync
transport's connection pool uses :class:`DeadlineBackend`, whose streams read it before each socket operation.
(The async client bounds whole attempts with ``asyncio.wait_for`` and needs none of this.) Imported only when a
default sync transport is built, since httpx itself imports httpcore only then.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from trigger_client._body import ATTEMPT_DEADLINE

# A zero timeout would make the socket non-blocking (an OSError, not a timeout): the smallest wait instead.
_SMALLEST = 0.001


def _cut(timeout: float | None) -> float | None:
    deadline = ATTEMPT_DEADLINE.get()
    if deadline is None:
        return timeout
    left = max(_SMALLEST, deadline - time.monotonic())
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, _cut(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, _cut(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self.inner.start_tls(ssl_context, server_hostname, _cut(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync socket backend with every operation's timeout cut to the attempt's deadline."""

    def __init__(self) -> None:
        self.inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self.inner.connect_tcp(host, port, _cut(timeout), local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self.inner.connect_unix_socket(path, _cut(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def deadline_transport(ssl_context: ssl.SSLContext) -> httpx.HTTPTransport:
    """httpx's sync transport (default limits) over a pool that uses :class:`DeadlineBackend`.

    Example::

        transport = deadline_transport(httpx.create_ssl_context())
    """
    transport = httpx.HTTPTransport(verify=ssl_context)
    limits = httpx.Limits()  # httpx's defaults, as HTTPTransport uses them
    # httpx offers no parameter for the network backend: the pool it built is replaced by the same pool with ours.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=ssl_context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=DeadlineBackend(),
    )
    return transport
