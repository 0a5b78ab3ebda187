"""runs.stream(start="latest") sends X-Trigger-Stream-Start: latest until it has a chunk id to resume after
(@trigger.dev/core 4.8.3 apiClient/runStream.js STREAM_START_HEADER: never beside Last-Event-ID)."""

from __future__ import annotations

import httpx
import pytest

from trigger_client import ValidationError

from .conftest import drain, maybe
from .test_token_refresh import Script, client

SECRET = "tr_dev_9f8e7d6c5b4a3210fedcba98"


def _sse(body: str) -> httpx.Response:
    return httpx.Response(200, content=body.encode(), headers={"content-type": "text/event-stream"})


async def test_latest_is_asked_for_until_a_chunk_arrives(mode: str) -> None:
    script = Script(lambda r: httpx.Response(503), lambda r: _sse('id: 5-0\ndata: "x"\n\n'))
    c = client(mode, script, access_token=None, secret_key=SECRET)
    chunks = await drain(c.runs.stream("run_1", "k", start="latest"))
    await maybe(c.close())
    assert [ch.data for ch in chunks] == ["x"]
    assert [r.headers.get("x-trigger-stream-start") for r in script.requests] == ["latest", "latest"]


async def test_latest_is_not_sent_beside_a_last_event_id_nor_by_default(mode: str) -> None:
    script = Script(lambda r: _sse(""), lambda r: _sse(""))
    c = client(mode, script, access_token=None, secret_key=SECRET)
    await drain(c.runs.stream("run_1", "k", start="latest", last_event_id="4-0"))
    await drain(c.runs.stream("run_1", "k"))
    await maybe(c.close())
    assert [r.headers.get("x-trigger-stream-start") for r in script.requests] == [None, None]
    assert script.requests[0].headers["last-event-id"] == "4-0"


async def test_an_unknown_start_is_refused(mode: str) -> None:
    c = client(mode, Script(), access_token=None, secret_key=SECRET)
    with pytest.raises(ValidationError, match='"beginning" or "latest"') as raised:
        c.runs.stream("run_1", "k", start="end")  # type: ignore[arg-type]
    await maybe(c.close())
    assert raised.value.field == "start"
