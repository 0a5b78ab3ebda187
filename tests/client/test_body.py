"""A body the transport has read is handed on as a read httpx.Response: every way of reading it gives what httpx
gives for the same content, without reading it twice."""

from __future__ import annotations

import json

import httpx
import pytest

from trigger_client._http import body as _body
from trigger_client._http.body import rebuilt

REQUEST = httpx.Request("GET", "https://api.trigger.dev/api/v3/runs/run_1")
BODY = json.dumps({"id": "run_1", "status": "COMPLETED", "note": "é"}).encode()
WIRE = [("Content-Type", "application/json; charset=utf-8"), ("X-Request-Id", "req_1"), ("x-dup", "a"), ("x-dup", "b")]


def _received(headers: list[tuple[str, str]]) -> httpx.Response:
    return httpx.Response(200, headers=headers, stream=httpx.ByteStream(b"unused"), request=REQUEST)


@pytest.fixture(params=[True, False], ids=["body set directly", "read the public way"], autouse=True)
def content_settable(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Both ways of handing the body on: httpx's private ``_content`` (probed at import), and ``Response.read()``
    for an httpx without it."""
    monkeypatch.setattr(_body, "CONTENT_SETTABLE", request.param)
    return bool(request.param)


def test_the_probe_finds_the_private_body_slot_and_notices_when_it_is_gone(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _body._content_settable()  # httpx 0.28 and 0.29
    monkeypatch.setattr(httpx.Response, "content", property(lambda self: b""))  # an httpx that keeps it elsewhere
    assert not _body._content_settable()


@pytest.mark.parametrize("decoded", [False, True], ids=["as sent", "inflated"])
async def test_a_rebuilt_response_reads_like_httpx_read_it(decoded: bool) -> None:
    wire = [*WIRE, ("Content-Encoding", "gzip"), ("Content-Length", "40")] if decoded else [*WIRE]
    response = rebuilt(_received(wire), BODY, REQUEST, decoded)
    reference = httpx.Response(200, headers=WIRE, content=BODY, request=REQUEST)  # httpx reads content= at once
    assert response.is_stream_consumed and response.is_closed
    assert response.content == BODY
    assert response.text == reference.text and response.json() == reference.json()
    assert response.encoding == "utf-8"
    assert response.read() == BODY
    assert await response.aread() == BODY
    assert list(response.iter_bytes()) == [BODY]
    assert [chunk async for chunk in response.aiter_bytes()] == [BODY]
    assert response.request is REQUEST
    assert response.headers.get_list("x-dup") == ["a", "b"]
    if decoded:  # the headers that described the compressed body are gone; the length is the inflated one
        assert "content-encoding" not in response.headers
        assert response.headers.get_list("content-length") == [str(len(BODY))]
    else:
        assert response.headers.raw == _received(wire).headers.raw
    await response.aclose()
    response.close()
