"""Property tests: malformed input to every parser gives a result or a typed ``TriggerError``, never anything else.
JSON bodies (success and error, with hostile rate-limit headers), pagination envelopes, Electric rows, schemas and
headers, SSE records."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.client.test_core import RUN, list_item
from trigger_client import TriggerClient, TriggerError
from trigger_client._realtime import RealtimeRun, ShapeProtocol, SseProtocol

SECRET = "tr_dev_PropertySecretKey0123456789"
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
# Known shapes with one part replaced, so that the parsers get deep into their work before meeting the oddity.
NEAR_RUN = st.builds(lambda k, v: {**RUN, k: v}, st.sampled_from(sorted(RUN)), JSON)
BODY = st.one_of(JSON, NEAR_RUN, st.builds(lambda d: {"data": d, "pagination": {}}, JSON))
HEADER_NUMBER = st.sampled_from(["0", "-1", "nan", "inf", "1e400", "9" * 60, "x", "", "1.5", "Wed, 21 Oct 2015"])


def _client(answer: Any) -> TriggerClient:
    return TriggerClient(
        secret_key=SECRET, api_url="https://api.trigger.dev", max_retries=0, transport=httpx.MockTransport(answer)
    )


CALLS = {
    "retrieve": lambda c: c.runs.retrieve("run_1"),
    "list": lambda c: c.runs.list().first_page(),
    "trigger": lambda c: c.tasks.trigger("t", {}),
    "envvars": lambda c: c.envvars.list("proj_1", "dev"),
    "schedules": lambda c: c.schedules.list().first_page(),
    "batch": lambda c: c.batches.retrieve("batch_1"),
}


@pytest.mark.parametrize("call", CALLS.values(), ids=CALLS.keys())
@PROPERTY
@given(
    body=st.one_of(BODY.map(json.dumps), st.binary(max_size=30).map(lambda b: b.decode("latin-1"))),
    status=st.sampled_from([200, 201, 400, 401, 404, 409, 422, 429, 500, 503, 520]),
    reset=HEADER_NUMBER,
    retry_after=HEADER_NUMBER,
    limit=HEADER_NUMBER,
)
def test_json_bodies_parse_or_raise_typed(call: Any, body: str, status: int, **headers: str) -> None:
    wire = {f"x-ratelimit-{k}" if k != "retry_after" else "retry-after": v for k, v in headers.items() if v}
    with (
        _client(lambda request: httpx.Response(status, content=body.encode(), headers=wire)) as client,
        contextlib.suppress(TriggerError),
    ):
        call(client)


@PROPERTY
@given(
    envelopes=st.lists(
        st.one_of(JSON, st.fixed_dictionaries({"data": st.just([list_item(1)]), "pagination": JSON})),
        min_size=1,
        max_size=6,
    )
)
def test_pagination_envelopes_end_or_raise_typed(envelopes: list[Any]) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=envelopes[min(len(sent), len(envelopes)) - 1])

    with _client(answer) as client, contextlib.suppress(TriggerError):
        for _ in client.runs.list():
            assert len(sent) <= len(envelopes) + 1, "a repeated envelope must stop the walk"


ROW = st.dictionaries(
    st.sampled_from(
        [
            "friendlyId",
            "status",
            "taskIdentifier",
            "createdAt",
            "updatedAt",
            "runTags",
            "metadata",
            "usageDurationMs",
            "error",
            "payload",
            "payloadType",
        ]
    ),
    st.one_of(st.text(max_size=12), st.none(), JSON),
    max_size=8,
)
MESSAGE = st.one_of(
    st.builds(
        lambda k, v, op: {"key": k, "value": v, "headers": {"operation": op}},
        st.text(max_size=4),
        ROW,
        st.sampled_from(["insert", "update", "delete", None]),
    ),
    st.just({"headers": {"control": "up-to-date"}}),
    st.just({"headers": {"control": "must-refetch"}}),
    JSON,
)
SCHEMA = st.one_of(
    st.none(),
    st.text(max_size=20),
    st.dictionaries(
        st.sampled_from(["runTags", "metadata", "usageDurationMs", "createdAt"]),
        st.one_of(
            JSON,
            st.fixed_dictionaries(
                {
                    "type": st.sampled_from(["text", "int4", "jsonb", "float8", "bool", "timestamp"]),
                    "dims": st.sampled_from([0, 1, 2]),
                }
            ),
        ),
        max_size=4,
    ).map(json.dumps),
)


@PROPERTY
@given(
    messages=st.one_of(st.lists(MESSAGE, max_size=6).map(json.dumps), st.text(max_size=40)),
    schema=SCHEMA,
    handle=st.one_of(st.none(), st.text(max_size=5)),
    offset=st.one_of(st.none(), st.text(max_size=5)),
    cut=st.integers(min_value=0, max_value=50),
)
def test_electric_rows_and_headers_parse_or_raise_typed(
    messages: str, schema: str | None, handle: str | None, offset: str | None, cut: int
) -> None:
    protocol: ShapeProtocol[RealtimeRun] = ShapeProtocol(
        "runs.subscribe", "/realtime/v1/runs/run_1", {}, RealtimeRun.from_row
    )
    headers = {
        k: v
        for k, v in {"electric-handle": handle, "electric-offset": offset, "electric-schema": schema}.items()
        if v is not None
    }
    for _ in range(2):  # a second round starts from what the first left
        if protocol.next_step() is None:
            break
        try:
            protocol.on_open(httpx.Response(200, headers={k: v.encode() for k, v in headers.items()}))
            protocol.feed(messages[:cut])
            protocol.feed(messages[cut:])
            items = protocol.on_end()
        except TriggerError:
            return
        assert all(isinstance(item, RealtimeRun) for item in items)


RECORD = st.one_of(
    JSON,
    st.builds(
        lambda seq, body, headers: {"seq_num": seq, "body": body, "headers": headers},
        st.one_of(st.integers(), JSON),
        st.one_of(BODY.map(json.dumps), JSON),
        JSON,
    ),
)


@PROPERTY
@given(
    version=st.sampled_from(["v1", "v2"]),
    events=st.lists(
        st.one_of(
            st.builds(
                lambda records: f"event: batch\ndata: {json.dumps({'records': records})}\n\n",
                st.lists(RECORD, max_size=3),
            ),
            st.text(max_size=40),
            st.builds(lambda i, d: f"id: {i}\ndata: {d}\n\n", st.text(max_size=8), st.text(max_size=8)),
        ),
        max_size=5,
    ),
    split=st.integers(min_value=1, max_value=7),
)
def test_sse_records_parse_or_raise_typed(version: str, events: list[str], split: int) -> None:
    protocol = SseProtocol(
        "runs.stream", "/realtime/v1/streams/run_1/k", as_json=True, timeout_seconds=None, last_event_id=None
    )
    protocol.next_step()
    protocol.on_open(httpx.Response(200, headers={"x-stream-version": version}))
    text = "".join(events)
    try:
        for start in range(0, len(text), split):
            protocol.feed(text[start : start + split])
        protocol.on_end()
    except TriggerError:
        return
    step = protocol.next_step()
    assert step is None or all("\n" not in v and "\r" not in v for v in step.headers.values())
