"""The default TLS context (``verify=True``, no ``cert=``) is built at the first TLS connection, not with the client:
a client, sync or async (on its aiohttp pool), that only speaks plain http (a local emulator) never loads the CA
bundle, https still verifies, and the pool carrying plain http cannot make an unverified TLS connection. Every case
time-limited, loopback only."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from typing import Any

import aiohttp
import httpx
import pytest

from tests.network._tls import RUN, tls_server
from tests.network.conftest import Certificates
from trigger_client import AiohttpTransport, APIConnectionError, AsyncTriggerClient, TriggerClient
from trigger_client._http.deadline import TlsOnDemand, deadline_transport
from trigger_client._http.network import _default_context, resolve_network

pytestmark = pytest.mark.timeout(60)
SECRET = "tr_dev_LazyTlsSecret0123456789abcdef"


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every TLS context httpx or the stdlib builds with a trust store, by name, from a cold cache."""
    calls: list[str] = []
    create_default, create_httpx = ssl.create_default_context, httpx.create_ssl_context

    def stdlib(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        calls.append("ssl.create_default_context")
        return create_default(*args, **kwargs)

    def via_httpx(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        calls.append("httpx.create_ssl_context")
        return create_httpx(*args, **kwargs)

    monkeypatch.setattr(ssl, "create_default_context", stdlib)
    monkeypatch.setattr(httpx, "create_ssl_context", via_httpx)
    _default_context.cache_clear()  # the process-wide context, as in a fresh interpreter
    yield calls
    _default_context.cache_clear()


def _server_context(certs: Certificates) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    certs.server.configure_cert(context)
    return context


def test_a_client_with_default_settings_builds_no_tls_context_and_http_requests_load_none(
    built: list[str], served: Any
) -> None:
    emulator, port = served
    client = TriggerClient(secret_key=emulator.secret_key, api_url=f"http://127.0.0.1:{port}", max_retries=0)
    assert built == []
    with client:
        handle = client.tasks.trigger("quick", {"n": 1})
    assert handle.id.startswith("run_")
    assert built == []  # a whole http exchange without a CA bundle


def test_the_first_https_request_builds_the_verified_context_once_and_verifies(
    built: list[str], certs: Certificates
) -> None:
    with tls_server(_server_context(certs)) as server:
        client = TriggerClient(secret_key=SECRET, api_url=server.url, max_retries=0, timeout=10)
        assert built == []
        with client:
            for _ in range(2):
                with pytest.raises(APIConnectionError, match="certificate verify failed"):
                    client.runs.retrieve("run_tls")
    assert built == ["httpx.create_ssl_context", "ssl.create_default_context"]  # once for the client's life
    assert server.peers == []  # nothing was sent


def test_a_private_ca_given_is_loaded_at_construction_and_trusted(built: list[str], certs: Certificates) -> None:
    with tls_server(_server_context(certs)) as server:
        client = TriggerClient(secret_key=SECRET, api_url=server.url, verify=str(certs.ca_path), timeout=10)
        assert built == ["ssl.create_default_context"]  # its mistakes are ConfigurationErrors before any request
        with client:
            assert client.runs.retrieve("run_tls").id == RUN["id"]


def test_the_plain_http_pool_refuses_any_tls_handshake(certs: Certificates) -> None:
    routed = deadline_transport(resolve_network(trust_env=False))
    assert isinstance(routed, TlsOnDemand)
    with tls_server(_server_context(certs)) as server, routed:
        # Even asked directly for https, the http pool's context trusts no CA: fail closed, never unverified.
        with pytest.raises(httpx.ConnectError, match="certificate verify failed"):
            routed.plain.handle_request(httpx.Request("GET", f"{server.url}/api/v3/runs/run_tls"))
        assert routed.verified is None  # and routing never built the verified pool for it
    assert server.peers == []


def test_an_https_proxy_is_reached_over_verified_tls(built: list[str], certs: Certificates, served: Any) -> None:
    emulator, port = served
    with tls_server(_server_context(certs)) as proxy:
        client = TriggerClient(
            secret_key=emulator.secret_key,
            api_url=f"http://127.0.0.1:{port}",
            proxy=proxy.url,
            max_retries=0,
            timeout=10,
        )
        with client, pytest.raises(APIConnectionError, match="certificate verify failed"):
            client.tasks.trigger("quick", {"n": 1})
    assert proxy.peers == []  # the self-signed proxy was refused: no request went through it
    assert built  # the http request through it took the verified pool


# --- the async client's aiohttp pool (aiohttp builds its own default contexts once, when imported: above) ---


async def test_an_async_client_with_default_settings_builds_no_tls_context_and_http_requests_load_none(
    built: list[str], served: Any
) -> None:
    emulator, port = served
    client = AsyncTriggerClient(secret_key=emulator.secret_key, api_url=f"http://127.0.0.1:{port}", max_retries=0)
    assert built == []
    async with client:
        handle = await client.tasks.trigger("quick", {"n": 1})
    assert handle.id.startswith("run_")
    assert built == []


async def test_an_async_clients_first_https_request_builds_the_verified_context_once_and_verifies(
    built: list[str], certs: Certificates
) -> None:
    with tls_server(_server_context(certs)) as server:
        client = AsyncTriggerClient(secret_key=SECRET, api_url=server.url, max_retries=0, timeout=10)
        assert built == []
        async with client:
            for _ in range(2):
                with pytest.raises(APIConnectionError, match="certificate verify failed"):
                    await client.runs.retrieve("run_tls")
    assert built == ["httpx.create_ssl_context", "ssl.create_default_context"]  # once for the client's life
    assert server.peers == []


async def test_an_async_client_trusts_a_private_ca_given(built: list[str], certs: Certificates) -> None:
    with tls_server(_server_context(certs)) as server:
        client = AsyncTriggerClient(
            secret_key=SECRET, api_url=server.url, transport=AiohttpTransport(verify=str(certs.ca_path)), timeout=10
        )
        assert built == ["ssl.create_default_context"]
        async with client:
            assert (await client.runs.retrieve("run_tls")).id == RUN["id"]


async def test_the_aiohttp_sessions_own_context_refuses_any_tls_handshake(certs: Certificates) -> None:
    transport = AiohttpTransport(trust_env=False)
    with tls_server(_server_context(certs)) as server:
        # Even asked directly for https without the verified context, the sessions' context trusts no CA.
        session = transport._new_session()
        try:
            with pytest.raises(aiohttp.ClientConnectorError, match="certificate verify failed"):
                await session.get(f"{server.url}/api/v3/runs/run_tls")
        finally:
            await session.close()
    assert server.peers == []


async def test_an_async_clients_https_proxy_is_reached_over_verified_tls(
    built: list[str], certs: Certificates, served: Any
) -> None:
    emulator, port = served
    with tls_server(_server_context(certs)) as proxy:
        client = AsyncTriggerClient(
            secret_key=emulator.secret_key,
            api_url=f"http://127.0.0.1:{port}",
            proxy=proxy.url,
            max_retries=0,
            timeout=10,
        )
        async with client:
            with pytest.raises(APIConnectionError, match="certificate verify failed"):
                await client.tasks.trigger("quick", {"n": 1})
    assert proxy.peers == []  # the self-signed proxy was refused: no request went through it
    assert built  # the http request through it was sent with the verified context
