"""Run lifecycle, delays/TTL, idempotency and cursor pagination."""

from __future__ import annotations

import json

import httpx
import pytest

from trigger_client.testing import ManualClock, TaskContext, TriggerEmulator

from .conftest import trigger


def test_lifecycle_completed_with_superjson_payload(manual: TriggerEmulator, client: httpx.Client) -> None:
    @manual.task("send-email")
    def send_email(payload: dict[str, str]) -> dict[str, str]:
        return {"sent": payload["to"]}

    run_id = trigger(client, "send-email", json.dumps({"json": {"to": "a@b.c"}}), payloadType="application/super+json")
    queued = client.get(f"/api/v3/runs/{run_id}").json()
    assert queued["status"] == "QUEUED" and queued["isQueued"] is True
    assert manual.run_pending() == 1
    run = client.get(f"/api/v3/runs/{run_id}").json()
    assert run["status"] == "COMPLETED"
    assert run["payload"] == {"to": "a@b.c"} and run["output"] == {"sent": "a@b.c"}
    assert (run["isCompleted"], run["isSuccess"], run["isFailed"], run["attemptCount"]) == (True, True, False, 1)
    # executionResultForTaskRun (models/taskRun.server.ts) builds a result from TaskRunAttempt rows, which the
    # current run engine never writes: a finished run's result route answers 404 (the output is on the run).
    missing = client.get(f"/api/v1/runs/{run_id}/result")
    assert missing.status_code == 404 and missing.json() == {"error": "Run either doesn't exist or is not finished"}


def test_retries_until_max_attempts_then_fails(manual: TriggerEmulator, client: httpx.Client) -> None:
    attempts: list[int] = []

    @manual.task("flaky")
    def flaky(payload: object, ctx: TaskContext) -> str:
        attempts.append(ctx.attempt)
        raise ValueError("boom")

    run_id = trigger(client, "flaky", maxAttempts=3)
    manual.run_pending()
    run = client.get(f"/api/v3/runs/{run_id}").json()
    assert attempts == [1, 2, 3]
    assert run["status"] == "FAILED" and run["isFailed"] is True and run["attemptCount"] == 3
    assert run["error"]["message"] == "boom" and run["error"]["name"] == "ValueError"
    assert client.get(f"/api/v1/runs/{run_id}/result").status_code == 404  # no attempt rows, as for a success


def test_retry_succeeds_on_second_attempt(manual: TriggerEmulator, client: httpx.Client) -> None:
    @manual.task("second-time")
    async def second_time(payload: object, ctx: TaskContext) -> int:
        if ctx.attempt == 1:
            raise RuntimeError("transient")
        return ctx.attempt

    run_id = trigger(client, "second-time", maxAttempts=2)
    manual.run_pending()
    run = client.get(f"/api/v3/runs/{run_id}").json()
    assert (run["status"], run["output"], run["attemptCount"]) == ("COMPLETED", 2, 2)


def test_real_clock_worker_executes_promptly() -> None:
    with TriggerEmulator() as emulator:
        emulator.task("double")(lambda payload: payload * 2)
        with httpx.Client(transport=emulator.transport, base_url=emulator.base_url) as c:
            c.headers["Authorization"] = f"Bearer {emulator.secret_key}"
            run_id = c.post("/api/v1/tasks/double/trigger", json={"payload": 21}).json()["id"]
            assert emulator.wait_for_run(run_id, timeout=5)["output"] == 42


def test_unregistered_task_policies(manual: TriggerEmulator, client: httpx.Client) -> None:
    assert TriggerEmulator(clock=ManualClock()).unregistered == "fail"  # the default
    manual.unregistered = "fail"
    manual.task("send-email")(lambda payload: payload)
    failed = trigger(client, "sned-email")  # a typo fails the run at once, with a clear message
    manual.run_pending()
    run = client.get(f"/api/v3/runs/{failed}").json()
    assert run["status"] == "FAILED"
    assert run["error"]["message"] == (
        "Task 'sned-email' is not registered in the emulator. Did you mean 'send-email'? Register it with "
        "@emulator.task('sned-email'), or pass unregistered='complete' to TriggerEmulator to complete such runs "
        "with no output."
    )
    manual.unregistered = "complete"
    completed = trigger(client, "nobody-home")
    manual.run_pending()
    assert client.get(f"/api/v3/runs/{completed}").json()["status"] == "COMPLETED"
    manual.unregistered = "queue"
    waiting = trigger(client, "nobody-home")
    manual.run_pending()
    assert client.get(f"/api/v3/runs/{waiting}").json()["status"] == "QUEUED"
    with pytest.raises(ValueError, match="unregistered must be"):
        manual.unregistered = "ignore"


def test_delay_then_ttl_expiry(manual: TriggerEmulator, client: httpx.Client) -> None:
    run_id = trigger(client, "later", delay="10m", ttl="5m")
    run = client.get(f"/api/v3/runs/{run_id}").json()
    assert run["status"] == "DELAYED" and run["delayedUntil"] == "2024-01-01T00:10:00.000Z"
    manual.advance(600)
    assert client.get(f"/api/v3/runs/{run_id}").json()["status"] == "QUEUED"
    manual.advance(301)
    run = client.get(f"/api/v3/runs/{run_id}").json()
    assert run["status"] == "EXPIRED" and run["expiredAt"] == "2024-01-01T00:15:01.000Z"
    assert run["isCompleted"] is False  # the server's flag excludes EXPIRED
    # executionResultForTaskRun has no result for EXPIRED either.
    missing = client.get(f"/api/v1/runs/{run_id}/result")
    assert missing.status_code == 404 and missing.json() == {"error": "Run either doesn't exist or is not finished"}


def test_reschedule_only_delayed_and_cancel(manual: TriggerEmulator, client: httpx.Client) -> None:
    delayed = trigger(client, "later", delay="1h")
    moved = client.post(f"/api/v1/runs/{delayed}/reschedule", json={"delay": "2024-01-02T00:00:00.000Z"})
    assert moved.status_code == 200 and moved.json()["delayedUntil"] == "2024-01-02T00:00:00.000Z"
    assert client.post(f"/api/v2/runs/{delayed}/cancel").json() == {"id": delayed}
    canceled = client.get(f"/api/v3/runs/{delayed}").json()
    assert canceled["status"] == "CANCELED" and canceled["isCancelled"] and canceled["isFailed"]
    # A cancelled run's result needs no attempt: executionResultForTaskRun answers TASK_RUN_CANCELLED.
    assert client.get(f"/api/v1/runs/{delayed}/result").json() == {
        "ok": False,
        "id": delayed,
        "taskIdentifier": "later",
        "error": {"type": "INTERNAL_ERROR", "code": "TASK_RUN_CANCELLED"},
    }
    not_delayed = client.post(f"/api/v1/runs/{delayed}/reschedule", json={"delay": "1h"})
    assert not_delayed.status_code == 400 and "error" in not_delayed.json()


def test_replay_tags_metadata(manual: TriggerEmulator, client: httpx.Client) -> None:
    original = trigger(client, "echo", {"n": 1}, tags=["a"], metadata={"m": 1})
    replay_id = client.post(f"/api/v1/runs/{original}/replay").json()["id"]
    assert replay_id != original and client.get(f"/api/v3/runs/{replay_id}").json()["payload"] == {"n": 1}
    ok = client.post(f"/api/v1/runs/{original}/tags", json={"tags": [f"t{i}" for i in range(9)]})
    assert ok.status_code == 200
    too_many = client.post(f"/api/v1/runs/{original}/tags", json={"tags": "one-more"})
    assert too_many.status_code == 422 and "10 tags" in too_many.json()["error"]
    ops = {"operations": [{"type": "set", "key": "k", "value": 2}, {"type": "increment", "key": "m", "value": 4}]}
    assert client.put(f"/api/v1/runs/{original}/metadata", json=ops).json() == {"metadata": {"m": 5, "k": 2}}
    assert client.get(f"/api/v1/runs/{original}/events").json()["events"][0]["runId"] == original
    assert client.get(f"/api/v1/runs/{original}/trace").json()["trace"]["rootSpan"]["runId"] == original


def test_idempotency_key_and_ttl(manual: TriggerEmulator, client: httpx.Client) -> None:
    body = {"payload": "x", "options": {"payloadType": "text/plain", "idempotencyKey": "k1", "idempotencyKeyTTL": "1m"}}
    first = client.post("/api/v1/tasks/t/trigger", json=body).json()
    second = client.post("/api/v1/tasks/t/trigger", json=body).json()
    assert first == {"id": first["id"], "isCached": False}
    assert second == {"id": first["id"], "isCached": True}
    manual.advance(61)
    third = client.post("/api/v1/tasks/t/trigger", json=body).json()
    assert third["id"] != first["id"] and third["isCached"] is False


def test_request_idempotency_header_makes_retries_safe(manual: TriggerEmulator, client: httpx.Client) -> None:
    headers = {"x-trigger-request-idempotency-key": "3b1f0c6e-1111-4a2b-9c3d-000000000001"}
    first = client.post("/api/v1/tasks/t/trigger", json={"payload": 1}, headers=headers)
    retry = client.post("/api/v1/tasks/t/trigger", json={"payload": 1}, headers=headers)
    assert first.json() == retry.json()
    assert len(client.get("/api/v1/runs").json()["data"]) == 1


def test_cursor_pagination_exact(manual: TriggerEmulator, client: httpx.Client) -> None:
    ids = [trigger(client, "page", i) for i in range(5)]
    newest_first = ids[::-1]
    page1 = client.get("/api/v1/runs", params={"page[size]": "2"}).json()
    assert [r["id"] for r in page1["data"]] == newest_first[:2]
    assert page1["pagination"] == {"next": newest_first[1]}
    page2 = client.get("/api/v1/runs", params={"page[size]": "2", "page[after]": page1["pagination"]["next"]}).json()
    assert [r["id"] for r in page2["data"]] == newest_first[2:4]
    assert page2["pagination"] == {"next": newest_first[3], "previous": newest_first[2]}
    back = client.get("/api/v1/runs", params={"page[size]": "2", "page[before]": newest_first[2]}).json()
    assert [r["id"] for r in back["data"]] == newest_first[:2]
    assert back["pagination"] == {"next": newest_first[1]}
    last = client.get("/api/v1/runs", params={"page[size]": "2", "page[after]": newest_first[3]}).json()
    assert [r["id"] for r in last["data"]] == newest_first[4:] and last["pagination"] == {"previous": newest_first[4]}


def test_run_filters(manual: TriggerEmulator, client: httpx.Client) -> None:
    a = trigger(client, "alpha", tags=["x"])
    trigger(client, "beta")
    manual.advance(10)
    c = trigger(client, "alpha")
    by_task = client.get("/api/v1/runs", params={"filter[taskIdentifier]": "alpha"}).json()["data"]
    assert [r["id"] for r in by_task] == [c, a]
    by_tag = client.get("/api/v1/runs", params={"filter[tag]": "x,y"}).json()["data"]
    assert [r["id"] for r in by_tag] == [a]
    since = client.get("/api/v1/runs", params={"filter[createdAt][from]": str(1704067205000)}).json()["data"]
    assert [r["id"] for r in since] == [c]
    bad = client.get("/api/v1/runs", params={"filter[status]": "FOOBAR"})
    assert bad.status_code == 400 and bad.json()["details"][0]["message"] == "Invalid status values: FOOBAR"
    assert client.get("/api/v1/runs", params={"page[size]": "101"}).status_code == 400


def test_many_threads_share_one_emulator() -> None:
    from concurrent.futures import ThreadPoolExecutor

    with TriggerEmulator() as emulator:
        emulator.task("inc")(lambda payload: payload + 1)

        def burst(n: int) -> list[str]:
            with httpx.Client(transport=emulator.transport, base_url=emulator.base_url) as c:
                c.headers["Authorization"] = f"Bearer {emulator.secret_key}"
                return [c.post("/api/v1/tasks/inc/trigger", json={"payload": n}).json()["id"] for _ in range(20)]

        with ThreadPoolExecutor(max_workers=8) as pool:
            run_ids = [run_id for ids in pool.map(burst, range(8)) for run_id in ids]
        assert len(set(run_ids)) == 160
        assert all(emulator.wait_for_run(run_id, timeout=10)["status"] == "COMPLETED" for run_id in run_ids)
