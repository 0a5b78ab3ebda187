"""Connection settings: TLS (``verify=``, ``cert=``) and proxies (``proxy=``, or the ``*_PROXY`` environment variables
when ``trust_env``), resolved once per client into what every transport it builds uses.

Proxies are chosen per request URL the way httpx chooses them (httpx's "Proxies" and "Environment Variables" docs):
an explicit ``proxy=`` carries every request; otherwise ``HTTP_PROXY``, ``HTTPS_PROXY`` and ``ALL_PROXY`` are read
with ``urllib.request.getproxies()`` and ``NO_PROXY`` names hosts that go direct, the most specific rule winning. So
a client and a plain ``httpx.Client`` in the same environment reach the same hosts the same way, including the
object store that large payloads go to.
"""

from __future__ import annotations

import functools
import ipaddress
import os
import re
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeAlias
from urllib.request import getproxies  # already loaded by httpx

import httpx

from trigger_client._exceptions import ConfigurationError

# Request extension: the server holds this request open until it has news (a realtime long poll or stream), so the
# async pool gives it a connection outside the cap that API calls share (AiohttpTransport).
HELD_OPEN = "trigger_client.held_open"

ProxyTypes: TypeAlias = "str | httpx.URL | httpx.Proxy"
VerifyTypes: TypeAlias = "bool | str | os.PathLike[str] | ssl.SSLContext"
CertTypes: TypeAlias = "str | os.PathLike[str] | tuple[str | os.PathLike[str], str | os.PathLike[str]]"


@dataclass(frozen=True)
class Route:
    """One proxy rule: requests whose URL matches go through ``proxy`` (None: direct)."""

    scheme: str  # "" for any
    host: str  # "" any, "*.example.com" subdomains only, "*example.com" the domain and its subdomains, else exact
    port: int | None
    proxy: httpx.Proxy | None

    @functools.cached_property
    def _host_regex(self) -> re.Pattern[str] | None:
        if not self.host:
            return None
        if self.host.startswith("*."):
            return re.compile(rf"^.+\.{re.escape(self.host[2:])}$")
        if self.host.startswith("*"):
            return re.compile(rf"^(.+\.)?{re.escape(self.host[1:])}$")
        return re.compile(rf"^{re.escape(self.host)}$")

    def matches(self, url: httpx.URL) -> bool:
        regex = self._host_regex
        return (
            (not self.scheme or self.scheme == url.scheme)
            and (regex is None or regex.match(url.host) is not None)
            and (self.port is None or self.port == url.port)
        )

    @property
    def priority(self) -> tuple[int, int, int]:
        # As httpx orders its mounts: a port first, then longer hosts, then longer schemes.
        return (0 if self.port is not None else 1, -len(self.host), -len(self.scheme))


@dataclass(frozen=True)
class Network:
    """The resolved settings: the TLS context, and the proxy rules (most specific first; none: always direct).

    ``tls`` None stands for the default verified context (``verify=True``, no ``cert=``), which is loaded only when
    :attr:`ssl_context` is first read: a client that only speaks plain http (a local emulator or dev server) never
    loads the CA bundle.
    """

    tls: ssl.SSLContext | None
    routes: tuple[Route, ...] = ()
    trust_env: bool = True

    @property
    def ssl_context(self) -> ssl.SSLContext:
        """The context that verifies TLS connections (the default one is built at the first read, then shared)."""
        return self.tls if self.tls is not None else _default_context(self.trust_env)

    def proxy_for(self, url: httpx.URL) -> httpx.Proxy | None:
        for route in self.routes:
            if route.matches(url):
                return route.proxy
        return None

    @property
    def proxies(self) -> list[httpx.Proxy]:
        """Each distinct proxy a request may go through."""
        seen: dict[str, httpx.Proxy] = {}
        for route in self.routes:
            if route.proxy is not None:
                seen.setdefault(proxy_key(route.proxy), route.proxy)
        return list(seen.values())


class RoutingTransport(httpx.BaseTransport):
    """Sends each request through the transport of the proxy its URL is routed to, or the direct one; ``make``
    builds the transport for a proxy (None: direct)."""

    def __init__(self, network: Network, make: Callable[[httpx.Proxy | None], httpx.BaseTransport]) -> None:
        self.network = network
        self.direct = make(None)
        self.proxied = {proxy_key(proxy): make(proxy) for proxy in network.proxies}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self.network.proxy_for(request.url)
        return (self.direct if proxy is None else self.proxied[proxy_key(proxy)]).handle_request(request)

    def close(self) -> None:
        for transport in (self.direct, *self.proxied.values()):
            transport.close()


class AsyncRoutingTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`RoutingTransport`."""

    def __init__(self, network: Network, make: Callable[[httpx.Proxy | None], httpx.AsyncBaseTransport]) -> None:
        self.network = network
        self.direct = make(None)
        self.proxied = {proxy_key(proxy): make(proxy) for proxy in network.proxies}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self.network.proxy_for(request.url)
        return await (self.direct if proxy is None else self.proxied[proxy_key(proxy)]).handle_async_request(request)

    async def aclose(self) -> None:
        for transport in (self.direct, *self.proxied.values()):
            await transport.aclose()


def async_transport(network: Network) -> httpx.AsyncBaseTransport:
    """httpx's own async transport with ``network``'s TLS and proxies (the async client's pool without aiohttp)."""

    def make(proxy: httpx.Proxy | None) -> httpx.AsyncBaseTransport:
        try:
            return httpx.AsyncHTTPTransport(verify=network.ssl_context, proxy=proxy)
        except ImportError as exc:  # a SOCKS proxy without socksio
            raise ConfigurationError(f"{exc} (pip install 'httpx[socks]')") from None

    return make(None) if not network.routes else AsyncRoutingTransport(network, make)


def proxy_key(proxy: httpx.Proxy) -> str:
    """What tells two proxies apart (their credentials included, never shown)."""
    return f"{proxy.url}|{proxy.auth}"


@functools.cache
def untrusting_context() -> ssl.SSLContext:
    """Verification required and no CA trusted: the context of the pools carrying plain http, which can make no TLS
    connection at all. One shared by every pool, since a context costs a tenth of a millisecond to make and nothing
    changes it."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


@functools.cache
def _default_context(trust_env: bool) -> ssl.SSLContext:
    # Loading the CA bundle costs ~35 ms: one context per process makes building clients cheap. httpx's own factory
    # (certifi, or SSL_CERT_FILE / SSL_CERT_DIR when trust_env).
    return httpx.create_ssl_context(trust_env=trust_env)


def ssl_context(verify: VerifyTypes = True, cert: CertTypes | None = None, trust_env: bool = True) -> ssl.SSLContext:
    """The TLS context for ``verify=`` and ``cert=``, built with the stdlib (httpx 0.28 deprecates both as strings).

    Example::

        context = ssl_context(verify="/etc/company/ca.pem", cert=("client.pem", "client.key"))
    """
    return _default_context(trust_env) if verify is True and cert is None else _custom_context(verify, cert, trust_env)


def _custom_context(verify: VerifyTypes, cert: CertTypes | None, trust_env: bool) -> ssl.SSLContext:
    # Anything but the default: built (and its mistakes raised as ConfigurationErrors) when the client is.
    if isinstance(verify, ssl.SSLContext):
        if cert is not None:
            raise ConfigurationError(
                "cert= cannot be combined with verify=<ssl.SSLContext>: load the certificate into your context "
                "(context.load_cert_chain(certfile, keyfile)) and pass only verify="
            )
        return verify
    if isinstance(verify, bool):
        context = httpx.create_ssl_context(verify=verify, trust_env=trust_env)
    elif isinstance(verify, str | os.PathLike):
        path = os.fspath(verify)
        if not os.path.exists(path):
            raise ConfigurationError(f"verify= names a CA bundle that does not exist: {path!r}")
        try:
            if os.path.isdir(path):
                context = ssl.create_default_context(capath=path)
            else:
                context = ssl.create_default_context(cafile=path)
        except ssl.SSLError as exc:
            raise ConfigurationError(f"verify={path!r} is not a PEM CA bundle: {exc}") from None
    else:
        raise ConfigurationError(
            f"verify= must be True, False, a CA bundle path or an ssl.SSLContext, got {type(verify).__name__}"
        )
    if cert is not None:
        files = (cert,) if isinstance(cert, str | os.PathLike) else tuple(cert)
        try:
            context.load_cert_chain(*(os.fspath(f) for f in files))
        except (OSError, ssl.SSLError) as exc:
            raise ConfigurationError(
                f"cert= could not be loaded ({exc}): pass a PEM file holding the certificate and its key, or a "
                "(certificate, key) pair of paths"
            ) from None
    return context


def _as_proxy(value: ProxyTypes, source: str) -> httpx.Proxy:
    if isinstance(value, httpx.Proxy):
        return value
    try:
        return httpx.Proxy(value)
    except (ValueError, httpx.InvalidURL) as exc:
        # Not quoted: a proxy URL may hold a password.
        raise ConfigurationError(
            f"{source} is not a usable proxy URL ({str(exc).split(' for proxy URL')[0]}): use one such as "
            "http://user:password@proxy.example.com:3128"
        ) from None


def _no_proxy_route(entry: str) -> Route:
    """One ``NO_PROXY`` entry as httpx reads it (after curl's CURLOPT_NOPROXY)."""
    if "://" in entry:
        url = httpx.URL(entry)
        return Route(url.scheme, url.host, url.port, None)
    name = entry.split("/")[0]  # httpx takes an address with a prefix length as that address
    try:
        ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        host = entry if entry.lower() == "localhost" else f"*{entry}"
        return Route("", host, None, None)
    return Route("", name.strip("[]"), None, None)


def environment_routes() -> tuple[Route, ...]:
    """The proxy rules ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` describe."""
    found = getproxies()
    routes: list[Route] = []
    for scheme in ("http", "https", "all"):
        value = found.get(scheme)
        if value:
            url = value if "://" in value else f"http://{value}"
            routes.append(Route("" if scheme == "all" else scheme, "", None, _as_proxy(url, f"{scheme.upper()}_PROXY")))
    for entry in (part.strip() for part in found.get("no", "").split(",")):
        if entry == "*":
            return ()
        if entry:
            routes.append(_no_proxy_route(entry))
    if not any(route.proxy is not None for route in routes):
        return ()
    return tuple(sorted(routes, key=lambda route: route.priority))


def resolve_network(
    *,
    proxy: ProxyTypes | None = None,
    verify: VerifyTypes = True,
    cert: CertTypes | None = None,
    trust_env: bool = True,
) -> Network:
    """The settings for ``proxy=``, ``verify=``, ``cert=`` and ``trust_env=``.

    Example::

        network = resolve_network(proxy="http://user:pass@proxy.internal:3128", verify="/etc/company/ca.pem")
    """
    if not isinstance(trust_env, bool):
        raise ConfigurationError(f"trust_env must be True or False, got {type(trust_env).__name__}")
    context = None if verify is True and cert is None else _custom_context(verify, cert, trust_env)
    if proxy is not None:
        return Network(context, (Route("", "", None, _as_proxy(proxy, "proxy=")),), trust_env)
    return Network(context, environment_routes() if trust_env else (), trust_env)
