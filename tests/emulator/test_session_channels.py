"""Session channels end to end against the emulator, with both clients: ``sessions.send`` appends, ``sessions.stream``
reads back in order over SSE and resumes after ``Last-Event-ID``, a retried part id is appended once.

Server rules: apps/webapp/app/routes/realtime.v1.sessions.$session.$io.append.ts, realtime.v1.sessions.$session.$io.ts
and realtime.v1.sessions.$session.$io.records.ts (see docs/server-routes.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.emulator.conftest import START, client_for
from tests.realtime.conftest import drain, make_client, maybe
from trigger_client import BadRequestError, NotFoundError, PermissionDeniedError, TriggerClient
from trigger_client.testing import ManualClock, TriggerEmulator

BASE_PAYLOAD = {"chatId": "1234"}


@pytest.fixture
def emulator() -> Iterator[TriggerEmulator]:
    with TriggerEmulator(clock=ManualClock(start=START), seed=5, validate=True, unregistered="queue") as emu:
        emu.realtime.hold_seconds = 0.2  # a subscription with nothing to read ends soon
        yield emu
    assert not [m for m in emu.validation_errors if m.kind == "request"]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def _chat(client: Any, external_id: str = "chat_1234") -> Any:
    return await maybe(
        client.sessions.create(type="chat.agent", task="my-chat", base_payload=BASE_PAYLOAD, external_id=external_id)
    )


async def test_sent_records_stream_back_in_order_and_resume_after_an_event_id(
    emulator: TriggerEmulator, mode: str
) -> None:
    client = make_client(emulator, mode)
    chat = await _chat(client)
    sent = [await maybe(client.sessions.send("chat_1234", {"n": n})) for n in range(3)]
    assert [(s.ok, s.seq) for s in sent] == [(True, 0), (True, 1), (True, 2)]
    # The record written over HTTP holds the JSON text sent; the reader decodes it, as the SDK's does.
    chunks = await drain(client.sessions.stream("chat_1234", io="in"))
    assert [(c.id, c.data) for c in chunks] == [("0", {"n": 0}), ("1", {"n": 1}), ("2", {"n": 2})]
    # The session's friendly id addresses the same channel (keyed by the external id, as the server does).
    resumed = await drain(client.sessions.stream(chat.id, io="in", last_event_id=chunks[0].id))
    assert [c.data for c in resumed] == [{"n": 1}, {"n": 2}]
    await maybe(client.close())


async def test_named_channels_and_out_are_separate_streams(emulator: TriggerEmulator, mode: str) -> None:
    client = make_client(emulator, mode)
    await _chat(client)
    await maybe(client.sessions.send("chat_1234", "plain text", channel="tools"))
    await maybe(client.sessions.send("chat_1234", {"type": "text-delta", "delta": "Hi"}, io="out"))
    tools = await drain(client.sessions.stream("chat_1234", io="in", channel="tools"))
    out = await drain(client.sessions.stream("chat_1234"))
    assert [c.data for c in tools] == ["plain text"]
    assert [c.data for c in out] == [{"type": "text-delta", "delta": "Hi"}]
    assert await drain(client.sessions.stream("chat_1234", io="in")) == []
    await maybe(client.close())


def test_a_retried_part_id_is_appended_once(emulator: TriggerEmulator) -> None:
    with TriggerClient(secret_key=emulator.secret_key, transport=emulator.transport) as client:
        client.sessions.create(type="chat.agent", task="my-chat", base_payload={}, external_id="c1")
    with client_for(emulator, emulator.secret_key) as http:
        url = "/realtime/v1/sessions/c1/in/append"
        first = http.post(url, json={"n": 1}, headers={"X-Part-Id": "part_1"})
        again = http.post(url, json={"n": 1}, headers={"X-Part-Id": "part_1"})
        other = http.post(url, json={"n": 2}, headers={"X-Part-Id": "part_2"})
        assert [first.json(), again.json(), other.json()] == [
            {"ok": True, "seq": 0},
            {"ok": True},
            {"ok": True, "seq": 1},
        ]
        records = http.get("/realtime/v1/sessions/c1/in/records").json()["records"]
        assert [(r["seqNum"], r["id"], r["data"]) for r in records] == [
            (0, "part_1", '{"n":1}'),
            (1, "part_2", '{"n":2}'),
        ]
        after = http.get("/realtime/v1/sessions/c1/in/records", params={"afterEventId": "0"}).json()["records"]
        assert [r["seqNum"] for r in after] == [1]


def test_sends_retry_with_one_part_id(emulator: TriggerEmulator) -> None:
    # The client's own retries reuse the request it built, so the part id it made for this send() is sent again.
    seen: list[httpx.Request] = []

    def recording(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(503, json={"error": "busy"})
        return emulator.transport.handle_request(request)

    with TriggerClient(secret_key=emulator.secret_key, transport=httpx.MockTransport(recording)) as client:
        client.sessions.create(type="chat.agent", task="my-chat", base_payload={}, external_id="c2")
        seen.clear()
        assert client.sessions.send("c2", {"n": 1}).seq == 0
    ids = [r.headers["x-part-id"] for r in seen]
    assert len(ids) == 2 and ids[0] == ids[1] and len(ids[0]) >= 21


async def test_server_rules(emulator: TriggerEmulator, mode: str) -> None:
    client = make_client(emulator, mode)
    with pytest.raises(NotFoundError):
        await maybe(client.sessions.send("chat_missing", {"n": 1}))
    with pytest.raises(NotFoundError):
        await drain(client.sessions.stream("session_unknown"))
    await _chat(client)
    await maybe(client.sessions.close("chat_1234"))
    with pytest.raises(BadRequestError, match="closed session"):
        await maybe(client.sessions.send("chat_1234", {"n": 1}))
    await maybe(client.close())


async def test_out_takes_a_secret_key_only(emulator: TriggerEmulator, mode: str) -> None:
    client = make_client(emulator, mode)
    chat = await _chat(client)
    public = make_client(emulator, mode, secret_key=None, access_token=chat.public_access_token)
    sent = await maybe(public.sessions.send("chat_1234", {"text": "hi"}))
    assert sent.seq == 0
    with pytest.raises(PermissionDeniedError, match="secret key"):
        await maybe(public.sessions.send("chat_1234", {"text": "forged"}, io="out"))
    await maybe(public.close())
    await maybe(client.close())


def test_the_v2_batch_route_creates_the_batch_and_answers_its_run_count(emulator: TriggerEmulator) -> None:
    # apps/webapp/app/routes/api.v2.tasks.batch.ts: 202 {id, runCount}; its header takes sequential or parallel.
    items = [{"task": "a", "payload": {"n": 1}}, {"task": "b", "payload": {"n": 2}}]
    with client_for(emulator, emulator.secret_key) as http:
        answer = http.post(
            "/api/v2/tasks/batch", json={"items": items}, headers={"batch-processing-strategy": "parallel"}
        )
        assert answer.status_code == 202, answer.text
        assert answer.json()["runCount"] == 2 and answer.json()["id"].startswith("batch_")
        assert answer.headers["x-trigger-jwt"]
        runs = http.get(f"/api/v1/batches/{answer.json()['id']}").json()
        assert runs["runCount"] == 2
        bad = http.post("/api/v2/tasks/batch", json={"items": items}, headers={"batch-processing-strategy": "fast"})
        assert bad.status_code == 400 and bad.json()["error"] == "Headers Error"
        empty = http.post("/api/v2/tasks/batch", json={"items": []})
        assert empty.status_code == 400 and empty.json()["error"] == "Batch cannot be triggered with no items"
