"""Requests' headers are kept merged and encoded per client view (Core._merged_headers): each view still sends its own,
in the order httpx would, whatever was sent before."""

from __future__ import annotations

import httpx
import pytest

from trigger_client import APIResponseValidationError, TriggerClient

ANSWER = {"id": "run_1", "isCached": False}


def _client(seen: list[httpx.Request]) -> TriggerClient:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=ANSWER)

    return TriggerClient(
        secret_key="tr_dev_merged000000000", api_url="http://api.test", transport=httpx.MockTransport(answer)
    )


def _names(request: httpx.Request) -> list[str]:
    return [name.decode() for name, _ in request.headers.raw]


def test_views_send_their_own_headers_before_and_after_the_client_calls() -> None:
    seen: list[httpx.Request] = []
    with _client(seen) as client:
        client.tasks.trigger("a", {"n": 1})
        view = client.with_options(headers={"X-Team": "blue"})
        view.tasks.trigger("a", {"n": 1})
        client.tasks.trigger("a", {"n": 1})
        view.with_options(headers={"X-Team": "red"}).tasks.trigger("a", {"n": 1})
    plain, blue, plain_again, red = seen
    assert "x-team" not in plain.headers and "x-team" not in plain_again.headers
    assert blue.headers["x-team"] == "blue" and red.headers["x-team"] == "red"
    assert _names(plain) == _names(plain_again)
    assert _names(plain)[0] == "Host" and _names(plain)[-2:] == ["Content-Length", "x-trigger-request-idempotency-key"]
    # The lengths are each body's own, the keys each call's own.
    assert [r.headers["content-length"] for r in seen] == [str(len(r.content)) for r in seen]
    assert len({r.headers["x-trigger-request-idempotency-key"] for r in seen}) == 4


def test_a_call_with_no_body_sends_no_length_and_the_same_client_headers() -> None:
    seen: list[httpx.Request] = []
    with _client(seen) as client:
        client.tasks.trigger("a", {"n": 1})
        with pytest.raises(APIResponseValidationError):  # the canned answer is not a run: the request matters here
            client.runs.retrieve("run_1234")
    trigger, retrieve = seen
    assert "content-length" not in retrieve.headers
    shared = [n for n in _names(trigger) if n not in ("Content-Length", "x-trigger-request-idempotency-key")]
    assert [n for n in _names(retrieve) if n != "x-trigger-request-idempotency-key"] == shared
