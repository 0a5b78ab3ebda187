"""The sync client's attempt deadline at the socket: every read, write and connect is cut to the time the
attempt has left, so a server dripping its status line and headers cannot outlive ``timeout`` either.

The retrying transport publishes the current attempt's deadline in ``_body.ATTEMPT_DEADLINE``; the default sync
transport's connection pools (direct and through a proxy) use :class:`DeadlineBackend`, whose streams read it before
each socket operation.
(The async client cuts whole attempts at their deadline and needs none of this.) Imported only when a
default sync transport is built, since httpx itself imports httpcore only then.
"""

from __future__ import annotations

import functools
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

import httpcore
import httpx

from trigger_client._exceptions import ConfigurationError
from trigger_client._http.body import ATTEMPT_DEADLINE
from trigger_client._http.network import Network, RoutingTransport, untrusting_context

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


class TlsOnDemand(httpx.BaseTransport):
    """The pool for one route (direct or one proxy) under the default TLS settings: plain-http requests go to a pool
    whose context trusts no CA, and every other request (https, or anything through an https proxy) to a pool with
    the verified context, built at the first such request. So a client that only speaks http never loads the CA
    bundle (~25 ms), and the http pool cannot make an unverified TLS connection even if asked to: its handshakes fail.
    """

    def __init__(self, network: Network, make: Callable[[ssl.SSLContext], httpx.BaseTransport], tls_proxy: bool):
        self.network = network
        self.make = make
        self.tls_proxy = tls_proxy
        self.plain = make(untrusting_context())
        self.verified: httpx.BaseTransport | None = None
        self.lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme == "http" and not self.tls_proxy:
            return self.plain.handle_request(request)
        return self.verified_transport().handle_request(request)

    def verified_transport(self) -> httpx.BaseTransport:
        """The pool for TLS connections, built with the verified context the first time one is needed."""
        verified = self.verified
        if verified is None:
            with self.lock:  # threads sharing a client build one pool
                if self.verified is None:
                    self.verified = self.make(self.network.ssl_context)
                verified = self.verified
        return verified

    def close(self) -> None:
        self.plain.close()
        if self.verified is not None:
            self.verified.close()


def deadline_transport(network: Network) -> httpx.BaseTransport:
    """httpx's sync transport (default limits) with ``network``'s TLS and proxies, over sockets that honour the
    attempt's deadline.

    Example::

        from trigger_client._http.network import resolve_network

        transport = deadline_transport(resolve_network(proxy="http://proxy.internal:3128"))
    """

    def pool(proxy: httpx.Proxy | None, context: ssl.SSLContext) -> httpx.BaseTransport:
        try:
            transport = httpx.HTTPTransport(verify=context, proxy=proxy)
        except ImportError as exc:  # a SOCKS proxy without socksio
            raise ConfigurationError(f"{exc} (pip install 'httpx[socks]')") from None
        use_deadline_sockets(transport)
        return transport

    def make(proxy: httpx.Proxy | None) -> httpx.BaseTransport:
        if network.tls is not None:  # verify= or cert= given: that context, already built
            return pool(proxy, network.tls)
        tls_proxy = proxy is not None and proxy.url.scheme != "http"
        return TlsOnDemand(network, functools.partial(pool, proxy), tls_proxy)

    return make(None) if not network.routes else RoutingTransport(network, make)
