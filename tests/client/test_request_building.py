"""How a call's request is built without httpx.Client.send: the API URL's path prefix, query, headers, cookies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from trigger_client import TriggerClient
from trigger_client._core import _URL_CACHE_SIZE
from trigger_client._operation import Operation

from .conftest import BASE, SECRET, Harness, json_response


@pytest.mark.parametrize("api_url", ["https://selfhosted.test/trigger", "https://selfhosted.test/trigger/"])
async def test_a_path_in_the_api_url_prefixes_every_route(api: Harness, api_url: str) -> None:
    """Self-hosted behind a reverse proxy: the generated routes go under the URL's path, exactly once."""
    api.default = lambda request: json_response(200, {"timezones": ["UTC"]})
    await api.call(lambda c: c.schedules.timezones(), api_url=api_url)
    assert str(api.last.url) == "https://selfhosted.test/trigger/api/v1/timezones"


async def test_query_headers_and_credential_on_the_wire(api: Harness) -> None:
    api.default = lambda request: json_response(200, {"data": [], "pagination": {}})
    await api.call(lambda c: c.runs.list(status=["FAILED", "CRASHED"], tag="a b", page_size=5), preview_branch="pr-1")
    request = api.last
    assert request.method == "GET"
    assert request.url.path == "/api/v1/runs"
    assert request.url.params.multi_items() == [
        ("filter[status]", "FAILED,CRASHED"),
        ("filter[tag]", "a b"),
        ("page[size]", "5"),
    ]
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert request.headers["x-trigger-branch"] == "pr-1"
    assert request.headers["host"] == "api.trigger.dev"
    assert "cookie" not in request.headers


async def test_public_routes_go_without_the_credential(api: Harness) -> None:
    api.default = lambda request: json_response(200, {"timezones": ["UTC"]})
    await api.call(lambda c: c.schedules.timezones())
    assert "authorization" not in api.last.headers


async def test_cookies_a_server_sets_are_not_sent_back(api: Harness) -> None:
    """Like the SDK's fetch, the client keeps no cookie jar: a Set-Cookie never comes back on the next call."""
    zones = {"timezones": ["UTC"]}
    api.answer(
        httpx.Response(200, json=zones, headers={"set-cookie": "session=abc; Path=/"}),
        httpx.Response(200, json=zones),
    )
    client = api.client()
    try:
        for _ in range(2):
            result = client.schedules.timezones()
            if not isinstance(result, dict) and hasattr(result, "__await__"):
                await result
    finally:
        closed = client.close()
        if closed is not None:
            await closed
    assert [r.headers.get("cookie") for r in api.requests] == [None, None]


def _streamed() -> Any:
    return iter([b'{"a":', b"1}"])


# Request dicts as the generated layer returns them (method in lower case, Content-Type as it spells it).
GENERATED: dict[str, Callable[[], dict[str, Any]]] = {
    "json body": lambda: {
        "method": "post",
        "url": "/api/v1/tasks/my-task/trigger",
        "json": {"payload": '{"json":"é"}', "options": {"tags": ["a", "b"]}},
        "headers": {"Content-Type": "application/json"},
    },
    "text body": lambda: {"method": "post", "url": "/api/v1/x", "content": "line 1\nlíne 2"},
    "bytes body": lambda: {"method": "put", "url": "/api/v1/x", "content": b"\x00\x01\x02"},
    "empty text body": lambda: {"method": "put", "url": "/api/v1/x", "content": ""},
    "post without a body": lambda: {"method": "post", "url": "/api/v2/runs/run_1/cancel"},
    "delete without a body": lambda: {"method": "delete", "url": "/api/v1/schedules/sched_1"},
    "get with a query": lambda: {
        "method": "get",
        "url": "/api/v1/runs",
        "params": {"page[size]": 5, "filter[tag]": "a b", "filter[status]": "FAILED,CRASHED"},
    },
    "an absolute url": lambda: {"method": "get", "url": "https://other.test:8443/some/where?x=1"},
    "a streamed body": lambda: {"method": "post", "url": "/api/v3/batches/b/items", "content": _streamed()},
}


@pytest.mark.parametrize("kind", GENERATED)
def test_a_built_request_is_what_httpx_would_build(kind: str) -> None:
    """The client encodes bodies and adds Host and Content-Length itself; the request must be the one httpx.Request
    builds from the same headers (same URL, headers in the same order, same body), and carry the headers
    httpx.AsyncClient.build_request would send."""
    with TriggerClient(secret_key=SECRET, api_url=f"{BASE}/prefix", transport=httpx.MockTransport(lambda r: None)) as c:
        op: Operation[Any] = Operation(kind, GENERATED[kind], lambda response: None)
        built = c._build(c._http, op, c._prepare(op))
        merged = c._http.build_request(**GENERATED[kind]())
    kwargs = GENERATED[kind]()
    logical = [(k, v) for k, v in built.headers.items() if k not in ("host", "content-length", "transfer-encoding")]
    expected = httpx.Request(
        kwargs["method"],
        merged.url,
        headers=logical,
        content=kwargs.get("content"),
        json=kwargs.get("json"),
    )
    assert (built.method, built.url) == (expected.method, expected.url)
    assert built.headers.raw == expected.headers.raw
    # httpx's client would send the same headers (it moves the overridden Content-Type last, and capitalizes
    # its own defaults: neither matters on the wire).
    assert sorted((k.lower(), v) for k, v in built.headers.raw) == sorted((k.lower(), v) for k, v in merged.headers.raw)
    if kind == "a streamed body":
        assert built.headers["transfer-encoding"] == "chunked"
        assert b"".join(built.stream) == b'{"a":1}'  # type: ignore[union-attr]
    else:
        assert built.content == expected.read()
    assert built.extensions["timeout"] == httpx.Timeout(60.0).as_dict()


def test_parsed_urls_are_remembered_within_bounds() -> None:
    with TriggerClient(secret_key=SECRET, transport=httpx.MockTransport(lambda r: None)) as client:
        first = client._url(f"{BASE}/api/v1/runs")
        assert client._url(f"{BASE}/api/v1/runs") is first
        assert first == (httpx.URL(f"{BASE}/api/v1/runs"), "api.trigger.dev")
        for i in range(_URL_CACHE_SIZE + 10):
            client._url(f"{BASE}/api/v3/runs/run_{i}")
        assert len(client._urls) <= _URL_CACHE_SIZE
