"""The sync client's attempt deadline at the socket: every read, write and connect is cut to the time the
attempt has left, so a server dripping its status line and headers cannot outlive ``timeout`` either.

The retrying transport publishes the current attempt's deadline in ``_body.ATTEMPT_DEADLINE``; the default sync
transport's connection pools (direct and through a proxy) use :class:`DeadlineBackend`, whose streams read it before
each socket operation.
(The async client cuts whole attempts at their deadline and needs none of this.) Imported only when a
default sync transport is built, since httpx itself imports httpcore only then.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from trigger_client._exceptions import ConfigurationError
from trigger_client._http.body import ATTEMPT_DEADLINE
from trigger_client._http.network import Network, RoutingTransport

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


# httpx keeps its httpcore pool in ``HTTPTransport._pool`` and httpcore its socket backend in
# ``ConnectionPool._network_backend`` (proxy pools included): neither is public, so both are looked for, and a
# transport without them keeps httpx's own sockets (the deadline is then checked between chunks of the body, as with
# a transport of your own).
_POOL = "_pool"
_BACKEND = "_network_backend"


def use_deadline_sockets(transport: httpx.HTTPTransport) -> bool:
    """Make ``transport``'s pool cut every socket operation to the attempt's deadline; False if this httpx does
    not keep its pool where expected (the transport is left as httpx made it)."""
    pool = getattr(transport, _POOL, None)
    if not isinstance(pool, httpcore.ConnectionPool) or not isinstance(
        getattr(pool, _BACKEND, None), httpcore.SyncBackend
    ):
        return False
    setattr(pool, _BACKEND, DeadlineBackend())
    return True


def deadline_transport(network: Network) -> httpx.BaseTransport:
    """httpx's sync transport (default limits) with ``network``'s TLS and proxies, over sockets that honour the
    attempt's deadline.

    Example::

        from trigger_client._http.network import resolve_network

        transport = deadline_transport(resolve_network(proxy="http://proxy.internal:3128"))
    """

    def make(proxy: httpx.Proxy | None) -> httpx.BaseTransport:
        try:
            transport = httpx.HTTPTransport(verify=network.ssl_context, proxy=proxy)
        except ImportError as exc:  # a SOCKS proxy without socksio
            raise ConfigurationError(f"{exc} (pip install 'httpx[socks]')") from None
        use_deadline_sockets(transport)
        return transport

    return make(None) if not network.routes else RoutingTransport(network, make)
