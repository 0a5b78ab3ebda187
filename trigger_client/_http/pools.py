"""The connection pools a client gets when none is given, and the rule that connection settings configure only
those: the sync client's httpx pool with the attempt deadline at the socket, the async client's aiohttp (or httpx)
pool per event loop."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from trigger_client._exceptions import ConfigurationError
from trigger_client._http.network import CertTypes, ProxyTypes, VerifyTypes, async_transport, resolve_network

T = TypeVar("T")


def connection_transport(transport: T | None, default: Callable[..., T], **settings: Any) -> T:
    """``transport`` as given, or ``default(**settings)``: the connection settings configure the client's own
    transport, so passing them with a transport of your own is refused rather than one of them silently ignored."""
    if transport is None:
        return default(**settings)
    given = [name for name, value in settings.items() if value is not _CONNECTION_DEFAULTS[name]]
    if given:
        raise ConfigurationError(
            f"{', '.join(f'{name}=' for name in given)} configure the client's own transport; with transport= "
            "set them on that transport instead (AiohttpTransport(proxy=..., verify=...), "
            "httpx.HTTPTransport(proxy=..., verify=...))"
        )
    return transport


_CONNECTION_DEFAULTS: dict[str, object] = {"proxy": None, "verify": True, "cert": None, "trust_env": True}


def default_transport(
    *,
    proxy: ProxyTypes | None = None,
    verify: VerifyTypes = True,
    cert: CertTypes | None = None,
    trust_env: bool = True,
) -> httpx.BaseTransport:
    """The connection pool a sync client gets when none is given: httpx's, with the proxies and TLS settings
    given (or found in the environment), its sockets honouring the attempt deadline."""
    from trigger_client._http.deadline import deadline_transport  # imports httpcore, as httpx does only here too

    return deadline_transport(resolve_network(proxy=proxy, verify=verify, cert=cert, trust_env=trust_env))


def default_async_transport(
    *,
    proxy: ProxyTypes | None = None,
    verify: VerifyTypes = True,
    cert: CertTypes | None = None,
    trust_env: bool = True,
) -> httpx.AsyncBaseTransport:
    """The pool an async client gets when none is given: aiohttp-backed with the ``aiohttp`` extra, else httpx's own;
    either way one pool per event loop.

    httpx's transport gives the same behaviour with less throughput under concurrency (README, "Performance").
    """
    try:
        from trigger_client._http.aiohttp import AiohttpTransport
    except ImportError:
        from trigger_client._http.loops import PerLoopTransport

        network = resolve_network(proxy=proxy, verify=verify, cert=cert, trust_env=trust_env)
        return PerLoopTransport(lambda: async_transport(network))
    return AiohttpTransport(proxy=proxy, verify=verify, cert=cert, trust_env=trust_env)
