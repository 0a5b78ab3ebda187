"""The headers and requests the client builds by filling httpx's private layout are the objects httpx's public
constructors build, and a call sends the same request either way (the public way is what an httpx laid out
otherwise gets)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from trigger_client import AsyncTriggerClient, TriggerClient
from trigger_client._http import objects
from trigger_client._http.objects import (
    append_header,
    body_request,
    has_header,
    header_values,
    latin1_items,
    raw_headers,
    request_headers,
    stream_response,
)

SECRET = "tr_dev_9f8e7d6c5b4a3210fedcba98"
NAMES = {"Host": "api.trigger.dev", "Content-Type": "application/json", "x-trigger-source": "sdk", "X-Dup": "a"}
WIRE = [(b"Content-Type", b"application/json"), (b"X-Request-Id", b"req_1"), (b"x-dup", b"a"), (b"X-Dup", b"\xe9")]


@pytest.fixture(params=[True, False], ids=["private layout", "public constructors"], autouse=True)
def layout(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    monkeypatch.setattr(objects, "LAYOUT_KNOWN", request.param)
    return bool(request.param)


def test_the_probe_knows_this_httpx_and_notices_a_change(monkeypatch: pytest.MonkeyPatch) -> None:
    assert objects._layout_known()  # httpx 0.28
    plain_init = httpx.Request.__init__

    def init_with_more(self: httpx.Request, *args: Any, **kwargs: Any) -> None:  # an httpx keeping more state
        plain_init(self, *args, **kwargs)
        self.more = True  # type: ignore[attr-defined]

    monkeypatch.setattr(httpx.Request, "__init__", init_with_more)
    assert not objects._layout_known()


def test_the_probe_notices_a_response_keeping_more(monkeypatch: pytest.MonkeyPatch) -> None:
    plain_init = httpx.Response.__init__

    def init_with_more(self: httpx.Response, *args: Any, **kwargs: Any) -> None:
        plain_init(self, *args, **kwargs)
        self.more = True  # type: ignore[attr-defined]

    monkeypatch.setattr(httpx.Response, "__init__", init_with_more)
    assert not objects._layout_known()


def _same_headers(ours: httpx.Headers, theirs: httpx.Headers) -> None:
    assert type(ours) is httpx.Headers
    assert ours.raw == theirs.raw
    assert ours.multi_items() == theirs.multi_items()
    assert ours.encoding == theirs.encoding
    assert vars(ours) == vars(theirs)


def test_request_headers_are_httpx_headers() -> None:
    _same_headers(request_headers(NAMES, {}), httpx.Headers(NAMES))


def test_request_headers_keep_a_clients_first_headers_encoded_and_build_the_same_headers() -> None:
    encoded: objects.EncodedHeaders = {}
    first = request_headers(NAMES, encoded)
    again = request_headers(NAMES, encoded)  # from what was kept, with httpx's own layout
    _same_headers(again, httpx.Headers(NAMES))
    many = {f"x-{number}": str(number) for number in range(objects._ENCODED_KEPT + 10)}
    _same_headers(request_headers(many, encoded), httpx.Headers(many))
    if objects.LAYOUT_KNOWN:
        assert set(NAMES.items()) <= set(encoded)
        assert again._list is not first._list  # each request its own list: appending to one leaves the other alone
        assert len(encoded) == objects._ENCODED_KEPT  # bounded: per-request values (lengths, keys) do not pile up
        decoded: objects.DecodedHeaders = {}
        assert latin1_items(request_headers(many, encoded), decoded) == list(many.items())
        assert len(decoded) == objects._ENCODED_KEPT
    else:
        assert encoded == {}  # httpx's constructor does the encoding


def test_request_headers_refuse_and_accept_what_httpx_does() -> None:
    with pytest.raises(UnicodeEncodeError):
        httpx.Headers({"x-name": "é"})
    with pytest.raises(UnicodeEncodeError):
        request_headers({"x-name": "é"}, {})
    odd: Any = {"x-bytes": b"\xe9t\xe9"}
    _same_headers(request_headers(odd, {}), httpx.Headers(odd))


def test_raw_headers_are_httpx_headers_of_the_wire_pairs() -> None:
    ours, theirs = raw_headers(WIRE), httpx.Headers(WIRE)
    _same_headers(ours, theirs)
    assert ours.get("x-dup") == theirs.get("x-dup") == "a, é"
    decoded: objects.DecodedHeaders = {}
    for _ in range(2):  # the second time from what was kept
        assert latin1_items(ours, decoded) == [(k.decode("latin-1"), v.decode("latin-1")) for k, v in WIRE]
    assert len(decoded) == (len(WIRE) if objects.LAYOUT_KNOWN else 0)
    assert header_values(ours) == dict(theirs.items())
    assert header_values(ours)["x-request-id"] == "req_1"


def test_a_header_is_added_only_when_missing_as_httpx_sets_it() -> None:
    ours, theirs = request_headers(NAMES, {}), httpx.Headers(NAMES)
    assert has_header(ours, "content-type") and not has_header(ours, "x-trigger-request-idempotency-key")
    append_header(ours, "x-trigger-request-idempotency-key", "key-1")
    theirs["x-trigger-request-idempotency-key"] = "key-1"
    _same_headers(ours, theirs)


def test_a_body_request_is_the_read_httpx_request() -> None:
    url = httpx.URL("https://api.trigger.dev/api/v1/tasks/my-task/trigger")
    ours = body_request("POST", url, request_headers(NAMES, {}), b'{"a":1}', {"timeout": {"read": 1.0}})
    theirs = httpx.Request(
        "POST", url, headers=NAMES, stream=httpx.ByteStream(b'{"a":1}'), extensions={"timeout": {"read": 1.0}}
    )
    theirs.read()
    assert (ours.method, ours.url, ours.content, ours.extensions) == (
        theirs.method,
        theirs.url,
        theirs.content,
        theirs.extensions,
    )
    _same_headers(ours.headers, theirs.headers)
    assert sorted(vars(ours)) == sorted(vars(theirs))
    assert list(ours.stream) == list(theirs.stream) == [b'{"a":1}']  # type: ignore[arg-type]


async def test_a_stream_response_is_the_httpx_response() -> None:
    request = httpx.Request("GET", "https://api.trigger.dev/api/v3/runs/run_1")
    body = httpx.ByteStream(b'{"id":"run_1"}')
    extensions = {"http_version": b"HTTP/1.1", "reason_phrase": b"OK"}
    ours = stream_response(200, raw_headers(WIRE), body, request, dict(extensions))
    theirs = httpx.Response(200, headers=WIRE, stream=body, request=request, extensions=extensions)
    assert type(ours) is httpx.Response
    _same_headers(ours.headers, theirs.headers)
    assert {k: v for k, v in vars(ours).items() if k != "headers"} == {
        k: v for k, v in vars(theirs).items() if k != "headers"
    }
    assert (ours.status_code, ours.reason_phrase, ours.http_version) == (200, "OK", "HTTP/1.1")
    assert not ours.is_stream_consumed and not ours.is_closed
    assert await ours.aread() == b'{"id":"run_1"}'
    assert ours.json() == {"id": "run_1"} and ours.request is request


def _wire(request: httpx.Request) -> tuple[str, str, list[tuple[bytes, bytes]], bytes, list[str]]:
    # The idempotency key is random per call: its presence is kept, its value not.
    headers = [(k, b"<key>" if k == b"x-trigger-request-idempotency-key" else v) for k, v in request.headers.raw]
    return request.method, str(request.url), headers, request.content, sorted(request.extensions)


def _calls(client: Any) -> list[Any]:
    return [
        lambda: client.tasks.trigger("my-task", {"n": 1}),
        lambda: client.runs.list(page_size=5, status="COMPLETED").first_page(),
        lambda: client.runs.cancel("run_1"),
    ]


def _answer(request: httpx.Request) -> httpx.Response:
    if request.method == "GET":
        return httpx.Response(200, json={"data": [], "pagination": {}})
    return httpx.Response(200, json={"id": "run_1", "isCached": False})


def _sent_sync() -> list[Any]:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: seen.append(request) or _answer(request))
    with TriggerClient(secret_key=SECRET, transport=transport) as client:
        for make in _calls(client):
            make()
    return [_wire(request) for request in seen]


async def _sent_async() -> list[Any]:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: seen.append(request) or _answer(request))
    async with AsyncTriggerClient(secret_key=SECRET, transport=transport) as client:
        for make in _calls(client):
            await make()
    return [_wire(request) for request in seen]


def test_calls_send_the_same_requests_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    sent = _sent_sync()
    monkeypatch.setattr(objects, "LAYOUT_KNOWN", not objects.LAYOUT_KNOWN)
    assert _sent_sync() == sent
    method, url, headers, body, _ = sent[0]
    assert (method, url) == ("POST", "https://api.trigger.dev/api/v1/tasks/my-task/trigger")
    assert json.loads(body) == {
        "payload": '{"json":{"n":1}}',
        "options": {"payloadType": "application/super+json", "payloadSize": 16},
    }
    assert (b"Content-Length", str(len(body)).encode()) in headers
    assert sent[1][1] == "https://api.trigger.dev/api/v1/runs?filter%5Bstatus%5D=COMPLETED&page%5Bsize%5D=5"
    assert (b"Content-Length", b"0") in sent[2][2]  # an empty POST says so, as httpx does


async def test_async_calls_send_the_same_requests_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    sent = await _sent_async()
    monkeypatch.setattr(objects, "LAYOUT_KNOWN", not objects.LAYOUT_KNOWN)
    assert await _sent_async() == sent
    # The same wire requests as the sync client's (the async transport adds an extension of its own).
    assert [wire[:4] for wire in sent] == [wire[:4] for wire in _sent_sync()]
