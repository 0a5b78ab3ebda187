"""Workflows over the emulator and mocked transports: polling, trigger-and-wait, batches, hooks, metrics."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.client.conftest import Harness, json_response
from trigger_api.api.tasks import batch_trigger_task_v1
from trigger_api.models import BatchTriggerTaskV2Response, BatchTriggerV2RequestBody
from trigger_client import (
    AsyncTriggerClient,
    ConfigurationError,
    PermissionDeniedError,
    PollTimeoutError,
    RunFailedError,
    TriggerClient,
    UnprocessableEntityError,
    ValidationError,
)
from trigger_client.testing import TriggerEmulator


@pytest.fixture
def emulator() -> Iterator[TriggerEmulator]:
    emu = TriggerEmulator(seed=7)

    @emu.task("add", scheduled=True)
    def add(payload: dict[str, int]) -> int:
        return payload["a"] + payload["b"]

    @emu.task("explode")
    def explode(payload: Any) -> None:
        raise RuntimeError("kaboom")

    with emu:
        yield emu


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, emulator: TriggerEmulator) -> Iterator[Any]:
    if request.param == "sync":
        yield TriggerClient(secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.transport)
    else:
        yield AsyncTriggerClient(
            secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.async_transport
        )


async def resolve(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def test_trigger_and_wait_returns_the_output(client: Any) -> None:
    assert await resolve(client.tasks.trigger_and_wait("add", {"a": 2, "b": 3}, interval=0.01, timeout=10)) == 5


async def test_trigger_and_wait_raises_with_the_run_and_its_error(client: Any) -> None:
    with pytest.raises(RunFailedError) as info:
        await resolve(client.tasks.trigger_and_wait("explode", {}, interval=0.01, timeout=10))
    assert str(info.value.run.status) == "FAILED"
    assert "kaboom" in str(info.value)


async def test_poll_reports_each_status_change_once(client: Any) -> None:
    handle = await resolve(client.tasks.trigger("add", {"a": 1, "b": 1}))
    seen: list[str] = []
    run = await resolve(
        client.runs.poll(handle.id, interval=0.01, timeout=10, on_update=lambda r: seen.append(str(r.status)))
    )
    assert str(run.status) == "COMPLETED" and run.output == 2
    assert seen[-1] == "COMPLETED" and len(seen) == len(set(seen))


@pytest.mark.parametrize("final", ["EXPIRED", "TIMED_OUT", "CANCELED", "SYSTEM_FAILURE"])
async def test_poll_stops_on_statuses_the_sdk_misses(api: Harness, final: str) -> None:
    from tests.client.test_core import RUN

    api.answer(json_response(200, {**RUN, "status": "QUEUED"}), json_response(200, {**RUN, "status": final}))
    run = await api.call(lambda c: c.runs.poll("run_abc", interval=0.001))
    assert str(run.status) == final and len(api.requests) == 2


async def test_poll_timeout_carries_the_last_run(api: Harness) -> None:
    from tests.client.test_core import RUN

    api.default = lambda request: json_response(200, {**RUN, "status": "EXECUTING"})
    with pytest.raises(PollTimeoutError, match=r"did not finish within 0\.05 s") as info:
        await api.call(lambda c: c.runs.poll("run_abc", interval=0.01, timeout=0.05))
    assert str(info.value.last.status) == "EXECUTING"


@pytest.mark.parametrize(
    ("kwargs", "field"), [({"interval": 0}, "interval"), ({"timeout": -1}, "timeout"), ({"backoff": 0.5}, "backoff")]
)
async def test_poll_arguments_are_checked(api: Harness, kwargs: dict[str, float], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        await api.call(lambda c: c.runs.poll("run_abc", **kwargs))
    assert info.value.field == field and api.requests == []


# --- batches -------------------------------------------------------------------------------------


async def test_empty_batch_is_refused(api: Harness) -> None:
    with pytest.raises(ValidationError, match="items: is empty"):
        await api.call(lambda c: c.tasks.batch_trigger("t", []))


# --- idempotency ------------------------------------------------------------------------------------


async def test_same_idempotency_key_returns_the_same_run(client: Any) -> None:
    first = await resolve(client.tasks.trigger("add", {"a": 1, "b": 2}, idempotency_key=["order", "42"]))
    second = await resolve(client.tasks.trigger("add", {"a": 1, "b": 2}, idempotency_key=["order", "42"]))
    assert second.id == first.id and second.is_cached is True and first.is_cached is False


# --- hooks and metrics ------------------------------------------------------------------------------


async def test_hooks_see_every_step_without_secrets(api: Harness) -> None:
    from tests.client.conftest import SECRET
    from tests.client.test_core import RUN

    events: list[Any] = []
    hooks = {name: events.append for name in ("on_request", "on_response", "on_retry", "on_error")}
    api.answer(json_response(503), json_response(200, RUN))
    await api.call(lambda c: c.runs.retrieve("run_abc"), **hooks)
    kinds = [type(e).__name__ for e in events]
    assert kinds == ["RequestEvent", "ResponseEvent", "RetryEvent", "RequestEvent", "ResponseEvent"]
    assert events[2].status == 503 and events[3].attempt == 2
    assert events[0].idempotency_key == events[3].idempotency_key
    assert SECRET not in repr(events)


async def test_async_client_awaits_coroutine_hooks() -> None:
    seen: list[int] = []

    async def on_response(event: Any) -> None:
        seen.append(event.status)

    transport = httpx.MockTransport(lambda request: json_response(200, {"timezones": ["UTC"]}))
    async with AsyncTriggerClient(secret_key="tr_dev_x", transport=transport, on_response=on_response) as client:
        await client.schedules.timezones()
    assert seen == [200]


def test_sync_client_refuses_coroutine_hooks() -> None:
    async def hook(event: Any) -> None:
        return None

    with pytest.raises(ConfigurationError, match="on_error: the sync TriggerClient cannot run coroutine hooks"):
        TriggerClient(secret_key="tr_dev_x", on_error=hook)


async def test_metrics_count_requests_errors_retries_and_rate_limits(api: Harness) -> None:
    from tests.client.test_core import RUN

    api.answer(
        json_response(500),
        json_response(200, RUN, {"x-ratelimit-remaining": "7", "x-ratelimit-reset": "1704067210000"}),
        json_response(404, {"error": "nope"}),
    )
    client = api.client()
    try:
        await resolve(client.runs.retrieve("run_abc"))
        with pytest.raises(Exception, match="nope"):
            await resolve(client.runs.retrieve("run_abc"))
        snapshot = client.metrics.snapshot()
        stats = snapshot["operations"]["retrieve_run_v1"]
        assert (stats["requests"], stats["errors"], stats["retries"]) == (3, 1, 1)
        assert stats["p50_ms"] is not None and stats["p99_ms"] >= stats["p50_ms"]
        assert snapshot["rate_limit"] == {"remaining": 7, "reset": 1704067210000}
        client.metrics.reset()
        assert client.metrics.snapshot()["operations"] == {}
    finally:
        await resolve(client.close())


# --- env var sync and schedules --------------------------------------------------------------------


async def test_envvars_import_from_dotenv_and_diff_never_shows_values(
    client: Any, emulator: TriggerEmulator, tmp_path: Any
) -> None:
    ref = emulator.project_ref
    await resolve(client.envvars.import_(ref, "dev", {"KEEP": "same", "OLD": "v1", "REMOTE": "x"}))
    dotenv = tmp_path / ".env"
    dotenv.write_text('KEEP=same\nOLD="v2-top-secret"\nexport NEW=fresh # comment\n')
    diff = await resolve(client.envvars.diff(ref, "dev", dotenv))
    assert (diff.add, diff.keep, diff.change, diff.unchanged, diff.only_remote) == (
        ["NEW"],
        ["OLD"],
        [],
        ["KEEP"],
        ["REMOTE"],
    )
    assert str(diff) == "+ NEW\n= OLD\n- REMOTE"
    assert "v2-top-secret" not in repr(diff)
    assert (await resolve(client.envvars.diff(ref, "dev", dotenv, override=True))).change == ["OLD"]
    await resolve(client.envvars.import_(ref, "dev", dotenv, override=True))
    values = {v.name: v.value for v in await resolve(client.envvars.list(ref, "dev"))}
    assert values == {"KEEP": "same", "OLD": "v2-top-secret", "REMOTE": "x", "NEW": "fresh"}


async def test_envvars_bad_sources_are_named(api: Harness, tmp_path: Any) -> None:
    with pytest.raises(ValidationError, match=r"no \.env file at"):
        await api.call(lambda c: c.envvars.import_("proj_a", "dev", tmp_path / "missing.env"))
    bare = tmp_path / "bare.env"
    bare.write_text("LONELY\n")
    with pytest.raises(ValidationError, match="has no value in"):
        await api.call(lambda c: c.envvars.import_("proj_a", "dev", bare))
    assert api.requests == []


async def test_schedule_upsert_is_idempotent_and_next_runs_are_local(client: Any) -> None:
    first = await resolve(client.schedules.upsert("nightly", task="add", cron="0 2 * * *", timezone="Europe/Paris"))
    again = await resolve(client.schedules.upsert("nightly", task="add", cron="30 3 * * *", timezone="Europe/Paris"))
    assert again.id == first.id and again.generator.expression == "30 3 * * *"
    import datetime as dt

    start = dt.datetime(2025, 3, 29, 12, tzinfo=dt.timezone.utc)  # the night Paris moves to summer time
    runs = client.schedules.next_runs("30 3 * * *", timezone="Europe/Paris", n=2, start=start)
    assert [r.isoformat() for r in runs] == ["2025-03-30T03:30:00+02:00", "2025-03-31T03:30:00+02:00"]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"cron": "61 * * * *"}, "cron"), ({"cron": "* * * * * *"}, "cron"), ({"timezone": "Europe/Pariss"}, "timezone")],
)
async def test_schedule_cron_and_timezone_checked_before_sending(
    api: Harness, kwargs: dict[str, str], field: str
) -> None:
    args = {"task": "t", "cron": "0 * * * *", **kwargs}
    with pytest.raises(ValidationError) as info:
        await api.call(lambda c: c.schedules.upsert("k", **args))
    assert info.value.field == field and api.requests == []


async def test_batch_poll_waits_for_every_run(client: Any) -> None:
    result = await resolve(client.tasks.batch_trigger("add", [{"payload": {"a": n, "b": n}} for n in range(3)]))
    outcome = await resolve(client.batches.poll(result.batch_ids[0], interval=0.01, timeout=10))
    assert outcome.finished and len(outcome.runs) == 3
    assert {str(run.status) for run in outcome.runs} == {"COMPLETED"}


async def test_batch_poll_times_out_with_the_last_outcome(client: Any, emulator: TriggerEmulator) -> None:
    emulator.unregistered = "queue"
    result = await resolve(client.tasks.batch_trigger("never-deployed", [{"payload": 1}, {"payload": 2}]))
    with pytest.raises(PollTimeoutError, match=r"2 of 2 runs unfinished") as info:
        await resolve(client.batches.poll(result.batch_ids[0], interval=0.01, timeout=0.1))
    assert {str(run.status) for run in info.value.last.runs} == {"QUEUED"}


async def test_cancelling_an_async_call_leaves_the_pool_usable() -> None:
    import asyncio

    emulator = TriggerEmulator(seed=3)
    with emulator, emulator.serve_in_thread() as url:
        async with AsyncTriggerClient(secret_key=emulator.secret_key, api_url=url) as client:
            await client.schedules.timezones()  # a warm connection in the pool
            emulator.faults.latency = 0.5
            with pytest.raises(asyncio.TimeoutError):  # the builtin TimeoutError only from Python 3.11
                await asyncio.wait_for(client.schedules.timezones(), 0.05)
            task = asyncio.create_task(client.schedules.timezones())
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            emulator.faults.latency = 0.0
            results = await asyncio.gather(*(client.schedules.timezones() for _ in range(20)))
            assert all("UTC" in zones for zones in results)


async def test_batch_by_task_sends_mixed_tasks_as_one_two_phase_batch(client: Any, emulator: TriggerEmulator) -> None:
    items = [{"task": "add" if n % 2 else "explode", "payload": {"a": n, "b": 0}} for n in range(600)]
    result = await resolve(client.tasks.batch_trigger_by_task(items))
    assert result.ok and len(result.batch_ids) == 1  # up to 1,000 items per v3 batch (STREAMING_BATCH_MAX_ITEMS)
    batch = await resolve(client.batches.retrieve(result.batch_ids[0]))
    assert batch.run_count == 600 and len(set(batch.runs)) == 600
    assert [emulator.get_run(run_id)["taskIdentifier"] for run_id in batch.runs[:2]] == ["explode", "add"]


async def test_batch_items_with_unicode_line_separators_reach_the_emulator_whole(
    client: Any, emulator: TriggerEmulator
) -> None:
    # The NDJSON stream carries these unescaped; only "\n" ends an item.
    items = [{"task": "add\x85", "payload": {"s": "a\u2028b\x85c"}}, {"task": "add", "payload": {"s": "\u2029"}}]
    result = await resolve(client.tasks.batch_trigger_by_task(items))
    assert result.ok, result.errors
    batch = await resolve(client.batches.retrieve(result.batch_ids[0]))
    assert [emulator.get_run(run_id)["taskIdentifier"] for run_id in batch.runs] == ["add\x85", "add"]


def test_v1_batch_route_answers_202_through_raw(emulator: TriggerEmulator) -> None:
    # POST /api/v1/tasks/batch answers 202 {id, runs: [{id, taskIdentifier, ...}]} (routes/api.v1.tasks.batch.ts).
    body = BatchTriggerV2RequestBody.from_dict(
        {"items": [{"task": "add", "payload": '{"a":1,"b":2}', "options": {"payloadType": "application/json"}}]}
    )
    with TriggerClient(secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.transport) as c:
        answer = batch_trigger_task_v1.sync_detailed(client=c.raw, body=body)
    assert answer.status_code == 202 and isinstance(answer.parsed, BatchTriggerTaskV2Response)
    run = answer.parsed.runs[0]
    assert run.task_identifier == "add" and emulator.get_run(run.id)["batchId"] == answer.parsed.id


def test_public_trigger_token_triggers_only_its_task(emulator: TriggerEmulator) -> None:
    with TriggerClient(secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.transport) as c:
        token = c.auth.create_trigger_token("add", multiple_use=True)
    with TriggerClient(access_token=token, api_url=emulator.base_url, transport=emulator.transport) as public:
        handle = public.tasks.trigger("add", {"a": 1, "b": 2})
        assert emulator.get_run(handle.id)["taskIdentifier"] == "add"
        with pytest.raises(PermissionDeniedError, match="403 Unauthorized"):
            public.tasks.trigger("explode", {})


def test_one_time_trigger_token_triggers_once(emulator: TriggerEmulator) -> None:
    with TriggerClient(secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.transport) as c:
        token = c.auth.create_trigger_token("add")
    with TriggerClient(access_token=token, api_url=emulator.base_url, transport=emulator.transport) as public:
        public.tasks.trigger("add", {"a": 1, "b": 2})
        # runEngine/services/triggerTask.server.ts: the token's second use is refused.
        with pytest.raises(UnprocessableEntityError, match="one-time use token as it has already been used"):
            public.tasks.trigger("add", {"a": 1, "b": 2})


def test_batch_trigger_token_sends_batches_of_its_tasks_only(emulator: TriggerEmulator) -> None:
    with TriggerClient(secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.transport) as c:
        token = c.auth.create_trigger_token("add", batch=True, multiple_use=True)
    with TriggerClient(access_token=token, api_url=emulator.base_url, transport=emulator.transport) as public:
        assert public.tasks.batch_trigger_by_task([{"task": "add", "payload": {"a": 1, "b": 1}}]).ok
        # routes/api.v1.tasks.batch.ts: batchTrigger must cover every task of the batch (everyResource).
        mixed = public.tasks.batch_trigger_by_task([{"task": "add", "payload": 1}, {"task": "explode", "payload": 2}])
        assert [type(item.error).__name__ for item in mixed.items] == ["PermissionDeniedError"] * 2
