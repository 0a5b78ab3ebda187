"""Which requests go through which proxy: the rules httpx documents for proxy=, HTTP_PROXY, HTTPS_PROXY, ALL_PROXY
and NO_PROXY (a curl-style list), applied per request URL, so presigned object-store URLs follow them too."""

from __future__ import annotations

import httpx
import pytest

from trigger_client import AsyncTriggerClient, ConfigurationError, TriggerClient
from trigger_client._http.network import resolve_network

NO_PROXY = "localhost,.internal.example,example.com,10.0.0.1,::1,http://plain.test"
CASES = [
    ("http://api.test/api/v3/runs", "http://p:1"),
    ("https://api.test/api/v3/runs", "http://s:2"),
    ("http://localhost:8030/x", None),
    ("https://a.internal.example/x", None),
    ("https://internal.example/x", "http://s:2"),  # ".internal.example": its subdomains only
    ("https://example.com/x", None),
    ("https://www.example.com/x", None),  # "example.com": the domain and its subdomains
    ("https://wwwexample.com/x", "http://s:2"),
    ("http://10.0.0.1:3000/x", None),
    ("http://[::1]:3000/x", None),
    ("http://plain.test/x", None),
    ("https://plain.test/x", "http://s:2"),  # a NO_PROXY entry with a scheme covers that scheme only
]


def _proxy_url(network: object, url: str) -> str | None:
    proxy = network.proxy_for(httpx.URL(url))  # type: ignore[attr-defined]
    return None if proxy is None else str(proxy.url).rstrip("/")


@pytest.mark.parametrize(("url", "expected"), CASES, ids=[url for url, _ in CASES])
def test_environment_rules_as_httpx_documents_them(
    url: str, expected: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "p:1")  # no scheme: http:// is meant
    monkeypatch.setenv("HTTPS_PROXY", "http://s:2")
    monkeypatch.setenv("NO_PROXY", NO_PROXY)
    assert _proxy_url(resolve_network(), url) == expected


def test_all_proxy_lowercase_names_and_a_star(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("all_proxy", "http://a:3")
    assert _proxy_url(resolve_network(), "https://api.trigger.dev/x") == "http://a:3"
    monkeypatch.setenv("NO_PROXY", "*")
    assert resolve_network().routes == ()


def test_an_explicit_proxy_carries_everything_and_trust_env_false_reads_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://s:2")
    monkeypatch.setenv("NO_PROXY", "localhost")
    assert _proxy_url(resolve_network(proxy="http://x:9"), "http://localhost/x") == "http://x:9"
    assert resolve_network(trust_env=False).routes == ()


def test_proxy_credentials_are_kept_apart_and_never_shown() -> None:
    network = resolve_network(proxy="http://user:s3cret@proxy.internal:3128")
    proxy = network.proxy_for(httpx.URL("https://api.trigger.dev"))
    assert proxy is not None and proxy.auth == ("user", "s3cret")
    assert "s3cret" not in str(proxy.url) and "s3cret" not in repr(proxy)


@pytest.mark.parametrize("client_class", [TriggerClient, AsyncTriggerClient])
def test_a_bad_proxy_url_is_a_configuration_error_without_its_password(client_class: type) -> None:
    with pytest.raises(ConfigurationError) as caught:
        client_class(secret_key="tr_dev_0123456789abcdef", proxy="ftp://user:s3cret@proxy.internal:21")
    assert "proxy=" in str(caught.value) and "s3cret" not in str(caught.value)


def test_a_bad_proxy_variable_is_a_configuration_error_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "gopher://user:s3cret@proxy.internal:70")
    with pytest.raises(ConfigurationError) as caught:
        TriggerClient(secret_key="tr_dev_0123456789abcdef")
    assert "HTTPS_PROXY" in str(caught.value) and "s3cret" not in str(caught.value)


def test_with_options_has_no_connection_settings() -> None:
    """They belong to the connections, which with_options views share: set them when building the client."""
    client = TriggerClient(secret_key="tr_dev_0123456789abcdef", trust_env=False)
    with pytest.raises(TypeError):
        client.with_options(proxy="http://p:1")  # type: ignore[call-arg]
    client.close()
