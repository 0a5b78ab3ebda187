"""Schedules, env vars, queues, waitpoints, batches, deployments, query."""

from __future__ import annotations

import json

import httpx

from trigger_client.testing import TriggerEmulator

from .conftest import client_for, trigger


def test_schedule_next_run_in_timezone_and_dedup_upsert(manual: TriggerEmulator, client: httpx.Client) -> None:
    manual.task("daily", scheduled=True)(lambda payload: None)
    body = {"task": "daily", "cron": "0 9 * * *", "deduplicationKey": "d1", "timezone": "America/New_York"}
    created = client.post("/api/v1/schedules", json=body).json()
    # 09:00 in New York on 2024-01-01 (EST, UTC-5) is 14:00 UTC.
    assert created["nextRun"] == "2024-01-01T14:00:00.000Z"
    assert created["id"].startswith("sched_") and created["generator"]["expression"] == "0 9 * * *"
    again = client.post("/api/v1/schedules", json={**body, "cron": "30 9 * * *"}).json()
    assert again["id"] == created["id"] and again["nextRun"] == "2024-01-01T14:30:00.000Z"
    deactivated = client.post(f"/api/v1/schedules/{created['id']}/deactivate").json()
    assert deactivated["active"] is False and deactivated["nextRun"] is None
    assert client.post(f"/api/v1/schedules/{created['id']}/activate").json()["active"] is True
    bad = client.post("/api/v1/schedules", json={**body, "deduplicationKey": "d2", "cron": "61 * * * *"})
    assert bad.status_code == 422
    assert client.post("/api/v1/schedules", json={"task": "x"}).status_code == 400
    assert client.delete(f"/api/v1/schedules/{created['id']}").status_code == 200
    assert client.get(f"/api/v1/schedules/{created['id']}").status_code == 404


def test_schedule_fires_and_offset_pagination(manual: TriggerEmulator, client: httpx.Client) -> None:
    manual.task("tick", scheduled=True)(lambda payload: None)
    for i in range(3):
        client.post("/api/v1/schedules", json={"task": "tick", "cron": "*/5 * * * *", "deduplicationKey": f"k{i}"})
    page = client.get("/api/v1/schedules", params={"perPage": "2", "page": "2"}).json()
    assert page["pagination"] == {"currentPage": 2, "totalPages": 2, "count": 3} and len(page["data"]) == 1
    manual.advance(300)
    runs = client.get("/api/v1/runs", params={"filter[taskIdentifier]": "tick"}).json()["data"]
    assert len(runs) == 3


def test_timezones_unauthenticated(manual: TriggerEmulator) -> None:
    with client_for(manual, None) as anonymous:
        zones = anonymous.get("/api/v1/timezones").json()["timezones"]
        assert zones[0] == "UTC" and "Europe/Paris" in zones
        assert "UTC" not in anonymous.get("/api/v1/timezones", params={"excludeUtc": "true"}).json()["timezones"]


def test_envvars_import_override_and_secrets(manual: TriggerEmulator) -> None:
    base = f"/api/v1/projects/{manual.project_ref}/envvars/dev"
    with client_for(manual, manual.pat) as pat:
        assert pat.post(base, json={"name": "A", "value": "old"}).json() == {"success": True}
        pat.post(f"{base}/import", json={"variables": {"B": "2"}})
        pat.post(f"{base}/import", json={"variables": {"A": "new"}, "override": True})
        assert pat.get(f"{base}/A").json()["value"] == "new"
        pat.post(f"{base}/import", json={"variables": {"S": "hidden"}, "isSecret": True})
        assert {v["name"]: v["value"] for v in pat.get(base).json()} == {"A": "new", "B": "2", "S": ""}
        assert pat.post(f"{base}/import", json={"variables": [{"name": "X", "value": "1"}]}).status_code == 400
        assert pat.put(f"{base}/B", json={"value": "3"}).json() == {"success": True}
        assert pat.delete(f"{base}/B").json() == {"success": True}
        assert pat.get(f"{base}/B").status_code == 404
    with client_for(manual, manual.secret_key) as key:
        assert key.get(base).status_code == 200
        wrong_env = key.get(f"/api/v1/projects/{manual.project_ref}/envvars/prod")
        assert wrong_env.status_code == 400
        assert wrong_env.json()["error"].startswith("Invalid environment slug for this API key.")


def test_queues_double_encoded_name_pause_and_concurrency(manual: TriggerEmulator, client: httpx.Client) -> None:
    trigger(client, "worker", queue={"name": "my/queue name"})
    trigger(client, "worker")
    listed = client.get("/api/v1/queues", params={"perPage": "1", "page": "1"}).json()
    assert listed["pagination"] == {"currentPage": 1, "totalPages": 2, "count": 2}
    custom = client.get("/api/v1/queues/my%252Fqueue%20name", params={"type": "custom"})
    assert custom.status_code == 200 and custom.json()["name"] == "my/queue name" and custom.json()["queued"] == 1
    queue_id = custom.json()["id"]
    assert client.get(f"/api/v1/queues/{queue_id}").json()["id"] == queue_id
    paused = client.post(f"/api/v1/queues/{queue_id}/pause", json={"type": "id", "action": "pause"}).json()
    assert paused["paused"] is True
    manual.run_pending()
    assert client.get(f"/api/v1/queues/{queue_id}").json()["queued"] == 1  # paused queue keeps its run
    client.post(f"/api/v1/queues/{queue_id}/pause", json={"type": "id", "action": "resume"})
    override = client.post("/api/v1/queues/worker/concurrency/override", json={"type": "task", "concurrencyLimit": 3})
    assert override.json()["concurrencyLimit"] == 3 and override.json()["concurrency"]["override"] == 3
    reset = client.post("/api/v1/queues/worker/concurrency/reset", json={"type": "task"}).json()
    assert reset["concurrencyLimit"] is None
    assert client.get("/api/v1/queues/nope", params={"type": "task"}).status_code == 404


def test_waitpoint_timeout_complete_callback_and_list(manual: TriggerEmulator, client: httpx.Client) -> None:
    timing_out = client.post("/api/v1/waitpoints/tokens", json={"timeout": "1h", "tags": ["t1"]}).json()
    again = client.post("/api/v1/waitpoints/tokens", json={"idempotencyKey": "raw-key"}).json()
    cached = client.post("/api/v1/waitpoints/tokens", json={"idempotencyKey": "raw-key"}).json()
    assert cached == {**again, "isCached": True}
    manual.advance(3601)
    token = client.get(f"/api/v1/waitpoints/tokens/{timing_out['id']}").json()
    assert token["status"] == "TIMED_OUT" and token["outputIsError"] is True
    assert client.post(f"/api/v1/waitpoints/tokens/{again['id']}/complete", json={"data": {"ok": 1}}).json() == {
        "success": True
    }
    completed = client.get(f"/api/v1/waitpoints/tokens/{again['id']}").json()
    assert completed["status"] == "COMPLETED" and json.loads(completed["output"]) == {"ok": 1}
    third = client.post("/api/v1/waitpoints/tokens", json={}).json()
    path = httpx.URL(third["url"]).path
    with client_for(manual, None) as anonymous:
        assert anonymous.post(path, json={"via": "callback"}).json() == {"success": True}
        assert anonymous.post(path.rsplit("/", 1)[0] + "/bad", json={}).status_code == 401
    waiting = client.get("/api/v1/waitpoints/tokens", params={"filter[status]": "TIMED_OUT"}).json()
    assert [t["id"] for t in waiting["data"]] == [timing_out["id"]]
    page = client.get("/api/v1/waitpoints/tokens", params={"page[size]": "2"}).json()
    assert len(page["data"]) == 2 and page["pagination"]["next"] == page["data"][1]["id"]
    assert [t["id"] for t in client.get("/api/v1/waitpoints/tokens", params={"filter[tags]": "t1"}).json()["data"]] == [
        timing_out["id"]
    ]


def test_two_phase_batch_and_v1_batch(manual: TriggerEmulator, client: httpx.Client) -> None:
    created = client.post("/api/v3/batches", json={"runCount": 2, "taskIdentifiers": ["a"], "idempotencyKey": "b"})
    batch_id = created.json()["id"]
    assert created.json()["isCached"] is False
    again = {"runCount": 2, "taskIdentifiers": ["a"], "idempotencyKey": "b"}
    assert client.post("/api/v3/batches", json=again).json()["isCached"] is True
    lines = "".join(json.dumps({"index": i, "task": "a", "payload": i}) + "\n" for i in range(2))
    wrong_type = client.post(f"/api/v3/batches/{batch_id}/items", content=lines)
    assert wrong_type.status_code == 415
    ndjson = {"content-type": "application/x-ndjson"}
    first = client.post(f"/api/v3/batches/{batch_id}/items", content=lines.splitlines()[0] + "\n", headers=ndjson)
    assert first.json()["sealed"] is False
    sealed = client.post(f"/api/v3/batches/{batch_id}/items", content=lines, headers=ndjson).json()
    assert (sealed["itemsAccepted"], sealed["itemsDeduplicated"], sealed["sealed"]) == (1, 1, True)
    batch = client.get(f"/api/v2/batches/{batch_id}").json()
    # Sealed, but PENDING until every run is final (runEngineHandlersShared.server.ts).
    assert batch["status"] == "PENDING" and len(batch["runs"]) == 2 and "processing" in batch
    assert client.post("/api/v3/batches", json={"runCount": 1001}).status_code == 400
    v1 = client.post("/api/v1/tasks/a/batch", json={"items": [{"payload": 1}, {"payload": 2}]}).json()
    assert v1["batchId"].startswith("batch_") and len(v1["runs"]) == 2
    too_big = client.post("/api/v1/tasks/batch", json={"items": [{"task": "a"}] * 501})
    assert too_big.status_code == 400
    manual.run_pending()
    # Results come from TaskRunAttempt rows the current engine never writes (executionResultForTaskRun): none here.
    assert client.get(f"/api/v1/batches/{v1['batchId']}/results").json() == {"id": v1["batchId"], "items": []}
    assert client.get(f"/api/v1/batches/{v1['batchId']}").json()["successfulRunCount"] == 2


def test_deployments_and_query(manual: TriggerEmulator, client: httpx.Client) -> None:
    latest = client.get("/api/v1/deployments/latest").json()
    assert latest["status"] == "DEPLOYED" and latest["id"].startswith("deployment_")
    assert client.get(f"/api/v1/deployments/{latest['id']}").json()["version"] == latest["version"]
    manual.add_deployment("20250202.1")
    promoted = client.post("/api/v1/deployments/20250202.1/promote").json()
    assert promoted["version"] == "20250202.1"
    assert client.post("/api/v1/deployments/0.0.0/promote").status_code == 404
    run_id = trigger(client, "q")
    manual.run_pending()
    trigger(client, "q")
    rows = client.post(
        "/api/v1/query", json={"query": "SELECT run_id, status FROM runs WHERE status = 'Completed' LIMIT 5"}
    ).json()
    assert rows == {"format": "json", "results": [{"run_id": run_id, "status": "COMPLETED"}]}
    csv_rows = client.post("/api/v1/query", json={"query": "SELECT run_id FROM runs LIMIT 1", "format": "csv"}).json()
    assert csv_rows["format"] == "csv" and csv_rows["results"].startswith("run_id\n")
    unsupported = client.post("/api/v1/query", json={"query": "SELECT count() FROM runs GROUP BY status"})
    assert unsupported.status_code == 400 and "Unsupported" in unsupported.json()["error"]
