"""The async client's default connection pool: aiohttp under the httpx transport interface, with little in between.

httpx's own async transport is slow under concurrency, and the generic adapter (httpx-aiohttp) spent more CPU per
request than aiohttp itself (profiled): it hands aiohttp an ``httpx.Headers`` to re-read, builds a timeout object
per call and streams through a generator per body. This one passes the request's raw headers as they are, reuses
timeout objects, takes a body that came with its head at once (others with ``readany``) and sets up its session once
per event loop: no cookie jar (as with the sync client and the SDK's fetch), no decompression (the retrying transport
inflates bodies itself, under the size cap), no redirects. Proxies are chosen per request by the client's rules
(``_network``), the same as the sync client's.

Every aiohttp and socket error becomes the httpx exception the retry policy reasons about (a refused connection is a
``ConnectError``, a truncated body a ``RemoteProtocolError``, a stalled read a ``ReadTimeout``), so behaviour is the
same whichever pool the client runs on. Imported only when an async client is built without a transport, or when
``trigger_client.AiohttpTransport`` is first used.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
from multidict import CIMultiDict
from yarl import URL

from trigger_client._exceptions import ConfigurationError, redact
from trigger_client._http.call import ATTEMPT_ENDS
from trigger_client._http.loops import LoopPools
from trigger_client._http.network import (
    HELD_OPEN,
    CertTypes,
    ProxyTypes,
    VerifyTypes,
    proxy_key,
    resolve_network,
    untrusting_context,
)
from trigger_client._http.objects import DecodedHeaders, latin1_items, raw_headers, stream_response

# httpx's default pool size and keep-alive (httpx.Limits()), so the async pools match.
MAX_CONNECTIONS = 100
KEEPALIVE_SECONDS = 5.0
_HTTP_10 = aiohttp.HttpVersion(1, 0)
# URLs whose aiohttp form is kept (see AiohttpTransport._yarl).
_URL_CACHE_SIZE = 64

# Most specific first: the first class an error is an instance of decides its httpx type.
_ERRORS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),
    (asyncio.TimeoutError, httpx.ReadTimeout),  # aiohttp's SocketTimeoutError (sock_read) is one too
    (aiohttp.ClientProxyConnectionError, httpx.ProxyError),
    (aiohttp.ClientHttpProxyError, httpx.ProxyError),
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # refused, DNS, TLS handshake and certificate errors
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
    (aiohttp.NonHttpUrlClientError, httpx.UnsupportedProtocol),
    # A malformed status line or header (ClientResponseError), a body cut short (ClientPayloadError), a server
    # that closed the connection without answering (ServerDisconnectedError): httpcore calls all of these
    # RemoteProtocolError too.
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (OSError, httpx.ReadError),  # a reset connection (aiohttp's ClientOSError is an OSError)
    (aiohttp.ClientError, httpx.RemoteProtocolError),
)


def as_httpx_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError | None:
    """The httpx exception standing for aiohttp's ``exc``, or None when ``exc`` is not a transport failure."""
    for source, target in _ERRORS:
        if isinstance(exc, source):
            # aiohttp's messages name the host and port, never a header: nothing secret, but redacted all the same.
            return target(redact(f"{type(exc).__name__}: {exc}")[:300], request=request)
    return None


class AiohttpStream(httpx.AsyncByteStream):
    """A response body read from aiohttp as it arrives, its errors raised as httpx ones.

    Its own iterator rather than an async generator, which costs an object and the event loop's generator hooks
    on every response.
    """

    __slots__ = ("request", "response")

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self.response = response
        self.request = request

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self

    async def __anext__(self) -> bytes:
        try:
            data = await self.response.content.readany()
        except Exception as exc:
            mapped = as_httpx_error(exc, self.request)
            if mapped is None:
                raise
            raise mapped from exc
        if not data:
            raise StopAsyncIteration
        return data

    async def aclose(self) -> None:
        # Back to the pool when the body was read to its end, closed otherwise (aiohttp decides: a connection
        # with unread body is not reused).
        self.response.release()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` sending requests with aiohttp: the async client's default when the
    ``aiohttp`` extra is installed. Pass one as ``transport=`` to size its pool; it takes the client's connection
    settings (``proxy=``, ``verify=``, ``cert=``, ``trust_env=``, the same meaning as on the clients).

    It keeps one ``aiohttp.ClientSession`` per event loop, made on first use in that loop, so a client can be
    used from a second ``asyncio.run``; :meth:`aclose` closes them. ``max_connections`` caps the API calls; the
    realtime requests the server holds open (subscriptions, streams) each take a connection of their own outside
    that cap, so that hundreds of subscriptions neither queue behind one another nor hold up API calls, as with
    the SDK's fetch: its undici pool per origin opens a connection for each request in flight unless told a
    number of ``connections`` (undici ``lib/dispatcher/pool.js``), and the SDK tells it none.

    Example::

        transport = AiohttpTransport(proxy="http://proxy.internal:3128", max_connections=20)
        client = AsyncTriggerClient(transport=transport)
    """

    def __init__(
        self,
        *,
        proxy: ProxyTypes | None = None,
        verify: VerifyTypes = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        self.network = resolve_network(proxy=proxy, verify=verify, cert=cert, trust_env=trust_env)
        # Under the default TLS settings the verified context (the CA bundle, ~25 ms) is built at the first request
        # that needs TLS and passed with each such request; the sessions' own context trusts no CA, so nothing else
        # can make a TLS connection (see tests/network/test_lazy_tls.py). A context given is loaded already.
        self._lazy_tls = self.network.tls is None
        self.max_connections = max_connections
        # aiohttp's arguments for each proxy (URL, headers).
        self._proxies = {proxy_key(p): _aiohttp_proxy(p) for p in self.network.proxies}
        self._sessions: LoopPools[aiohttp.ClientSession] = LoopPools(self._new_session, _close_session, _close_session)
        # No cap (aiohttp's limit=0): a held request occupies its connection until the server answers.
        self._held: LoopPools[aiohttp.ClientSession] = LoopPools(
            lambda: self._new_session(0), _close_session, _close_session
        )
        self._timeouts: dict[tuple[Any, ...], aiohttp.ClientTimeout] = {}
        self._urls: dict[int, tuple[httpx.URL, URL]] = {}
        self._decoded: DecodedHeaders = {}

    def _new_session(self, limit: int | None = None) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self.max_connections if limit is None else limit,
            keepalive_timeout=KEEPALIVE_SECONDS,
            ssl=untrusting_context() if self._lazy_tls else self.network.ssl_context,
        )
        # trust_env stays off: proxies are chosen per URL by the client's rules (those of httpx), and aiohttp's
        # trust_env would also read ~/.netrc.
        return aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            trust_env=False,
        )

    @property
    def ssl_context(self) -> ssl.SSLContext:
        """The context verifying this pool's TLS connections (the default one is built when first needed)."""
        return self.network.ssl_context

    def _timeout(self, timeouts: dict[str, float | None], ends: float | None) -> aiohttp.ClientTimeout:
        """httpx's per-phase timeouts as aiohttp's: connect covers the pool wait and the connection, as httpx's
        pool plus connect timeouts do; no overall cap here (the retrying transport bounds each attempt).

        ``ends`` is when (``time.monotonic()``) the transport around this one ends the attempt, if it said so. When
        that comes no later than a read timeout could, no read timer is set: aiohttp would otherwise arm and cancel
        one per response and per chunk (profiled: timers were a tenth of an async trigger's CPU), all to no effect.
        """
        read = timeouts.get("read")
        if read is not None and ends is not None and ends <= time.monotonic() + read:
            read = None
        key = (timeouts.get("pool"), timeouts.get("connect"), read)
        timeout = self._timeouts.get(key)
        if timeout is None:
            if len(self._timeouts) > 64:  # per-call timeouts cut to a deadline are all different: keep few
                self._timeouts.clear()
            pool, connect, read = key
            timeout = aiohttp.ClientTimeout(
                total=None,
                connect=None if pool is None or connect is None else pool + connect,
                sock_connect=connect,
                sock_read=read,
            )
            self._timeouts[key] = timeout
        return timeout

    def _yarl(self, url: httpx.URL) -> URL:
        """``url`` as aiohttp's URL, kept for the last few URLs: the client sends its requests to a few URL objects
        over and over (it keeps them, see ``Core._url``), and parsing one again costs more than this lookup."""
        known = self._urls.get(id(url))
        # The cache holds the httpx URL itself, so the id cannot have been reused by another object meanwhile.
        if known is not None and known[0] is url:
            return known[1]
        if len(self._urls) >= _URL_CACHE_SIZE:
            self._urls.clear()
        parsed = URL(str(url), encoded=True)
        self._urls[id(url)] = (url, parsed)
        return parsed

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        loop = asyncio.get_running_loop()
        held = request.extensions.get(HELD_OPEN)
        sessions = self._held if held else self._sessions
        session = sessions.pools.get(loop) or await sessions.add(loop)
        proxy: tuple[URL | None, dict[str, str] | None] = _DIRECT
        if self.network.routes:
            chosen = self.network.proxy_for(request.url)
            proxy = _DIRECT if chosen is None else self._proxies[proxy_key(chosen)]
        try:
            data: Any = request.content
        except httpx.RequestNotRead:  # a streamed upload: aiohttp sends it chunked, and sets the header itself
            data = request.stream
            request.headers.pop("transfer-encoding", None)
        # aiohttp's True: the session's own context.
        tls: ssl.SSLContext | bool = True
        if self._lazy_tls and (request.url.scheme != "http" or (proxy[0] is not None and proxy[0].scheme != "http")):
            tls = self.network.ssl_context
        # httpx has already normalized the URL and the headers; aiohttp takes both as they are.
        headers = CIMultiDict(latin1_items(request.headers, self._decoded))
        try:
            response = await session.request(
                request.method,
                # A held poll's URL is new each time (its offset): caching it would only push out the calls' URLs.
                URL(str(request.url), encoded=True) if held else self._yarl(request.url),
                headers=headers,
                data=data or None,
                allow_redirects=False,
                timeout=self._timeout(request.extensions.get("timeout") or {}, request.extensions.get(ATTEMPT_ENDS)),
                server_hostname=request.extensions.get("sni_hostname"),
                proxy=proxy[0],
                proxy_headers=proxy[1],
                ssl=tls,
            )
        except Exception as exc:
            mapped = as_httpx_error(exc, request)
            if mapped is None:
                if isinstance(exc, ValueError):  # a header aiohttp refuses to send (a newline in a value)
                    raise httpx.LocalProtocolError(redact(str(exc))[:300], request=request) from exc
                raise
            raise mapped from exc
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.0" if response.version == _HTTP_10 else b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("latin-1", "replace")
        content = response.content
        stream: httpx.AsyncByteStream
        if content.is_eof() and content.exception() is None:
            # The whole body came with the head (most API answers): taken at once, the connection back in the pool,
            # rather than awaited chunk by chunk (profiled: a read per chunk and one for the end, on every answer).
            stream = httpx.ByteStream(content.read_nowait())
            response.release()
        else:
            stream = AiohttpStream(response, request)
        return stream_response(response.status, raw_headers(response.raw_headers), stream, request, extensions)

    async def aclose(self) -> None:
        await self._sessions.aclose()
        await self._held.aclose()


_DIRECT: tuple[URL | None, dict[str, str] | None] = (None, None)


def _aiohttp_proxy(proxy: httpx.Proxy) -> tuple[URL | None, dict[str, str] | None]:
    if proxy.url.scheme not in ("http", "https"):
        raise ConfigurationError(
            f"AiohttpTransport supports http:// and https:// proxies, not {proxy.url.scheme}://; for a SOCKS proxy "
            "pass transport=httpx.AsyncHTTPTransport(proxy=...) (pip install 'httpx[socks]')"
        )
    url = URL(str(proxy.url))
    if proxy.auth is not None:
        # Credentials in the URL: aiohttp sends them as Proxy-Authorization on plain and CONNECT requests alike
        # (its proxy_auth= is deprecated in 3.14, and proxy_headers= reach only CONNECT requests).
        url = url.with_user(proxy.auth[0]).with_password(proxy.auth[1])
    return url, dict(proxy.headers) or None


async def _close_session(session: aiohttp.ClientSession) -> None:
    # On a closed loop aiohttp closes nothing (its connector checks) but marks the session closed, so it is not
    # reported as unclosed when collected.
    await session.close()
