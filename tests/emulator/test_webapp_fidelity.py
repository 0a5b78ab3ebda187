"""Emulator rules that used to differ from the webapp (apps/webapp/app at the commit in openapi/UPSTREAM.md)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from trigger_client import AsyncTriggerClient, InternalServerError, TriggerClient
from trigger_client.testing import TriggerEmulator
from trigger_client.testing._auth import mint_public_token

from .conftest import START, client_for, trigger

FORBIDDEN = {"error": "Unauthorized", "code": "unauthorized", "param": "access_token", "type": "authorization"}


def token_for(emulator: TriggerEmulator, *scopes: str, env: str = "dev") -> str:
    return mint_public_token(emulator.default_project.environments[env], list(scopes), START.timestamp(), 3600)


def as_public(emulator: TriggerEmulator, *scopes: str) -> httpx.Client:
    return client_for(emulator, token_for(emulator, *scopes))


# --- batches (v3/services/batchTriggerV3.server.ts) ----------------------------------------------------------------


def test_a_batch_whose_every_key_names_a_failed_run_reuses_it(manual: TriggerEmulator, client: httpx.Client) -> None:
    manual.unregistered = "fail"
    keyed = {"payload": 1, "options": {"idempotencyKey": "once"}}
    failed = client.post("/api/v1/tasks/a/trigger", json=keyed).json()["id"]
    manual.run_pending()
    assert manual.get_run(failed)["status"] == "FAILED"

    # #prepareRunData: the unexpired run behind the key, whatever its status; nothing new is triggered.
    by_task = client.post("/api/v1/tasks/a/batch", json={"items": [keyed]})
    assert by_task.status_code == 200 and by_task.json()["runs"] == [failed]
    v1 = client.post("/api/v1/tasks/batch", json={"items": [{"task": "a", **keyed}]})
    assert v1.status_code == 202
    assert v1.json()["isCached"] is False  # the batch itself is new
    assert v1.json()["runs"] == [{"id": failed, "taskIdentifier": "a", "isCached": True, "idempotencyKey": "once"}]
    assert manual.get_run(failed)["idempotencyKey"] == "once"  # the key stays on the failed run

    # A single trigger gives the key up to a new run (runEngine/concerns/idempotencyKeys.server.ts).
    fresh = client.post("/api/v1/tasks/a/trigger", json=keyed).json()
    assert fresh["id"] != failed and fresh["isCached"] is False


def test_a_batch_mixing_new_items_triggers_them(manual: TriggerEmulator, client: httpx.Client) -> None:
    live = client.post("/api/v1/tasks/a/trigger", json={"payload": 1, "options": {"idempotencyKey": "k"}}).json()
    items = [{"payload": 1, "options": {"idempotencyKey": "k"}}, {"payload": 2}]
    runs = client.post("/api/v1/tasks/a/batch", json={"items": items}).json()["runs"]
    assert runs[0] == live["id"] and runs[1] not in (live["id"], None)


# --- schedules (routes/api.v1.schedules.$scheduleId.ts, v3/services/upsertTaskSchedule.server.ts) ------------------


@pytest.fixture
def scheduled(manual: TriggerEmulator) -> TriggerEmulator:
    manual.task("daily", scheduled=True)(lambda payload: None)
    return manual


def test_put_on_an_unknown_schedule_creates_one(scheduled: TriggerEmulator, client: httpx.Client) -> None:
    answer = client.put("/api/v1/schedules/sched_unknown", json={"task": "daily", "cron": "0 9 * * *"})
    assert answer.status_code == 200
    created = answer.json()
    # A new id, not the one in the URL, and a generated deduplication key (#createNewSchedule).
    assert created["id"].startswith("sched_") and created["id"] != "sched_unknown"
    assert len(created["deduplicationKey"]) == 24
    assert created["generator"]["expression"] == "0 9 * * *" and created["active"] is True
    assert client.get(f"/api/v1/schedules/{created['id']}").json() == created
    assert client.get("/api/v1/schedules/sched_unknown").status_code == 404


def test_a_schedule_is_addressed_by_id_or_deduplication_key(scheduled: TriggerEmulator, client: httpx.Client) -> None:
    body = {"task": "daily", "cron": "0 9 * * *", "deduplicationKey": "nightly"}
    created = client.post("/api/v1/schedules", json=body).json()
    # models/schedules.server.ts scheduleWhereClause: not a `sched_` id, so a deduplication key.
    assert client.get("/api/v1/schedules/nightly").json()["id"] == created["id"]
    updated = client.put("/api/v1/schedules/nightly", json={"task": "daily", "cron": "0 10 * * *"}).json()
    assert updated["id"] == created["id"] and updated["generator"]["expression"] == "0 10 * * *"
    assert client.post("/api/v1/schedules/nightly/deactivate").json()["active"] is False
    assert client.delete("/api/v1/schedules/nightly").json() == {"id": created["id"]}


def test_put_on_a_schedule_of_another_environment_is_404(scheduled: TriggerEmulator, client: httpx.Client) -> None:
    prod_key = scheduled.default_project.secret_keys["prod"]
    with client_for(scheduled, prod_key) as prod:
        theirs = prod.post("/api/v1/schedules", json={"task": "daily", "cron": "0 9 * * *", "deduplicationKey": "p"})
    # getScheduleEnvVisibility: "hidden", refused rather than created.
    hidden = client.put(f"/api/v1/schedules/{theirs.json()['id']}", json={"task": "daily", "cron": "0 9 * * *"})
    assert (hidden.status_code, hidden.json()) == (404, {"error": "Schedule not found"})
    assert client.get("/api/v1/schedules").json()["data"] == []


# --- waitpoint tokens (presenters/v3/ApiWaitpointPresenter.server.ts) ----------------------------------------------


class CountingTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(f"{request.method} {request.url.path}")
        return self.inner.handle_request(request)


def test_a_missing_waitpoint_token_is_a_500_and_the_client_says_why(
    manual: TriggerEmulator, client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = client.get("/api/v1/waitpoints/tokens/waitpoint_missing")
    # The presenter throws "Waitpoint not found"; the route builder answers any throw this way.
    assert (missing.status_code, missing.json()) == (500, {"error": "Internal Server Error"})
    # Completing one is the complete route's own 404.
    assert client.post("/api/v1/waitpoints/tokens/waitpoint_missing/complete", json={}).status_code == 404

    monkeypatch.setattr("trigger_client._http.retry.RetryPolicy.backoff", lambda self, attempt, rand=None: 0.0)
    counting = CountingTransport(manual.transport)
    client_ = TriggerClient(secret_key=manual.secret_key, transport=counting, max_retries=2)
    with client_, pytest.raises(InternalServerError) as caught:
        client_.waitpoints.tokens.retrieve("waitpoint_missing")
    # A 500 is retried as any 500 is, within max_retries; the error then says what it most likely means.
    assert counting.paths == ["GET /api/v1/waitpoints/tokens/waitpoint_missing"] * 3
    assert caught.value.status_code == 500
    assert str(caught.value) == (
        "500 Internal Server Error (the server answers this for a waitpoint token id it does not know; check the id)"
    )


async def test_the_async_client_explains_the_500_too(manual: TriggerEmulator) -> None:
    async with AsyncTriggerClient(
        secret_key=manual.secret_key, transport=manual.async_transport, max_retries=0
    ) as trigger_client:
        with pytest.raises(InternalServerError, match="id it does not know"):
            await trigger_client.waitpoints.tokens.retrieve("waitpoint_missing")


# --- sessions (routes/api.v1.sessions*.ts, services/realtime/mintSessionToken.server.ts) ----------------------------

SESSION = {"type": "chat.agent", "taskIdentifier": "a", "triggerConfig": {"basePayload": {}}}


@pytest.fixture
def session(manual: TriggerEmulator, client: httpx.Client) -> Iterator[dict[str, str]]:
    created = client.post("/api/v1/sessions", json={**SESSION, "externalId": "chat-1"})
    assert created.status_code == 201
    yield created.json()


def test_the_token_a_session_create_returns_reads_and_writes_that_session(
    manual: TriggerEmulator, client: httpx.Client, session: dict[str, str]
) -> None:
    other = client.post("/api/v1/sessions", json={**SESSION, "externalId": "chat-2"}).json()
    with client_for(manual, session["publicAccessToken"]) as browser:
        # read:sessions:chat-1 covers the session by its externalId and by its id (the route's anyResource).
        assert browser.get("/api/v1/sessions/chat-1").json()["id"] == session["id"]
        assert browser.get(f"/api/v1/sessions/{session['id']}").json()["externalId"] == "chat-1"
        for response in (
            browser.get(f"/api/v1/sessions/{other['id']}"),
            browser.get("/api/v1/sessions"),  # listing needs sessions or tasks as a whole
            browser.patch("/api/v1/sessions/chat-1", json={"tags": ["x"]}),  # update and close need admin
            browser.post("/api/v1/sessions/chat-1/close", json={}),
        ):
            assert (response.status_code, response.json()) == (403, FORBIDDEN)
        missing = browser.get("/api/v1/sessions/chat-404")
        assert (missing.status_code, missing.json()) == (404, {"error": "Not found"})
        assert missing.headers["x-should-retry"] == "false"


def test_public_tokens_on_session_routes_follow_build_jwt_ability(
    manual: TriggerEmulator, client: httpx.Client, session: dict[str, str]
) -> None:
    with as_public(manual, "write:tasks:a") as writer:
        assert writer.post("/api/v1/sessions", json={**SESSION, "externalId": "w"}).status_code == 201
        refused = writer.post("/api/v1/sessions", json={**SESSION, "taskIdentifier": "b"})
        assert (refused.status_code, refused.json()) == (403, FORBIDDEN)
    with as_public(manual, "admin:sessions:chat-1") as admin:
        assert admin.patch("/api/v1/sessions/chat-1", json={"tags": ["vip"]}).json()["tags"] == ["vip"]
        assert admin.post("/api/v1/sessions/chat-1/close", json={}).json()["closedAt"] is not None
    with as_public(manual, "read:tasks:a") as reader:
        assert len(reader.get("/api/v1/sessions", params={"filter[taskIdentifier]": "a"}).json()["data"]) == 2
        assert reader.get("/api/v1/sessions", params={"filter[taskIdentifier]": "a,b"}).status_code == 403
    with as_public(manual, "read:sessions") as everything:
        assert len(everything.get("/api/v1/sessions").json()["data"]) == 2


# --- realtime (routes/realtime.v1.*.ts, packages/plugins/src/rbac.ts buildJwtAbility) -------------------------------


@pytest.fixture
def finished(manual: TriggerEmulator, client: httpx.Client) -> dict[str, str]:
    batch = client.post(
        "/api/v1/tasks/batch", json={"items": [{"task": "a", "payload": 1, "options": {"tags": ["t1"]}}]}
    )
    manual.run_pending()
    run = batch.json()["runs"][0]["id"]
    return {"run": run, "batch": batch.json()["id"]}


@pytest.mark.parametrize(
    ("scope", "status"),
    [
        ("read:runs:{run}", 200),
        ("read:tasks:a", 200),
        ("read:tags:t1", 200),
        ("read:batch:{batch}", 200),
        ("read:runs", 200),
        ("read:all", 200),
        ("*:runs", 200),
        ("*:all", 200),
        ("admin", 200),
        ("read:runs:run_other", 403),
        ("write:runs:{run}", 403),
        ("admin:runs", 403),  # only a bare admin is the wildcard
        ("read:tags:t2", 403),
    ],
)
def test_realtime_run_routes_grant_by_run_task_tag_or_batch(
    manual: TriggerEmulator, finished: dict[str, str], scope: str, status: int
) -> None:
    with as_public(manual, scope.format(**finished)) as reader:
        for path in (f"/realtime/v1/runs/{finished['run']}?offset=-1", f"/realtime/v1/streams/{finished['run']}/out"):
            response = reader.get(path)
            assert response.status_code == status, path
            if status == 403:
                assert response.json() == FORBIDDEN


def test_realtime_tag_and_batch_feeds_grant_as_the_webapp(manual: TriggerEmulator, finished: dict[str, str]) -> None:
    tags = "/realtime/v1/runs?tags=t1,t2&offset=-1"
    batch = f"/realtime/v1/batches/{finished['batch']}?offset=-1"
    # Any one of the tags asked for, or tags or runs as a whole (routes/realtime.v1.runs.ts).
    for scope in ("read:tags:t2", "read:tags", "read:runs", "*:all"):
        with as_public(manual, scope) as reader:
            assert reader.get(tags).status_code == 200, scope
    with as_public(manual, "read:tags:t3") as reader:
        assert reader.get(tags).status_code == 403
    # The batch, or runs as a whole (routes/realtime.v1.batches.$batchId.ts).
    for scope in (f"read:batch:{finished['batch']}", "read:runs", "read:all"):
        with as_public(manual, scope) as reader:
            assert reader.get(batch).status_code == 200, scope
    for scope in ("read:batch:batch_other", f"read:runs:{finished['run']}", "read:tasks:a"):
        with as_public(manual, scope) as reader:
            assert (reader.get(batch).status_code, reader.get(batch).json()) == (403, FORBIDDEN), scope


def test_missing_realtime_resources_answer_the_route_builders_404(client: httpx.Client) -> None:
    batch = client.get("/realtime/v1/batches/batch_missing?offset=-1")
    # shouldRetryNotFound: a batch just created may not have reached the replica yet.
    assert (batch.status_code, batch.json(), batch.headers["x-should-retry"]) == (404, {"error": "Not found"}, "true")
    for path in ("/realtime/v1/runs/run_missing?offset=-1", "/realtime/v1/streams/run_missing/out"):
        run = client.get(path)
        assert (run.status_code, run.json(), run.headers["x-should-retry"]) == (404, {"error": "Not found"}, "false")


# --- query and queues (routes/api.v1.query.ts, v3/queryScope.ts, routes/api.v1.queues.$queueParam.ts) --------------


def test_public_tokens_on_query_and_queues(manual: TriggerEmulator, client: httpx.Client) -> None:
    trigger(client, "a")
    query = {"query": "SELECT run_id FROM runs"}
    with as_public(manual, "read:query:runs") as reader:
        assert reader.post("/api/v1/query", json=query).json()["format"] == "json"
        wide = reader.post("/api/v1/query", json={**query, "scope": "project"})
        assert wide.status_code == 403
        assert wide.json()["error"].startswith("This token is scoped to one environment")
        assert reader.get("/api/v1/query/schema").status_code == 403  # query:schema is another resource
    with as_public(manual, "read:query:schema") as reader:
        assert reader.get("/api/v1/query/schema").json()["tables"][0]["name"] == "runs"
        assert (
            reader.post("/api/v1/query", json=query).status_code,
            reader.post("/api/v1/query", json=query).json(),
        ) == (
            403,
            FORBIDDEN,
        )
    with as_public(manual, "read:queues") as reader:
        assert reader.get("/api/v1/queues/a", params={"type": "task"}).json()["name"] == "a"
        assert reader.get("/api/v1/queues").status_code == 401  # the list takes no JWT
    with as_public(manual, "read:queues:a") as reader:  # the route checks queues as a whole
        assert reader.get("/api/v1/queues/a", params={"type": "task"}).status_code == 403
