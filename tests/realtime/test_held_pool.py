"""Realtime requests the server holds open take connections outside the async pool's cap (``AiohttpTransport``), as
the SDK's fetch opens a connection per request: many subscriptions neither queue behind one another nor hold up
API calls. Served over real sockets; every wait is bounded."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest

from trigger_client import AiohttpTransport, AsyncSubscription, AsyncTriggerClient
from trigger_client._http.network import HELD_OPEN
from trigger_client.testing import TriggerEmulator

pytestmark = pytest.mark.timeout(90)
SUBSCRIPTIONS = 3


async def until(sub: AsyncSubscription[Any], status: str) -> Any:
    """The subscription's items until the run has ``status``; after that nothing changes until the task is released,
    so the subscription's next poll is held by the server."""
    async for run in sub:
        if run.status == status:
            return run
    raise AssertionError(f"the subscription ended before the run was {status}")


async def last(poll: asyncio.Future[Any], sub: AsyncSubscription[Any]) -> Any:
    """The run of a subscription's held poll, or of the items that follow it until the subscription ends."""
    run = await poll
    async for run in sub:  # noqa: B007 - the last one is the answer
        pass
    return run


async def test_held_polls_take_connections_beyond_the_cap(emulator: TriggerEmulator) -> None:
    release = threading.Event()

    @emulator.task("held")
    def held(payload: Any, ctx: Any) -> dict[str, bool]:
        release.wait(60)
        return {"done": True}

    # A held poll would keep a connection of a capped pool for a minute: with one connection for everything, the
    # second subscription could not even start within the bounds below.
    emulator.realtime.hold_seconds = 60
    with emulator.serve_in_thread() as url:
        transport = AiohttpTransport(max_connections=1)
        async with AsyncTriggerClient(secret_key=emulator.secret_key, api_url=url, transport=transport) as client:
            # The emulator runs one task at a time: the first executes and waits, the others stay queued.
            handles = [await client.tasks.trigger("held", None)]
            subs = [client.runs.subscribe(handles[0].id)]
            try:
                await asyncio.wait_for(until(subs[0], "EXECUTING"), 20)
                polls = [asyncio.ensure_future(subs[0].__anext__())]  # held by the server from now on
                await asyncio.sleep(0.3)  # for it to reach the server (nothing below depends on how long it takes)
                for _ in range(SUBSCRIPTIONS - 1):
                    handles.append(await client.tasks.trigger("held", None))
                    subs.append(client.runs.subscribe(handles[-1].id))
                    # Its first snapshot needs a connection while the earlier subscriptions' polls are held.
                    first = await asyncio.wait_for(until(subs[-1], "QUEUED"), 20)
                    assert first.id == handles[-1].id
                    polls.append(asyncio.ensure_future(subs[-1].__anext__()))
                await asyncio.sleep(0.3)
                # The API call still has the capped pool's one connection to itself.
                retrieved = await asyncio.wait_for(client.runs.retrieve(handles[0].id), 20)
                assert retrieved.status == "EXECUTING"
                release.set()
                finished = await asyncio.wait_for(asyncio.gather(*map(last, polls, subs)), 20)
                assert [run.status for run in finished] == ["COMPLETED"] * SUBSCRIPTIONS
            finally:
                release.set()
                for sub in subs:
                    await sub.aclose()


async def test_only_realtime_requests_are_marked_held_open(emulator: TriggerEmulator) -> None:
    """The mark the transport routes by: on every subscription request, on no call."""
    seen: list[tuple[str, Any]] = []

    @emulator.task("quick")
    def quick(payload: Any, ctx: Any) -> None:
        return None

    class Recording(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            seen.append((request.url.path, request.extensions.get(HELD_OPEN)))
            return await emulator.async_transport.handle_async_request(request)

    async with AsyncTriggerClient(
        secret_key=emulator.secret_key, api_url=emulator.base_url, transport=Recording()
    ) as client:
        handle = await client.tasks.trigger("quick", None)
        async with client.runs.subscribe(handle.id) as sub:
            async for _ in sub:
                pass
    marks = {path: mark for path, mark in seen}
    assert marks[f"/realtime/v1/runs/{handle.id}"] is True
    assert marks["/api/v1/tasks/quick/trigger"] is None
