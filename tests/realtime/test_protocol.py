"""The realtime protocols against canned responses (httpx.MockTransport): decoding, merging, resuming."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from typing import Any

import httpx
import pytest

from trigger_client import AsyncTriggerClient, AuthenticationError, TriggerClient, ValidationError
from trigger_client._realtime import decode_value, parse_pg_array, parse_timestamp, public_status

from .conftest import drain, maybe

SECRET = "tr_dev_9f8e7d6c5b4a3210fedcba98"
BASE = "https://api.trigger.dev"
KEY = '"public"."TaskRun"/"cm1"'
SCHEMA = {
    "id": {"type": "text"},
    "friendlyId": {"type": "text"},
    "taskIdentifier": {"type": "text"},
    "status": {"type": "text"},
    "createdAt": {"type": "timestamp"},
    "updatedAt": {"type": "timestamp"},
    "completedAt": {"type": "timestamp"},
    "number": {"type": "int4"},
    "isTest": {"type": "bool"},
    "costInCents": {"type": "float8"},
    "runTags": {"type": "text", "dims": 1},
    "error": {"type": "jsonb"},
    "output": {"type": "text"},
    "outputType": {"type": "text"},
}


def test_postgres_array_literals() -> None:
    assert parse_pg_array("{}") == []
    assert parse_pg_array('{"a","b c",NULL,plain}') == ["a", "b c", None, "plain"]
    assert parse_pg_array('{"with \\"quote\\"","comma, inside"}') == ['with "quote"', "comma, inside"]
    assert parse_pg_array("{{1,2},{3,NULL}}", int) == [[1, 2], [3, None]]


def test_values_decode_by_schema_type() -> None:
    assert decode_value("42", {"type": "int4"}) == 42
    assert decode_value("9007199254740993", {"type": "int8"}) == 9007199254740993
    assert decode_value("1.5", {"type": "float8"}) == 1.5
    assert decode_value("t", {"type": "bool"}) is True and decode_value("false", {"type": "bool"}) is False
    assert decode_value('{"a":[1]}', {"type": "jsonb"}) == {"a": [1]}
    assert decode_value("{x,y}", {"type": "text", "dims": 1}) == ["x", "y"]
    assert decode_value(None, {"type": "int4"}) is None
    assert decode_value("2024-01-01T00:00:00.000", {"type": "timestamp"}) == "2024-01-01T00:00:00.000"


def test_timestamps_without_zone_are_utc() -> None:
    assert parse_timestamp("2024-01-01T00:00:01.500") == datetime(2024, 1, 1, 0, 0, 1, 500000, tzinfo=timezone.utc)
    assert parse_timestamp(None) is None


@pytest.mark.parametrize(
    ("internal", "public"),
    [
        ("PENDING", "QUEUED"),
        ("COMPLETED_SUCCESSFULLY", "COMPLETED"),
        ("COMPLETED_WITH_ERRORS", "FAILED"),
        ("INTERRUPTED", "FAILED"),
        ("WAITING_TO_RESUME", "WAITING"),
        ("PAUSED", "WAITING"),
        ("RETRYING_AFTER_FAILURE", "EXECUTING"),
        ("WAITING_FOR_DEPLOY", "PENDING_VERSION"),
        ("DEQUEUED", "DEQUEUED"),
        ("SOMETHING_NEW", "QUEUED"),
    ],
)
def test_status_mapping(internal: str, public: str) -> None:
    assert public_status(internal) == public


def shape(body: list[Any], status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers=headers)


UP_TO_DATE = {"headers": {"control": "up-to-date"}}
FULL_ROW = {
    "id": "cm1",
    "friendlyId": "run_1",
    "taskIdentifier": "hello",
    "status": "PENDING",
    "createdAt": "2024-01-01T00:00:00.000",
    "updatedAt": "2024-01-01T00:00:00.000",
    "completedAt": None,
    "number": "1",
    "isTest": "f",
    "costInCents": "0",
    "runTags": '{"a","b c"}',
    "error": None,
    "output": None,
    "outputType": None,
}


def canned() -> list[httpx.Response | Exception]:
    snapshot = {"key": KEY, "value": FULL_ROW, "headers": {"operation": "insert"}}
    executing = {"cm1": {"id": "cm1", "status": "EXECUTING", "updatedAt": "2024-01-01T00:00:01.000"}}
    done = {
        "id": "cm1",
        "status": "COMPLETED_SUCCESSFULLY",
        "updatedAt": "2024-01-01T00:00:02.000",
        "completedAt": "2024-01-01T00:00:02.000",
        "output": '{"ok":true}',
        "outputType": "application/json",
    }
    schema = json.dumps(SCHEMA)
    return [
        shape([snapshot, UP_TO_DATE], **{"electric-handle": "h1", "electric-offset": "1_1", "electric-schema": schema}),
        # A batch without up-to-date only accumulates; the next one emits the merged row once.
        shape(
            [{"key": KEY, "value": executing["cm1"], "headers": {"operation": "update"}}],
            **{"electric-handle": "h1", "electric-offset": "2_2", "electric-cursor": "1"},
        ),
        shape([UP_TO_DATE], **{"electric-handle": "h1", "electric-offset": "2_2", "electric-cursor": "2"}),
        httpx.ReadError("connection reset"),
        shape([{"headers": {"control": "must-refetch"}}], 409, **{"electric-handle": "h2"}),
        # The refetched snapshot repeats the EXECUTING row: not yielded again.
        shape(
            [{"key": KEY, "value": {**FULL_ROW, **executing["cm1"]}, "headers": {"operation": "insert"}}, UP_TO_DATE],
            **{"electric-handle": "h2", "electric-offset": "5_1", "electric-schema": schema},
        ),
        shape([], 503),
        shape(
            [{"key": KEY, "value": done, "headers": {"operation": "update"}}, UP_TO_DATE],
            **{"electric-handle": "h2", "electric-offset": "6_2", "electric-cursor": "3"},
        ),
    ]


def mock_client(mode: str, answers: list[httpx.Response | Exception], seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    cls = TriggerClient if mode == "sync" else AsyncTriggerClient
    return cls(secret_key=SECRET, api_url=BASE, transport=httpx.MockTransport(handler))


async def test_long_poll_params_merge_refetch_and_retry(mode: str) -> None:
    seen: list[httpx.Request] = []
    client = mock_client(mode, canned(), seen)
    runs = await drain(client.runs.subscribe("run_1", skip_columns=["payload"]))
    await maybe(client.close())
    assert [r.status for r in runs] == ["QUEUED", "EXECUTING", "COMPLETED"]
    assert runs[0].tags == ("a", "b c") and runs[0].created_at == datetime(2024, 1, 1, tzinfo=timezone.utc)
    assert runs[1].task_identifier == "hello" and runs[1].tags == ("a", "b c")  # merged from the first row
    assert runs[2].output == {"ok": True} and runs[2].is_success and runs[2].finished_at is not None
    queries = [r.url.query.decode() for r in seen]
    assert queries == [
        "log=full&offset=-1&skipColumns=payload",
        "cursor=&handle=h1&live=true&log=full&offset=1_1&skipColumns=payload",
        "cursor=1&handle=h1&live=true&log=full&offset=2_2&skipColumns=payload",
        "cursor=2&handle=h1&live=true&log=full&offset=2_2&skipColumns=payload",
        "cursor=2&handle=h1&live=true&log=full&offset=2_2&skipColumns=payload",  # same offset after the drop
        "expired_handle=h1&handle=h2&log=full&offset=-1&skipColumns=payload",
        "cursor=&expired_handle=h1&handle=h2&live=true&log=full&offset=5_1&skipColumns=payload",
        "cursor=&expired_handle=h1&handle=h2&live=true&log=full&offset=5_1&skipColumns=payload",
    ]
    assert all(r.url.path == "/realtime/v1/runs/run_1" for r in seen)
    assert seen[0].headers["x-trigger-electric-version"] == "1.0.0-beta.1"
    assert seen[0].headers["authorization"] == f"Bearer {SECRET}"


async def test_fatal_status_ends_with_a_typed_error(mode: str) -> None:
    client = mock_client(mode, [shape({"error": "Invalid API key"}, 401)], [])  # type: ignore[arg-type]
    with pytest.raises(AuthenticationError, match="Invalid API key"):
        await drain(client.runs.subscribe("run_1"))
    await maybe(client.close())


def test_arguments_are_checked_before_sending() -> None:
    client = mock_client("sync", [], [])
    with pytest.raises(ValidationError, match="skip_columns"):
        client.runs.subscribe("run_1", skip_columns=["status"])
    with pytest.raises(ValidationError, match="run_id"):
        client.runs.subscribe("batch_1")
    with pytest.raises(ValidationError, match="timeout_seconds"):
        client.runs.stream("run_1", timeout_seconds=0)


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that sends ``parts`` and then, optionally, breaks like a dropped connection."""

    def __init__(self, parts: list[str], fail: bool) -> None:
        self.parts = parts
        self.fail = fail

    def __iter__(self) -> Iterator[bytes]:
        for part in self.parts:
            yield part.encode()
        if self.fail:
            raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self.iter_parts():
            yield part

    def iter_parts(self) -> Iterator[bytes]:
        return iter(self)


def sse(parts: list[str], *, fail: bool = False, version: str | None = None) -> httpx.Response:
    headers = {"content-type": "text/event-stream", **({"x-stream-version": version} if version else {})}
    return httpx.Response(200, headers=headers, stream=Body(parts, fail))


async def test_sse_v1_resumes_with_last_event_id(mode: str) -> None:
    seen: list[httpx.Request] = []
    answers: list[httpx.Response | Exception] = [
        sse(
            [": ping\n\n", 'id: 1700000000000-0\ndata: {"n":', "0}\n\nid: 1700000000000-1\ndata: hello\n\n"], fail=True
        ),
        sse(['id: 1700000000001-2\r\ndata: {"n":2}\r\n\r\n']),
    ]
    client = mock_client(mode, answers, seen)
    chunks = await drain(client.runs.stream("run_1", "ai", timeout_seconds=30))
    await maybe(client.close())
    assert [(c.id, c.data) for c in chunks] == [
        ("1700000000000-0", {"n": 0}),
        ("1700000000000-1", "hello"),
        ("1700000000001-2", {"n": 2}),
    ]
    assert chunks[0].timestamp == datetime.fromtimestamp(1700000000, timezone.utc)
    assert seen[0].url.path == "/realtime/v1/streams/run_1/ai"
    assert seen[0].headers["accept"] == "text/event-stream" and seen[0].headers["timeout-seconds"] == "30"
    assert "last-event-id" not in seen[0].headers
    assert seen[1].headers["last-event-id"] == "1700000000000-1"


def batch(*records: dict[str, Any]) -> str:
    return f"event: batch\ndata: {json.dumps({'records': list(records)})}\n\n"


def record(seq: int, data: Any, part: str, headers: list[list[str]] | None = None) -> dict[str, Any]:
    body = json.dumps({"data": data, "id": part})
    return {"body": body, "seq_num": seq, "timestamp": 1700000000000 + seq, **({"headers": headers} if headers else {})}


async def test_sse_v2_skips_commands_and_duplicates_and_resumes(mode: str) -> None:
    seen: list[httpx.Request] = []
    answers: list[httpx.Response | Exception] = [
        sse(
            [batch(record(0, {"a": 1}, "p0"), {"body": "", "seq_num": 1, "headers": [["", "trim"]]})],
            fail=True,
            version="v2",
        ),
        sse([batch(record(1, {"a": 1}, "p0"), record(2, "text", "p2"))], version="v2"),
    ]
    client = mock_client(mode, answers, seen)
    chunks = await drain(client.runs.stream("run_1", as_json=False, last_event_id="-1"))
    await maybe(client.close())
    assert [(c.id, c.data) for c in chunks] == [("0", '{"a":1}'), ("2", "text")]
    assert seen[0].headers["last-event-id"] == "-1" and seen[1].headers["last-event-id"] == "1"
