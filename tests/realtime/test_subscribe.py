"""Run, tag and batch subscriptions end to end against the emulator, sync and async."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from trigger_client import AsyncTriggerClient, RealtimeRun, TriggerClient
from trigger_client.testing import TriggerEmulator

from .conftest import assert_progress, collect_for, drain, make_client, maybe, on_item


async def close(client: Any) -> None:
    await maybe(client.close())


async def test_subscription_ends_by_itself_with_the_completed_run(
    emulator: TriggerEmulator, gate: threading.Event, mode: str
) -> None:
    client = make_client(emulator, mode)
    handle = await maybe(client.tasks.trigger("gated", {"n": 1}))
    runs = await drain(client.runs.subscribe(handle.id), on_item(lambda run: gate.set()))
    await close(client)
    assert_progress(runs)
    first = runs[0]
    assert first.id == handle.id and first.task_identifier == "gated" and first.payload == {"n": 1}
    assert first.created_at.tzinfo is not None and runs[-1].finished_at is not None


async def test_a_dropped_connection_mid_poll_resumes_without_loss_or_duplicates(
    emulator: TriggerEmulator, gate: threading.Event, mode: str
) -> None:
    errors: list[Any] = []

    def dropped(event: Any) -> None:
        errors.append(event)
        if len(errors) == 3:  # three polls answered and lost in a row, then the run completes
            emulator.faults.reset()
            gate.set()

    client = make_client(emulator, mode, on_error=dropped)
    handle = await maybe(client.tasks.trigger("gated", None))

    def after_first(run: RealtimeRun) -> None:
        if not errors:
            emulator.faults.drop_rate = 1.0

    runs = await drain(client.runs.subscribe(handle.id), on_item(after_first))
    await close(client)
    assert [e.request.operation for e in errors] == ["runs.subscribe"] * 3
    assert_progress(runs)


async def test_must_refetch_resets_and_continues_without_repeating(
    emulator: TriggerEmulator, gate: threading.Event, mode: str
) -> None:
    client = make_client(emulator, mode)
    handle = await maybe(client.tasks.trigger("gated", None))
    seen: list[RealtimeRun] = []

    def step(run: RealtimeRun) -> None:
        seen.append(run)
        if len(seen) == 1:
            emulator.realtime.expire()  # the held live poll answers 409 must-refetch
            threading.Timer(0.3, gate.set).start()

    runs = await drain(client.runs.subscribe(handle.id), on_item(step))
    await close(client)
    assert_progress(runs)


async def test_stop_on_completion_false_keeps_following(
    emulator: TriggerEmulator, gate: threading.Event, mode: str
) -> None:
    client = make_client(emulator, mode)
    handle = await maybe(client.tasks.trigger("gated", None))
    gate.set()
    await maybe(client.runs.poll(handle.id, interval=0.05))
    started = time.monotonic()
    runs = await collect_for(client.runs.subscribe(handle.id, stop_on_completion=False, skip_columns=["payload"]), 1.2)
    await close(client)
    assert 1.2 <= time.monotonic() - started < 3.0  # idle live polls kept it open until closed
    assert [r.status for r in runs] == ["COMPLETED"]
    assert runs[0].payload is None


async def test_tag_subscription_sees_new_runs(emulator: TriggerEmulator, gate: threading.Event, mode: str) -> None:
    client = make_client(emulator, mode)
    gate.set()
    first = await maybe(client.tasks.trigger("gated", None, tags=["user_1", "plan:pro"]))
    await maybe(client.tasks.trigger("gated", None, tags=["user_2"]))
    created: list[str] = [first.id]

    def trigger_second(run: RealtimeRun) -> None:
        if len(created) == 1:
            created.append("pending")
            threading.Thread(target=lambda: created.__setitem__(1, emulator_trigger(emulator))).start()

    def done(items: list[RealtimeRun]) -> bool:
        trigger_second(items[-1])
        finished = {r.id for r in items if r.status == "COMPLETED"}
        return len(finished) == 2

    runs = await drain(client.runs.subscribe_to_tag(["user_1", "plan:pro"], created_after="1h"), done)
    await close(client)
    assert {r.id for r in runs} == set(created)
    assert all({"user_1", "plan:pro"} <= set(r.tags) for r in runs)


def emulator_trigger(emulator: TriggerEmulator) -> str:
    with TriggerClient(secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.transport) as c:
        return c.tasks.trigger("gated", None, tags=["user_1", "plan:pro"]).id


async def test_batch_subscription_follows_every_run(
    emulator: TriggerEmulator, gate: threading.Event, mode: str
) -> None:
    client = make_client(emulator, mode)
    batch = await maybe(client.tasks.batch_trigger("gated", [{"payload": {"i": 1}}, {"payload": {"i": 2}}]))
    batch_id = batch.batch_ids[0]
    gate.set()

    def done(items: list[RealtimeRun]) -> bool:
        return len({r.id for r in items if r.is_success}) == 2

    runs = await drain(client.batches.subscribe(batch_id), done)
    await close(client)
    assert len({r.id for r in runs}) == 2 and all(r.task_identifier == "gated" for r in runs)


def test_breaking_out_sends_no_further_request(emulator: TriggerEmulator, gate: threading.Event) -> None:
    requests: list[Any] = []
    with TriggerClient(
        secret_key=emulator.secret_key,
        api_url=emulator.base_url,
        transport=emulator.transport,
        on_request=requests.append,
    ) as client:
        handle = client.tasks.trigger("gated", None)
        for _run in client.runs.subscribe(handle.id):
            break
        sent = len(requests)
        time.sleep(0.3)
        assert len(requests) == sent == 2  # the trigger and the one snapshot request
    gate.set()


def test_served_over_http_sync(emulator: TriggerEmulator, gate: threading.Event) -> None:
    with emulator.serve_in_thread() as url, TriggerClient(secret_key=emulator.secret_key, api_url=url) as client:
        handle = client.tasks.trigger("gated", {"n": 2})
        runs = []
        for run in client.runs.subscribe(handle.id):
            runs.append(run)
            gate.set()
    assert_progress(runs)


async def test_served_over_http_async_and_aclose_cancels_a_held_poll(
    emulator: TriggerEmulator, gate: threading.Event
) -> None:
    # The server would hold the poll for 60 s; closing ends it long before, at any machine speed.
    emulator.realtime.hold_seconds = 60
    with emulator.serve_in_thread() as url:
        async with AsyncTriggerClient(secret_key=emulator.secret_key, api_url=url) as client:
            handle = await client.tasks.trigger("gated", None)
            sub = client.runs.subscribe(handle.id)
            first = await sub.__anext__()
            while first.status != "EXECUTING":  # until the gated run stops changing, so the next poll is held
                first = await sub.__anext__()
            waiting = asyncio.ensure_future(sub.__anext__())  # a live poll, held by the server
            await asyncio.sleep(0.3)
            started = time.monotonic()
            await sub.aclose()
            with pytest.raises(StopAsyncIteration):
                await asyncio.wait_for(waiting, 30)
            assert time.monotonic() - started < 30
            assert first.id == handle.id
            gate.set()
            runs = await drain(client.runs.subscribe(handle.id))
    assert runs[-1].status == "COMPLETED"


async def test_public_token_client_subscribes(emulator: TriggerEmulator, gate: threading.Event, mode: str) -> None:
    client = make_client(emulator, mode)
    handle = await maybe(client.tasks.trigger("gated", None))
    token = await maybe(client.auth.create_public_token(scopes={"read": {"runs": [handle.id]}}, expires_in="1h"))
    public = make_client(emulator, mode, secret_key=None, access_token=token)
    runs = await drain(public.runs.subscribe(handle.id), on_item(lambda run: gate.set()))
    assert_progress(runs)
    other = await maybe(client.tasks.trigger("gated", None))
    from trigger_client import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        await drain(public.runs.subscribe(other.id))
    await close(public)
    await close(client)
