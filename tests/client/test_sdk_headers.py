"""Headers and formats as the SDK sends them where the server reads them (docs/wire.md#headers,
docs/wire.md#encoding)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.client.conftest import SECRET, Harness, json_response
from tests.generated.cases import CASES

RESPONSES = {case.operation_id: case.response for case in reversed(CASES)}


async def test_trigger_and_batches_ask_for_v2_realtime_streams(api: Harness) -> None:
    """Without the header the webapp gives the run v1 streams (determineRealtimeStreamsVersion)."""
    api.answer(json_response(200, {"id": "run_1"}))
    await api.call(lambda c: c.tasks.trigger("t", 1))
    assert api.last.headers["x-trigger-realtime-streams-version"] == "v2"


async def test_timezones_go_without_credentials(api: Harness) -> None:
    api.answer(json_response(200, RESPONSES["get_timezones_v1"]))
    await api.call(lambda c: c.schedules.timezones())
    assert "authorization" not in api.last.headers
    assert SECRET not in json.dumps(dict(api.last.headers))


async def test_waitpoint_callbacks_go_without_credentials(api: Harness) -> None:
    api.answer(json_response(200, {"success": True}))
    await api.call(lambda c: c.waitpoints.tokens.complete_callback("waitpoint_1", "hash1", {"ok": True}))
    assert "authorization" not in api.last.headers


async def test_other_calls_keep_their_credentials(api: Harness) -> None:
    api.answer(json_response(200, RESPONSES["list_queues_v1"]))
    await api.call(lambda c: c.queues.list(limit=1))
    assert api.last.headers["authorization"] == f"Bearer {SECRET}"


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc), "2025-01-02T03:04:05.000Z"),
        (dt.datetime(2025, 1, 2, 3, 4, 5, 678901), "2025-01-02T03:04:05.678Z"),  # naive = UTC; ms like Date
        (
            dt.datetime(2025, 1, 2, 4, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=1))),
            "2025-01-02T03:04:05.000Z",
        ),
    ],
)
async def test_query_dates_are_sent_like_javascript_dates(api: Harness, value: dt.datetime, wire: str) -> None:
    api.answer(json_response(200, RESPONSES["execute_query_v1"]))
    await api.call(lambda c: c.query.execute("SELECT 1", from_=value, to=value))
    body = json.loads(api.last.content)
    assert (body["from"], body["to"]) == (wire, wire)


async def test_generated_bodies_send_datetimes_like_javascript(api: Harness) -> None:
    """The generated layer itself (client.raw) writes request datetimes in the SDK's form."""
    from trigger_api.api.query import execute_query_v1
    from trigger_api.models import ExecuteQueryRequestBody

    api.answer(json_response(200, RESPONSES["execute_query_v1"]))
    when = dt.datetime(2025, 1, 2, 3, 4, 5, 6000, tzinfo=dt.timezone.utc)
    body = ExecuteQueryRequestBody(query="SELECT 1", from_=when, to=when)

    def raw_call(client: object) -> object:
        call = execute_query_v1.asyncio if api.mode == "async" else execute_query_v1.sync
        return call(client=client.raw, body=body)  # type: ignore[attr-defined]

    await api.call(raw_call)
    assert json.loads(api.last.content)["from"] == "2025-01-02T03:04:05.006Z"
