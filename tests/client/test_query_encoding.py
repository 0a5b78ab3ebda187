"""A call's query is encoded into its URL as httpx.Request(params=...) encodes it, byte for byte (the client builds
the URL once instead of letting httpx parse it a second time to merge the parameters)."""

from __future__ import annotations

import httpx
import pytest

from trigger_client import TriggerClient

SECRET = "tr_dev_QueryEncodingSecret00000"


@pytest.mark.parametrize(
    "tags",
    [
        ["user:1234"],
        ["a b", "c&d=e", "f/g?h#i"],
        ["ünïcödé ✓", "%41%zz+plus;semi@at!$'()*"],
    ],
)
@pytest.mark.parametrize("api_url", ["https://api.trigger.dev", "https://selfhosted.test/base%20path/"])
def test_the_query_on_the_wire_is_httpx_own_encoding(tags: list[str], api_url: str) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [], "pagination": {}})

    with TriggerClient(secret_key=SECRET, api_url=api_url, transport=httpx.MockTransport(answer)) as client:
        client.runs.list(status=["FAILED", "CRASHED"], tag=tags, page_size=5).first_page()
    params = {"filter[status]": "FAILED,CRASHED", "filter[tag]": ",".join(tags), "page[size]": 5}
    expected = httpx.Request("GET", api_url.rstrip("/") + "/api/v1/runs", params=params).url
    assert seen[0].url == expected
    assert seen[0].url.raw_path == expected.raw_path
    assert str(seen[0].url) == str(expected)
