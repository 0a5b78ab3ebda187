"""runs.trace (whole and paged), runs.span, runs.metadata, runs.send_input, and the error fields of SDK 4.8.3."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

from tests.client.conftest import Harness, json_response
from tests.generated.cases import CASES
from trigger_client import APIResponseValidationError, BadRequestError, RateLimitError, ValidationError
from trigger_client._error_answers import make_status_error

PAGE = next(c.response for c in CASES if c.id == "get_run_trace_v1[paged]")
TREE = next(c.response for c in CASES if c.id == "get_run_trace_v1")


def _page(span_ids: list[str], after: str | None, **pagination: Any) -> dict[str, Any]:
    page = copy.deepcopy(PAGE)
    template = page["data"][0]
    page["data"] = [{**template, "id": span_id} for span_id in span_ids]
    page["attemptFailures"] = [] if after else page["attemptFailures"]
    page["pagination"] = {"next": after, **pagination} if after else pagination
    return page


async def test_paged_trace_walks_every_page_with_the_sdk_query(api: Harness) -> None:
    api.answer(json_response(200, _page(["s1", "s2"], "c1")), json_response(200, _page(["s3"], None, truncated=True)))
    trace = await api.call(lambda c: c.runs.trace("run_1234", page_size=2))
    assert [r.url.query.decode() for r in api.requests] == ["page%5Bsize%5D=2", "page%5Bsize%5D=2&page%5Bafter%5D=c1"]
    assert {r.url.path for r in api.requests} == {"/api/v1/runs/run_1234/trace"}
    assert [s.id for s in trace.data] == ["s1", "s2", "s3"]
    assert [(f.span_id, f.attempt_number) for f in trace.attempt_failures] == [("span_1", 1)]
    assert (trace.pagination.next_, trace.pagination.truncated) == (None, True)


async def test_unpaged_trace_sends_no_page_query_and_returns_the_tree(api: Harness) -> None:
    api.answer(json_response(200, TREE))
    trace = await api.call(lambda c: c.runs.trace("run_1234"))
    assert api.last.url.query == b""
    assert trace.trace.root_span.id == "span_1"


async def test_a_server_that_does_not_page_is_named(api: Harness) -> None:
    api.answer(json_response(200, TREE))
    with pytest.raises(APIResponseValidationError, match="does not page traces"):
        await api.call(lambda c: c.runs.trace("run_1234", page_size=10))


async def test_a_repeated_cursor_stops_the_walk(api: Harness) -> None:
    api.answer(json_response(200, _page(["s1"], "c1")), json_response(200, _page(["s2"], "c1")))
    with pytest.raises(APIResponseValidationError, match="repeated cursor 'c1'"):
        await api.call(lambda c: c.runs.trace("run_1234", page_size=1))
    assert len(api.requests) == 2


@pytest.mark.parametrize(
    ("call", "field", "message"),
    [
        (lambda c: c.runs.trace("run_1234", page_size=0), "page_size", "1"),
        (lambda c: c.runs.span("run_1234", "../x"), "span_id", "single path segment"),
        (lambda c: c.runs.send_input("run_1234", "approval", {1, 2}), "data", "must be JSON"),
        (lambda c: c.runs.send_input("run_1234", "approval", float("nan")), "data", "must be JSON"),
        (lambda c: c.runs.send_input("run_1234", "approval", "x" * (1024 * 1024)), "data", "at most 1048576"),
        (lambda c: c.runs.send_input("run_1234", "", 1), "stream_id", ""),
    ],
)
async def test_bad_input_is_refused_before_any_request(api: Harness, call: Any, field: str, message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        await api.call(call)
    assert raised.value.field == field and message in str(raised.value)
    assert api.requests == []


async def test_metadata_decodes_a_superjson_packet(api: Harness) -> None:
    packet = '{"json":{"at":"2025-01-02T03:04:05.000Z"},"meta":{"values":{"at":["Date"]}}}'
    api.answer(json_response(200, {"metadata": packet, "metadataType": "application/super+json"}))
    stored = await api.call(lambda c: c.runs.metadata("run_1234"))
    assert stored.metadata["at"].isoformat() == "2025-01-02T03:04:05+00:00"


async def test_metadata_of_a_run_without_any_is_none(api: Harness) -> None:
    api.answer(json_response(200, {"metadata": None, "metadataType": "application/json"}))
    assert (await api.call(lambda c: c.runs.metadata("run_1234"))).metadata is None


# --- ApiError fields (@trigger.dev/core 4.8.3 apiClient/errors.js) ---


def _error(status: int, body: Any) -> Any:
    return make_status_error(httpx.Response(status, json=body))


def test_error_fields_come_from_the_top_level_beside_a_string_error() -> None:
    error = _error(400, {"error": "Invalid key", "code": "invalid_key", "param": "key", "type": "input"})
    assert isinstance(error, BadRequestError)
    assert (error.message, error.code, error.param, error.type) == ("Invalid key", "invalid_key", "key", "input")


def test_error_fields_come_from_an_error_object_and_not_the_top_level() -> None:
    body = {"error": {"message": "Slow down", "code": "rate", "param": "p"}, "code": "outer", "type": "outer"}
    error = _error(429, body)
    assert isinstance(error, RateLimitError)
    assert (error.code, error.param, error.type) == ("rate", "p", None)


def test_error_fields_are_none_when_absent_or_the_body_is_not_json() -> None:
    for error in (_error(400, {"error": "bad"}), make_status_error(httpx.Response(502, text="<html>bad gateway"))):
        assert (error.code, error.param, error.type) == (None, None, None)


async def test_a_call_raises_with_the_top_level_code(api: Harness) -> None:
    api.answer(json_response(400, {"error": "Cannot send to input stream on a completed run", "code": "run_done"}))
    with pytest.raises(BadRequestError) as raised:
        await api.call(lambda c: c.runs.send_input("run_1234", "approval", 1))
    assert raised.value.code == "run_done"
    assert raised.value.message == "Cannot send to input stream on a completed run"
