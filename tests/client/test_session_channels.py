"""``sessions.send`` and ``sessions.stream`` on the wire, sync and async: the X-Part-Id header, the SSE request,
control records, and bad input refused before any request.

@trigger.dev/core 4.8.3 apiClient/index.js appendToSessionStream (a nanoid part id per logical append) and
subscribeToSessionStream; sessionStreams/wireProtocol.js (control records are never data chunks).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.client.conftest import Harness, json_response
from tests.realtime.conftest import drain, maybe
from trigger_client import ValidationError


def _sse(*records: dict[str, Any]) -> httpx.Response:
    events = "".join(f"event: batch\ndata: {json.dumps({'records': [r]})}\n\n" for r in records)
    return httpx.Response(
        200, content=events.encode(), headers={"content-type": "text/event-stream", "x-stream-version": "v2"}
    )


async def test_each_send_carries_its_own_part_id(api: Harness) -> None:
    api.answer(json_response(200, {"ok": True, "seq": 0}), json_response(200, {"ok": True, "seq": 1}))
    await api.call(lambda c: c.sessions.send("chat_1", {"n": 1}))
    await api.call(lambda c: c.sessions.send("chat_1", {"n": 2}))
    first, second = (r.headers["x-part-id"] for r in api.requests)
    assert first != second and len(first) >= 21
    assert api.requests[0].headers["content-type"] == "application/json"


async def test_stream_reads_a_channel_and_leaves_control_records_out(api: Harness) -> None:
    data = {"body": json.dumps({"data": {"type": "text-delta", "delta": "Hi"}, "id": "p1"}), "seq_num": 4}
    text = {"body": json.dumps({"data": '{"kind":"message"}', "id": "p2"}), "seq_num": 5}
    control = {"body": "", "seq_num": 6, "headers": [["trigger-control", "turn-complete"]]}
    api.answer(_sse(data, text, control))
    client = api.client()
    chunks = await drain(client.sessions.stream("chat 1", channel="tools", last_event_id="3"))
    await maybe(client.close())
    request = api.last
    assert request.method == "GET"
    assert request.url.raw_path.decode() == "/realtime/v1/sessions/chat%201/channels/tools/out"
    assert request.headers["last-event-id"] == "3" and request.headers["accept"] == "text/event-stream"
    assert [c.id for c in chunks] == ["4", "5"]
    assert [c.data for c in chunks] == [{"type": "text-delta", "delta": "Hi"}, {"kind": "message"}]


@pytest.mark.parametrize(
    ("call", "field", "message"),
    [
        (lambda c: c.sessions.send("chat_1", {"n": 1}, io="both"), "io", '"in" or "out"'),
        (lambda c: c.sessions.send("a/b", {"n": 1}), "session", "single path segment"),
        (lambda c: c.sessions.send("chat_1", {"n": 1}, channel=""), "channel", ""),
        (lambda c: c.sessions.send("chat_1", {1, 2}), "data", "must be JSON"),
        (lambda c: c.sessions.send("chat_1", "x" * (1024 * 1024)), "data", "at most 1048576"),
        (lambda c: c.sessions.stream("chat_1", io="sideways"), "io", '"in" or "out"'),
        (lambda c: c.sessions.stream("chat_1", last_event_id="1\r\n2"), "last_event_id", "control characters"),
    ],
    ids=lambda case: case if isinstance(case, str) else "",
)
async def test_bad_input_is_refused_before_any_request(api: Harness, call: Any, field: str, message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        await api.call(call)
    assert raised.value.field == field
    assert message in str(raised.value)
    assert api.requests == []
