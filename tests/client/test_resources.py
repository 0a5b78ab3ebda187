"""Every public resource method, sync and async: the exact request on the wire and the parsed result.

Response bodies are the server-shaped fixtures of ``tests/generated/cases.py`` (one source of truth).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from tests.client.conftest import PAT, Harness, json_response
from tests.generated.cases import CASES
from trigger_client import QueueRef, ValidationError

UTC = dt.timezone.utc
ADDITIONAL_KEY = "tr_dev_sk_" + "a1B2" * 6
RESPONSES = {}
STATUSES = {}
for _case in CASES:
    RESPONSES.setdefault(_case.operation_id, _case.response)
    STATUSES.setdefault(_case.operation_id, _case.status)


@dataclass(frozen=True)
class Wire:
    operation_id: str
    call: Callable[[Any], Any]
    method: str
    raw_path: str
    query: str = ""
    body: Any = None
    check: Callable[[Any], bool] = lambda result: True
    pat: bool = False
    secret_key: str | None = None


def first_id(result: Any) -> str:
    return str(result[0].id) if isinstance(result, list) else str(result.id)


def deprecated(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``fn(client)``, expecting the DeprecationWarning that names the concurrency_limits call to use."""

    async def call(client: Any) -> Any:
        with pytest.warns(DeprecationWarning, match=r"use client\.concurrency_limits\.(override|reset)"):
            result = fn(client)
            return await result if inspect.isawaitable(result) else result

    return call


WIRES = [
    # --- tasks ---
    Wire(
        "trigger_task_v1",
        lambda c: c.tasks.trigger(
            "my-task",
            {"foo": "bar"},
            idempotency_key="my-key",
            idempotency_key_ttl="1h",
            delay="5m",
            ttl="10m",
            tags=["a", "b"],
            machine="small-2x",
            queue="q1",
            concurrency_key="ck",
            metadata={"m": 1},
            max_attempts=3,
            priority=10,
            version="20250101.1",
            max_duration=60,
            region="us-east-1",
        ),
        "POST",
        "/api/v1/tasks/my-task/trigger",
        body={
            "payload": '{"json":{"foo":"bar"}}',
            "options": {
                "queue": {"name": "q1"},
                "concurrencyKey": "ck",
                "payloadType": "application/super+json",
                "payloadSize": 22,
                "idempotencyKey": "5e78863ed1ffb9fc66b1d61634b126bf8eb20267e7996297eeeb9b19c8c0f732",
                "idempotencyKeyTTL": "1h",
                "idempotencyKeyOptions": {"key": "my-key", "scope": "run"},
                "delay": "5m",
                "ttl": "10m",
                "tags": ["a", "b"],
                "maxAttempts": 3,
                "metadata": {"m": 1},
                "maxDuration": 60,
                "machine": "small-2x",
                "priority": 10,
                "region": "us-east-1",
                "lockToVersion": "20250101.1",
            },
        },
        check=lambda r: r.id.startswith("run_"),
    ),
    Wire(
        # debounce and the key scope (TriggerTaskRequestBody in packages/core/src/v3/schemas/api.ts).
        "trigger_task_v1",
        lambda c: c.tasks.trigger(
            "my-task",
            idempotency_key="k",
            idempotency_key_scope="global",
            debounce={"key": "user-1", "delay": "5s", "mode": "trailing", "max_delay": "1m"},
        ),
        "POST",
        "/api/v1/tasks/my-task/trigger",
        body={
            "options": {
                "payloadType": "application/json",
                "payloadSize": 0,
                "idempotencyKey": hashlib.sha256(b"k").hexdigest(),
                "idempotencyKeyOptions": {"key": "k", "scope": "global"},
                "debounce": {"key": "user-1", "delay": "5s", "mode": "trailing", "maxDelay": "1m"},
            }
        },
        check=lambda r: r.id.startswith("run_"),
    ),
    # --- runs ---
    Wire(
        "list_runs_v1",
        lambda c: c.runs.list(
            status=["QUEUED", "EXECUTING"],
            task_identifier="my-task",
            tag=["t1", "t 2"],
            from_=dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC),
            to=1700000100000,
            queue=["task/my-task", "c"],
            is_test=False,
            page_size=10,
            limit=1,
        ),
        "GET",
        "/api/v1/runs",
        query=(
            "filter%5Bstatus%5D=QUEUED%2CEXECUTING&filter%5BtaskIdentifier%5D=my-task&filter%5Btag%5D=t1%2Ct+2"
            "&filter%5BisTest%5D=false&filter%5BcreatedAt%5D%5Bfrom%5D=1700000000000"
            "&filter%5BcreatedAt%5D%5Bto%5D=1700000100000&filter%5Bqueue%5D=task%2Fmy-task%2Cc"
            "&page%5Bsize%5D=10"
        ),
        check=lambda r: len(r) == 1 and r[0].id.startswith("run_"),
    ),
    Wire(
        "list_project_runs_v1",
        lambda c: c.runs.list(project_ref="proj_abc", env="stg", status="FAILED", limit=1),
        "GET",
        "/api/v1/projects/proj_abc/runs",
        query="filter%5Bstatus%5D=FAILED&filter%5Benv%5D=stg",
        pat=True,
        check=lambda r: len(r) == 1,
    ),
    Wire(
        "retrieve_run_v1",
        lambda c: c.runs.retrieve("run_1234"),
        "GET",
        "/api/v3/runs/run_1234",
        check=lambda r: r.id == "run_1234" and r.attempt_count == 1,
    ),
    Wire(
        "cancel_run_v1",
        lambda c: c.runs.cancel("run_1234"),
        "POST",
        "/api/v2/runs/run_1234/cancel",
        check=lambda r: r.id.startswith("run_"),
    ),
    Wire(
        "replay_run_v1",
        lambda c: c.runs.replay("run_1234"),
        "POST",
        "/api/v1/runs/run_1234/replay",
        check=lambda r: r.id.startswith("run_"),
    ),
    Wire(
        "reschedule_run_v1",
        lambda c: c.runs.reschedule("run_1234", dt.datetime(2025, 1, 1, 12, 0, tzinfo=UTC)),
        "POST",
        "/api/v1/runs/run_1234/reschedule",
        body={"delay": "2025-01-01T12:00:00.000Z"},
        check=lambda r: r.id.startswith("run_"),
    ),
    Wire("get_run_result_v1", lambda c: c.runs.result("run_1234"), "GET", "/api/v1/runs/run_1234/result"),
    Wire("get_run_events_v1", lambda c: c.runs.events("run_1234"), "GET", "/api/v1/runs/run_1234/events"),
    Wire("get_run_trace_v1", lambda c: c.runs.trace("run_1234"), "GET", "/api/v1/runs/run_1234/trace"),
    Wire(
        "update_run_metadata_v1",
        lambda c: c.runs.update_metadata("run_1234", {"progress": 0.5}),
        "PUT",
        "/api/v1/runs/run_1234/metadata",
        body={"metadata": {"progress": 0.5}},
    ),
    Wire(
        "add_run_tags_v1",
        lambda c: c.runs.add_tags("run_1234", "vip"),
        "POST",
        "/api/v1/runs/run_1234/tags",
        body={"tags": ["vip"]},
    ),
    # --- schedules ---
    Wire(
        "create_schedule_v1",
        lambda c: c.schedules.create(
            task="my-task", cron="0 0 * * *", deduplication_key="d", external_id="e", timezone="UTC"
        ),
        "POST",
        "/api/v1/schedules",
        body={"task": "my-task", "cron": "0 0 * * *", "externalId": "e", "timezone": "UTC", "deduplicationKey": "d"},
        check=lambda r: r.id.startswith("sched_"),
    ),
    Wire(
        "list_schedules_v1",
        lambda c: c.schedules.list(per_page=5, limit=1),
        "GET",
        "/api/v1/schedules",
        query="perPage=5",
        check=lambda r: len(r) == 1,
    ),
    Wire(
        "get_schedule_v1",
        lambda c: c.schedules.retrieve("sched_1234"),
        "GET",
        "/api/v1/schedules/sched_1234",
        check=lambda r: r.id.startswith("sched_"),
    ),
    Wire(
        "update_schedule_v1",
        lambda c: c.schedules.update("sched_1234", task="my-task", cron="0 9 * * 1-5", timezone="Europe/Paris"),
        "PUT",
        "/api/v1/schedules/sched_1234",
        body={"task": "my-task", "cron": "0 9 * * 1-5", "timezone": "Europe/Paris"},
    ),
    Wire(
        "delete_schedule_v1",
        lambda c: c.schedules.delete("sched_1234"),
        "DELETE",
        "/api/v1/schedules/sched_1234",
        check=lambda r: r.id == "sched_1234",
    ),
    Wire(
        "activate_schedule_v1",
        lambda c: c.schedules.activate("sched_1234"),
        "POST",
        "/api/v1/schedules/sched_1234/activate",
    ),
    Wire(
        "deactivate_schedule_v1",
        lambda c: c.schedules.deactivate("sched_1234"),
        "POST",
        "/api/v1/schedules/sched_1234/deactivate",
    ),
    Wire(
        "get_timezones_v1",
        lambda c: c.schedules.timezones(exclude_utc=True),
        "GET",
        "/api/v1/timezones",
        query="excludeUtc=true",
        check=lambda r: isinstance(r, list) and all(isinstance(z, str) for z in r),
    ),
    # --- env vars ---
    Wire(
        "list_project_envvars_v1",
        lambda c: c.envvars.list("proj_abc", "prod"),
        "GET",
        "/api/v1/projects/proj_abc/envvars/prod",
        check=lambda r: isinstance(r, list),
    ),
    Wire(
        "create_project_envvar_v1",
        lambda c: c.envvars.create("proj_abc", "stg", name="A", value="1", is_secret=True),
        "POST",
        "/api/v1/projects/proj_abc/envvars/stg",
        body={"name": "A", "value": "1", "isSecret": True},
        check=lambda r: r.success is True,
    ),
    Wire(
        "get_project_envvar_v1",
        lambda c: c.envvars.retrieve("proj_abc", "dev", "A"),
        "GET",
        "/api/v1/projects/proj_abc/envvars/dev/A",
    ),
    Wire(
        "update_project_envvar_v1",
        lambda c: c.envvars.update("proj_abc", "dev", "A", value="2"),
        "PUT",
        "/api/v1/projects/proj_abc/envvars/dev/A",
        body={"value": "2"},
    ),
    Wire(
        "delete_project_envvar_v1",
        lambda c: c.envvars.delete("proj_abc", "preview", "A"),
        "DELETE",
        "/api/v1/projects/proj_abc/envvars/preview/A",
    ),
    Wire(
        "upload_project_envvars_v1",
        lambda c: c.envvars.import_("proj_abc", "dev", {"A": "1", "B": "2"}, override=True),
        "POST",
        "/api/v1/projects/proj_abc/envvars/dev/import",
        body={"variables": {"A": "1", "B": "2"}, "override": True},
    ),
    Wire(
        "upload_project_envvars_v1",
        lambda c: c.envvars.import_("proj_abc", "preview", {"A": "1"}, parent_variables={"P": "2"}, is_secret=True),
        "POST",
        "/api/v1/projects/proj_abc/envvars/preview/import",
        body={"variables": {"A": "1"}, "parentVariables": {"P": "2"}, "override": False, "isSecret": True},
    ),
    # --- queues ---
    Wire("list_queues_v1", lambda c: c.queues.list(per_page=2, limit=1), "GET", "/api/v1/queues", query="perPage=2"),
    Wire(
        "retrieve_queue_v1",
        lambda c: c.queues.retrieve(QueueRef("custom", "my/queue name")),
        "GET",
        "/api/v1/queues/my%252Fqueue%20name",
        query="type=custom",
    ),
    Wire(
        "pause_queue_v1",
        lambda c: c.queues.pause(QueueRef("task", "my-task")),
        "POST",
        "/api/v1/queues/my-task/pause",
        body={"type": "task", "action": "pause"},
    ),
    Wire(
        "override_queue_concurrency_v1",
        deprecated(lambda c: c.queues.override_concurrency("queue_123", 5)),
        "POST",
        "/api/v1/queues/queue_123/concurrency/override",
        body={"type": "id", "concurrencyLimit": 5},
    ),
    Wire(
        "reset_queue_concurrency_v1",
        deprecated(lambda c: c.queues.reset_concurrency("queue_123")),
        "POST",
        "/api/v1/queues/queue_123/concurrency/reset",
        body={"type": "id"},
    ),
    # --- batches, deployments, query ---
    Wire(
        "retrieve_batch_v2",
        lambda c: c.batches.retrieve("batch_1234"),
        "GET",
        "/api/v2/batches/batch_1234",
        check=lambda r: r.processing.errors[0].index == 1,
    ),
    Wire(
        "reset_idempotency_key_v1",
        lambda c: c.idempotency_keys.reset("send-email", ["welcome", "user_42"], scope="global"),
        "POST",
        "/api/v1/idempotencyKeys/" + hashlib.sha256(b"welcome-user_42").hexdigest() + "/reset",
        body={"taskIdentifier": "send-email"},
        check=lambda r: r == "a/b c",
    ),
    Wire(
        "get_current_deployment_v1",
        lambda c: c.deployments.current(),
        "GET",
        "/api/v1/deployments/current",
        check=lambda r: r.version == "20250101.1",
    ),
    Wire(
        "get_batch_results_v1", lambda c: c.batches.results("batch_1234"), "GET", "/api/v1/batches/batch_1234/results"
    ),
    Wire(
        "get_deployment_v1", lambda c: c.deployments.retrieve("deployment_1"), "GET", "/api/v1/deployments/deployment_1"
    ),
    Wire("get_latest_deployment_v1", lambda c: c.deployments.latest(), "GET", "/api/v1/deployments/latest"),
    Wire(
        "promote_deployment_v1",
        lambda c: c.deployments.promote("20250101.1"),
        "POST",
        "/api/v1/deployments/20250101.1/promote",
    ),
    Wire(
        "promote_deployment_v1",
        lambda c: c.deployments.promote("20250101.1", allow_rollbacks=True),
        "POST",
        "/api/v1/deployments/20250101.1/promote",
        query="allowRollbacks=true",
    ),
    Wire(
        "execute_query_v1",
        lambda c: c.query.execute("SELECT 1", period="7d"),
        "POST",
        "/api/v1/query",
        body={"query": "SELECT 1", "scope": "environment", "period": "7d", "format": "json"},
    ),
    # --- public tokens: claims from the server, signed locally ---
    Wire(
        "create_jwt_claims_v1",
        lambda c: c.auth.create_public_token(scopes={"read": {"runs": ["run_1"]}}, expires_in="1h"),
        "POST",
        "/api/v1/auth/jwt/claims",
        check=lambda token: isinstance(token, str) and token.count(".") == 2,
    ),
    # Additional API keys cannot sign: the server mints (docs/wire.md#public-access-tokens).
    Wire(
        "create_public_token_v1",
        lambda c: c.auth.create_public_token(scopes={"read": {"runs": ["run_1"]}}, expires_in="1h"),
        "POST",
        "/api/v1/auth/public-tokens",
        body={"scopes": ["read:runs:run_1"], "expirationTime": "1h"},
        check=lambda token: token == "eyJ.x.y",
        secret_key=ADDITIONAL_KEY,
    ),
    Wire(
        "create_public_token_v1",
        lambda c: c.auth.create_trigger_token(["a", "b"], multiple_use=True, expires_in=1_900_000_000),
        "POST",
        "/api/v1/auth/public-tokens",
        body={"scopes": ["trigger:tasks:a", "trigger:tasks:b"], "expirationTime": 1_900_000_000, "oneTimeUse": False},
        secret_key=ADDITIONAL_KEY,
    ),
    # --- waitpoint tokens ---
    Wire(
        "create_waitpoint_token_v1",
        lambda c: c.waitpoints.tokens.create(idempotency_key="approval-1", timeout="1h", tags=["user:1"]),
        "POST",
        "/api/v1/waitpoints/tokens",
        body={"idempotencyKey": "approval-1", "timeout": "1h", "tags": ["user:1"]},
        check=lambda r: r.id.startswith("waitpoint_"),
    ),
    Wire(
        "list_waitpoint_tokens_v1",
        lambda c: c.waitpoints.tokens.list(status=["WAITING", "COMPLETED"], tags="a", page_size=20, limit=1),
        "GET",
        "/api/v1/waitpoints/tokens",
        query="filter%5Bstatus%5D=WAITING%2CCOMPLETED&filter%5Btags%5D=a&page%5Bsize%5D=20",
    ),
    Wire(
        "retrieve_waitpoint_token_v1",
        lambda c: c.waitpoints.tokens.retrieve("waitpoint_1"),
        "GET",
        "/api/v1/waitpoints/tokens/waitpoint_1",
    ),
    Wire(
        "complete_waitpoint_token_v1",
        lambda c: c.waitpoints.tokens.complete("waitpoint_1", {"ok": True}),
        "POST",
        "/api/v1/waitpoints/tokens/waitpoint_1/complete",
        body={"data": {"ok": True}},
        check=lambda r: r.success is True,
    ),
    Wire(
        "complete_waitpoint_token_callback_v1",
        lambda c: c.waitpoints.tokens.complete_callback("waitpoint_1", "hash1", {"ok": True}),
        "POST",
        "/api/v1/waitpoints/tokens/waitpoint_1/callback/hash1",
        body={"ok": True},
    ),
    # --- runs: the filter the newer document adds ---
    Wire(
        "list_runs_v1",
        lambda c: c.runs.list(error="error_8f3b", status="DELAYED", limit=1),
        "GET",
        "/api/v1/runs",
        query="filter%5Bstatus%5D=DELAYED&filter%5Berror%5D=error_8f3b",
        check=lambda r: len(r) == 1,
    ),
    # --- bulk actions: runs.list keywords become the JSON filter; dates as epoch ms, queues as {type, name} ---
    Wire(
        "create_bulk_action_v1",
        lambda c: c.runs.bulk.cancel(
            status=["QUEUED", "DELAYED"],
            task_identifier="my-task",
            from_=dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC),
            queue=["task/my-task", "emails"],
            is_test=False,
            name="clean up",
        ),
        "POST",
        "/api/v1/bulk-actions",
        body={
            "action": "cancel",
            "filter": {
                "status": ["QUEUED", "DELAYED"],
                "taskIdentifier": ["my-task"],
                "isTest": False,
                "from": 1700000000000,
                "queue": [{"type": "task", "name": "my-task"}, {"type": "custom", "name": "emails"}],
            },
            "name": "clean up",
        },
        check=lambda r: r.id == "bulk_1234",
    ),
    Wire(
        "create_bulk_action_v1",
        lambda c: c.runs.bulk.replay(run_ids=["run_1", "run_2"], target_region="eu-central-1"),
        "POST",
        "/api/v1/bulk-actions",
        body={"action": "replay", "runIds": ["run_1", "run_2"], "targetRegion": "eu-central-1"},
        check=lambda r: r.id == "bulk_1234",
    ),
    Wire(
        "list_bulk_actions_v1",
        lambda c: c.runs.bulk.list(page_size=2, limit=1),
        "GET",
        "/api/v1/bulk-actions",
        query="page%5Bsize%5D=2",
        check=lambda r: [b.counts.total for b in r] == [3],
    ),
    Wire(
        "retrieve_bulk_action_v1",
        lambda c: c.runs.bulk.retrieve("bulk_1234"),
        "GET",
        "/api/v1/bulk-actions/bulk_1234",
        check=lambda r: r.status == "COMPLETED" and r.counts.success == 2,
    ),
    Wire(
        "retrieve_bulk_action_v1",
        lambda c: c.runs.bulk.poll("bulk_1234", timeout=5),
        "GET",
        "/api/v1/bulk-actions/bulk_1234",
        check=lambda r: r.status == "COMPLETED",
    ),
    Wire(
        "abort_bulk_action_v1",
        lambda c: c.runs.bulk.abort("bulk_1234"),
        "POST",
        "/api/v1/bulk-actions/bulk_1234/abort",
        check=lambda r: r.id == "bulk_1234",
    ),
    # --- deployments list: filters, then page[size] and page[after]; dates ISO ---
    Wire(
        "list_deployments_v1",
        lambda c: c.deployments.list(
            status="DEPLOYED", from_=dt.datetime(2025, 1, 1, tzinfo=UTC), to="2025-02-01", page_size=5, limit=1
        ),
        "GET",
        "/api/v1/deployments",
        query="status=DEPLOYED&from=2025-01-01T00%3A00%3A00.000Z&to=2025-02-01&page%5Bsize%5D=5",
        check=lambda r: [d.version for d in r] == ["20250101.1"],
    ),
    # --- errors ---
    Wire(
        "list_errors_v1",
        lambda c: c.errors.list(
            task_identifier=["a", "b"], status="unresolved", search="x is", period="7d", page_size=10, limit=1
        ),
        "GET",
        "/api/v1/errors",
        query=(
            "filter%5BtaskIdentifier%5D=a%2Cb&filter%5Bstatus%5D=unresolved&filter%5Bsearch%5D=x+is"
            "&filter%5Bperiod%5D=7d&page%5Bsize%5D=10"
        ),
        check=lambda r: [e.error_type for e in r] == ["TypeError"],
    ),
    Wire(
        "retrieve_error_v1",
        lambda c: c.errors.retrieve("error_8f3b2a1c9d4e5f60"),
        "GET",
        "/api/v1/errors/error_8f3b2a1c9d4e5f60",
        check=lambda r: r.affected_versions == ["20250101.1"],
    ),
    Wire(
        "resolve_error_v1",
        lambda c: c.errors.resolve("error_1", resolved_in_version="20250101.2"),
        "POST",
        "/api/v1/errors/error_1/resolve",
        body={"resolvedInVersion": "20250101.2"},
        check=lambda r: r.status == "resolved",
    ),
    Wire(
        "resolve_error_v1",
        lambda c: c.errors.resolve("error_1"),
        "POST",
        "/api/v1/errors/error_1/resolve",
        body={},
    ),
    Wire(
        "ignore_error_v1",
        lambda c: c.errors.ignore("error_1", duration=dt.timedelta(days=1), total_occurrences=50, reason="flaky"),
        "POST",
        "/api/v1/errors/error_1/ignore",
        body={"duration": 86400000, "totalOccurrences": 50, "reason": "flaky"},
        check=lambda r: r.status == "ignored",
    ),
    Wire(
        "unresolve_error_v1",
        lambda c: c.errors.unresolve("error_1"),
        "POST",
        "/api/v1/errors/error_1/unresolve",
        check=lambda r: r.id.startswith("error_"),
    ),
    # --- sessions ---
    Wire(
        "create_session_v1",
        lambda c: c.sessions.create(
            type="chat.agent",
            task="my-chat",
            base_payload={"chatId": "1234"},
            external_id="chat_1234",
            tags=["chat:1234"],
            run_options={"machine": "small-1x"},
        ),
        "POST",
        "/api/v1/sessions",
        body={
            "type": "chat.agent",
            "taskIdentifier": "my-chat",
            "triggerConfig": {"basePayload": {"chatId": "1234"}, "machine": "small-1x"},
            "externalId": "chat_1234",
            "tags": ["chat:1234"],
        },
        # The token works as a string but never shows in a repr.
        check=lambda r: (
            r.run_id == "run_def456"
            and r.is_cached is False
            and f"Bearer {r.public_access_token}" == "Bearer eyJ.pat"
            and "eyJ.pat" not in repr(r)
        ),
    ),
    Wire(
        "list_sessions_v1",
        lambda c: c.sessions.list(
            type="chat.agent", status=["ACTIVE", "CLOSED"], from_=dt.datetime(2023, 11, 14, 22, 13, 20), limit=1
        ),
        "GET",
        "/api/v1/sessions",
        query=(
            "filter%5Btype%5D=chat.agent&filter%5Bstatus%5D=ACTIVE%2CCLOSED"
            "&filter%5BcreatedAt%5D%5Bfrom%5D=1700000000000"
        ),
        check=lambda r: [s.id for s in r] == ["session_abc123"],
    ),
    Wire(
        "retrieve_session_v1",
        lambda c: c.sessions.retrieve("chat/1234"),
        "GET",
        "/api/v1/sessions/chat%2F1234",
        check=lambda r: r.external_id == "chat_1234",
    ),
    Wire(
        "update_session_v1",
        lambda c: c.sessions.update("session_abc123", tags=["vip"], clear_metadata=True),
        "PATCH",
        "/api/v1/sessions/session_abc123",
        body={"tags": ["vip"], "metadata": None},
        check=lambda r: r.id == "session_abc123",
    ),
    Wire(
        "close_session_v1",
        lambda c: c.sessions.close("session_abc123", reason="done"),
        "POST",
        "/api/v1/sessions/session_abc123/close",
        body={"reason": "done"},
        check=lambda r: r.id == "session_abc123",
    ),
    # --- query schema and dashboards ---
    Wire(
        "get_query_schema_v1",
        lambda c: c.query.schema(),
        "GET",
        "/api/v1/query/schema",
        check=lambda r: r.tables[0].name == "runs",
    ),
    Wire(
        "list_dashboards_v1",
        lambda c: c.query.dashboards.list(),
        "GET",
        "/api/v1/query/dashboards",
        check=lambda r: r.dashboards[0].key == "overview",
    ),
    # --- webhooks and sessions (SDK 4.8.3) ---
    Wire(
        "list_webhook_endpoints_v1",
        lambda c: c.webhooks.endpoints.list(),
        "GET",
        "/api/v1/webhooks/endpoints",
        check=lambda r: [e.declared_id for e in r] == ["stripe"],
    ),
    Wire(
        "retrieve_webhook_endpoint_v1",
        lambda c: c.webhooks.endpoints.retrieve("stripe"),
        "GET",
        "/api/v1/webhooks/endpoints/stripe",
        check=lambda r: r.subscribers[0].task_id == "fulfill-order",
    ),
    Wire(
        "rotate_webhook_endpoint_secret_v1",
        lambda c: c.webhooks.endpoints.rotate_secret("stripe"),
        "POST",
        "/api/v1/webhooks/endpoints/stripe/rotate-secret",
        body={},  # as the SDK: a body even without a TTL
        check=lambda r: r.secret == "whsec_" + "ab" * 32 and repr(r.secret) == "WebhookSecret('***')",
    ),
    Wire(
        "rotate_webhook_endpoint_secret_v1",
        lambda c: c.webhooks.endpoints.rotate_secret("wh_1234", previous_secret_ttl=dt.timedelta(days=7)),
        "POST",
        "/api/v1/webhooks/endpoints/wh_1234/rotate-secret",
        body={"previousSecretTtlSeconds": 604800},
        check=lambda r: "whsec_" not in repr(r),
    ),
    Wire(
        "set_webhook_endpoint_secret_v1",
        lambda c: c.webhooks.endpoints.set_secret("stripe", "  whsec_x \n", previous_secret_ttl=3600),
        "PUT",
        "/api/v1/webhooks/endpoints/stripe/secret",
        body={"secret": "whsec_x", "previousSecretTtlSeconds": 3600},  # trimmed, as the server's schema does
        check=lambda r: r.secret_set is True,
    ),
    Wire(
        "list_webhook_deliveries_v1",
        lambda c: c.webhooks.deliveries.list(
            endpoint=["stripe", "wh_1234"],
            status=["unmatched", "failed"],
            from_=dt.datetime(2025, 1, 1),
            to=dt.datetime(2025, 1, 2, 1, tzinfo=dt.timezone(dt.timedelta(hours=1))),
            page_size=25,
        ).first_page(),
        "GET",
        "/api/v1/webhooks/deliveries",
        query=(
            "filter%5Bendpoint%5D=stripe%2Cwh_1234&filter%5Bstatus%5D=unmatched%2Cfailed"
            "&filter%5Bfrom%5D=2025-01-01T00%3A00%3A00.000Z&filter%5Bto%5D=2025-01-02T00%3A00%3A00.000Z"
            "&page%5Bsize%5D=25"
        ),
        check=lambda r: r.next_cursor == "whd_1234" and r.data[0].status == "unmatched",
    ),
    Wire(
        "list_webhook_deliveries_v1",
        lambda c: c.webhooks.deliveries.list(endpoint="stripe", status="filtered", period="1d").first_page(),
        "GET",
        "/api/v1/webhooks/deliveries",
        query="filter%5Bendpoint%5D=stripe&filter%5Bstatus%5D=filtered&filter%5Bperiod%5D=1d",
    ),
    Wire(
        "retrieve_webhook_delivery_v1",
        lambda c: c.webhooks.deliveries.retrieve("whd_1234"),
        "GET",
        "/api/v1/webhooks/deliveries/whd_1234",
        check=lambda r: r.targets[0].run_id == "run_1234" and r.event["type"] == "charge.refunded",
    ),
    Wire(
        "replay_webhook_delivery_v1",
        lambda c: c.webhooks.deliveries.replay("whd_1234"),
        "POST",
        "/api/v1/webhooks/deliveries/whd_1234/replay",
        check=lambda r: (r.delivery_id, r.replayed_from) == ("whd_5678", "whd_1234"),
    ),
    Wire(
        "replay_webhook_delivery_v1",
        lambda c: c.webhooks.deliveries.replay("whd_1234", target_id="agent:ticket"),
        "POST",
        "/api/v1/webhooks/deliveries/whd_1234/replay",
        query="targetId=agent%3Aticket",
    ),
    Wire(
        "get_session_transcript_v1",
        lambda c: c.sessions.transcript("chat_1234", limit=2, before="m3"),
        "GET",
        "/api/v1/sessions/chat_1234/transcript",
        query="limit=2&before=m3",
        check=lambda r: r.next_cursor == "m1" and r.messages[0]["id"] == "m1",
    ),
    Wire(
        "get_session_transcript_v1",
        lambda c: c.sessions.transcript("session_abc123"),
        "GET",
        "/api/v1/sessions/session_abc123/transcript",
    ),
    Wire(
        "end_and_continue_session_v1",
        lambda c: c.sessions.end_and_continue(
            "chat_1234", calling_run_id="run_def456", reason="upgrade", external_deployment_id="build-42"
        ),
        "POST",
        "/api/v1/sessions/chat_1234/end-and-continue",
        body={"callingRunId": "run_def456", "reason": "upgrade", "externalDeploymentId": "build-42"},
        check=lambda r: r.run_id == "run_ghi789" and r.swapped is True,
    ),
    # --- concurrency limits (SDK 4.8.3) ---
    # @trigger.dev/core 4.8.3 apiClient/index.js: listConcurrencyLimits (perPage then page), the name through
    # encodeURIComponent, pause {action}, reset JSON.stringify({}); triggerConcurrencyBody sends a list of names.
    Wire(
        "list_concurrency_limits_v1",
        lambda c: c.concurrency_limits.list(page=2, per_page=20, limit=1),
        "GET",
        "/api/v1/concurrency-limits",
        query="perPage=20&page=2",
        check=lambda r: [item.name for item in r] == ["openai"] and r[0].total.current == 25,
    ),
    Wire(
        "retrieve_concurrency_limit_v1",
        lambda c: c.concurrency_limits.retrieve("task/generate-report"),
        "GET",
        "/api/v1/concurrency-limits/task%2Fgenerate-report",
        check=lambda r: r.id == "climit_1234" and r.per_key.current is None and r.paused is False,
    ),
    Wire(
        "override_concurrency_limit_v1",
        lambda c: c.concurrency_limits.override("openai", per_key=0, total=50),
        "POST",
        "/api/v1/concurrency-limits/openai/override",
        body={"perKey": 0, "total": 50},
        check=lambda r: r.total.override == 50,
    ),
    Wire(
        "pause_concurrency_limit_v1",
        lambda c: c.concurrency_limits.pause("openai"),
        "POST",
        "/api/v1/concurrency-limits/openai/pause",
        body={"action": "pause"},
        check=lambda r: r.paused is True,
    ),
    Wire(
        "pause_concurrency_limit_v1",
        lambda c: c.concurrency_limits.resume("openai"),
        "POST",
        "/api/v1/concurrency-limits/openai/pause",
        body={"action": "resume"},
    ),
    Wire(
        "reset_concurrency_limit_v1",
        lambda c: c.concurrency_limits.reset("openai"),
        "POST",
        "/api/v1/concurrency-limits/openai/reset",
        body={},
        check=lambda r: r.name == "openai",
    ),
    Wire(
        "trigger_task_v1",
        lambda c: c.tasks.trigger("generate-report", {"id": 1}, queue="reports", concurrency="priority"),
        "POST",
        "/api/v1/tasks/generate-report/trigger",
        body={
            "payload": '{"json":{"id":1}}',
            "options": {
                "queue": {"name": "reports"},
                "concurrency": ["priority"],
                "payloadType": "application/super+json",
                "payloadSize": 17,
            },
        },
    ),
    Wire(
        "replay_run_v1",
        lambda c: c.runs.replay(
            "run_1234",
            payload={"when": dt.datetime(1970, 1, 1, tzinfo=UTC)},
            metadata={"source": "replay"},
            tags="replayed",
            queue="reports",
            concurrency_key="user_42",
            machine="large-1x",
            version="20250101.1",
            region="eu-central-1",
            delay="10m",
            ttl=3600,
            idempotency_key="replay-1",
            idempotency_key_ttl="1h",
            max_attempts=2,
            max_duration=300,
            priority=10,
        ),
        "POST",
        "/api/v1/runs/run_1234/replay",
        body={
            "payload": '{"json":{"when":"1970-01-01T00:00:00.000Z"},"meta":{"values":{"when":["Date"]}}}',
            "payloadType": "application/super+json",
            "metadata": {"source": "replay"},
            "tags": ["replayed"],
            "queue": "reports",
            "concurrencyKey": "user_42",
            "machine": "large-1x",
            "version": "20250101.1",
            "region": "eu-central-1",
            "delay": "10m",
            "ttl": 3600,
            "idempotencyKey": "replay-1",
            "idempotencyKeyTTL": "1h",
            "maxAttempts": 2,
            "maxDuration": 300,
            "priority": 10,
        },
        check=lambda r: r.id.startswith("run_"),
    ),
    # --- runs, realtime, errors, fields (SDK 4.8.3) ---
    Wire(
        "retrieve_run_span_v1",
        lambda c: c.runs.span("run_1234", "abcd1234"),
        "GET",
        "/api/v1/runs/run_1234/spans/abcd1234",
        check=lambda r: r.span_id == "abcd1234" and r.ai.total_tokens == 15,
    ),
    Wire(
        # The stored packet is decoded: metadata is the value, not its JSON text.
        "get_run_metadata_v1",
        lambda c: c.runs.metadata("run_1234"),
        "GET",
        "/api/v1/runs/run_1234/metadata",
        check=lambda r: r.metadata == {"progress": 0.5} and r.metadata_type == "application/json",
    ),
    Wire(
        # sendInputStream sends JSON.stringify({ data }).
        "send_input_stream_v1",
        lambda c: c.runs.send_input("run_1234", "approval", {"ok": True}),
        "POST",
        "/realtime/v1/streams/run_1234/input/approval",
        body={"data": {"ok": True}},
        check=lambda r: r.ok is True,
    ),
    # --- dashboards, prompts, reports (SDK 4.8.3) ---
    Wire(
        "retrieve_dashboard_v1",
        lambda c: c.query.dashboards.retrieve("dashboard_1"),
        "GET",
        "/api/v1/query/dashboards/dashboard_1",
        check=lambda r: r.revision == "r1" and r.widgets[0].display.x_axis_column is None,
    ),
    Wire(
        "create_dashboard_v1",
        lambda c: c.query.dashboards.create(
            title="Email",
            description="Sends",
            widgets=[
                {"title": "Top", "display": {"type": "title"}},
                {
                    "id": "per-day",
                    "title": "Per day",
                    "query": "SELECT count() FROM runs",
                    "display": {
                        "type": "chart",
                        "chartType": "bar",
                        "yAxisColumns": ["count"],
                        "stacked": False,
                        "sortDirection": "asc",
                        "aggregation": "sum",
                    },
                    "position": {"x": 0, "y": 1, "w": 6, "h": 4},
                },
            ],
        ),
        "POST",
        "/api/v1/query/dashboards",
        body={
            "title": "Email",
            "description": "Sends",
            "widgets": [
                {"title": "Top", "display": {"type": "title"}},
                {
                    "id": "per-day",
                    "title": "Per day",
                    "query": "SELECT count() FROM runs",
                    # DashboardChartConfig: the nullable columns are sent as null when unset.
                    "display": {
                        "xAxisColumn": None,
                        "groupByColumn": None,
                        "sortByColumn": None,
                        "type": "chart",
                        "chartType": "bar",
                        "yAxisColumns": ["count"],
                        "stacked": False,
                        "sortDirection": "asc",
                        "aggregation": "sum",
                    },
                    "position": {"x": 0, "y": 1, "w": 6, "h": 4},
                },
            ],
        },
        check=lambda r: r.id == "dashboard_1",
    ),
    Wire(
        "update_dashboard_v1",
        lambda c: c.query.dashboards.update("dashboard_1", title="Ops", revision="r1"),
        "PATCH",
        "/api/v1/query/dashboards/dashboard_1",
        body={"title": "Ops", "revision": "r1"},
        check=lambda r: r.id == "dashboard_1",
    ),
    Wire(
        "replace_dashboard_v1",
        lambda c: c.query.dashboards.replace("dashboard_1", widgets=[], description="", revision="r1"),
        "PUT",
        "/api/v1/query/dashboards/dashboard_1",
        body={"widgets": [], "description": "", "revision": "r1"},
        check=lambda r: r.id == "dashboard_1",
    ),
    Wire(
        "delete_dashboard_v1",
        lambda c: c.query.dashboards.delete("dashboard_1"),
        "DELETE",
        "/api/v1/query/dashboards/dashboard_1",
        check=lambda r: r.id == "dashboard_1",
    ),
    Wire(
        "add_dashboard_widget_v1",
        lambda c: c.query.dashboards.widgets.add(
            "dashboard_1",
            title="Failed",
            query="SELECT count() FROM runs",
            display={"type": "bignumber", "column": "count", "aggregation": "last", "abbreviate": True},
            fill_gaps=True,
            revision="r1",
        ),
        "POST",
        "/api/v1/query/dashboards/dashboard_1/widgets",
        body={
            "title": "Failed",
            "query": "SELECT count() FROM runs",
            "display": {"type": "bignumber", "aggregation": "last", "column": "count", "abbreviate": True},
            "fillGaps": True,
            "revision": "r1",
        },
        check=lambda r: r.widget_id == "w1",
    ),
    Wire(
        "update_dashboard_widget_v1",
        lambda c: c.query.dashboards.widgets.update(
            "dashboard_1", "w1", position={"x": 6, "y": 0, "w": 6, "h": 2}, revision="r1"
        ),
        "PATCH",
        "/api/v1/query/dashboards/dashboard_1/widgets/w1",
        body={"position": {"x": 6, "y": 0, "w": 6, "h": 2}, "revision": "r1"},
        check=lambda r: r.id == "dashboard_1",
    ),
    Wire(
        "delete_dashboard_widget_v1",
        lambda c: c.query.dashboards.widgets.delete("dashboard_1", "w1", revision="r1"),
        "DELETE",
        "/api/v1/query/dashboards/dashboard_1/widgets/w1",
        query="revision=r1",
        check=lambda r: r.id == "dashboard_1",
    ),
    Wire(
        "list_prompts_v1",
        lambda c: c.prompts.list(),
        "GET",
        "/api/v1/prompts",
        check=lambda r: r[0].slug == "greet" and r[0].current_version == 2,
    ),
    Wire(
        "list_prompt_versions_v1",
        lambda c: c.prompts.versions("greet"),
        "GET",
        "/api/v1/prompts/greet/versions",
        check=lambda r: r[0].version == 2,
    ),
    Wire(
        "resolve_prompt_v1",
        lambda c: c.prompts.resolve("greet"),
        "POST",
        "/api/v1/prompts/greet",
        body={"variables": {}},  # the SDK always sends variables, {} by default
        check=lambda r: r.text == "Hi Ada" and r.prompt_id == "prompt_1",
    ),
    Wire(
        "resolve_prompt_v1",
        lambda c: c.prompts.resolve("greet", {"name": "Ada", "n": 1}, label="staging", version=2),
        "POST",
        "/api/v1/prompts/greet",
        body={"variables": {"name": "Ada", "n": 1}, "label": "staging", "version": 2},
        check=lambda r: r.version == 2,
    ),
    Wire(
        "promote_prompt_version_v1",
        lambda c: c.prompts.promote("greet", 2),
        "POST",
        "/api/v1/prompts/greet/promote",
        body={"version": 2},
        check=lambda r: r.ok is True,
    ),
    Wire(
        "create_prompt_override_v1",
        lambda c: c.prompts.create_override(
            "greet", text_content="Hey {{name}}", model="gpt-4o-mini", commit_message="short", source="dashboard"
        ),
        "POST",
        "/api/v1/prompts/greet/override",
        body={"textContent": "Hey {{name}}", "model": "gpt-4o-mini", "commitMessage": "short", "source": "dashboard"},
        check=lambda r: r.version == 3,
    ),
    Wire(
        "update_prompt_override_v1",
        lambda c: c.prompts.update_override("greet", text_content="Yo", model="gpt-4o"),
        "PUT",
        "/api/v1/prompts/greet/override",
        body={"textContent": "Yo", "model": "gpt-4o"},
        check=lambda r: r.ok is True,
    ),
    Wire(
        "remove_prompt_override_v1",
        lambda c: c.prompts.remove_override("greet"),
        "DELETE",
        "/api/v1/prompts/greet/override",
        check=lambda r: r.ok is True,
    ),
    Wire(
        "reactivate_prompt_override_v1",
        lambda c: c.prompts.reactivate_override("greet", 3),
        "POST",
        "/api/v1/prompts/greet/override/reactivate",
        body={"version": 3},
        check=lambda r: r.ok is True,
    ),
    Wire(
        "get_report_v1",
        lambda c: c.reports.retrieve("health", format="json", period="24h"),
        "GET",
        "/api/v1/reports/health",
        query="format=json&period=24h",
        check=lambda r: r.summary.severity == "warn" and r.metrics[0].delta.mult == 6,
    ),
    Wire(
        "get_report_v1",
        # getReport sends format=markdown by default and reads the body as text.
        lambda c: c.reports.retrieve("health"),
        "GET",
        "/api/v1/reports/health",
        query="format=markdown",
        check=lambda r: isinstance(r, str) and r.startswith('{"title": "health"'),
    ),
    # --- session channels (SDK 4.8.3) ---
    # @trigger.dev/core 4.8.3 apiClient/index.js appendToSessionStream: the record as the body, the side channel
    # through encodeURIComponent (the X-Part-Id header is checked in tests/client/test_session_channels.py).
    Wire(
        "append_session_stream_v1",
        lambda c: c.sessions.send("chat_1234", {"kind": "message", "text": "Hello"}),
        "POST",
        "/realtime/v1/sessions/chat_1234/in/append",
        body={"kind": "message", "text": "Hello"},
        check=lambda r: r.ok is True and r.seq == 3,
    ),
    Wire(
        "append_session_channel_stream_v1",
        lambda c: c.sessions.send("session_abc123", "ping", channel="tool calls"),
        "POST",
        "/realtime/v1/sessions/session_abc123/channels/tool%20calls/in/append",
        body="ping",
        check=lambda r: r.ok is True and r.seq is None,
    ),
]


# The v1 batch routes and v1 batch retrieve are reachable through client.raw only; the two-phase batch operations
# (and the packet upload of large items) take several requests per call and are tested in test_batches.py.
# batch_trigger_task_v2 too: its description says why the high-level client batches with the two-phase API.
RAW_ONLY = {"batch_trigger_task_by_id_v1", "batch_trigger_task_v1", "batch_trigger_task_v2", "retrieve_batch_v1"}
TWO_PHASE = {"create_batch_v3", "stream_batch_items_v3", "create_upload_payload_url_v2"}
# Realtime loads offloaded payloads and outputs through these (tests/realtime/test_offloaded_packets.py).
REALTIME_PACKETS = {"get_run_packet_url_v1", "get_payload_url_v1"}


def test_every_operation_has_a_wire_test() -> None:
    assert {w.operation_id for w in WIRES} | RAW_ONLY | TWO_PHASE | REALTIME_PACKETS == set(RESPONSES)
    assert not {w.operation_id for w in WIRES} & RAW_ONLY


@pytest.mark.parametrize("wire", WIRES, ids=lambda w: w.operation_id)
async def test_wire(api: Harness, wire: Wire) -> None:
    api.answer(json_response(STATUSES[wire.operation_id], RESPONSES[wire.operation_id]))
    overrides: dict[str, Any] = {"secret_key": None, "access_token": PAT} if wire.pat else {}
    if wire.secret_key:
        overrides["secret_key"] = wire.secret_key
    result = await api.call(wire.call, **overrides)
    request = api.last
    assert len(api.requests) == 1
    assert request.method == wire.method
    assert request.url.raw_path.decode().split("?")[0] == wire.raw_path
    assert request.url.query.decode() == wire.query
    if wire.body is None:
        assert request.content in (b"", b"null")
    else:
        assert json.loads(request.content) == wire.body
    assert wire.check(result)


BAD_INPUT = [
    (lambda c: c.runs.bulk.cancel(), "filters", "give run_ids or at least one runs.list filter"),
    (lambda c: c.runs.bulk.cancel(run_ids=["run_1"], status=["QUEUED"]), "run_ids", "not both"),
    (lambda c: c.runs.bulk.cancel(run_ids=[f"run_{i}" for i in range(501)]), "run_ids", "give 1 to 500 ids"),
    (lambda c: c.runs.bulk.replay(run_ids=["batch_1"]), "run_ids[0]", "must start with 'run_'"),
    (lambda c: c.runs.bulk.cancel(status=["DONE"]), "status[0]", "unknown run status 'DONE'"),
    (lambda c: c.runs.bulk.cancel(error="error_1"), "error", "cannot filter by it"),
    (lambda c: c.runs.bulk.retrieve("run_1"), "bulk_action_id", "must start with 'bulk_'"),
    (lambda c: c.runs.bulk.list(page_size=0), "page_size", "from 1 to 100"),
    (lambda c: c.runs.bulk.poll("bulk_1", timeout=0), "timeout", "positive number of seconds"),
    (lambda c: c.deployments.list(page_size=4), "page_size", "from 5 to 100"),
    (lambda c: c.deployments.list(status="LIVE"), "status", "must be one of BUILDING"),
    (lambda c: c.deployments.list(to="2025-01-01"), "to", "needs from_"),
    (lambda c: c.errors.list(status="open"), "status[0]", "ignored, resolved, unresolved"),
    (lambda c: c.errors.list(period="7d", from_=dt.datetime(2025, 1, 1)), "period", "cannot be combined"),
    (lambda c: c.errors.ignore("error_1", duration=60), "duration", "positive datetime.timedelta"),
    (lambda c: c.errors.resolve("err_1"), "error_id", "must start with 'error_'"),
    (lambda c: c.sessions.create(type="chat", task="t", base_payload={}, external_id="session_1"), "external_id", ""),
    (lambda c: c.sessions.create(type="x" * 65, task="t", base_payload={}), "type", "at most 64 characters"),
    (lambda c: c.sessions.create(type="chat", task="t", base_payload=[1]), "base_payload", "dict of JSON values"),
    (lambda c: c.sessions.update("s", metadata={"a": 1}, clear_metadata=True), "clear_metadata", "not both"),
    (lambda c: c.sessions.update("s"), "tags", "nothing to update"),
    (lambda c: c.sessions.list(status="OPEN"), "status[0]", "ACTIVE, CLOSED, EXPIRED"),
    # --- webhooks and sessions (SDK 4.8.3) ---
    (lambda c: c.webhooks.endpoints.rotate_secret("s", previous_secret_ttl=604801), "previous_secret_ttl", "604800"),
    (lambda c: c.webhooks.endpoints.rotate_secret("s", previous_secret_ttl=-1), "previous_secret_ttl", "from 0"),
    (
        lambda c: c.webhooks.endpoints.rotate_secret("s", previous_secret_ttl=dt.timedelta(seconds=1.5)),
        "previous_secret_ttl",
        "whole seconds",
    ),
    (lambda c: c.webhooks.endpoints.set_secret("s", "   "), "secret", "non-empty string"),
    (lambda c: c.webhooks.endpoints.set_secret("s", "x" * 4097), "secret", "at most 4096 characters"),
    (lambda c: c.webhooks.endpoints.retrieve(".."), "endpoint", ""),
    (lambda c: c.webhooks.deliveries.list(status="done"), "status[0]", "succeeded, unmatched"),
    (lambda c: c.webhooks.deliveries.list(period="1d", to=dt.datetime(2025, 1, 1)), "period", "cannot be combined"),
    (lambda c: c.webhooks.deliveries.list(from_="2025-01-01"), "from_", "must be a datetime"),
    (lambda c: c.webhooks.deliveries.list(page_size=101), "page_size", "from 1 to 100"),
    (lambda c: c.webhooks.deliveries.retrieve("run_1"), "delivery_id", "must start with 'whd_'"),
    (lambda c: c.webhooks.deliveries.replay("whd_1", target_id=""), "target_id", "non-empty string"),
    (lambda c: c.sessions.transcript("chat_1", limit=0), "limit", "from 1"),
    (lambda c: c.sessions.end_and_continue("c", calling_run_id="r", reason="x"), "calling_run_id", "'run_'"),
    (
        lambda c: c.sessions.end_and_continue("c", calling_run_id="run_1", reason="x" * 65),
        "reason",
        "at most 64 characters",
    ),
    # --- dashboards, prompts, reports (SDK 4.8.3) ---
    (lambda c: c.query.dashboards.update("dashboard_1"), "title", "pass title and/or description"),
    (lambda c: c.query.dashboards.retrieve("a/b"), "dashboard_id", "single path segment"),
    (lambda c: c.query.dashboards.widgets.add("d", title="t", display={"type": "table"}), "query", "required"),
    (lambda c: c.query.dashboards.widgets.add("d", title="t", display="table"), "display", "or a mapping"),
    (
        lambda c: c.query.dashboards.widgets.update("d", "w", position={"x": 0, "y": 0, "w": 13, "h": 1}),
        "position.w",
        "integer 1 to 12",
    ),
    (lambda c: c.query.dashboards.replace("d", widgets="x"), "widgets", "must be a list"),
    (lambda c: c.prompts.versions(""), "slug", "non-empty string"),
    (lambda c: c.prompts.create_override("greet", text_content=None), "text_content", "template text"),
    (lambda c: c.prompts.update_override("greet", model=4), "model", "must be a string"),
    (lambda c: c.reports.retrieve("", format="json"), "key", "non-empty string"),
]


@pytest.mark.parametrize("call", BAD_INPUT, ids=lambda case: case[1] if isinstance(case, tuple) else "")
async def test_new_resources_reject_bad_input_before_any_request(
    api: Harness, call: tuple[Callable[[Any], Any], str, str]
) -> None:
    fn, field, message = call
    with pytest.raises(ValidationError) as raised:
        await api.call(fn)
    assert raised.value.field == field
    assert message in str(raised.value)
    assert api.requests == []


async def test_bulk_poll_waits_until_the_action_leaves_pending(api: Harness) -> None:
    pending = {**RESPONSES["retrieve_bulk_action_v1"], "status": "PENDING", "completedAt": None}
    api.answer(json_response(200, pending))
    api.answer(json_response(200, pending))
    api.answer(json_response(200, {**pending, "status": "ABORTED"}))
    done = await api.call(lambda c: c.runs.bulk.poll("bulk_1234", interval=0.001, timeout=30))
    assert done.status == "ABORTED" and len(api.requests) == 3
    assert {r.url.path for r in api.requests} == {"/api/v1/bulk-actions/bulk_1234"}
