"""Bulk actions, error groups, sessions, the deployments list and query schema/dashboards in the emulator.

The ``manual`` emulator validates every answer against the patched spec, so these are contract tests too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import httpx
import pytest

from trigger_client import ConflictError, TriggerClient
from trigger_client.testing import ManualClock, TriggerEmulator

from .conftest import START, client_for, trigger


@pytest.fixture
def api(manual: TriggerEmulator) -> Iterator[TriggerClient]:
    """The high-level client over the in-process emulator."""
    with TriggerClient(secret_key=manual.secret_key, api_url=manual.base_url, transport=manual.transport) as c:
        yield c


def _statuses(client: httpx.Client, **params: str) -> list[str]:
    query = {f"filter[{k}]": v for k, v in params.items()} | {"page[size]": "100"}
    runs: list[str] = []
    page = client.get("/api/v1/runs", params=query).json()
    while True:
        runs += [run["status"] for run in page["data"]]
        if "next" not in page["pagination"]:
            return runs
        page = client.get("/api/v1/runs", params=query | {"page[after]": page["pagination"]["next"]}).json()


def test_bulk_cancel_by_filter_processes_in_chunks_and_reports_progress(
    manual: TriggerEmulator, client: httpx.Client, api: TriggerClient
) -> None:
    for _ in range(150):
        trigger(client, "slow")
    trigger(client, "other")
    bulk = api.runs.bulk.cancel(status=["QUEUED"], task_identifier="slow", name="drain slow")
    first = api.runs.bulk.retrieve(bulk.id)
    # One chunk of 100 at creation (BULK_ACTION_BATCH_SIZE), the next one 200 ms later.
    assert (first.status, first.counts.total, first.counts.success, first.counts.failure) == ("PENDING", 150, 100, 0)
    assert _statuses(client, taskIdentifier="slow").count("CANCELED") == 100
    manual.advance(0.2)
    done = api.runs.bulk.poll(bulk.id, timeout=5)
    assert (done.status, done.counts.success, done.name) == ("COMPLETED", 150, "drain slow")
    assert set(_statuses(client, taskIdentifier="slow")) == {"CANCELED"}
    assert _statuses(client, taskIdentifier="other") == ["QUEUED"]
    with pytest.raises(ConflictError, match="already completed"):
        api.runs.bulk.abort(bulk.id)


def test_bulk_cancel_counts_finished_runs_as_failures_and_replay_creates_runs(
    manual: TriggerEmulator, client: httpx.Client, api: TriggerClient
) -> None:
    finished, queued = trigger(client, "job", {"n": 1}), trigger(client, "job", {"n": 2})
    client.post(f"/api/v2/runs/{finished}/cancel")
    canceled = api.runs.bulk.cancel(run_ids=[finished, queued])
    counts = api.runs.bulk.retrieve(canceled.id).counts
    assert (counts.total, counts.success, counts.failure) == (2, 1, 1)
    replay = api.runs.bulk.replay(run_ids=[finished, queued], target_region="eu-central-1")
    assert api.runs.bulk.retrieve(replay.id).counts.success == 2
    runs = client.get("/api/v1/runs", params={"filter[status]": "QUEUED"}).json()["data"]
    assert len(runs) == 2 and {manual.get_run(r["id"])["payload"]["n"] for r in runs} == {1, 2}
    # filter[bulkAction] lists what each action touched: the one run it canceled, the two replays.
    assert [r.id for r in api.runs.list(bulk_action=canceled.id)] == [queued]
    assert {r.id for r in api.runs.list(bulk_action=replay.id)} == {r["id"] for r in runs}
    listed = list(api.runs.bulk.list(page_size=1))
    assert [b.id for b in listed] == [replay.id, canceled.id] and listed[0].type_ == "REPLAY"


def test_bulk_abort_stops_processing_and_bad_bodies_are_refused(
    manual: TriggerEmulator, client: httpx.Client, api: TriggerClient
) -> None:
    for _ in range(120):
        trigger(client, "slow")
    bulk = api.runs.bulk.cancel(task_identifier="slow")
    assert api.runs.bulk.abort(bulk.id).id == bulk.id
    manual.advance(1)
    aborted = api.runs.bulk.retrieve(bulk.id)
    assert (aborted.status, aborted.counts.success) == ("ABORTED", 100)
    assert _statuses(client).count("QUEUED") == 20
    both = client.post("/api/v1/bulk-actions", json={"action": "cancel", "runIds": ["run_1"], "filter": {"tag": "x"}})
    assert both.status_code == 400 and both.json()["issues"][0]["message"].startswith("Exactly one of")
    empty = client.post("/api/v1/bulk-actions", json={"action": "cancel", "filter": {"tag": []}})
    assert empty.json()["issues"][0]["message"] == "At least one filter must be provided"
    many = client.post("/api/v1/bulk-actions", json={"action": "cancel", "runIds": [f"run_{i}" for i in range(501)]})
    assert many.status_code == 400 and many.json()["error"].startswith("Too many runIds (501). Maximum is 500.")
    assert client.get("/api/v1/bulk-actions/bulk_nope").status_code == 404


def test_failed_runs_are_grouped_into_errors_with_a_lifecycle(
    manual: TriggerEmulator, client: httpx.Client, api: TriggerClient
) -> None:
    @manual.task("charge")
    def charge(payload: dict[str, str]) -> None:
        raise ValueError(f"card {payload['card']} declined" if payload["card"] != "x" else "no card")

    for card in ("a", "a", "x"):
        trigger(client, "charge", {"card": card})
    trigger(client, "charge", {"card": "a"})
    manual.run_pending()
    groups = list(api.errors.list())
    assert sorted((g.error_message, g.count) for g in groups) == [("card a declined", 3), ("no card", 1)]
    declined = next(g for g in groups if g.count == 3)
    assert declined.error_type == "ValueError" and declined.status == "unresolved"
    assert [g.id for g in api.errors.list(search="DECLINED")] == [declined.id]
    resolved = api.errors.resolve(declined.id, resolved_in_version="20250101.2")
    assert (resolved.status, resolved.resolved_in_version) == ("resolved", "20250101.2")
    assert [g.id for g in api.errors.list(status="resolved")] == [declined.id]
    ignored = api.errors.ignore(declined.id, duration=dt.timedelta(hours=1), reason="flaky gateway")
    assert (ignored.status, ignored.ignored_reason) == ("ignored", "flaky gateway")
    manual.advance(3601)
    assert api.errors.retrieve(declined.id).status == "unresolved"  # the ignore window ended
    api.errors.ignore(declined.id, total_occurrences=1)
    assert api.errors.retrieve(declined.id).status == "ignored"
    trigger(client, "charge", {"card": "a"})
    manual.run_pending()
    assert api.errors.retrieve(declined.id).status == "unresolved"  # one more occurrence re-surfaced it
    api.errors.ignore(declined.id)
    assert api.errors.unresolve(declined.id).status == "unresolved"
    assert client.get("/api/v1/errors", params={"filter[status]": "open"}).status_code == 400
    missing = client.get("/api/v1/errors/error_0000000000000000")
    assert (missing.status_code, missing.json()) == (404, {"error": "Not found"})


def test_sessions_create_idempotently_update_close_and_refuse_a_closed_external_id(
    manual: TriggerEmulator, client: httpx.Client, api: TriggerClient
) -> None:
    created = api.sessions.create(
        type="chat.agent", task="my-chat", base_payload={"chatId": "1"}, external_id="chat_1", tags=["chat:1"]
    )
    assert created.is_cached is False and created.id.startswith("session_") and created.public_access_token
    assert manual.get_run(created.run_id)["payload"] == {"chatId": "1"}
    raw = client.post(
        "/api/v1/sessions",
        json={
            "type": "chat.agent",
            "taskIdentifier": "my-chat",
            "triggerConfig": {"basePayload": {}},
            "externalId": "chat_1",
        },
    )
    assert raw.status_code == 200 and raw.json()["isCached"] is True and raw.json()["id"] == created.id
    api.sessions.create(type="chat.agent", task="my-chat", base_payload={"chatId": "2"})
    assert [s.external_id for s in api.sessions.list(external_id="chat_1")] == ["chat_1"]
    assert len(list(api.sessions.list(type="chat.agent", status="ACTIVE", page_size=1))) == 2
    updated = api.sessions.update("chat_1", tags=["vip"], metadata={"plan": "pro"})
    assert updated.tags == ["vip"] and updated.metadata.to_dict() == {"plan": "pro"}
    rekey = client.patch(f"/api/v1/sessions/{created.id}", json={"externalId": "chat_2"})
    assert rekey.status_code == 422
    closed = api.sessions.close(created.id, reason="signed out")
    assert closed.closed_reason == "signed out" and closed.closed_at is not None
    assert api.sessions.close("chat_1", reason="again").closed_reason == "signed out"  # idempotent
    assert [s.id for s in api.sessions.list(status="CLOSED")] == [created.id]
    with pytest.raises(ConflictError, match="Session is closed; use a different externalId"):
        api.sessions.create(type="chat.agent", task="my-chat", base_payload={}, external_id="chat_1")
    assert client.get("/api/v1/sessions/session_nope").status_code == 404


def test_deployments_list_pages_forward_with_the_server_page_size_bounds(
    manual: TriggerEmulator, client: httpx.Client, api: TriggerClient
) -> None:
    for i in range(7):
        manual.add_deployment(f"20250102.{i + 1}")
    versions = [d.version for d in api.deployments.list(page_size=5)]
    assert versions[:2] == ["20250102.7", "20250102.6"] and len(versions) == 8  # plus the seeded version
    assert [d.status for d in api.deployments.list(status="DEPLOYED", limit=3)] == ["DEPLOYED"] * 3
    assert list(api.deployments.list(status="FAILED")) == []


def test_query_schema_and_dashboards_answer_with_runnable_queries(api: TriggerClient, client: httpx.Client) -> None:
    table = api.query.schema().tables[0]
    assert table.name == "runs" and "status" in [c.name for c in table.columns]
    widgets = api.query.dashboards.list().dashboards[0].widgets
    trigger(client, "job")
    for widget in widgets:
        assert api.query.execute(widget.query).format_ == "json"


def test_deployments_page_size_below_the_documented_minimum_is_clamped_like_the_server() -> None:
    # Outside the validating fixture: the spec documents minimum 5, the route clamps instead of refusing.
    with (
        TriggerEmulator(clock=ManualClock(start=START), seed=7) as emulator,
        client_for(emulator, emulator.secret_key) as client,
    ):
        for i in range(6):
            emulator.add_deployment(f"20250102.{i + 1}")
        page = client.get("/api/v1/deployments", params={"page[size]": "2"}).json()
        assert len(page["data"]) == 5 and page["pagination"] == {"next": page["data"][-1]["id"]}
        rest = client.get("/api/v1/deployments", params={"page[after]": page["pagination"]["next"]}).json()
        assert len(rest["data"]) == 2 and rest["pagination"] == {}


def test_session_dates_before_year_1000_are_written_with_four_digits(client: httpx.Client) -> None:
    body = {
        "type": "t",
        "taskIdentifier": "job",
        "triggerConfig": {"basePayload": {}},
        "expiresAt": "0097-09-27T22:47:01Z",
    }
    created = client.post("/api/v1/sessions", json=body)
    assert created.status_code == 201 and created.json()["expiresAt"] == "0097-09-27T22:47:01.000Z"
    assert (
        client.get("/api/v1/sessions", params={"filter[status]": "EXPIRED"}).json()["data"][0]["id"]
        == created.json()["id"]
    )
    year_zero = client.post("/api/v1/sessions", json={**body, "expiresAt": "0001-01-01T00:00:00+14:00"})
    assert (
        year_zero.status_code == 400
        and year_zero.json()["issues"][0]["message"] == "expiresAt must be an ISO 8601 date"
    )
