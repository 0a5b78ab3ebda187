"""How a call's request is built without httpx.Client.send: the API URL's path prefix, query, headers, cookies."""

from __future__ import annotations

import httpx
import pytest

from .conftest import SECRET, Harness, json_response


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
