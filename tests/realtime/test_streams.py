"""Run streams (SSE) end to end: tasks write chunks with ``ctx.stream``; clients read, resume and finish."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from trigger_client.testing import TriggerEmulator

from .conftest import drain, make_client, maybe


@pytest.fixture
def chatty(emulator: TriggerEmulator) -> threading.Event:
    release = threading.Event()

    @emulator.task("chatty")
    def chatty(payload: Any, ctx: Any) -> str:
        for word in ("Hello", {"word": "realtime"}, "world"):
            ctx.stream("default", word)
        release.wait(10)
        return "done"

    return release


@pytest.mark.parametrize("version", ["v1", "v2"])
async def test_stream_reads_every_chunk_then_ends(
    emulator: TriggerEmulator, chatty: threading.Event, mode: str, version: str
) -> None:
    emulator.realtime.stream_version = version
    client = make_client(emulator, mode)
    handle = await maybe(client.tasks.trigger("chatty", None))
    threading.Timer(0.2, chatty.set).start()
    chunks = await drain(client.runs.stream(handle.id))
    assert [c.data for c in chunks] == ["Hello", {"word": "realtime"}, "world"]
    # Resuming after the first chunk gives the rest, nothing twice.
    rest = await drain(client.runs.stream(handle.id, last_event_id=chunks[0].id))
    assert [c.data for c in rest] == [{"word": "realtime"}, "world"]
    await maybe(client.close())


async def test_stream_survives_a_dropped_connection(
    emulator: TriggerEmulator, chatty: threading.Event, mode: str
) -> None:
    errors: list[Any] = []

    def dropped(event: Any) -> None:
        errors.append(event)
        emulator.faults.reset()

    client = make_client(emulator, mode, on_error=dropped)
    handle = await maybe(client.tasks.trigger("chatty", None))
    chatty.set()
    emulator.wait_for_run(handle.id)
    emulator.faults.drop_rate = 1.0
    chunks = await drain(client.runs.stream(handle.id, as_json=False))
    await maybe(client.close())
    assert [e.request.operation for e in errors] == ["runs.stream"]
    assert [c.data for c in chunks] == ["Hello", '{"word":"realtime"}', "world"]
