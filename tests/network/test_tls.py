"""TLS settings against a local HTTPS server with certificates the test makes (trustme): a private CA as a path
or an ssl.SSLContext, a client certificate for mTLS, verify=False, a wrong CA refused with an APIConnectionError
that says so, and HTTPS through the proxy (a CONNECT tunnel). Every transport; every case time-limited."""

from __future__ import annotations

import ssl
from typing import Any

import pytest

from tests.network._tls import RUN, tls_server
from tests.network.conftest import MODES, PASSWORD, Certificates, Proxy, call
from trigger_client import APIConnectionError, ConfigurationError, TriggerClient, TriggerError

pytestmark = pytest.mark.timeout(60)
SECRET = "tr_dev_TlsTestSecret0123456789abcdef"


def _server_context(certs: Certificates, *, client_certs: bool = False) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certs.server.configure_cert(context)
    if client_certs:
        context.verify_mode = ssl.CERT_REQUIRED
        certs.ca.configure_trust(context)
    return context


async def _retrieve(make: Any, mode: str, url: str, **kwargs: Any) -> Any:
    client = make(mode, secret_key=SECRET, api_url=url, max_retries=0, timeout=10, **kwargs)
    return await call(client, lambda c: c.runs.retrieve("run_tls"))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("form", ["path", "context", "pathlike"])
async def test_a_private_ca_is_trusted_as_a_path_or_a_context(
    certs: Certificates, make: Any, mode: str, form: str
) -> None:
    verify: Any = {
        "path": str(certs.ca_path),
        "pathlike": certs.ca_path,
        "context": ssl.create_default_context(cafile=str(certs.ca_path)),
    }[form]
    with tls_server(_server_context(certs)) as server:
        run = await _retrieve(make, mode, server.url, verify=verify)
    assert run.id == RUN["id"]
    assert server.failures == []


@pytest.mark.parametrize("mode", MODES)
async def test_the_default_trust_store_refuses_a_private_ca_naming_certificate_verification(
    certs: Certificates, make: Any, mode: str
) -> None:
    with tls_server(_server_context(certs)) as server:
        for verify in (True, str(certs.other_ca_path)):
            with pytest.raises(APIConnectionError) as caught:
                await _retrieve(make, mode, server.url, verify=verify)
            assert "certificate verify failed" in str(caught.value), caught.value
            assert SECRET not in str(caught.value)
    assert server.peers == []  # no request was ever sent


@pytest.mark.parametrize("mode", MODES)
async def test_verify_false_skips_verification(certs: Certificates, make: Any, mode: str) -> None:
    with tls_server(_server_context(certs)) as server:
        run = await _retrieve(make, mode, server.url, verify=False)
    assert run.id == RUN["id"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("form", ["pair", "one-file"])
async def test_a_client_certificate_is_presented_for_mtls(certs: Certificates, make: Any, mode: str, form: str) -> None:
    cert: Any = (str(certs.client_cert), str(certs.client_key)) if form == "pair" else str(certs.client_pem)
    with tls_server(_server_context(certs, client_certs=True)) as server:
        run = await _retrieve(make, mode, server.url, verify=str(certs.ca_path), cert=cert)
        with pytest.raises(APIConnectionError):  # the same server without a client certificate
            await _retrieve(make, mode, server.url, verify=str(certs.ca_path))
    assert run.id == RUN["id"]
    assert server.peers == ["email=client@example.com"]
    assert server.failures and all("PEER_DID_NOT_RETURN_A_CERTIFICATE" in f for f in server.failures), server.failures


@pytest.mark.parametrize("mode", MODES)
async def test_https_through_the_proxy_is_a_tunnel_with_the_same_tls_settings(
    certs: Certificates, proxy: Proxy, make: Any, mode: str
) -> None:
    with tls_server(_server_context(certs, client_certs=True)) as server:
        cert = (str(certs.client_cert), str(certs.client_key))
        run = await _retrieve(make, mode, server.url, verify=str(certs.ca_path), cert=cert, proxy=proxy.url)
    assert run.id == RUN["id"]
    assert server.peers == ["email=client@example.com"]  # TLS end to end: the proxy only relayed it
    proxy.wait_for(f"CONNECT 127.0.0.1:{server.port}")


def test_bad_tls_settings_are_configuration_errors(certs: Certificates, tmp_path: Any) -> None:
    context = ssl.create_default_context()
    with pytest.raises(ConfigurationError, match="load the certificate into your context"):
        TriggerClient(secret_key=SECRET, verify=context, cert=str(certs.client_pem))
    with pytest.raises(ConfigurationError, match="CA bundle that does not exist"):
        TriggerClient(secret_key=SECRET, verify=str(tmp_path / "missing.pem"))
    (tmp_path / "junk.pem").write_text("not a certificate")
    with pytest.raises(ConfigurationError, match="cert= could not be loaded"):
        TriggerClient(secret_key=SECRET, cert=str(tmp_path / "junk.pem"))
    with pytest.raises(ConfigurationError, match="verify= must be True, False, a CA bundle path"):
        TriggerClient(secret_key=SECRET, verify=1)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", MODES)
async def test_a_tunnel_refused_by_the_proxy_never_shows_its_password(
    certs: Certificates, proxy: Proxy, make: Any, mode: str
) -> None:
    wrong = proxy.url.replace(PASSWORD, "wrong-Pa55")
    with tls_server(_server_context(certs)) as server, pytest.raises(TriggerError) as caught:
        await _retrieve(make, mode, server.url, verify=str(certs.ca_path), proxy=wrong)
    shown = f"{caught.value!r} {caught.value} {caught.value.__cause__!r} {caught.value.__cause__}"
    assert "407" in shown or "Proxy" in shown, shown
    assert "wrong-Pa55" not in shown and PASSWORD not in shown
    assert server.peers == []
