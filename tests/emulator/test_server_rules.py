"""The webapp's limits, rules and answers, one test per rule (docs/server-routes.md lists the sources)."""

from __future__ import annotations

import httpx

from trigger_client.testing import TriggerEmulator
from trigger_client.testing._auth import mint_public_token

from .conftest import START, client_for, trigger

FORBIDDEN = {"error": "Unauthorized", "code": "unauthorized", "param": "access_token", "type": "authorization"}


def public_client(emulator: TriggerEmulator, *scopes: str) -> httpx.Client:
    env = emulator.default_project.environments["dev"]
    return client_for(emulator, mint_public_token(env, list(scopes), START.timestamp(), 3600))


# --- batches (routes/api.v1.tasks.batch.ts, routes/api.v1.tasks.$taskId.batch.ts) -----------------------------


def test_v1_batch_answers_202_with_the_batch_and_its_runs(manual: TriggerEmulator, client: httpx.Client) -> None:
    items = [{"task": "a", "payload": 1}, {"task": "b", "payload": 2, "options": {"idempotencyKey": "k"}}]
    first = client.post("/api/v1/tasks/batch", json={"items": items}, headers={"idempotency-key": "batch-key"})
    assert first.status_code == 202
    body = first.json()
    assert set(body) == {"id", "isCached", "idempotencyKey", "runs"}
    assert body["id"].startswith("batch_") and body["isCached"] is False and body["idempotencyKey"] == "batch-key"
    assert [(r["taskIdentifier"], r["isCached"], r.get("idempotencyKey")) for r in body["runs"]] == [
        ("a", False, None),
        ("b", False, "k"),
    ]
    assert all(r["id"].startswith("run_") for r in body["runs"])
    # The same batch idempotency key answers the first batch, every run cached.
    again = client.post("/api/v1/tasks/batch", json={"items": items}, headers={"idempotency-key": "batch-key"}).json()
    assert again["id"] == body["id"] and again["isCached"] is True
    assert [r["id"] for r in again["runs"]] == [r["id"] for r in body["runs"]]
    assert all(r["isCached"] for r in again["runs"])
    # An item idempotency key matching a live run is reported cached in a new batch.
    other = client.post("/api/v1/tasks/batch", json={"items": items[1:]}).json()
    assert other["id"] != body["id"] and other["runs"][0] == {**body["runs"][1], "isCached": True}


def test_v1_batch_limits_and_error_texts(client: httpx.Client) -> None:
    empty = client.post("/api/v1/tasks/batch", json={"items": []})
    assert (empty.status_code, empty.json()) == (400, {"error": "Batch cannot be triggered with no items"})
    too_many = client.post("/api/v1/tasks/batch", json={"items": [{"task": "a"}] * 501})
    assert (too_many.status_code, too_many.json()["error"]) == (
        400,
        "Batch size of 501 is too large. Maximum allowed batch size is 500.",
    )
    assert client.post("/api/v1/tasks/batch", json={"items": [{"task": "a"}] * 500}).status_code == 202
    # BATCH_TASK_PAYLOAD_MAXIMUM_SIZE: 1,000,000 bytes for the whole body.
    text = {"payloadType": "text/plain"}
    too_large = client.post("/api/v1/tasks/batch", json={"items": [{"task": "a", "payload": "x" * 1_000_000}]})
    assert (too_large.status_code, too_large.json()) == (413, {"error": "Request body too large"})
    fits = {"items": [{"task": "a", "payload": "x" * 999_000, "options": text}]}
    assert client.post("/api/v1/tasks/batch", json=fits).status_code == 202


def test_one_task_v1_batch_takes_at_most_100_items(client: httpx.Client) -> None:
    over = client.post("/api/v1/tasks/a/batch", json={"items": [{"payload": n} for n in range(101)]})
    assert (over.status_code, over.json()) == (400, {"error": "Too many items. Maximum allowed batch size is 100."})
    ok = client.post("/api/v1/tasks/a/batch", json={"items": [{"payload": n} for n in range(100)]})
    assert ok.status_code == 200 and len(ok.json()["runs"]) == 100
    empty = client.post("/api/v1/tasks/a/batch", json={"items": []})
    assert (empty.status_code, empty.json()) == (400, {"error": "No items to trigger"})


# --- public access tokens (routes/api.v1.tasks.$taskId.trigger.ts, ...waitpoints.tokens.$id.complete.ts) -----


def test_public_token_triggers_within_its_scopes(manual: TriggerEmulator) -> None:
    with public_client(manual, "trigger:tasks:a") as scoped:
        assert scoped.post("/api/v1/tasks/a/trigger", json={"payload": 1}).status_code == 200
        refused = scoped.post("/api/v1/tasks/b/trigger", json={"payload": 1})
        assert (refused.status_code, refused.json()) == (403, FORBIDDEN)
        # The batch route needs batchTrigger on every task of the batch.
        batch = scoped.post("/api/v1/tasks/batch", json={"items": [{"task": "a"}]})
        assert batch.status_code == 403
    with public_client(manual, "batchTrigger:tasks:a") as batcher:
        assert batcher.post("/api/v1/tasks/batch", json={"items": [{"task": "a"}]}).status_code == 202
        mixed = batcher.post("/api/v1/tasks/batch", json={"items": [{"task": "a"}, {"task": "b"}]})
        assert (mixed.status_code, mixed.json()) == (403, FORBIDDEN)
    for scope in ("trigger:tasks", "trigger:all", "*:all", "admin"):
        with public_client(manual, scope) as broad:
            assert broad.post("/api/v1/tasks/b/trigger", json={"payload": 1}).status_code == 200, scope
    with public_client(manual, "admin:tasks") as not_admin:
        assert not_admin.post("/api/v1/tasks/b/trigger", json={"payload": 1}).status_code == 403


def test_public_token_completes_only_its_waitpoint(manual: TriggerEmulator, client: httpx.Client) -> None:
    first = client.post("/api/v1/waitpoints/tokens", json={}).json()["id"]
    second = client.post("/api/v1/waitpoints/tokens", json={}).json()["id"]
    with public_client(manual, f"write:waitpoints:{first}") as scoped:
        done = scoped.post(f"/api/v1/waitpoints/tokens/{first}/complete", json={"data": {"ok": True}})
        assert (done.status_code, done.json()) == (200, {"success": True})
        refused = scoped.post(f"/api/v1/waitpoints/tokens/{second}/complete", json={"data": {}})
        assert (refused.status_code, refused.json()) == (403, FORBIDDEN)
    assert client.get(f"/api/v1/waitpoints/tokens/{second}").json()["status"] == "WAITING"


def test_public_token_is_refused_where_the_webapp_does_not_allow_jwts(manual: TriggerEmulator) -> None:
    with public_client(manual, "admin") as admin:
        assert admin.post("/api/v1/tasks/a/batch", json={"items": [{"payload": 1}]}).status_code == 401
        assert admin.post("/api/v1/waitpoints/tokens", json={}).status_code == 401


def test_public_token_signed_with_another_key_is_invalid(manual: TriggerEmulator) -> None:
    env = manual.add_project(name="other").environments["dev"]
    forged = mint_public_token(env, ["admin"], START.timestamp(), 3600)
    with client_for(manual, forged) as other:
        # Valid for its own environment: the run lands there, not in the default project.
        run_id = other.post("/api/v1/tasks/a/trigger", json={"payload": 1}).json()["id"]
    assert run_id in env.runs


__all__ = ["trigger"]


# --- idempotency (runEngine/concerns/idempotencyKeys.server.ts, v3/taskStatus.ts) --------------------------------


def test_idempotency_key_of_a_failed_or_expired_run_starts_a_new_run(
    manual: TriggerEmulator, client: httpx.Client
) -> None:
    manual.unregistered = "fail"
    body = {"payload": 1, "options": {"idempotencyKey": "once"}}
    failed = client.post("/api/v1/tasks/a/trigger", json=body).json()
    manual.run_pending()
    assert client.get(f"/api/v3/runs/{failed['id']}").json()["status"] == "FAILED"
    fresh = client.post("/api/v1/tasks/a/trigger", json=body).json()
    assert fresh["id"] != failed["id"] and fresh["isCached"] is False
    assert "idempotencyKey" not in client.get(f"/api/v3/runs/{failed['id']}").json()
    # A live run answers the key; a canceled one keeps it (CANCELED is not cleared).
    assert client.post("/api/v1/tasks/a/trigger", json=body).json() == {"id": fresh["id"], "isCached": True}
    canceled = client.post("/api/v1/tasks/b/trigger", json=body).json()["id"]
    client.post(f"/api/v2/runs/{canceled}/cancel")
    assert client.post("/api/v1/tasks/b/trigger", json=body).json() == {"id": canceled, "isCached": True}
    expiring = {"payload": 1, "options": {"idempotencyKey": "ttl", "ttl": "1m", "delay": "1h"}}
    expired = client.post("/api/v1/tasks/c/trigger", json=expiring).json()["id"]
    manual.advance(3700)
    assert client.get(f"/api/v3/runs/{expired}").json()["status"] == "EXPIRED"
    assert client.post("/api/v1/tasks/c/trigger", json=expiring).json()["id"] != expired


# --- project runs list (presenters/v3/ApiRunListPresenter.server.ts) -------------------------------------------


def test_project_runs_list_one_environment_named_by_slug(manual: TriggerEmulator, client: httpx.Client) -> None:
    dev_run = trigger(client, "a")
    with client_for(manual, manual.default_project.secret_keys["stg"]) as staging:
        stg_run = trigger(staging, "a")
    with client_for(manual, manual.pat) as pat:
        base = f"/api/v1/projects/{manual.project_ref}/runs"
        assert [r["id"] for r in pat.get(base, params={"filter[env]": "dev"}).json()["data"]] == [dev_run]
        stg = pat.get(base, params={"filter[env]": "stg"}).json()["data"]
        assert [(r["id"], r["env"]["name"]) for r in stg] == [(stg_run, "stg")]
        for params in ({}, {"filter[env]": "staging"}):
            failed = pat.get(base, params=params)
            assert (failed.status_code, failed.json()) == (500, {"error": "Internal Server Error"})


# --- batch status (v3/runEngineHandlersShared.server.ts, run-engine batchSystem.ts) ------------------------------


def test_batch_stays_pending_until_every_run_is_final(manual: TriggerEmulator, client: httpx.Client) -> None:
    manual.unregistered = "queue"
    batch_id = client.post("/api/v1/tasks/batch", json={"items": [{"task": "a"}, {"task": "b"}]}).json()["id"]
    assert client.get(f"/api/v1/batches/{batch_id}").json()["status"] == "PENDING"
    runs = client.get(f"/api/v1/batches/{batch_id}").json()["runs"]
    client.post(f"/api/v2/runs/{runs[0]}/cancel")
    assert client.get(f"/api/v2/batches/{batch_id}").json()["status"] == "PENDING"
    client.post(f"/api/v2/runs/{runs[1]}/cancel")
    assert client.get(f"/api/v1/batches/{batch_id}").json()["status"] == "COMPLETED"


def test_batch_of_only_failed_items_is_aborted(client: httpx.Client) -> None:
    header = {"content-type": "application/x-ndjson"}
    batch_id = client.post("/api/v3/batches", json={"runCount": 1}).json()["id"]
    client.post(f"/api/v3/batches/{batch_id}/items", content=b'{"index": 0, "task": ""}\n', headers=header)
    assert client.get(f"/api/v2/batches/{batch_id}").json()["status"] == "ABORTED"


# --- environment variables (environmentVariablesRepository.server.ts, environmentVariableRules.server.ts) ----------


def test_envvar_import_without_override_fails_whole_and_writes_nothing(manual: TriggerEmulator) -> None:
    base = f"/api/v1/projects/{manual.project_ref}/envvars/dev"
    with client_for(manual, manual.pat) as pat:
        pat.post(f"{base}/import", json={"variables": {"A": "1", "B": "2"}})
        refused = pat.post(f"{base}/import", json={"variables": {"A": "new", "B": "2", "C": "3"}})
        assert (refused.status_code, refused.json()) == (
            400,
            {
                "error": "Some of the variables are already set for these environments. "
                "Set override to true to override them.",
                "variableErrors": [
                    {"key": "A", "error": "Variable already set in Development."},
                    {"key": "B", "error": "Variable already set in Development."},
                ],
            },
        )
        assert {v["name"]: v["value"] for v in pat.get(base).json()} == {"A": "1", "B": "2"}
        assert pat.post(f"{base}/import", json={"variables": {"A": "new"}, "override": True}).status_code == 200
        assert pat.get(f"{base}/A").json()["value"] == "new"


def test_envvar_create_is_an_upsert_keeping_secrecy(manual: TriggerEmulator) -> None:
    base = f"/api/v1/projects/{manual.project_ref}/envvars/prod"
    with client_for(manual, manual.pat) as pat:
        assert pat.post(base, json={"name": "K", "value": "1", "isSecret": True}).json() == {"success": True}
        assert pat.post(base, json={"name": "K", "value": "2"}).json() == {"success": True}
        assert pat.get(f"{base}/K").json() == {"name": "K", "value": "", "isSecret": True}
        assert manual.default_project.environments["prod"].envvars["K"].value == "2"


def test_envvar_reserved_names_and_empty_values_are_dropped(manual: TriggerEmulator) -> None:
    base = f"/api/v1/projects/{manual.project_ref}/envvars/dev"
    with client_for(manual, manual.pat) as pat:
        empty = pat.post(base, json={"name": "E", "value": "  "})
        assert (empty.status_code, empty.json()) == (400, {"error": "You must set at least one valid variable."})
        reserved = pat.post(f"{base}/import", json={"variables": {"TRIGGER_SECRET_KEY": "x", "TRIGGER_API_URL": "y"}})
        assert reserved.json() == {
            "error": "You must set at least one valid variable. All the variables submitted are not allowed."
        }
        # Mixed with valid ones, they vanish without a word: the client refuses them for that reason.
        mixed = {"TRIGGER_API_URL": "y", "BLANK": "", "OK": "1"}
        assert pat.post(f"{base}/import", json={"variables": mixed}).json() == {"success": True}
        assert [v["name"] for v in pat.get(base).json()] == ["OK"]
        # Update ignores a blank value and still answers success.
        assert pat.put(f"{base}/OK", json={"value": " "}).json() == {"success": True}
        assert pat.get(f"{base}/OK").json()["value"] == "1"


# --- retryable 404s (routeBuilders/apiBuilder.server.ts shouldRetryNotFound) ------------------------------------


def test_missing_run_or_batch_is_a_retryable_404(client: httpx.Client) -> None:
    for path in (
        "/api/v3/runs/run_missing",
        "/api/v1/runs/run_missing/events",
        "/api/v1/runs/run_missing/trace",
        "/api/v1/batches/batch_missing",
        "/api/v2/batches/batch_missing",
    ):
        response = client.get(path)
        assert (response.status_code, response.json()) == (404, {"error": "Not found"}), path
        assert response.headers["x-should-retry"] == "true", path
    # Action routes answer a missing resource themselves, with no such header (apiBuilder.server.ts).
    cancel = client.post("/api/v2/runs/run_missing/cancel")
    assert (cancel.status_code, cancel.json()) == (404, {"error": "Resource not found"})
    assert "x-should-retry" not in cancel.headers


# --- trigger options (runEngine/services/triggerTask.server.ts, runEngine/validators/triggerTaskValidator.ts) ------


def test_dev_runs_get_a_ten_minute_ttl(manual: TriggerEmulator, client: httpx.Client) -> None:
    manual.unregistered = "queue"
    dev_run = trigger(client, "a")
    assert client.get(f"/api/v3/runs/{dev_run}").json()["ttl"] == "10m"
    own_ttl = trigger(client, "a", ttl="1h")
    with client_for(manual, manual.default_project.secret_keys["prod"]) as prod:
        prod_run = trigger(prod, "a")
        assert "ttl" not in prod.get(f"/api/v3/runs/{prod_run}").json()
    manual.advance(601)
    assert client.get(f"/api/v3/runs/{dev_run}").json()["status"] == "EXPIRED"
    assert client.get(f"/api/v3/runs/{own_ttl}").json()["status"] == "QUEUED"


def test_more_than_ten_tags_is_422(client: httpx.Client) -> None:
    eleven = client.post("/api/v1/tasks/a/trigger", json={"options": {"tags": [f"t{i}" for i in range(11)]}})
    assert (eleven.status_code, eleven.json()) == (
        422,
        {"error": "Runs can only have 10 tags, you're trying to set 11."},
    )
    run_id = trigger(client, "a", tags=[f"t{i}" for i in range(9)] + [" "])
    assert len(client.get(f"/api/v3/runs/{run_id}").json()["tags"]) == 9  # blank tags are dropped
    over = client.post(f"/api/v1/runs/{run_id}/tags", json={"tags": ["x", "y", "t0"]})
    assert (over.status_code, over.json()) == (
        422,
        {"error": "Runs can only have 10 tags, you're trying to set 11. These tags have not been set: 'x', 'y'."},
    )
    assert client.post(f"/api/v1/runs/{run_id}/tags", json={"tags": ["t1", ""]}).json() == {
        "message": "No new tags to add"
    }
    assert client.post(f"/api/v1/runs/{run_id}/tags", json={"tags": "x"}).json() == {
        "message": "Successfully set 1 new tags."
    }


def test_invalid_trigger_delay_is_422(client: httpx.Client) -> None:
    bad = client.post("/api/v1/tasks/a/trigger", json={"options": {"delay": "whenever"}})
    assert (bad.status_code, bad.json()) == (422, {"error": "Invalid delay whenever"})


def test_reschedule_answers_its_own_400s(manual: TriggerEmulator, client: httpx.Client) -> None:
    delayed = trigger(client, "a", delay="1h")
    assert client.post(f"/api/v1/runs/{delayed}/reschedule", json={}).json() == {"error": "Invalid request body"}
    bad = client.post(f"/api/v1/runs/{delayed}/reschedule", json={"delay": "later"})
    assert (bad.status_code, bad.json()) == (400, {"error": "Invalid delay: later"})
    # The delay is checked before the run is looked up.
    assert client.post("/api/v1/runs/run_missing/reschedule", json={"delay": "later"}).status_code == 400
    missing = client.post("/api/v1/runs/run_missing/reschedule", json={"delay": "2h"})
    assert (missing.status_code, missing.json()) == (404, {"error": "Run not found"})
    manual.unregistered = "queue"
    queued = trigger(client, "a")
    not_delayed = client.post(f"/api/v1/runs/{queued}/reschedule", json={"delay": "2h"})
    assert (not_delayed.status_code, not_delayed.json()) == (
        400,
        {"error": "Cannot reschedule a run that is not delayed"},
    )
    moved = client.post(f"/api/v1/runs/{delayed}/reschedule", json={"delay": "2h"})
    assert moved.status_code == 200 and moved.json()["delayedUntil"] == "2024-01-01T02:00:00.000Z"


# --- schedules (v3/services/checkSchedule.server.ts, utils/timezones.server.ts) ----------------------------------


def test_schedule_task_must_exist_and_be_scheduled(manual: TriggerEmulator, client: httpx.Client) -> None:
    manual.task("plain")(lambda payload: None)
    manual.task("nightly", scheduled=True)(lambda payload: None)
    body = {"cron": "0 2 * * *", "deduplicationKey": "k"}
    missing = client.post("/api/v1/schedules", json={**body, "task": "ghost"})
    assert (missing.status_code, missing.json()) == (422, {"error": "Task with identifier ghost not found in project."})
    plain = client.post("/api/v1/schedules", json={**body, "task": "plain"})
    assert (plain.status_code, plain.json()) == (422, {"error": "Task with identifier plain is not a scheduled task."})
    assert client.post("/api/v1/schedules", json={**body, "task": "nightly"}).status_code == 200


def test_schedule_timezone_must_be_canonical(manual: TriggerEmulator, client: httpx.Client) -> None:
    manual.task("nightly", scheduled=True)(lambda payload: None)
    body = {"task": "nightly", "cron": "0 2 * * *", "deduplicationKey": "k"}
    for alias in ("US/Eastern", "Asia/Kolkata", "Europe/Kyiv", "Etc/UTC"):
        refused = client.post("/api/v1/schedules", json={**body, "timezone": alias})
        assert (refused.status_code, refused.json()["error"]) == (
            422,
            f"Invalid IANA timezone: '{alias}'. View the list of valid timezones at {manual.base_url}/timezones",
        ), alias
    for canonical in ("UTC", "America/New_York", "Asia/Calcutta", "Europe/Kiev"):
        assert client.post("/api/v1/schedules", json={**body, "timezone": canonical}).status_code == 200, canonical
    listed = client.get("/api/v1/timezones").json()["timezones"]
    assert listed[0] == "UTC" and "Asia/Calcutta" in listed and "US/Eastern" not in listed and len(listed) == 419


# --- offset pagination (routes/api.v1.schedules.ts, routes/api.v1.queues.ts) --------------------------------------


def test_schedules_page_20_by_default_and_at_most_100(manual: TriggerEmulator, client: httpx.Client) -> None:
    manual.task("nightly", scheduled=True)(lambda payload: None)
    for i in range(105):
        client.post("/api/v1/schedules", json={"task": "nightly", "cron": "0 2 * * *", "deduplicationKey": f"k{i}"})
    first = client.get("/api/v1/schedules").json()
    assert len(first["data"]) == 20 and first["pagination"] == {"currentPage": 1, "totalPages": 6, "count": 105}
    capped = client.get("/api/v1/schedules", params={"perPage": "500"}).json()
    assert len(capped["data"]) == 100 and capped["pagination"]["totalPages"] == 2
    bad = client.get("/api/v1/schedules", params={"perPage": "0"})
    assert (bad.status_code, bad.json()["error"]) == (400, "Invalid request parameters")


def test_queues_page_25_by_default_and_at_most_100(manual: TriggerEmulator, client: httpx.Client) -> None:
    for i in range(30):
        trigger(client, f"task-{i}")
    assert len(client.get("/api/v1/queues").json()["data"]) == 25
    assert len(client.get("/api/v1/queues", params={"perPage": "1000"}).json()["data"]) == 30
    bad = client.get("/api/v1/queues", params={"page": "-1"})
    assert (bad.status_code, bad.json()["error"]) == (400, "Query Error")


# --- run metadata (routes/api.v1.runs.$runId.metadata.ts, services/metadata/updateMetadata.server.ts) -----------


def test_metadata_of_a_run_finished_over_an_hour_ago_is_frozen(manual: TriggerEmulator, client: httpx.Client) -> None:
    run_id = trigger(client, "a")
    manual.run_pending()
    manual.advance(3599)
    assert client.put(f"/api/v1/runs/{run_id}/metadata", json={"metadata": {"late": 1}}).status_code == 200
    manual.advance(2)
    frozen = client.put(f"/api/v1/runs/{run_id}/metadata", json={"metadata": {"later": 1}})
    assert (frozen.status_code, frozen.json()) == (422, {"error": "Cannot update metadata for a completed run"})
    missing = client.put("/api/v1/runs/run_missing/metadata", json={"metadata": {}})
    assert (missing.status_code, missing.json()) == (404, {"error": "Task Run not found"})


def test_metadata_over_256_kb_is_413(client: httpx.Client) -> None:
    run_id = trigger(client, "a")
    limit = 262_144
    fits = {"k": "x" * (limit - len('{"k":""}'))}
    assert client.put(f"/api/v1/runs/{run_id}/metadata", json={"metadata": fits}).status_code == 200
    too_big = client.put(f"/api/v1/runs/{run_id}/metadata", json={"metadata": {"k": "x" * limit}})
    assert (too_big.status_code, too_big.json()) == (413, {"error": "Metadata exceeds maximum size of 262144 bytes"})
    at_trigger = client.post("/api/v1/tasks/a/trigger", json={"options": {"metadata": {"k": "x" * limit}}})
    assert (at_trigger.status_code, at_trigger.json()) == (413, too_big.json())


# --- replay (v3/services/replayTaskRun.server.ts) ------------------------------------------------------------------


def test_replay_copies_only_some_options(manual: TriggerEmulator, client: httpx.Client) -> None:
    manual.unregistered = "queue"
    options = {
        "tags": ["a"],
        "metadata": {"m": 1},
        "machine": "small-2x",
        "maxAttempts": 5,
        "ttl": "1h",
        "delay": "1h",
        "idempotencyKey": "once",
        "priority": 60,
    }
    original = trigger(client, "a", {"n": 1}, **options)
    client.put(f"/api/v1/runs/{original}/metadata", json={"metadata": {"m": 2}})
    replayed = client.post(f"/api/v1/runs/{original}/replay").json()["id"]
    run = manual.get_run(replayed)
    assert run["payload"] == {"n": 1} and run["tags"] == ["a"] and run["metadata"] == {"m": 2}
    assert run["status"] == "QUEUED" and "delayedUntil" not in run and "idempotencyKey" not in run
    assert run["ttl"] == "10m"  # the dev default, not the original's 1h
    stored = manual._find_run(replayed).options
    assert stored["machine"] == "small-2x" and "maxAttempts" not in stored and "priority" not in stored
    missing = client.post("/api/v1/runs/run_missing/replay")
    assert (missing.status_code, missing.json()) == (404, {"error": "Resource not found"})


# --- runs list window (services/runsRepository/runsRepository.server.ts, components/runs/v3/SharedFilters.tsx) ---


def test_runs_list_covers_the_last_7_days_unless_told(manual: TriggerEmulator, client: httpx.Client) -> None:
    old = trigger(client, "a")
    manual.advance(7 * 86400 + 1)
    new = trigger(client, "a")
    assert [r["id"] for r in client.get("/api/v1/runs").json()["data"]] == [new]
    assert [r["id"] for r in client.get("/api/v1/runs", params={"filter[batch]": "batch_x"}).json()["data"]] == []
    month = client.get("/api/v1/runs", params={"filter[createdAt][period]": "30d"}).json()["data"]
    assert [r["id"] for r in month] == [new, old]
    since = client.get("/api/v1/runs", params={"filter[createdAt][from]": str(int(START.timestamp() * 1000))})
    assert [r["id"] for r in since.json()["data"]] == [new, old]


# --- queue reset and promote (routes/api.v1.queues.$queueParam.concurrency.reset.ts, changeCurrentDeployment) ---


def test_resetting_a_queue_that_is_not_overridden_is_400(client: httpx.Client) -> None:
    trigger(client, "a")
    base = "/api/v1/queues/a/concurrency"
    not_overridden = client.post(f"{base}/reset", json={"type": "task"})
    assert (not_overridden.status_code, not_overridden.json()) == (400, {"error": "Queue is not overridden"})
    client.post(f"{base}/override", json={"type": "task", "concurrencyLimit": 3})
    assert client.post(f"{base}/reset", json={"type": "task"}).status_code == 200


def test_promote_refuses_the_current_and_older_deployments(manual: TriggerEmulator, client: httpx.Client) -> None:
    manual.add_deployment("20250102.1")
    manual.add_deployment("20241231.7")
    current = client.post("/api/v1/deployments/20250101.1/promote")
    assert (current.status_code, current.json()) == (400, {"error": "Deployment is already the current deployment."})
    older = client.post("/api/v1/deployments/20241231.7/promote")
    assert (older.status_code, older.json()) == (
        400,
        {"error": "Cannot promote a deployment that is older than the current deployment."},
    )
    assert client.post("/api/v1/deployments/20250102.1/promote").json()["version"] == "20250102.1"
    rollback = client.post("/api/v1/deployments/20241231.7/promote", params={"allowRollbacks": "true"})
    assert rollback.status_code == 200
    assert client.post("/api/v1/deployments/20990101.1/promote").json() == {"error": "Deployment not found"}


def test_request_bodies_are_capped_per_route(client: httpx.Client) -> None:
    # maxContentLength of each route (routeBuilders/apiBuilder.server.ts answers 413 "Request body too large").
    too_large = {"error": "Request body too large"}
    token = client.post("/api/v1/waitpoints/tokens", json={"tags": ["x" * 100] * 103})
    assert (token.status_code, token.json()) == (413, too_large)
    run_id = trigger(client, "a")
    metadata = client.put(f"/api/v1/runs/{run_id}/metadata", json={"metadata": {"k": "x" * (2 * 1024 * 1024)}})
    assert (metadata.status_code, metadata.json()) == (413, too_large)
    one_task = client.post("/api/v1/tasks/a/batch", json={"items": [{"payload": "x" * 3_145_728}]})
    assert (one_task.status_code, one_task.json()) == (413, too_large)


def test_env_var_routes_check_the_key_against_project_and_environment(manual: TriggerEmulator) -> None:
    # services/apiAuth.server.ts authenticatedEnvironmentForAuthentication: checked before any lookup.
    with client_for(manual, manual.secret_key) as key:
        wrong_project = key.get("/api/v1/projects/proj_someoneelse/envvars/dev")
        assert (wrong_project.status_code, wrong_project.json()["error"]) == (
            400,
            "Invalid project ref for this API key. Make sure you are using an API key associated with that project.",
        )
        wrong_env = key.get(f"/api/v1/projects/{manual.project_ref}/envvars/prod")
        assert (wrong_env.status_code, wrong_env.json()["error"]) == (
            400,
            "Invalid environment slug for this API key. "
            "Make sure you are using an API key associated with that environment.",
        )
    with client_for(manual, manual.default_project.secret_keys["stg"]) as staging:
        assert staging.get(f"/api/v1/projects/{manual.project_ref}/envvars/staging").status_code == 200


def test_missing_queue_texts_differ_by_route(client: httpx.Client) -> None:
    # The retrieve and pause routes answer the presenter's code; the concurrency routes a sentence.
    retrieve = client.get("/api/v1/queues/nope", params={"type": "task"})
    assert (retrieve.status_code, retrieve.json()) == (404, {"error": "queue-not-found"})
    pause = client.post("/api/v1/queues/nope/pause", json={"type": "task", "action": "pause"})
    assert (pause.status_code, pause.json()) == (404, {"error": "queue-not-found"})
    reset = client.post("/api/v1/queues/nope/concurrency/reset", json={"type": "task"})
    assert (reset.status_code, reset.json()) == (404, {"error": "Queue not found"})


def test_public_token_reads_runs_and_batches_within_its_scopes(manual: TriggerEmulator, client: httpx.Client) -> None:
    # api.v3.runs.$runId.ts, api.v1.runs.ts, api.v2.runs.$runParam.cancel.ts, api.v1.batches.$batchId.ts: allowJWT.
    run_id = trigger(client, "a", tags=["user_1"])
    other = trigger(client, "b")
    batch_id = client.post("/api/v1/tasks/batch", json={"items": [{"task": "c"}]}).json()["id"]
    with public_client(manual, f"read:runs:{run_id}") as one_run:
        assert one_run.get(f"/api/v3/runs/{run_id}").status_code == 200
        assert one_run.get(f"/api/v1/runs/{run_id}/trace").status_code == 200
        refused = one_run.get(f"/api/v3/runs/{other}")
        assert (refused.status_code, refused.json()) == (403, FORBIDDEN)
        assert one_run.get("/api/v1/runs").status_code == 403
        assert one_run.post(f"/api/v2/runs/{run_id}/cancel").status_code == 403
    with public_client(manual, "read:tags:user_1", "read:tasks:b", f"write:runs:{other}") as mixed:
        assert mixed.get(f"/api/v3/runs/{run_id}").status_code == 200  # through its tag
        assert mixed.get("/api/v1/runs", params={"filter[taskIdentifier]": "b"}).status_code == 200
        assert mixed.get("/api/v1/runs", params={"filter[taskIdentifier]": "a,b"}).status_code == 403
        assert mixed.post(f"/api/v2/runs/{other}/cancel").json() == {"id": other}
    with public_client(manual, f"read:batch:{batch_id}") as batch_reader:
        assert batch_reader.get(f"/api/v1/batches/{batch_id}").status_code == 200
        assert batch_reader.get(f"/api/v2/batches/{batch_id}").status_code == 200
    with public_client(manual, "read:runs") as all_runs:
        assert all_runs.get(f"/api/v1/batches/{batch_id}").status_code == 200
        assert len(all_runs.get("/api/v1/runs").json()["data"]) == 3


def test_unparseable_ttl_is_accepted_and_ignored(manual: TriggerEmulator, client: httpx.Client) -> None:
    # TriggerTaskRequestBody takes any ttl string; the run engine ignores one it cannot parse.
    manual.unregistered = "queue"
    run_id = trigger(client, "a", ttl="soon")
    manual.advance(86400)
    assert client.get(f"/api/v3/runs/{run_id}").json()["status"] == "QUEUED"


def test_waitpoint_tokens_take_at_most_10_tags(client: httpx.Client) -> None:
    eleven = client.post("/api/v1/waitpoints/tokens", json={"tags": [f"t{i}" for i in range(11)]})
    assert (eleven.status_code, eleven.json()) == (
        422,
        {"error": "Waitpoints can only have 10 tags, you're trying to set 11."},
    )
