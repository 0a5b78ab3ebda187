"""Hostile or odd responses: whatever the server (or a proxy in front of it) sends, the caller gets a parsed model
or a typed ``TriggerError`` whose message says what was sent — truncated, with credentials masked — and never a
raw exception from inside the generated code."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.client.test_core import RUN as CORE_RUN
from trigger_client import (
    APIResponseValidationError,
    APIStatusError,
    AsyncTriggerClient,
    InternalServerError,
    TriggerClient,
    TriggerError,
)

SECRET = "tr_dev_HostileResponsesSecret0123"
RUN = {**CORE_RUN, "status": "EXECUTING"}
HTML = "<html><head><title>502 Bad Gateway</title></head><body><center>cloudflare</center></body></html>"
HUGE = "x" * 5_000_000


def raw(status: int, body: bytes | str, content_type: str | None = "application/json", **headers: str) -> Any:
    content = body.encode() if isinstance(body, str) else body
    all_headers = {**({"content-type": content_type} if content_type else {}), **headers}
    return lambda: httpx.Response(status, content=content, headers=all_headers)


def js(status: int, data: Any, **headers: str) -> Any:
    return raw(status, json.dumps(data), **headers)


# name -> (response factory, expected: a TriggerError subclass or "model", text the message must show)
CASES: dict[str, tuple[Callable[[], httpx.Response], Any, str | None]] = {
    "plain text 200": (raw(200, "hello, not json", "text/plain"), APIResponseValidationError, "hello, not json"),
    "html 200 from a captive proxy": (raw(200, HTML, "text/html"), APIResponseValidationError, "502 Bad Gateway"),
    "html 502 from a proxy": (raw(502, HTML, "text/html"), InternalServerError, "cloudflare"),
    "truncated json": (raw(200, json.dumps(RUN)[:57]), APIResponseValidationError, '"status"'),
    "json with a text/plain content type": (raw(200, json.dumps(RUN), "text/plain"), "model", None),
    "no content type": (raw(200, json.dumps(RUN), None), "model", None),
    "huge non-json 200": (raw(200, HUGE, "text/plain"), APIResponseValidationError, "xxxx"),
    "huge 500": (raw(500, HUGE, "text/plain"), InternalServerError, "xxxx"),
    "unknown enum value": (js(200, {**RUN, "status": "TELEPORTING"}), (APIResponseValidationError, "model"), None),
    "unknown fields": (js(200, {**RUN, "brandNew": {"nested": [1, 2]}, "x-extra": None}), "model", None),
    "missing optional fields": (
        js(200, {k: v for k, v in RUN.items() if k not in ("attemptCount", "relatedRuns", "depth")}),
        "model",
        None,
    ),
    "missing required id": (js(200, {k: v for k, v in RUN.items() if k != "id"}), APIResponseValidationError, None),
    "wrong type for a field": (js(200, {**RUN, "createdAt": 12}), APIResponseValidationError, None),
    "json array": (js(200, [RUN]), APIResponseValidationError, None),
    "json null": (raw(200, "null"), APIResponseValidationError, "null"),
    "empty 204": (raw(204, b"", None), APIResponseValidationError, "204"),
    "empty 200": (raw(200, b""), APIResponseValidationError, None),
    "invalid utf-8": (raw(200, b'{"id": "\xff\xfe"}'), APIResponseValidationError, None),
    "non-IANA 520": (js(520, {"error": "Web server returned an unknown error"}), InternalServerError, "unknown error"),
    "non-IANA 599 empty": (raw(599, b"", None), InternalServerError, "599"),
    "unassigned 4xx 499": (raw(499, "client closed request", "text/plain"), APIStatusError, "client closed request"),
    "teapot 418 with odd error object": (js(418, {"error": {"message": 42, "code": 7}}), APIStatusError, "42"),
    "error body is a list": (js(400, ["bad", "worse"]), APIStatusError, "bad"),
    "401 echoing the credential": (
        js(401, {"error": f"Invalid API key: Bearer {SECRET}", "headers": {"authorization": f"Bearer {SECRET}"}}),
        APIStatusError,
        "Invalid API key",
    ),
    "200 echoing the credential in garbage": (
        raw(200, f"debug: authorization=Bearer {SECRET}; oops", "text/plain"),
        APIResponseValidationError,
        "debug: authorization=Bearer",
    ),
}


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def _retrieve(mode: str, factory: Callable[[], httpx.Response]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return factory()

    if mode == "sync":
        with TriggerClient(
            secret_key=SECRET, api_url="https://api.test", max_retries=0, transport=httpx.MockTransport(handler)
        ) as client:
            return client.runs.retrieve("run_abc")
    async with AsyncTriggerClient(
        secret_key=SECRET, api_url="https://api.test", max_retries=0, transport=httpx.MockTransport(handler)
    ) as aclient:
        result = aclient.runs.retrieve("run_abc")
        return await result if inspect.isawaitable(result) else result


@pytest.mark.parametrize("case", list(CASES))
async def test_hostile_response_gives_model_or_typed_error(case: str, mode: str) -> None:
    factory, expected, shown = CASES[case]
    accepted = expected if isinstance(expected, tuple) else (expected,)
    try:
        result = await _retrieve(mode, factory)
    except TriggerError as exc:
        assert any(isinstance(a, type) and isinstance(exc, a) for a in accepted), f"{case}: got {exc!r}"
        message = str(exc)
        assert SECRET not in message and SECRET not in repr(exc), f"{case}: credential in the message"
        assert len(message) < 1_000, f"{case}: message not truncated ({len(message)} chars)"
        if shown is not None:
            assert shown in message, f"{case}: message does not say what was sent: {message!r}"
        if isinstance(exc, APIStatusError):
            assert exc.status_code == factory().status_code
        return
    # Anything but a TriggerError escapes the try above and fails the test by itself.
    assert "model" in accepted, f"{case}: expected an error, got {result!r}"
    assert result.id == "run_abc"


@pytest.mark.parametrize("case", ["unknown fields", "missing optional fields", "json with a text/plain content type"])
async def test_tolerated_oddities_keep_the_known_fields(case: str, mode: str) -> None:
    run = await _retrieve(mode, CASES[case][0])
    assert (run.id, run.task_identifier) == ("run_abc", "send-email")
