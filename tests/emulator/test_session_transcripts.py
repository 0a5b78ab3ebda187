"""Session transcripts and end-and-continue end to end, plus the SDK 4.8.3 session config fields.

Paging follows @trigger.dev/core 4.8.3 sessionStreams/chatSnapshot.js pageTranscriptEntries; the handoff follows
apps/webapp/app/routes/api.v1.sessions.$session.end-and-continue.ts and swapSessionRun (see docs/server-routes.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from tests.emulator.conftest import START, client_for
from trigger_client import AsyncTriggerClient, BadRequestError, NotFoundError, TriggerClient
from trigger_client.testing import ManualClock, TriggerEmulator

MESSAGES = [{"id": f"m{i}", "role": "user" if i % 2 else "assistant", "parts": []} for i in range(1, 6)]


@pytest.fixture
def emulator() -> Iterator[TriggerEmulator]:
    with TriggerEmulator(clock=ManualClock(start=START), seed=4, validate=True, unregistered="queue") as emu:
        yield emu
    assert not [m for m in emu.validation_errors if m.kind == "request"]


@pytest.fixture
def client(emulator: TriggerEmulator) -> Iterator[TriggerClient]:
    with TriggerClient(secret_key=emulator.secret_key, transport=emulator.transport) as c:
        yield c


def _chat(client: TriggerClient, **options: Any) -> Any:
    return client.sessions.create(
        type="chat.agent",
        task="my-chat",
        base_payload={"chatId": "1234", "message": "hi", "trigger": "preload"},
        external_id="chat_1234",
        **options,
    )


def _ids(page: Any) -> list[str]:
    return [m["id"] for m in page.messages]


def test_transcript_pages_walk_back_with_before(emulator: TriggerEmulator, client: TriggerClient) -> None:
    chat = _chat(client)
    emulator.transcripts.save_transcript("chat_1234", MESSAGES, last_out_event_id="17", last_in_event_id="4")
    newest = client.sessions.transcript("chat_1234", limit=2)
    assert (_ids(newest), newest.next_cursor) == (["m4", "m5"], "m4")
    assert newest.cursors is not None and (newest.cursors.last_out_event_id, newest.cursors.last_in_event_id) == (
        "17",
        "4",
    )
    middle = client.sessions.transcript(chat.id, limit=2, before=newest.next_cursor)
    assert (_ids(middle), middle.next_cursor) == (["m2", "m3"], "m2")
    oldest = client.sessions.transcript("chat_1234", limit=2, before="m2")
    assert (_ids(oldest), oldest.next_cursor) == (["m1"], None)  # nothing older: no cursor
    assert _ids(client.sessions.transcript("chat_1234")) == ["m1", "m2", "m3", "m4", "m5"]  # no limit: all
    assert client.sessions.transcript("chat_1234", before="gone").messages == []  # an unknown cursor: nothing


def test_transcript_of_a_session_without_one_and_of_no_session(client: TriggerClient) -> None:
    _chat(client)
    empty = client.sessions.transcript("chat_1234", limit=10)
    assert (empty.messages, empty.next_cursor, empty.cursors) == ([], None, None)
    with pytest.raises(NotFoundError):
        client.sessions.transcript("chat_missing")


def test_the_server_refuses_a_non_positive_limit(emulator: TriggerEmulator, client: TriggerClient) -> None:
    _chat(client)
    with client_for(emulator, emulator.secret_key) as http:
        assert http.get("/api/v1/sessions/chat_1234/transcript", params={"limit": "0"}).status_code == 400


def test_end_and_continue_swaps_to_a_fresh_run(emulator: TriggerEmulator, client: TriggerClient) -> None:
    chat = _chat(client, run_options={"machine": "small-2x"})
    emulator.advance(5)
    handoff = client.sessions.end_and_continue("chat_1234", calling_run_id=chat.run_id, reason="upgrade")
    assert handoff.swapped is True and handoff.run_id != chat.run_id
    assert client.sessions.retrieve("chat_1234").current_run_id == handoff.run_id
    run = client.runs.retrieve(handoff.run_id)
    # swapSessionRun: the base payload without its boot fields, plus the continuation markers.
    assert run.payload == {"chatId": "1234", "sessionId": chat.id, "continuation": True, "previousRunId": chat.run_id}
    assert run.task_identifier == "my-chat"
    # The old run asks again: another run already holds the session, so nothing is swapped.
    late = client.sessions.end_and_continue(chat.id, calling_run_id=chat.run_id, reason="upgrade")
    assert (late.run_id, late.swapped) == (handoff.run_id, False)


def test_end_and_continue_errors(emulator: TriggerEmulator, client: TriggerClient) -> None:
    chat = _chat(client, expires_at=START + dt.timedelta(hours=1))
    with pytest.raises(NotFoundError, match="callingRunId not found in this environment"):
        client.sessions.end_and_continue("chat_1234", calling_run_id="run_missing", reason="upgrade")
    with pytest.raises(NotFoundError):
        client.sessions.end_and_continue("chat_missing", calling_run_id=chat.run_id, reason="upgrade")
    emulator.advance(3601)
    with pytest.raises(BadRequestError, match="Cannot end-and-continue an expired session"):
        client.sessions.end_and_continue("chat_1234", calling_run_id=chat.run_id, reason="upgrade")
    other = client.sessions.create(type="chat.agent", task="my-chat", base_payload={}, external_id="chat_2")
    client.sessions.close("chat_2")
    with pytest.raises(BadRequestError, match="Cannot end-and-continue a closed session"):
        client.sessions.end_and_continue("chat_2", calling_run_id=other.run_id, reason="upgrade")


def test_end_and_continue_takes_at_most_1kb(emulator: TriggerEmulator, client: TriggerClient) -> None:
    chat = _chat(client)
    body = {"callingRunId": chat.run_id, "reason": "upgrade", "externalDeploymentId": "x" * 1100}
    with client_for(emulator, emulator.secret_key) as http:
        assert http.post("/api/v1/sessions/chat_1234/end-and-continue", json=body).status_code == 413


def test_session_config_carries_ten_tags_and_the_typed_4_8_3_fields(client: TriggerClient) -> None:
    options = {
        "tags": [f"t{i}" for i in range(10)],
        "concurrencyKey": "user_1",
        "externalDeploymentId": "build-42",
        "ttl": "10m",
    }
    created = _chat(client, run_options=options)
    config = client.sessions.retrieve(created.id).trigger_config
    assert config is not None and config.tags == options["tags"]
    assert (config.concurrency_key, config.external_deployment_id, config.ttl) == ("user_1", "build-42", "10m")
    assert config.additional_properties == {}


async def test_async_transcript_and_handoff(emulator: TriggerEmulator) -> None:
    async with AsyncTriggerClient(secret_key=emulator.secret_key, transport=emulator.async_transport) as client:
        chat = await client.sessions.create(type="chat.agent", task="my-chat", base_payload={}, external_id="c1")
        emulator.transcripts.save_transcript("c1", MESSAGES)
        page = await client.sessions.transcript("c1", limit=3)
        assert (_ids(page), page.next_cursor) == (["m3", "m4", "m5"], "m3")
        handoff = await client.sessions.end_and_continue("c1", calling_run_id=chat.run_id, reason="continuation")
        assert handoff.swapped is True
