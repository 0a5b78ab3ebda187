"""One table of wire cases for the generated client: what each call sends and what the server answers.

The operation tests (``test_operations.py``) replay every case through the generated ``sync_detailed``
function and compare the captured request with the expected wire form; the contract tests
(``test_contract.py``) validate the same requests and response fixtures against the patched spec. Wire
facts come from ``docs/wire.md`` (its sections are cited in the comments); response fixtures
are shaped like the server's answers (§2, §12.4): current statuses, status flags, costs, nulls.
"""

from __future__ import annotations

import datetime
import importlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

import trigger_api
from codegen.diff import module_path
from trigger_api import models as m
from trigger_api.client import AuthenticatedClient, Client
from trigger_api.types import File

BASE_URL = "https://api.trigger.dev"
TOKEN = "tr_dev_test"
SPEC_PATH = Path(trigger_api.__file__).parent / "openapi.json"
SPEC: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))

UTC = datetime.timezone.utc


def _null(model: Any, *keys: str) -> Any:
    """``model`` that sends explicit nulls for ``keys``: a None field is left out of the body (no Unset)."""
    for key in keys:
        model.additional_properties[key] = None
    return model


def at(*args: int) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=UTC)


def spec_operations() -> dict[str, tuple[str, str, str]]:
    """operationId -> (tag, method, path template) for every operation in the patched spec."""
    return {
        op["operationId"]: (op["tags"][0], method.upper(), path)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }


def module_for(operation_id: str) -> ModuleType:
    tag = spec_operations()[operation_id][0]
    return importlib.import_module(module_path(tag, operation_id))


def compact(body: Any) -> bytes:
    """``JSON.stringify`` bytes: compact, keys in the given order, non-ASCII raw (docs/wire.md#encoding)."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def fields(values: dict[str, Any]) -> Callable[[Any], None]:
    """A checker asserting parsed attributes; keys are dotted paths, integers index lists."""

    def check(parsed: Any) -> None:
        for path, wanted in values.items():
            node = parsed
            for part in path.split("."):
                node = node[int(part)] if part.isdigit() else getattr(node, part)
            assert node == wanted, f"{path}: {node!r} != {wanted!r}"
            if wanted is None or isinstance(wanted, bool):
                assert node is wanted, f"{path}: {node!r} is not {wanted!r}"

    return check


@dataclass(frozen=True)
class Case:
    """One call of a generated operation and the exchange it must produce."""

    operation_id: str
    call: Callable[[], dict[str, Any]]
    """Keyword arguments for ``sync_detailed`` (besides ``client``); built lazily."""
    method: str
    raw_path: str
    """The path exactly as sent, percent-encoding included."""
    response: Any
    model: str
    """Class name of the parsed 200 answer (``list`` for JSON arrays, ``NoneType`` for none)."""
    check: Callable[[Any], None] = field(default=lambda parsed: None)
    query: str = ""
    """The raw query string as sent ("" means no ``?`` at all)."""
    body: Any = None
    """The JSON body sent; compared byte for byte (compact, in this key order) when ``exact_body``."""
    exact_body: bool = True
    variant: str = ""
    authenticated: bool = True
    status: int = 200
    """The success status the server answers (202 for v1 batches and bulk-action create, 201 for a new session)."""

    @property
    def id(self) -> str:
        return f"{self.operation_id}[{self.variant}]" if self.variant else self.operation_id


@dataclass(frozen=True)
class Exchange:
    request: httpx.Request
    response: httpx.Response
    parsed: Any


def send(case: Case) -> Exchange:
    """Call the generated function through a MockTransport answering ``case.response``; capture both sides."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if case.response is None:
            return httpx.Response(case.status)
        return httpx.Response(case.status, content=compact(case.response), headers={"content-type": "application/json"})

    headers = {"Authorization": f"Bearer {TOKEN}"} if case.authenticated else {}
    transport = httpx.Client(base_url=BASE_URL, headers=headers, transport=httpx.MockTransport(handler))
    client: AuthenticatedClient | Client
    if case.authenticated:
        client = AuthenticatedClient(base_url=BASE_URL, token=TOKEN, raise_on_unexpected_status=True)
    else:
        client = Client(base_url=BASE_URL, raise_on_unexpected_status=True)
    client.set_httpx_client(transport)
    with transport:
        result = module_for(case.operation_id).sync_detailed(client=client, **case.call())
    assert len(seen) == 1
    assert result.status_code == case.status
    response = httpx.Response(case.status, content=result.content, headers=result.headers)
    return Exchange(seen[0], response, result.parsed)


# --- server-shaped response fixtures ---------------------------------------------------------------

_RUN_FLAGS_EXECUTING = {
    "isQueued": False,
    "isExecuting": True,
    "isWaiting": False,
    "isCompleted": False,
    "isSuccess": False,
    "isFailed": False,
    "isCancelled": False,
}

RUN = {
    "id": "run_1234",
    "status": "DEQUEUED",
    "taskIdentifier": "my-task",
    "version": "20250101.1",
    "idempotencyKey": None,
    "isTest": False,
    "createdAt": "2025-01-01T00:00:00.000Z",
    "updatedAt": "2025-01-01T00:00:05.000Z",
    "startedAt": None,
    "finishedAt": None,
    "delayedUntil": None,
    "ttl": "10m",
    "expiredAt": None,
    "tags": ["user:1234"],
    "metadata": {"progress": 0.5},
    "costInCents": 0.0012,
    "baseCostInCents": 0.0025,
    "durationMs": 0,
    "depth": 0,
    "batchId": None,
    "triggerFunction": "trigger",
    **_RUN_FLAGS_EXECUTING,
    "taskKind": "STANDARD",
    "region": "us-east-1",
    "payload": {"foo": "bar"},
    "payloadPresignedUrl": None,
    "output": None,
    "outputPresignedUrl": None,
    "relatedRuns": {"children": []},
    "schedule": None,
    "attempts": [],
    "attemptCount": 1,
}

RUN_CHECKS = {
    "id": "run_1234",
    "status": "DEQUEUED",
    "is_executing": True,
    "is_queued": False,
    "is_cancelled": False,
    "cost_in_cents": 0.0012,
    "base_cost_in_cents": 0.0025,
    "duration_ms": 0,
    "attempt_count": 1,
    "attempts": [],
    "idempotency_key": None,
    "started_at": None,
    "schedule": None,
    "created_at": at(2025, 1, 1),
    "payload": {"foo": "bar"},
    "metadata.additional_properties": {"progress": 0.5},
    "task_kind": "STANDARD",
    "ttl": "10m",
}

LIST_RUN_ITEM = {
    "id": "run_1234",
    "status": "COMPLETED",
    "taskIdentifier": "my-task",
    "version": "20250101.1",
    "idempotencyKey": None,
    "isTest": False,
    "createdAt": "2025-01-01T00:00:00.000Z",
    "updatedAt": "2025-01-01T00:00:09.000Z",
    "startedAt": "2025-01-01T00:00:01.000Z",
    "finishedAt": "2025-01-01T00:00:09.000Z",
    "delayedUntil": None,
    "expiredAt": None,
    "tags": [],
    "costInCents": 0.0152,
    "baseCostInCents": 0.0025,
    "durationMs": 8000,
    "isQueued": False,
    "isExecuting": False,
    "isWaiting": False,
    "isCompleted": True,
    "isSuccess": True,
    "isFailed": False,
    "isCancelled": False,
    "metadata": None,
    "taskKind": "STANDARD",
    "region": None,
    "env": {"id": "env_1234", "name": "dev", "user": "eric"},
}

LIST_RUNS = {"data": [LIST_RUN_ITEM], "pagination": {"next": "run_1234"}}

LIST_RUNS_CHECKS = {
    "data.0.status": "COMPLETED",
    "data.0.is_completed": True,
    "data.0.is_success": True,
    "data.0.duration_ms": 8000,
    "data.0.env.name": "dev",
    "data.0.metadata": None,
    "data.0.region": None,
    "data.0.finished_at": at(2025, 1, 1, 0, 0, 9),
    "pagination.next_": "run_1234",
}

SCHEDULE = {
    "id": "sched_1234",
    "type": "IMPERATIVE",
    "task": "my-task",
    "active": True,
    "deduplicationKey": "dedup-1",
    "externalId": None,
    "generator": {"type": "CRON", "expression": "0 0 * * *", "description": "At 12:00 AM"},
    "timezone": "UTC",
    "window": "30m",
    "nextRun": "2025-01-02T00:00:00.000Z",
    "nextRunEffectiveAt": "2025-01-02T00:12:00.000Z",
    "environments": [{"id": "env_1234", "type": "DEVELOPMENT", "userName": "eric"}],
}

SCHEDULE_CHECKS = {
    "id": "sched_1234",
    "external_id": None,
    "window": "30m",
    "next_run_effective_at": at(2025, 1, 2, 0, 12),
    "generator.expression": "0 0 * * *",
    "generator.description": "At 12:00 AM",
    "environments.0.user_name": "eric",
}

QUEUE = {
    "id": "queue_1234",
    "name": "my/queue name",
    "type": "custom",
    "running": 2,
    "queued": 5,
    "paused": False,
    "concurrencyLimit": None,
    "concurrency": {"current": 2, "base": None, "override": None, "overriddenAt": None, "overriddenBy": None},
}

CONCURRENCY_LIMIT = {
    "id": "climit_1234",
    "name": "openai",
    "perKey": {"current": None, "base": None, "override": None, "overriddenAt": None},
    "total": {"current": 25, "base": 25, "override": None, "overriddenAt": None},
    "running": 14,
    "queued": 100,
    "paused": False,
}

CONCURRENCY_LIMIT_CHECKS = {"id": "climit_1234", "per_key.current": None, "total.current": 25, "queued": 100}

CONCURRENCY_LIMIT_KEY = {
    "name": "subagents",
    "concurrencyKey": "session_1",
    "perKey": {"current": 3, "base": 1, "override": 3, "expiresAt": "2025-01-08T00:00:00.000Z"},
    "running": 2,
    "paused": False,
}

CONCURRENCY_LIMIT_KEY_CHECKS = {
    "concurrency_key": "session_1",
    "per_key.override": 3,
    "per_key.expires_at": at(2025, 1, 8),
    "running": 2,
}

QUEUE_CHECKS = {
    "name": "my/queue name",
    "type_": "custom",
    "queued": 5,
    "paused": False,
    "concurrency_limit": None,
    "concurrency.current": 2,
    "concurrency.overridden_at": None,
}

TOKEN_OBJECT = {
    "id": "waitpoint_1234",
    "url": "https://api.trigger.dev/api/v1/waitpoints/tokens/waitpoint_1234/callback/abc123",
    "status": "COMPLETED",
    "idempotencyKey": None,
    "idempotencyKeyExpiresAt": None,
    "timeoutAt": "2025-01-01T01:00:00.000Z",
    "completedAt": "2025-01-01T00:30:00.000Z",
    "output": '{"approved":true}',
    "outputType": "application/json",
    "outputIsError": False,
    "tags": ["user:1234"],
    "createdAt": "2025-01-01T00:00:00.000Z",
}

DEPLOYMENT = {
    "id": "deployment_1234",
    "status": "DEPLOYED",
    "contentHash": "8f1c2d",
    "shortCode": "abc123",
    "version": "20250101.1",
    "imageReference": None,
    "errorData": None,
}

RESULT_OK = {
    "ok": True,
    "id": "run_1234",
    "output": '{"json":{"a":1}}',
    "outputType": "application/super+json",
    "usage": {"durationMs": 1234},
    "taskIdentifier": "my-task",
}

BULK_ACTION = {
    "id": "bulk_1234",
    "name": "clean up",
    "type": "CANCEL",
    "status": "COMPLETED",
    "counts": {"total": 3, "success": 2, "failure": 1},
    "createdAt": "2025-01-01T00:00:00.000Z",
    "completedAt": "2025-01-01T00:01:00.000Z",
}

ERROR_ITEM = {
    "id": "error_8f3b2a1c9d4e5f60",
    "fingerprint": "8f3b2a1c9d4e5f60",
    "taskIdentifier": "my-task",
    "errorType": "TypeError",
    "errorMessage": "x is undefined",
    "status": "unresolved",
    "count": 3,
    "firstSeen": "2025-01-01T00:00:00.000Z",
    "lastSeen": "2025-01-02T00:00:00.000Z",
    "resolvedAt": None,
    "ignoredUntil": None,
}

# ApiErrorPresenter's detail shape: the list row plus lifecycle fields (nulls when unset).
ERROR_OBJECT = {
    **ERROR_ITEM,
    "affectedVersions": ["20250101.1"],
    "resolvedInVersion": None,
    "resolvedBy": None,
    "ignoredAt": None,
    "ignoredReason": None,
    "ignoredByUserId": None,
    "ignoredUntilOccurrenceRate": None,
    "ignoredUntilTotalOccurrences": None,
}

SESSION = {
    "id": "session_abc123",
    "externalId": "chat_1234",
    "type": "chat.agent",
    "taskIdentifier": "my-chat",
    "triggerConfig": {"basePayload": {"chatId": "1234"}, "tags": ["chat:1234"]},
    "currentRunId": "run_def456",
    "tags": ["chat:1234"],
    "metadata": None,
    "closedAt": None,
    "closedReason": None,
    "expiresAt": None,
    "createdAt": "2025-01-01T00:00:00.000Z",
    "updatedAt": "2025-01-01T00:00:00.000Z",
}

LISTED_DEPLOYMENT = {
    "id": "deployment_1234",
    "createdAt": "2025-01-01T00:00:00.000Z",
    "shortCode": "abc123",
    "version": "20250101.1",
    "runtime": "node",
    "runtimeVersion": None,
    "status": "DEPLOYED",
    "deployedAt": "2025-01-01T00:05:00.000Z",
    "git": None,
}

# The body tasks.trigger(...) sends with every option set (docs/wire.md#trigger-options).
SDK_TRIGGER_BODY = (
    '{"payload":"{\\"json\\":{\\"foo\\":\\"bar\\",\\"when\\":\\"1970-01-01T00:00:00.000Z\\"},'
    '\\"meta\\":{\\"values\\":{\\"when\\":[\\"Date\\"]}}}","options":{"queue":{"name":"q1"},"concurrencyKey":"ck",'
    '"payloadType":"application/super+json","payloadSize":92,'
    '"idempotencyKey":"5e78863ed1ffb9fc66b1d61634b126bf8eb20267e7996297eeeb9b19c8c0f732","idempotencyKeyTTL":"1h",'
    '"idempotencyKeyOptions":{"key":"my-key","scope":"run"},"delay":"5m","ttl":"10m","tags":["a","b"],'
    '"maxAttempts":3,"metadata":{"m":1},"maxDuration":60,"machine":"small-2x","priority":10,"region":"us-east-1",'
    '"lockToVersion":"20250101.1"}}'
)

# The query runs.list sends with every filter set (docs/wire.md#runs-list-query).
SDK_LIST_RUNS_QUERY = (
    "filter%5Bstatus%5D=QUEUED%2CEXECUTING&filter%5BtaskIdentifier%5D=my-task&filter%5Bversion%5D=v1"
    "&filter%5BbulkAction%5D=bulk_1&filter%5Btag%5D=t1%2Ct+2&filter%5Bschedule%5D=sched_1&filter%5BisTest%5D=false"
    "&filter%5BcreatedAt%5D%5Bfrom%5D=1700000000000&filter%5BcreatedAt%5D%5Bto%5D=1700000100000"
    "&filter%5BcreatedAt%5D%5Bperiod%5D=1d&filter%5Bbatch%5D=batch_1&filter%5Bqueue%5D=task%2Fmy-task%2Cc"
    "&filter%5Bmachine%5D=small-1x&filter%5Bregion%5D=r1&page%5Bsize%5D=10"
)


def _run_filters(status_item: type[Any]) -> dict[str, Any]:
    """runs.list options of the §2.1.1 capture, as generated keyword arguments."""
    return {
        "filterstatus": [status_item("QUEUED"), status_item("EXECUTING")],
        "filtertask_identifier": ["my-task"],
        "filterversion": ["v1"],
        "filterbulk_action": "bulk_1",
        "filtertag": ["t1", "t 2"],
        "filterschedule": "sched_1",
        "filteris_test": False,
        "filtercreated_atfrom": 1700000000000,
        "filtercreated_atto": 1700000100000,
        "filtercreated_atperiod": "1d",
        "filterbatch": "batch_1",
        "filterqueue": ["task/my-task", "c"],
        "filtermachine": ["small-1x"],
        "filterregion": ["r1"],
        "pagesize": 10,
    }


def _trigger_options() -> m.TriggerTaskRequestBodyOptions:
    return m.TriggerTaskRequestBodyOptions(
        queue=m.QueueOptions(name="q1"),
        concurrency_key="ck",
        payload_type="application/super+json",
        payload_size=92,
        idempotency_key="5e78863ed1ffb9fc66b1d61634b126bf8eb20267e7996297eeeb9b19c8c0f732",
        idempotency_key_ttl="1h",
        idempotency_key_options=m.TriggerTaskRequestBodyOptionsIdempotencyKeyOptions(
            key="my-key", scope=m.IdempotencyKeyScope.RUN
        ),
        delay="5m",
        ttl="10m",
        tags=["a", "b"],
        max_attempts=3,
        metadata=m.TriggerTaskRequestBodyOptionsMetadata.from_dict({"m": 1}),
        max_duration=60,
        machine=m.MachinePresetName.SMALL_2X,
        priority=10,
        region="us-east-1",
        lock_to_version="20250101.1",
    )


SUPERJSON_PAYLOAD = '{"json":{"foo":"bar","when":"1970-01-01T00:00:00.000Z"},"meta":{"values":{"when":["Date"]}}}'

# --- webhooks and sessions (SDK 4.8.3): fixtures of the cases at the end of CASES ---
WEBHOOK_ENDPOINT: dict[str, Any] = {
    "id": "wh_1234",
    "declaredId": "stripe",
    "source": "stripe",
    "status": "active",
    "secretProvisioning": "provider",
    "secretSet": True,
    "tenantId": None,
    "externalRef": None,
    "url": "https://api.trigger.dev/webhooks/v1/ingest/abc",
    "createdAt": "2025-01-01T00:00:00.000Z",
    "updatedAt": "2025-01-01T00:00:00.000Z",
}
WEBHOOK_DELIVERY_ITEM: dict[str, Any] = {
    "id": "whd_1234",
    "endpoint": {"id": "wh_1234", "declaredId": "stripe"},
    "status": "unmatched",
    "externalDeliveryId": "evt_1",
    "isTest": False,
    "createdAt": "2025-01-01T00:00:00.000Z",
    "processedAt": "2025-01-01T00:00:01.000Z",
}

DASHBOARD: dict[str, Any] = {
    "id": "dashboard_1",
    "title": "Email",
    "description": "",
    "revision": "r1",
    "createdAt": "2025-01-01T00:00:00.000Z",
    "updatedAt": "2025-01-01T00:00:00.000Z",
    "widgets": [
        {
            "id": "w1",
            "title": "Per day",
            "query": "SELECT count() FROM runs",
            "display": {
                "type": "chart",
                "chartType": "bar",
                "xAxisColumn": None,
                "yAxisColumns": ["count"],
                "groupByColumn": None,
                "stacked": False,
                "sortByColumn": None,
                "sortDirection": "asc",
                "aggregation": "sum",
            },
            "position": {"x": 0, "y": 0, "w": 12, "h": 4},
        }
    ],
}
PROMPT_VERSION: dict[str, Any] = {
    "id": "pv_1",
    "version": 2,
    "labels": ["current"],
    "source": "code",
    "model": None,
    "textContent": "Hi {{name}}",
    "commitMessage": None,
    "contentHash": "0123456789abcdef",
    "createdAt": "2025-01-01T00:00:00.000Z",
}
REPORT: dict[str, Any] = {
    "title": "health",
    "scope": "prod",
    "period": "last 24h",
    "generatedAt": "2025-01-01T00:00:00.000Z",
    "windowMinutes": 1440,
    "summary": {"severity": "warn", "statements": [{"findingType": "execution", "severity": "warn"}]},
    "findings": [{"type": "execution", "severity": "warn", "reason": "failures_up", "metricIds": ["failures"]}],
    "metrics": [{"id": "failures", "value": 3, "unit": "count", "delta": {"dir": "up", "mult": 6}, "severity": "warn"}],
    "facts": {"runs": 3},
    "links": [{"key": "docs", "label": "Docs", "url": "https://trigger.dev/docs"}],
    "footer": [{"code": "check_code", "link": "docs"}],
}


CASES: tuple[Case, ...] = (
    # --- schedules (§2.4) ---
    Case(
        "create_schedule_v1",
        lambda: {
            "body": m.CreateScheduleOptions(
                task="my-task", cron="0 0 * * *", deduplication_key="d", external_id="e", timezone="UTC"
            )
        },
        "POST",
        "/api/v1/schedules",
        body={"task": "my-task", "cron": "0 0 * * *", "deduplicationKey": "d", "externalId": "e", "timezone": "UTC"},
        response=SCHEDULE,
        model="Schedule",
        check=fields(SCHEDULE_CHECKS),
    ),
    Case(
        "list_schedules_v1",
        lambda: {"page": 1, "per_page": 5},
        "GET",
        "/api/v1/schedules",
        query="perPage=5&page=1",  # §2.4: perPage before page
        response={"data": [SCHEDULE], "pagination": {"currentPage": 1, "totalPages": 3, "count": 11}},
        model="SchedulePage",
        check=fields({"data.0.window": "30m", "pagination.total_pages": 3, "pagination.count": 11}),
    ),
    Case(
        "get_schedule_v1",
        lambda: {"schedule_id": "sched_1234"},
        "GET",
        "/api/v1/schedules/sched_1234",
        response=SCHEDULE,
        model="Schedule",
        check=fields(SCHEDULE_CHECKS),
    ),
    Case(
        "update_schedule_v1",
        lambda: {
            "schedule_id": "sched_1234",
            "body": m.UpdateScheduleOptions(task="my-task", cron="0 * * * *", window="30m"),
        },
        "PUT",
        "/api/v1/schedules/sched_1234",
        body={"task": "my-task", "cron": "0 * * * *", "window": "30m"},
        response=SCHEDULE,
        model="Schedule",
        check=fields(SCHEDULE_CHECKS),
    ),
    Case(
        # The server answers {id}; the spec documents no body, so nothing is parsed.
        "delete_schedule_v1",
        lambda: {"schedule_id": "sched_1234"},
        "DELETE",
        "/api/v1/schedules/sched_1234",
        response={"id": "sched_1234"},
        model="DeletedSchedule",
        check=fields({"id": "sched_1234"}),
    ),
    Case(
        "deactivate_schedule_v1",
        lambda: {"schedule_id": "sched_1234"},
        "POST",
        "/api/v1/schedules/sched_1234/deactivate",
        response={**SCHEDULE, "active": False},
        model="Schedule",
        check=fields({"active": False, **SCHEDULE_CHECKS}),
    ),
    Case(
        "activate_schedule_v1",
        lambda: {"schedule_id": "sched_1234"},
        "POST",
        "/api/v1/schedules/sched_1234/activate",
        response=SCHEDULE,
        model="Schedule",
        check=fields({"active": True, **SCHEDULE_CHECKS}),
    ),
    Case(
        # Unauthenticated in the SDK and the spec (security: []).
        "get_timezones_v1",
        lambda: {"exclude_utc": True},
        "GET",
        "/api/v1/timezones",
        query="excludeUtc=true",
        response={"timezones": ["Africa/Abidjan", "Europe/London"]},
        model="Timezones",
        check=fields({"timezones": ["Africa/Abidjan", "Europe/London"]}),
        authenticated=False,
    ),
    # --- runs (§2.1) ---
    Case(
        "replay_run_v1",
        lambda: {"run_id": "run_1234"},
        "POST",
        "/api/v1/runs/run_1234/replay",
        response={"id": "run_5678"},
        model="ReplayedRun",
        check=fields({"id": "run_5678"}),
    ),
    Case(
        "add_run_tags_v1",
        lambda: {"run_id": "run_1234", "body": m.AddRunTagsV1Body(tags=["user:1234", "org:9"])},
        "POST",
        "/api/v1/runs/run_1234/tags",
        body={"tags": ["user:1234", "org:9"]},
        response={"message": "Successfully set 2 new tags."},
        model="RunTagsAdded",
        check=fields({"message": "Successfully set 2 new tags."}),
    ),
    Case(
        "get_run_trace_v1",
        lambda: {"run_id": "run_1234"},
        "GET",
        "/api/v1/runs/run_1234/trace",
        response={
            "trace": {
                "traceId": "trace_1",
                "rootSpan": {
                    "id": "span_1",
                    "parentId": None,
                    "runId": "run_1234",
                    "data": {
                        "message": "my-task",
                        "taskSlug": "my-task",
                        "startTime": "2025-01-01T00:00:01.000Z",
                        "duration": 8000,
                        "isError": False,
                        "isPartial": False,
                        "isCancelled": False,
                        "level": "TRACE",
                        "attemptNumber": 1,
                        "properties": None,
                        "events": [],
                    },
                    "children": [],
                },
            }
        },
        model="RunTrace",
        check=fields(
            {"trace.trace_id": "trace_1", "trace.root_span.parent_id": None, "trace.root_span.data.level": "TRACE"}
        ),
    ),
    Case(
        "get_run_events_v1",
        lambda: {"run_id": "run_1234"},
        "GET",
        "/api/v1/runs/run_1234/events",
        response={
            "events": [
                {
                    "spanId": "span_1",
                    "parentId": None,
                    "runId": "run_1234",
                    "message": "Hello",
                    "startTime": "1735689601000000000",
                    "duration": 0,
                    "isError": False,
                    "isPartial": False,
                    "isCancelled": False,
                    "level": "LOG",
                    "kind": "LOG",
                    "attemptNumber": 1,
                    "taskSlug": "my-task",
                    "events": None,
                    "style": None,
                }
            ]
        },
        model="RunEvents",
        check=fields({"events.0.kind": "LOG", "events.0.parent_id": None, "events.0.style": None}),
    ),
    Case(
        "update_run_metadata_v1",
        lambda: {
            "run_id": "run_1234",
            "body": m.UpdateRunMetadataV1Body(metadata=m.UpdateRunMetadataV1BodyMetadata.from_dict({"progress": 1})),
        },
        "PUT",
        "/api/v1/runs/run_1234/metadata",
        body={"metadata": {"progress": 1}},
        response={"metadata": {"progress": 1}},
        model="RunMetadata",
        check=fields({"metadata.additional_properties": {"progress": 1}}),
    ),
    Case(
        "cancel_run_v1",
        lambda: {"run_id": "run_1234"},
        "POST",
        "/api/v2/runs/run_1234/cancel",
        response={"id": "run_1234"},
        model="CanceledRun",
        check=fields({"id": "run_1234"}),
    ),
    Case(
        "reschedule_run_v1",
        lambda: {"run_id": "run_1234", "body": m.RescheduleRunRequestBody(delay="1h")},
        "POST",
        "/api/v1/runs/run_1234/reschedule",
        body={"delay": "1h"},
        response={**RUN, "status": "DELAYED", "delayedUntil": "2025-01-01T01:00:00.000Z"},
        model="Run",
        check=fields({"status": "DELAYED", "delayed_until": at(2025, 1, 1, 1)}),
        variant="duration",
    ),
    Case(
        # An ISO date given as text goes out unchanged, like the SDK's Date -> ISO (§2.1 captured).
        "reschedule_run_v1",
        lambda: {"run_id": "run_1234", "body": m.RescheduleRunRequestBody(delay="2023-11-14T22:13:20.000Z")},
        "POST",
        "/api/v1/runs/run_1234/reschedule",
        body={"delay": "2023-11-14T22:13:20.000Z"},
        response={**RUN, "status": "DELAYED", "delayedUntil": "2023-11-14T22:13:20.000Z"},
        model="Run",
        check=fields({"delayed_until": at(2023, 11, 14, 22, 13, 20)}),
        variant="date",
    ),
    Case(
        "get_run_result_v1",
        lambda: {"run_id": "run_1234"},
        "GET",
        "/api/v1/runs/run_1234/result",
        response=RESULT_OK,
        model="RunResult",
        check=fields({"ok": True, "output_type": "application/super+json", "usage.duration_ms": 1234}),
    ),
    Case(
        "retrieve_run_v1",
        lambda: {"run_id": "run_1234"},
        "GET",
        "/api/v3/runs/run_1234",
        response=RUN,
        model="Run",
        check=fields(RUN_CHECKS),
    ),
    Case(
        "list_runs_v1",
        lambda: _run_filters(m.RunStatus),
        "GET",
        "/api/v1/runs",
        query=SDK_LIST_RUNS_QUERY,
        response=LIST_RUNS,
        model="RunListPage",
        check=fields(LIST_RUNS_CHECKS),
    ),
    Case(
        # Cursor paging: both cursors kept, page[...] after every filter (§4.1).
        "list_runs_v1",
        lambda: {
            "filterstatus": [m.RunStatus.DEQUEUED],
            "pagesize": 10,
            "pageafter": "run_2",
            "pagebefore": "run_2",
        },
        "GET",
        "/api/v1/runs",
        query="filter%5Bstatus%5D=DEQUEUED&page%5Bsize%5D=10&page%5Bafter%5D=run_2&page%5Bbefore%5D=run_2",
        response={"data": [], "pagination": {"next": None, "previous": "run_1"}},
        model="RunListPage",
        check=fields({"data": [], "pagination.next_": None, "pagination.previous": "run_1"}),
        variant="cursors",
    ),
    Case(
        # filter[env] goes after the other filters and before page[...] (§2.1).
        "list_project_runs_v1",
        lambda: {
            **_run_filters(m.RunStatus),
            "project_ref": "proj_1234",
            "filterenv": m.ListProjectRunsV1Filterenv.STG,
        },
        "GET",
        "/api/v1/projects/proj_1234/runs",
        query=SDK_LIST_RUNS_QUERY.replace("&page", "&filter%5Benv%5D=stg&page"),
        response=LIST_RUNS,
        model="RunListPage",
        check=fields(LIST_RUNS_CHECKS),
    ),
    # --- environment variables (§2.5); slugs beyond the spec's old enum: stg, preview ---
    Case(
        "list_project_envvars_v1",
        lambda: {"project_ref": "proj_1234", "env": "stg"},
        "GET",
        "/api/v1/projects/proj_1234/envvars/stg",
        response=[
            {"name": "SLACK_API_KEY", "value": "slack_123456", "isSecret": False},
            {"name": "DB_PASSWORD", "value": "", "isSecret": True},
        ],
        model="list",
        check=fields({"0.name": "SLACK_API_KEY", "0.is_secret": False, "1.value": "", "1.is_secret": True}),
    ),
    Case(
        "create_project_envvar_v1",
        lambda: {"project_ref": "proj_1234", "env": "preview", "body": m.EnvVar(name="SLACK_API_KEY", value="x")},
        "POST",
        "/api/v1/projects/proj_1234/envvars/preview",
        body={"name": "SLACK_API_KEY", "value": "x"},
        response={"success": True},
        model="Success",
        check=fields({"success": True}),
    ),
    Case(
        # An object map, never the spec's array of {name, value} (§2.5 captured).
        "upload_project_envvars_v1",
        lambda: {
            "project_ref": "proj_1234",
            "env": "stg",
            "body": m.UploadProjectEnvvarsV1Body(
                variables=m.UploadProjectEnvvarsV1BodyVariables.from_dict({"A": "1"}), override=True
            ),
        },
        "POST",
        "/api/v1/projects/proj_1234/envvars/stg/import",
        body={"variables": {"A": "1"}, "override": True},
        response={"success": True},
        model="Success",
        check=fields({"success": True}),
    ),
    Case(
        "get_project_envvar_v1",
        lambda: {"project_ref": "proj_1234", "env": "preview", "name": "SLACK_API_KEY"},
        "GET",
        "/api/v1/projects/proj_1234/envvars/preview/SLACK_API_KEY",
        response={"name": "SLACK_API_KEY", "value": "slack_123456", "isSecret": False},
        model="EnvVarValue",
        check=fields({"name": "SLACK_API_KEY", "value": "slack_123456", "is_secret": False}),
    ),
    Case(
        "update_project_envvar_v1",
        lambda: {
            "project_ref": "proj_1234",
            "env": "stg",
            "name": "SLACK_API_KEY",
            "body": m.EnvVarValue(value="slack_654321"),
        },
        "PUT",
        "/api/v1/projects/proj_1234/envvars/stg/SLACK_API_KEY",
        body={"value": "slack_654321"},
        response={"success": True},
        model="Success",
        check=fields({"success": True}),
    ),
    Case(
        "delete_project_envvar_v1",
        lambda: {"project_ref": "proj_1234", "env": "dev", "name": "SLACK_API_KEY"},
        "DELETE",
        "/api/v1/projects/proj_1234/envvars/dev/SLACK_API_KEY",
        response={"success": True},
        model="Success",
        check=fields({"success": True}),
    ),
    # --- tasks (§2.2, §2.3) ---
    Case(
        # Every option the SDK sends, byte for byte in its key order; the task id is encodeURIComponent-ed.
        "trigger_task_v1",
        lambda: {
            "task_identifier": "my/task",
            "body": m.TriggerTaskRequestBody(payload=SUPERJSON_PAYLOAD, options=_trigger_options()),
        },
        "POST",
        "/api/v1/tasks/my%2Ftask/trigger",
        body=json.loads(SDK_TRIGGER_BODY),
        response={"id": "run_1234", "isCached": True},
        model="RunHandle",
        check=fields({"id": "run_1234", "is_cached": True}),
    ),
    Case(
        "batch_trigger_task_by_id_v1",
        lambda: {
            "task_identifier": "my-task",
            "body": m.BatchTriggerTaskByIdV1Body(
                items=[
                    m.TriggerTaskRequestBody(
                        payload='{"json":{"n":1}}',
                        options=m.TriggerTaskRequestBodyOptions(payload_type="application/super+json", tags=["a"]),
                    )
                ]
            ),
        },
        "POST",
        "/api/v1/tasks/my-task/batch",
        body={
            "items": [
                {"payload": '{"json":{"n":1}}', "options": {"payloadType": "application/super+json", "tags": ["a"]}}
            ]
        },
        response={"batchId": "batch_1234", "runs": ["run_1", "run_2"]},
        model="BatchHandle",
        check=fields({"batch_id": "batch_1234", "runs": ["run_1", "run_2"]}),
    ),
    Case(
        "batch_trigger_task_v1",
        lambda: {
            "body": m.BatchTriggerV2RequestBody(
                items=[
                    m.BatchTriggerTaskRequestBodyItem(
                        task="my-task",
                        payload="hello",
                        options=m.TriggerTaskRequestBodyOptions(payload_type="text/plain", max_attempts=2),
                    )
                ]
            )
        },
        "POST",
        "/api/v1/tasks/batch",
        body={
            "items": [
                {"task": "my-task", "payload": "hello", "options": {"payloadType": "text/plain", "maxAttempts": 2}}
            ]
        },
        # routes/api.v1.tasks.batch.ts answers 202 with BatchTriggerTaskV2Response.
        response={
            "id": "batch_1234",
            "isCached": False,
            "runs": [{"id": "run_1", "taskIdentifier": "my-task", "isCached": False}],
        },
        model="BatchTriggerTaskV2Response",
        check=fields(
            {"id": "batch_1234", "is_cached": False, "runs.0.id": "run_1", "runs.0.task_identifier": "my-task"}
        ),
        status=202,
    ),
    # --- batches ---
    Case(
        "retrieve_batch_v1",
        lambda: {"batch_id": "batch_1234"},
        "GET",
        "/api/v1/batches/batch_1234",
        response={
            "id": "batch_1234",
            "status": "PARTIAL_FAILED",
            "idempotencyKey": None,
            "createdAt": "2025-01-01T00:00:00.000Z",
            "updatedAt": "2025-01-01T00:00:02.000Z",
            "runCount": 2,
            "runs": ["run_1"],
            "processing": {
                "completedAt": "2025-01-01T00:00:02.000Z",
                "errors": [
                    {"index": 1, "taskIdentifier": "missing-task", "error": "Task not found", "errorCode": "NOT_FOUND"}
                ],
            },
        },
        model="RetrieveBatchV1Response200",
        check=fields(
            {
                "status": "PARTIAL_FAILED",
                "idempotency_key": None,
                "processing.errors.0.index": 1,
                "processing.errors.0.error": "Task not found",
                "processing.errors.0.error_code": "NOT_FOUND",
            }
        ),
    ),
    Case(
        "get_batch_results_v1",
        lambda: {"batch_id": "batch_1234"},
        "GET",
        "/api/v1/batches/batch_1234/results",
        response={
            "id": "batch_1234",
            "items": [
                RESULT_OK,
                {"ok": False, "id": "run_2", "error": {"type": "BUILT_IN_ERROR", "message": "boom"}, "usage": None},
            ],
        },
        model="BatchResults",
        check=fields(
            {
                "items.0.ok": True,
                "items.1.ok": False,
                "items.1.usage": None,
                "items.1.error.additional_properties": {"type": "BUILT_IN_ERROR", "message": "boom"},
            }
        ),
    ),
    # --- queues (§2.7): names pre-encoded by the caller, `/` -> `%2F`, then encoded by the generated code ---
    Case(
        "list_queues_v1",
        lambda: {"page": 2, "per_page": 20},
        "GET",
        "/api/v1/queues",
        query="perPage=20&page=2",
        response={"data": [QUEUE], "pagination": {"currentPage": 2, "totalPages": 2, "count": 21}},
        model="QueuePage",
        check=fields({"data.0.name": "my/queue name", "pagination.current_page": 2}),
    ),
    Case(
        # The caller passes "my%2Fqueue name" (the SDK's `/` -> `%2F` step); the generated function
        # percent-encodes the whole segment, so `%` becomes `%25` and the wire matches the SDK's
        # captured `my%252Fqueue%20name` (§2.7). Given a raw "my/queue name" it would send `my%2Fqueue%20name`.
        "retrieve_queue_v1",
        lambda: {"queue_param": "my%2Fqueue name", "type_": m.QueueLookup.CUSTOM},
        "GET",
        "/api/v1/queues/my%252Fqueue%20name",
        query="type=custom",
        response=QUEUE,
        model="Queue",
        check=fields(QUEUE_CHECKS),
    ),
    Case(
        # Key order differs from the SDK's {"type","action"}: required fields come first in generated to_dict.
        "pause_queue_v1",
        lambda: {
            "queue_param": "task%2Fmy-task",
            "body": m.PauseQueueV1Body(action=m.PauseAction.PAUSE, type_=m.QueueLookup.CUSTOM),
        },
        "POST",
        "/api/v1/queues/task%252Fmy-task/pause",
        body={"type": "custom", "action": "pause"},
        exact_body=False,
        response={**QUEUE, "paused": True},
        model="Queue",
        check=fields({**QUEUE_CHECKS, "paused": True}),
    ),
    Case(
        "override_queue_concurrency_v1",
        lambda: {
            "queue_param": "queue_1234",
            "body": m.OverrideQueueConcurrencyV1Body(concurrency_limit=3, type_=m.QueueLookup.ID),
        },
        "POST",
        "/api/v1/queues/queue_1234/concurrency/override",
        body={"type": "id", "concurrencyLimit": 3},
        exact_body=False,
        response={
            **QUEUE,
            "concurrencyLimit": 3,
            "concurrency": {
                "current": 2,
                "base": 10,
                "override": 3,
                "overriddenAt": "2025-01-01T00:00:00.000Z",
                "overriddenBy": "user_1",
            },
        },
        model="Queue",
        check=fields({"concurrency_limit": 3, "concurrency.override": 3, "concurrency.overridden_by": "user_1"}),
    ),
    Case(
        "reset_queue_concurrency_v1",
        lambda: {
            "queue_param": "queue_1234",
            "body": m.ResetQueueConcurrencyV1Body(type_=m.QueueLookup.ID),
        },
        "POST",
        "/api/v1/queues/queue_1234/concurrency/reset",
        body={"type": "id"},
        response=QUEUE,
        model="Queue",
        check=fields(QUEUE_CHECKS),
    ),
    # --- waitpoint tokens (§2.6) ---
    Case(
        "list_waitpoint_tokens_v1",
        lambda: {
            "pagesize": 5,
            "pageafter": "waitpoint_1",
            "filterstatus": "WAITING,COMPLETED",
            "filteridempotency_key": "k1",
            "filtertags": "user:1234,org:9",
            "filtercreated_atfrom": 1700000000000,
            "filtercreated_atto": 1700000100000,
        },
        "GET",
        "/api/v1/waitpoints/tokens",
        # Filters first in the SDK's order, page[...] last (§2.6 captured).
        query=(
            "filter%5Bstatus%5D=WAITING%2CCOMPLETED&filter%5BidempotencyKey%5D=k1&filter%5Btags%5D=user%3A1234%2Corg%3A9"
            "&filter%5BcreatedAt%5D%5Bfrom%5D=1700000000000&filter%5BcreatedAt%5D%5Bto%5D=1700000100000"
            "&page%5Bsize%5D=5&page%5Bafter%5D=waitpoint_1"
        ),
        response={"data": [TOKEN_OBJECT], "pagination": {"next": None, "previous": "waitpoint_1"}},
        model="WaitpointTokenPage",
        check=fields({"data.0.status": "COMPLETED", "data.0.idempotency_key": None, "pagination.next_": None}),
    ),
    Case(
        "create_waitpoint_token_v1",
        lambda: {
            "body": m.CreateWaitpointTokenRequest(
                idempotency_key="approval-1", idempotency_key_ttl="1h", timeout="1h", tags=["user:1234"]
            )
        },
        "POST",
        "/api/v1/waitpoints/tokens",
        body={"idempotencyKey": "approval-1", "idempotencyKeyTTL": "1h", "timeout": "1h", "tags": ["user:1234"]},
        response={"id": "waitpoint_1234", "isCached": False, "url": TOKEN_OBJECT["url"]},
        model="CreatedWaitpointToken",
        check=fields({"id": "waitpoint_1234", "is_cached": False, "url": TOKEN_OBJECT["url"]}),
    ),
    Case(
        # Third parties POST any JSON object here; no API key (the hash authenticates).
        "complete_waitpoint_token_callback_v1",
        lambda: {
            "waitpoint_id": "waitpoint_1234",
            "callback_hash": "abc123",
            "body": m.CompleteWaitpointTokenCallbackV1Body.from_dict({"status": "approved"}),
        },
        "POST",
        "/api/v1/waitpoints/tokens/waitpoint_1234/callback/abc123",
        body={"status": "approved"},
        response={"success": True},
        model="CompletedWaitpointToken",
        check=fields({"success": True}),
        authenticated=False,
    ),
    Case(
        "complete_waitpoint_token_v1",
        lambda: {
            "waitpoint_id": "waitpoint_1234",
            "body": m.CompleteWaitpointTokenRequest(data={"approved": True, "at": "2025-01-01T00:00:00.000Z"}),
        },
        "POST",
        "/api/v1/waitpoints/tokens/waitpoint_1234/complete",
        body={"data": {"approved": True, "at": "2025-01-01T00:00:00.000Z"}},
        response={"success": True},
        model="CompletedWaitpointToken",
        check=fields({"success": True}),
    ),
    Case(
        "retrieve_waitpoint_token_v1",
        lambda: {"waitpoint_id": "waitpoint_1234"},
        "GET",
        "/api/v1/waitpoints/tokens/waitpoint_1234",
        response=TOKEN_OBJECT,
        model="WaitpointToken",
        check=fields(
            {
                "status": "COMPLETED",
                "output": '{"approved":true}',
                "output_is_error": False,
                "idempotency_key_expires_at": None,
                "completed_at": at(2025, 1, 1, 0, 30),
            }
        ),
    ),
    # --- deployments (spec-only operations, §12.1) ---
    Case(
        "get_deployment_v1",
        lambda: {"deployment_id": "deployment_1234"},
        "GET",
        "/api/v1/deployments/deployment_1234",
        response={
            **DEPLOYMENT,
            "imagePlatform": "linux/amd64",
            "externalBuildData": None,
            "worker": {
                "id": "worker_1",
                "version": "20250101.1",
                "tasks": [
                    {"id": "task_1", "slug": "my-task", "filePath": "src/trigger/my-task.ts", "exportName": "myTask"}
                ],
            },
        },
        model="Deployment",
        check=fields({"status": "DEPLOYED", "image_reference": None, "worker.tasks.0.slug": "my-task"}),
    ),
    Case(
        "get_latest_deployment_v1",
        lambda: {},
        "GET",
        "/api/v1/deployments/latest",
        response=DEPLOYMENT,
        model="LatestDeployment",
        check=fields({"status": "DEPLOYED", "short_code": "abc123", "error_data": None}),
    ),
    Case(
        "promote_deployment_v1",
        lambda: {"version": "20250101.1"},
        "POST",
        "/api/v1/deployments/20250101.1/promote",
        response={"id": "deployment_1234", "version": "20250101.1", "shortCode": "abc123"},
        model="PromotedDeployment",
        check=fields({"version": "20250101.1", "short_code": "abc123"}),
    ),
    Case(
        "promote_deployment_v1",
        lambda: {"version": "20250101.1", "allow_rollbacks": True},
        "POST",
        "/api/v1/deployments/20250101.1/promote",
        query="allowRollbacks=true",
        response={"id": "deployment_1234", "version": "20250101.1", "shortCode": "abc123"},
        model="PromotedDeployment",
        variant="rollback",
    ),
    # --- query (§2.9): scope and format are always sent ---
    Case(
        "execute_query_v1",
        lambda: {"body": m.ExecuteQueryRequestBody(query="SELECT 1", period="7d")},
        "POST",
        "/api/v1/query",
        body={"query": "SELECT 1", "scope": "environment", "period": "7d", "format": "json"},
        response={"format": "json", "results": [{"1": 1}]},
        model="ExecuteQueryJsonResponse",
        check=fields({"format_": "json", "results.0.additional_properties": {"1": 1}}),
    ),
    # --- bulk actions (runs.bulk.*, docs/wire.md#runs): create answers 202 ---
    Case(
        "create_bulk_action_v1",
        lambda: {
            "body": m.CancelByFilter(
                action=m.BulkCancelAction.CANCEL,
                filter_=m.BulkActionFilter(
                    status=[m.RunStatus("QUEUED"), m.RunStatus("DELAYED")],
                    task_identifier="my-task",
                    from_=at(2025, 1, 1),
                    queue=m.QueueTypeName(type_=m.QueueType.TASK, name="my-task"),
                ),
                name="clean up",
            )
        },
        "POST",
        "/api/v1/bulk-actions",
        body={
            "action": "cancel",
            "filter": {
                "status": ["QUEUED", "DELAYED"],
                "taskIdentifier": "my-task",
                "from": "2025-01-01T00:00:00.000Z",
                "queue": {"type": "task", "name": "my-task"},
            },
            "name": "clean up",
        },
        exact_body=False,
        response={"id": "bulk_1234"},
        status=202,
        model="CreatedBulkAction",
        check=fields({"id": "bulk_1234"}),
    ),
    Case(
        "create_bulk_action_v1",
        lambda: {
            "body": m.ReplayByRunIDs(
                action=m.BulkReplayAction.REPLAY, run_ids=["run_1", "run_2"], target_region="eu-central-1"
            )
        },
        "POST",
        "/api/v1/bulk-actions",
        body={"action": "replay", "runIds": ["run_1", "run_2"], "targetRegion": "eu-central-1"},
        exact_body=False,
        response={"id": "bulk_5678"},
        status=202,
        model="CreatedBulkAction",
        check=fields({"id": "bulk_5678"}),
        variant="run ids",
    ),
    Case(
        "list_bulk_actions_v1",
        lambda: {"pagesize": 2, "pageafter": "bulk_9"},
        "GET",
        "/api/v1/bulk-actions",
        query="page%5Bsize%5D=2&page%5Bafter%5D=bulk_9",
        response={"data": [BULK_ACTION], "pagination": {"next": "bulk_1234"}},
        model="ListBulkActionsResult",
        check=fields({"data.0.counts.failure": 1, "data.0.status": "COMPLETED", "pagination.next_": "bulk_1234"}),
    ),
    Case(
        "retrieve_bulk_action_v1",
        lambda: {"bulk_action_id": "bulk_1234"},
        "GET",
        "/api/v1/bulk-actions/bulk_1234",
        response=BULK_ACTION,
        model="BulkAction",
        check=fields({"type_": "CANCEL", "counts.total": 3, "completed_at": at(2025, 1, 1, 0, 1)}),
    ),
    Case(
        "abort_bulk_action_v1",
        lambda: {"bulk_action_id": "bulk_1234"},
        "POST",
        "/api/v1/bulk-actions/bulk_1234/abort",
        response={"id": "bulk_1234"},
        model="AbortedBulkAction",
        check=fields({"id": "bulk_1234"}),
    ),
    # --- deployments list (docs/wire.md#deployments): filters, then page[size], page[after]; from/to stay ISO ---
    Case(
        "list_deployments_v1",
        lambda: {
            "status": m.DeploymentStatus.DEPLOYED,
            "period": "7d",
            "from_": "2025-01-01T00:00:00.000Z",
            "to": "2025-01-31T00:00:00.000Z",
            "pagesize": 5,
            "pageafter": "deployment_9",
        },
        "GET",
        "/api/v1/deployments",
        query=(
            "status=DEPLOYED&period=7d&from=2025-01-01T00%3A00%3A00.000Z&to=2025-01-31T00%3A00%3A00.000Z"
            "&page%5Bsize%5D=5&page%5Bafter%5D=deployment_9"
        ),
        response={"data": [LISTED_DEPLOYMENT], "pagination": {"next": "deployment_1234"}},
        model="DeploymentPage",
        check=fields({"data.0.version": "20250101.1", "data.0.runtime_version": None, "data.0.git": None}),
    ),
    # --- errors: filters are plain filter[...] keys, dates ISO (ApiErrorListPresenter CoercedDate) ---
    Case(
        "list_errors_v1",
        lambda: {
            "filtertask_identifier": ["my-task"],
            "filterstatus": [m.ErrorGroupStatus.UNRESOLVED, m.ErrorGroupStatus.IGNORED],
            "filtersearch": "undefined",
            "filterfrom": at(2025, 1, 1),
            "pagesize": 10,
        },
        "GET",
        "/api/v1/errors",
        query=(
            "filter%5BtaskIdentifier%5D=my-task&filter%5Bstatus%5D=unresolved%2Cignored&filter%5Bsearch%5D=undefined"
            "&filter%5Bfrom%5D=2025-01-01T00%3A00%3A00.000Z&page%5Bsize%5D=10"
        ),
        response={"data": [ERROR_ITEM], "pagination": {"next": "error_8f3b2a1c9d4e5f60"}},
        model="ListErrorsResult",
        check=fields({"data.0.error_type": "TypeError", "data.0.count": 3, "data.0.resolved_at": None}),
    ),
    Case(
        "retrieve_error_v1",
        lambda: {"error_id": "error_8f3b2a1c9d4e5f60"},
        "GET",
        "/api/v1/errors/error_8f3b2a1c9d4e5f60",
        response=ERROR_OBJECT,
        model="ErrorGroup",
        check=fields({"affected_versions": ["20250101.1"], "status": "unresolved", "ignored_reason": None}),
    ),
    Case(
        "resolve_error_v1",
        lambda: {"error_id": "error_1", "body": m.ResolveErrorV1Body(resolved_in_version="20250101.2")},
        "POST",
        "/api/v1/errors/error_1/resolve",
        body={"resolvedInVersion": "20250101.2"},
        response={**ERROR_OBJECT, "status": "resolved", "resolvedAt": "2025-01-03T00:00:00.000Z"},
        model="ErrorGroup",
        check=fields({"status": "resolved", "resolved_at": at(2025, 1, 3)}),
    ),
    Case(
        "ignore_error_v1",
        lambda: {"error_id": "error_1", "body": m.IgnoreErrorV1Body(duration=86400000, reason="flaky")},
        "POST",
        "/api/v1/errors/error_1/ignore",
        body={"duration": 86400000, "reason": "flaky"},
        response={**ERROR_OBJECT, "status": "ignored", "ignoredUntil": "2025-01-04T00:00:00.000Z"},
        model="ErrorGroup",
        check=fields({"status": "ignored", "ignored_until": at(2025, 1, 4)}),
    ),
    Case(
        "unresolve_error_v1",
        lambda: {"error_id": "error_1"},
        "POST",
        "/api/v1/errors/error_1/unresolve",
        response=ERROR_OBJECT,
        model="ErrorGroup",
        check=fields({"status": "unresolved"}),
    ),
    # --- sessions: create answers 201 (200 when an open session had the externalId) ---
    Case(
        "create_session_v1",
        lambda: {
            "body": m.CreateSessionRequestBody(
                type_="chat.agent",
                task_identifier="my-chat",
                trigger_config=m.SessionTriggerConfig(
                    base_payload=m.SessionTriggerConfigBasePayload.from_dict({"chatId": "1234"}), tags=["chat:1234"]
                ),
                external_id="chat_1234",
            )
        },
        "POST",
        "/api/v1/sessions",
        body={
            "type": "chat.agent",
            "taskIdentifier": "my-chat",
            "triggerConfig": {"basePayload": {"chatId": "1234"}, "tags": ["chat:1234"]},
            "externalId": "chat_1234",
        },
        response={**SESSION, "runId": "run_def456", "publicAccessToken": "eyJ.pat", "isCached": False},
        status=201,
        model="CreatedSession",
        check=fields({"run_id": "run_def456", "is_cached": False, "external_id": "chat_1234"}),
    ),
    Case(
        "list_sessions_v1",
        lambda: {
            "filtertype": ["chat.agent"],
            "filterstatus": [m.SessionStatus.ACTIVE],
            "filtercreated_atfrom": 1700000000000,
            "pagesize": 20,
        },
        "GET",
        "/api/v1/sessions",
        query=(
            "filter%5Btype%5D=chat.agent&filter%5Bstatus%5D=ACTIVE&filter%5BcreatedAt%5D%5Bfrom%5D=1700000000000"
            "&page%5Bsize%5D=20"
        ),
        response={"data": [{k: v for k, v in SESSION.items() if k != "triggerConfig"}], "pagination": {}},
        model="ListSessionsResult",
        check=fields({"data.0.id": "session_abc123", "data.0.closed_at": None}),
    ),
    Case(
        "retrieve_session_v1",
        lambda: {"session": "chat_1234"},
        "GET",
        "/api/v1/sessions/chat_1234",
        response=SESSION,
        model="Session",
        check=fields({"trigger_config.tags": ["chat:1234"], "current_run_id": "run_def456"}),
    ),
    Case(
        "update_session_v1",
        # A None field is left out (no Unset); an explicit null the server must see travels as an extra property.
        lambda: {
            "session": "session_abc123",
            "body": _null(m.UpdateSessionRequestBody(tags=["a"]), "metadata"),
        },
        "PATCH",
        "/api/v1/sessions/session_abc123",
        body={"metadata": None, "tags": ["a"]},  # extra properties go first
        response={**SESSION, "tags": ["a"]},
        model="Session",
        check=fields({"tags": ["a"], "metadata": None}),
    ),
    Case(
        "close_session_v1",
        lambda: {"session": "session_abc123", "body": m.CloseSessionRequestBody(reason="user signed out")},
        "POST",
        "/api/v1/sessions/session_abc123/close",
        body={"reason": "user signed out"},
        response={**SESSION, "closedAt": "2025-01-02T00:00:00.000Z", "closedReason": "user signed out"},
        model="Session",
        check=fields({"closed_at": at(2025, 1, 2), "closed_reason": "user signed out"}),
    ),
    # --- query schema and dashboards (docs/wire.md#query) ---
    Case(
        "get_query_schema_v1",
        lambda: {},
        "GET",
        "/api/v1/query/schema",
        response={
            "tables": [
                {
                    "name": "runs",
                    "description": "Task runs",
                    "timeColumn": "triggered_at",
                    "columns": [
                        {"name": "status", "type": "String", "allowedValues": ["COMPLETED"], "coreColumn": True}
                    ],
                }
            ]
        },
        model="QuerySchema",
        check=fields({"tables.0.name": "runs", "tables.0.columns.0.allowed_values": ["COMPLETED"]}),
    ),
    Case(
        "list_dashboards_v1",
        lambda: {},
        "GET",
        "/api/v1/query/dashboards",
        response={
            "dashboards": [
                {
                    "key": "overview",
                    "title": "Overview",
                    "widgets": [
                        {"id": "w1", "title": "Runs", "query": "SELECT count() FROM runs", "type": "bignumber"}
                    ],
                }
            ]
        },
        model="Dashboards",
        check=fields({"dashboards.0.key": "overview", "dashboards.0.widgets.0.type_": "bignumber"}),
    ),
    # --- plain-JSON endpoints added by patches ---
    Case(
        "create_jwt_claims_v1",
        lambda: {},
        "POST",
        "/api/v1/auth/jwt/claims",
        response={"sub": "env_123", "pub": True},
        model="CreateJwtClaimsV1Response200",
        check=fields({"sub": "env_123", "pub": True}),
    ),
    # --- endpoints the SDK uses beyond the document (codegen/extra_endpoints.py) ---
    Case(
        # Phase 1 of a two-phase batch (docs/wire.md#batches, the SDK's key order).
        "create_batch_v3",
        lambda: {
            "body": m.CreateBatchRequestBody.from_dict(
                {"runCount": 2, "taskIdentifiers": ["a"], "idempotencyKey": "k" * 64}
            )
        },
        "POST",
        "/api/v3/batches",
        body={"runCount": 2, "taskIdentifiers": ["a"], "idempotencyKey": "k" * 64},
        response={"id": "batch_1", "runCount": 2, "isCached": False, "idempotencyKey": "k" * 64},
        model="CreateBatchResponse",
        check=fields({"id": "batch_1", "run_count": 2, "is_cached": False}),
    ),
    Case(
        # Phase 2: NDJSON, one item per line, the last line terminated too (§2.3).
        "stream_batch_items_v3",
        lambda: {"batch_id": "batch_1", "body": File(payload=io.BytesIO(b'{"index":0,"task":"a"}\n'))},
        "POST",
        "/api/v3/batches/batch_1/items",
        body=b'{"index":0,"task":"a"}\n',
        response={"id": "batch_1", "itemsAccepted": 1, "itemsDeduplicated": 0, "sealed": True},
        model="StreamBatchItemsResponse",
        check=fields({"items_accepted": 1, "sealed": True}),
    ),
    Case(
        "retrieve_batch_v2",
        lambda: {"batch_id": "batch_1"},
        "GET",
        "/api/v2/batches/batch_1",
        response={
            "id": "batch_1",
            "status": "PARTIAL_FAILED",
            "createdAt": "2025-01-01T00:00:00.000Z",
            "updatedAt": "2025-01-01T00:00:01.000Z",
            "runCount": 2,
            "runs": ["run_1"],
            "processing": {
                "completedAt": "2025-01-01T00:00:01.000Z",
                "errors": [{"index": 1, "taskIdentifier": "a", "error": "Task not found", "errorCode": "X"}],
            },
        },
        model="Batch",
        check=fields(
            {"runs": ["run_1"], "processing.errors.0.index": 1, "processing.errors.0.error": "Task not found"}
        ),
    ),
    Case(
        # The key is URI-encoded in the path (docs/wire.md#encoding).
        "reset_idempotency_key_v1",
        lambda: {"key": "a/b c", "body": m.ResetIdempotencyKeyV1Body(task_identifier="send-email")},
        "POST",
        "/api/v1/idempotencyKeys/a%2Fb%20c/reset",
        body={"taskIdentifier": "send-email"},
        response={"id": "a/b c"},
        model="ResetIdempotencyKeyV1Response200",
        check=fields({"id": "a/b c"}),
    ),
    Case(
        "get_current_deployment_v1",
        lambda: {},
        "GET",
        "/api/v1/deployments/current",
        response={
            "id": "deployment_1",
            "createdAt": "2025-01-01T00:00:00.000Z",
            "shortCode": "abc",
            "version": "20250101.1",
            "runtime": None,
            "runtimeVersion": None,
            "status": "DEPLOYED",
            "deployedAt": "2025-01-01T00:01:00.000Z",
        },
        model="CurrentDeployment",
        check=fields({"version": "20250101.1", "runtime": None, "deployed_at": at(2025, 1, 1, 0, 1)}),
    ),
    Case(
        # The filename is URI-encoded into one path segment (docs/wire.md#payload-offload).
        "create_upload_payload_url_v2",
        lambda: {"filename": "trigger/my-task/1700000000000-abc/payload.json"},
        "PUT",
        "/api/v2/packets/trigger%2Fmy-task%2F1700000000000-abc%2Fpayload.json",
        response={"presignedUrl": "https://store.example/put?sig=1", "storagePath": "packets/env_1/payload.json"},
        model="CreateUploadPayloadUrlV2Response200",
        check=fields({"storage_path": "packets/env_1/payload.json"}),
    ),
    Case(
        "create_public_token_v1",
        lambda: {"body": m.CreatePublicTokenV1Body.from_dict({"scopes": ["read:runs:run_1"], "expirationTime": "1h"})},
        "POST",
        "/api/v1/auth/public-tokens",
        body={"scopes": ["read:runs:run_1"], "expirationTime": "1h"},
        response={"token": "eyJ.x.y"},
        model="CreatePublicTokenV1Response200",
        check=fields({"token": "eyJ.x.y"}),
    ),
    # --- webhooks and sessions (SDK 4.8.3) ---
    # Shapes: @trigger.dev/core 4.8.3 schemas/webhookApi.js and schemas/api.js; queries: its apiClient/index.js.
    Case(
        "list_webhook_endpoints_v1",
        lambda: {},
        "GET",
        "/api/v1/webhooks/endpoints",
        response={"data": [WEBHOOK_ENDPOINT]},
        model="ListWebhookEndpointsResponse",
        check=fields({"data.0.declared_id": "stripe", "data.0.tenant_id": None, "data.0.secret_set": True}),
    ),
    Case(
        "retrieve_webhook_endpoint_v1",
        lambda: {"endpoint_id": "stripe"},
        "GET",
        "/api/v1/webhooks/endpoints/stripe",
        response={
            **WEBHOOK_ENDPOINT,
            "subscribers": [{"id": "fulfill-order", "type": "task", "taskId": "fulfill-order", "filter": None}],
            "setupPrompt": "Register the URL with Stripe.",
        },
        model="WebhookEndpointDetail",
        check=fields({"subscribers.0.task_id": "fulfill-order", "subscribers.0.filter_": None}),
    ),
    Case(
        # The SDK always sends a body, {} without a TTL (generateWebhookEndpointSecret).
        "rotate_webhook_endpoint_secret_v1",
        lambda: {"endpoint_id": "wh_1234", "body": m.RotateWebhookEndpointSecretRequestBody()},
        "POST",
        "/api/v1/webhooks/endpoints/wh_1234/rotate-secret",
        body={},
        response={"id": "wh_1234", "secretSet": True, "secret": "whsec_" + "ab" * 32},
        model="RotatedWebhookSecret",
        check=fields({"secret_set": True, "previous_secret_expires_at": None}),
    ),
    Case(
        "rotate_webhook_endpoint_secret_v1",
        lambda: {
            "endpoint_id": "wh_1234",
            "body": m.RotateWebhookEndpointSecretRequestBody(previous_secret_ttl_seconds=604800),
        },
        "POST",
        "/api/v1/webhooks/endpoints/wh_1234/rotate-secret",
        body={"previousSecretTtlSeconds": 604800},
        response={
            "id": "wh_1234",
            "secretSet": True,
            "secret": "whsec_" + "cd" * 32,
            "previousSecretExpiresAt": "2025-01-08T00:00:00.000Z",
        },
        model="RotatedWebhookSecret",
        check=fields({"previous_secret_expires_at": "2025-01-08T00:00:00.000Z"}),
        variant="ttl",
    ),
    Case(
        "set_webhook_endpoint_secret_v1",
        lambda: {
            "endpoint_id": "stripe",
            "body": m.SetWebhookEndpointSecretRequestBody(secret="whsec_x", previous_secret_ttl_seconds=3600),
        },
        "PUT",
        "/api/v1/webhooks/endpoints/stripe/secret",
        body={"secret": "whsec_x", "previousSecretTtlSeconds": 3600},
        response={"id": "wh_1234", "secretSet": True, "previousSecretExpiresAt": "2025-01-01T01:00:00.000Z"},
        model="WebhookSecretSet",
        check=fields({"id": "wh_1234", "secret_set": True}),
    ),
    Case(
        # Lists comma-joined, dates as toISOString(), limit as page[size] (listWebhookDeliveries).
        "list_webhook_deliveries_v1",
        lambda: {
            "filterendpoint": ["stripe", "wh_1234"],
            "filterstatus": [m.WebhookDeliveryStatus.UNMATCHED, m.WebhookDeliveryStatus.FAILED],
            "filterfrom": at(2025, 1, 1),
            "filterto": at(2025, 1, 2),
            "pagesize": 25,
            "pageafter": "whd_0",
        },
        "GET",
        "/api/v1/webhooks/deliveries",
        query=(
            "filter%5Bendpoint%5D=stripe%2Cwh_1234&filter%5Bstatus%5D=unmatched%2Cfailed"
            "&filter%5Bfrom%5D=2025-01-01T00%3A00%3A00.000Z&filter%5Bto%5D=2025-01-02T00%3A00%3A00.000Z"
            "&page%5Bsize%5D=25&page%5Bafter%5D=whd_0"
        ),
        response={"data": [WEBHOOK_DELIVERY_ITEM], "pagination": {"next": "whd_1234"}},
        model="ListWebhookDeliveriesResponse",
        check=fields({"data.0.status": m.WebhookDeliveryStatus.UNMATCHED, "pagination.next_": "whd_1234"}),
    ),
    Case(
        "retrieve_webhook_delivery_v1",
        lambda: {"delivery_id": "whd_1234"},
        "GET",
        "/api/v1/webhooks/deliveries/whd_1234",
        response={
            **WEBHOOK_DELIVERY_ITEM,
            "status": "succeeded",
            "idempotencyKey": "stripe:evt_1",
            "event": {"id": "evt_1", "type": "charge.refunded"},
            "headers": {"stripe-signature": "t=1,v1=abc"},
            "rawBodyHash": None,
            "error": None,
            "filterReason": None,
            "targets": [
                {
                    "id": "fulfill-order",
                    "type": "task",
                    "status": "succeeded",
                    "reason": None,
                    "error": None,
                    "runId": "run_1234",
                    "sessionId": None,
                    "waiters": None,
                }
            ],
            "updatedAt": "2025-01-01T00:00:01.000Z",
        },
        model="WebhookDelivery",
        check=fields({"targets.0.run_id": "run_1234", "event": {"id": "evt_1", "type": "charge.refunded"}}),
    ),
    Case(
        "replay_webhook_delivery_v1",
        lambda: {"delivery_id": "whd_1234", "target_id": "agent:ticket"},
        "POST",
        "/api/v1/webhooks/deliveries/whd_1234/replay",
        query="targetId=agent%3Aticket",
        response={"deliveryId": "whd_5678", "replayedFrom": "whd_1234"},
        model="ReplayedWebhookDelivery",
        check=fields({"delivery_id": "whd_5678", "replayed_from": "whd_1234"}),
    ),
    Case(
        "get_session_transcript_v1",
        lambda: {"session": "chat_1234", "limit": 2, "before": "m3"},
        "GET",
        "/api/v1/sessions/chat_1234/transcript",
        query="limit=2&before=m3",
        response={
            "messages": [{"id": "m1", "role": "user", "parts": []}, {"id": "m2", "role": "assistant", "parts": []}],
            "cursors": {"lastOutEventId": "12"},
            "nextCursor": "m1",
        },
        model="SessionTranscript",
        check=fields(
            {
                "next_cursor": "m1",
                "cursors.last_out_event_id": "12",
                "messages.1": {"id": "m2", "role": "assistant", "parts": []},
            }
        ),
    ),
    Case(
        "end_and_continue_session_v1",
        lambda: {
            "session": "session_abc123",
            "body": m.EndAndContinueSessionRequestBody(calling_run_id="run_def456", reason="upgrade"),
        },
        "POST",
        "/api/v1/sessions/session_abc123/end-and-continue",
        body={"callingRunId": "run_def456", "reason": "upgrade"},
        response={"runId": "run_ghi789", "swapped": True},
        model="SessionHandoff",
        check=fields({"run_id": "run_ghi789", "swapped": True, "pending_version": None}),
    ),
    Case(
        # SessionTriggerConfig in SDK 4.8.3: up to 10 tags and the typed concurrency/deployment/ttl fields.
        "retrieve_session_v1",
        lambda: {"session": "session_abc123"},
        "GET",
        "/api/v1/sessions/session_abc123",
        response={
            **SESSION,
            "triggerConfig": {
                "basePayload": {"chatId": "1234"},
                "tags": [f"t{i}" for i in range(10)],
                "concurrency": ["per-user"],
                "concurrencyKey": "user_1",
                "externalDeploymentId": "build-42",
                "ttl": "10m",
            },
        },
        model="Session",
        check=fields(
            {
                "trigger_config.concurrency": ["per-user"],
                "trigger_config.external_deployment_id": "build-42",
                "trigger_config.ttl": "10m",
                "trigger_config.additional_properties": {},
            }
        ),
        variant="config-4.8.3",
    ),
    # --- concurrency limits (SDK 4.8.3) ---
    # @trigger.dev/core 4.8.3 apiClient/index.js listConcurrencyLimits … resetConcurrencyLimitKey; shapes from
    # schemas/queues.js (ConcurrencyLimitItem, ConcurrencyLimitKeyItem, OverrideConcurrencyLimitRequestBody).
    Case(
        "list_concurrency_limits_v1",
        lambda: {"per_page": 20, "page": 2},
        "GET",
        "/api/v1/concurrency-limits",
        query="perPage=20&page=2",
        response={"data": [CONCURRENCY_LIMIT], "pagination": {"currentPage": 2, "totalPages": 2, "count": 21}},
        model="ConcurrencyLimitPage",
        check=fields({"data.0.name": "openai", "data.0.total.current": 25, "pagination.total_pages": 2}),
    ),
    Case(
        # encodeURIComponent(name): a task's inline limit "task/<id>" reaches the path as task%2F<id>.
        "retrieve_concurrency_limit_v1",
        lambda: {"name": "task/generate-report"},
        "GET",
        "/api/v1/concurrency-limits/task%2Fgenerate-report",
        response=CONCURRENCY_LIMIT,
        model="ConcurrencyLimit",
        check=fields(CONCURRENCY_LIMIT_CHECKS),
    ),
    Case(
        "retrieve_concurrency_limit_v1",
        lambda: {"name": "subagents", "concurrency_key": "session_1"},
        "GET",
        "/api/v1/concurrency-limits/subagents",
        query="concurrencyKey=session_1",
        response=CONCURRENCY_LIMIT_KEY,
        model="ConcurrencyLimitKey",
        check=fields(CONCURRENCY_LIMIT_KEY_CHECKS),
        variant="key",
    ),
    Case(
        "override_concurrency_limit_v1",
        lambda: {"name": "openai", "body": m.OverrideConcurrencyLimitRequestBody(total=50)},
        "POST",
        "/api/v1/concurrency-limits/openai/override",
        body={"total": 50},
        response={
            **CONCURRENCY_LIMIT,
            "total": {"current": 50, "base": 25, "override": 50, "overriddenAt": "2025-01-01T00:00:00.000Z"},
        },
        model="ConcurrencyLimit",
        check=fields({"total.override": 50, "total.base": 25, "total.overridden_at": at(2025, 1, 1)}),
    ),
    Case(
        "override_concurrency_limit_v1",
        lambda: {
            "name": "subagents",
            "body": m.OverrideConcurrencyLimitRequestBody(per_key=3, concurrency_key="session_1", ttl="7d"),
        },
        "POST",
        "/api/v1/concurrency-limits/subagents/override",
        body={"perKey": 3, "concurrencyKey": "session_1", "ttl": "7d"},
        response=CONCURRENCY_LIMIT_KEY,
        model="ConcurrencyLimitKey",
        check=fields(CONCURRENCY_LIMIT_KEY_CHECKS),
        variant="key",
    ),
    Case(
        "pause_concurrency_limit_v1",
        lambda: {
            "name": "openai",
            "body": m.PauseConcurrencyLimitV1Body(action=m.PauseAction.PAUSE),
        },
        "POST",
        "/api/v1/concurrency-limits/openai/pause",
        body={"action": "pause"},
        response={**CONCURRENCY_LIMIT, "paused": True},
        model="ConcurrencyLimit",
        check=fields({"paused": True}),
    ),
    Case(
        # resetConcurrencyLimit sends JSON.stringify({}).
        "reset_concurrency_limit_v1",
        lambda: {"name": "openai", "body": m.ResetConcurrencyLimitV1Body()},
        "POST",
        "/api/v1/concurrency-limits/openai/reset",
        body={},
        response=CONCURRENCY_LIMIT,
        model="ConcurrencyLimit",
        check=fields(CONCURRENCY_LIMIT_CHECKS),
    ),
    Case(
        "reset_concurrency_limit_v1",
        lambda: {"name": "subagents", "body": m.ResetConcurrencyLimitV1Body(concurrency_key="session_1")},
        "POST",
        "/api/v1/concurrency-limits/subagents/reset",
        body={"concurrencyKey": "session_1"},
        response={**CONCURRENCY_LIMIT_KEY, "perKey": {"current": 1, "base": 1, "override": None, "expiresAt": None}},
        model="ConcurrencyLimitKey",
        check=fields({"per_key.override": None, "per_key.expires_at": None}),
        variant="key",
    ),
    Case(
        # triggerConcurrencyBody (sdk 4.8.3 concurrency-shared.js) puts `concurrency` right after `queue`.
        "trigger_task_v1",
        lambda: {
            "task_identifier": "generate-report",
            "body": m.TriggerTaskRequestBody(
                payload='{"json":{"id":1}}',
                options=m.TriggerTaskRequestBodyOptions(
                    queue=m.QueueOptions(name="reports"),
                    concurrency=["priority", "openai"],
                    concurrency_key="user_42",
                    payload_type="application/super+json",
                    payload_size=17,
                ),
            ),
        },
        "POST",
        "/api/v1/tasks/generate-report/trigger",
        body={
            "payload": '{"json":{"id":1}}',
            "options": {
                "queue": {"name": "reports"},
                "concurrency": ["priority", "openai"],
                "concurrencyKey": "user_42",
                "payloadType": "application/super+json",
                "payloadSize": 17,
            },
        },
        response={"id": "run_1234", "isCached": False},
        model="RunHandle",
        check=fields({"id": "run_1234"}),
        variant="concurrency",
    ),
    Case(
        "replay_run_v1",
        lambda: {
            "run_id": "run_1234",
            "body": m.ReplayRunRequestBody(
                payload='{"json":{"userId":"user_456"}}',
                payload_type=m.ReplayRunRequestBodyPayloadType.APPLICATIONSUPERJSON,
                tags=["replayed"],
                machine=m.MachinePresetName.LARGE_1X,
                delay="10m",
                max_attempts=2,
            ),
        },
        "POST",
        "/api/v1/runs/run_1234/replay",
        body={
            "payload": '{"json":{"userId":"user_456"}}',
            "payloadType": "application/super+json",
            "tags": ["replayed"],
            "machine": "large-1x",
            "delay": "10m",
            "maxAttempts": 2,
        },
        response={"id": "run_5678"},
        model="ReplayedRun",
        check=fields({"id": "run_5678"}),
        variant="overrides",
    ),
    Case(
        # QueueItem: a V2 queue has no concurrency of its own (concurrencyLimit null, no `concurrency`).
        "retrieve_queue_v1",
        lambda: {"queue_param": "queue_1234"},
        "GET",
        "/api/v1/queues/queue_1234",
        query="type=id",
        response={**{k: v for k, v in QUEUE.items() if k != "concurrency"}, "version": "V2"},
        model="Queue",
        check=fields({"version": m.QueueVersion.V2, "concurrency_limit": None, "concurrency": None}),
        variant="v2",
    ),
    # --- runs, realtime, errors, fields (SDK 4.8.3) ---
    Case(
        # retrieveRunTracePage (@trigger.dev/core 4.8.3 apiClient/index.js): page[size] then page[after].
        "get_run_trace_v1",
        lambda: {"run_id": "run_1234", "pagesize": 2, "pageafter": "c1"},
        "GET",
        "/api/v1/runs/run_1234/trace",
        query="page%5Bsize%5D=2&page%5Bafter%5D=c1",
        response={
            "data": [
                {
                    "id": "span_1",
                    "runId": "run_1234",
                    "message": "my-task",
                    "startTime": "2025-01-01T00:00:01.000Z",
                    "duration": 8000,
                    "isError": False,
                    "isPartial": False,
                    "isCancelled": False,
                    "level": "TRACE",
                    "attemptNumber": 1,
                }
            ],
            "attemptFailures": [{"spanId": "span_1", "attemptNumber": 1, "runId": "run_1234"}],
            "pagination": {"next": "c2"},
        },
        model="RunTracePage",
        check=fields(
            {"data.0.id": "span_1", "data.0.start_time": at(2025, 1, 1, 0, 0, 1), "pagination.next_": "c2"}
            | {"attempt_failures.0.attempt_number": 1, "data.0.parent_id": None}
        ),
        variant="paged",
    ),
    Case(
        "retrieve_run_span_v1",
        lambda: {"run_id": "run_1234", "span_id": "abcd1234"},
        "GET",
        "/api/v1/runs/run_1234/spans/abcd1234",
        response={
            "spanId": "abcd1234",
            "parentId": None,
            "runId": "run_1234",
            "message": "openai.chat",
            "isError": False,
            "isPartial": False,
            "isCancelled": False,
            "level": "TRACE",
            "startTime": "2025-01-01T00:00:01.000Z",
            "durationMs": 12.5,
            "properties": {"gen_ai.system": "openai"},
            "ai": {
                "model": "gpt-4o",
                "provider": "openai",
                "operationName": "chat",
                "inputTokens": 10,
                "outputTokens": 5,
                "totalTokens": 15,
                "durationMs": 12.5,
            },
            "triggeredRuns": [
                {
                    "runId": "run_2",
                    "taskIdentifier": "child",
                    "status": "COMPLETED_SUCCESSFULLY",
                    "createdAt": "2025-01-01T00:00:02.000Z",
                }
            ],
        },
        model="RunSpan",
        check=fields(
            {"span_id": "abcd1234", "parent_id": None, "duration_ms": 12.5, "ai.total_tokens": 15}
            | {"triggered_runs.0.run_id": "run_2", "triggered_runs.0.created_at": at(2025, 1, 1, 0, 0, 2)}
        ),
    ),
    Case(
        # The webapp answers the stored packet (api.v1.runs.$runId.metadata.ts loader).
        "get_run_metadata_v1",
        lambda: {"run_id": "run_1234"},
        "GET",
        "/api/v1/runs/run_1234/metadata",
        response={"metadata": '{"progress":0.5}', "metadataType": "application/json"},
        model="StoredRunMetadata",
        check=fields({"metadata": '{"progress":0.5}', "metadata_type": "application/json"}),
    ),
    Case(
        "get_run_packet_url_v1",
        lambda: {"run_id": "run_1234", "field": m.GetRunPacketUrlV1Field.OUTPUT},
        "GET",
        "/api/v1/runs/run_1234/packets/output",
        response={"presignedUrl": "https://store.example/get?sig=1"},
        model="PacketUrl",
        check=fields({"presigned_url": "https://store.example/get?sig=1"}),
    ),
    Case(
        # getPayloadUrl encodes the whole path into one segment (encodeURIComponent).
        "get_payload_url_v1",
        lambda: {"filename": "run_1234-1/output.json"},
        "GET",
        "/api/v1/packets/run_1234-1%2Foutput.json",
        response={"presignedUrl": "https://store.example/get?sig=2"},
        model="PacketUrl",
        check=fields({"presigned_url": "https://store.example/get?sig=2"}),
    ),
    Case(
        "send_input_stream_v1",
        lambda: {"run_id": "run_1234", "stream_id": "approval", "body": m.SendInputStreamV1Body(data={"ok": True})},
        "POST",
        "/realtime/v1/streams/run_1234/input/approval",
        body={"data": {"ok": True}},
        response={"ok": True},
        model="InputStreamSent",
        check=fields({"ok": True}),
    ),
    Case(
        "get_schedule_v1",
        lambda: {"schedule_id": "sched_1234"},
        "GET",
        "/api/v1/schedules/sched_1234",
        response={**SCHEDULE, "appliedSchedulePolicy": {"minimumWindowSeconds": 3600, "reason": "free_schedule"}},
        model="Schedule",
        check=fields({"applied_schedule_policy.minimum_window_seconds": 3600, "additional_properties": {}}),
        variant="applied-policy",
    ),
    Case(
        "get_current_deployment_v1",
        lambda: {},
        "GET",
        "/api/v1/deployments/current",
        response={
            "id": "deployment_1",
            "createdAt": "2025-01-01T00:00:00.000Z",
            "shortCode": "abc",
            "version": "20250101.1",
            "runtime": None,
            "runtimeVersion": None,
            "status": "DEPLOYED",
            "externalId": "build-42",
        },
        model="CurrentDeployment",
        check=fields({"external_id": "build-42", "additional_properties": {}}),
        variant="external-id",
    ),
    Case(
        "retrieve_run_v1",
        lambda: {"run_id": "run_1234"},
        "GET",
        "/api/v3/runs/run_1234",
        response={
            **RUN,
            "error": {
                "message": "outer",
                "name": "Error",
                "causes": [{"message": "inner", "name": "TypeError", "stackTrace": "at x"}, {"message": "root"}],
            },
        },
        model="Run",
        check=fields(
            {"error.causes.0.name": "TypeError", "error.causes.1.message": "root", "error.additional_properties": {}}
        ),
        variant="error-causes",
    ),
    # --- dashboards, prompts, reports (SDK 4.8.3) ---
    Case(
        "list_dashboards_v1",
        lambda: {},
        "GET",
        "/api/v1/query/dashboards",
        response={
            "dashboards": [
                {
                    "key": "dashboard_1",
                    "title": "Email",
                    "type": "custom",
                    "description": "Sends",
                    "widgets": [{"id": "t", "title": "Top", "query": "", "type": "title"}],
                }
            ]
        },
        model="Dashboards",
        check=fields({"dashboards.0.type_": "custom", "dashboards.0.description": "Sends"}),
        variant="custom",
    ),
    Case(
        "retrieve_dashboard_v1",
        lambda: {"dashboard_id": "dashboard_1"},
        "GET",
        "/api/v1/query/dashboards/dashboard_1",
        response=DASHBOARD,
        model="Dashboard",
        check=fields({"revision": "r1", "widgets.0.display.chart_type": "bar", "widgets.0.position.w": 12}),
    ),
    Case(
        "create_dashboard_v1",
        lambda: {
            "body": m.CreateDashboardRequestBody(
                title="Email",
                widgets=[
                    m.DashboardWidgetInput(
                        title="Top", display=m.DashboardWidgetDisplay(type_=m.DashboardWidgetType.TITLE)
                    )
                ],
            )
        },
        "POST",
        "/api/v1/query/dashboards",
        body={"title": "Email", "widgets": [{"title": "Top", "display": {"type": "title"}}]},
        response=DASHBOARD,
        model="Dashboard",
        check=fields({"id": "dashboard_1", "created_at": at(2025, 1, 1)}),
    ),
    Case(
        "update_dashboard_v1",
        lambda: {"dashboard_id": "dashboard_1", "body": m.UpdateDashboardRequestBody(title="Ops", revision="r1")},
        "PATCH",
        "/api/v1/query/dashboards/dashboard_1",
        body={"title": "Ops", "revision": "r1"},
        response=DASHBOARD,
        model="Dashboard",
    ),
    Case(
        "replace_dashboard_v1",
        lambda: {"dashboard_id": "dashboard_1", "body": m.ReplaceDashboardRequestBody(widgets=[])},
        "PUT",
        "/api/v1/query/dashboards/dashboard_1",
        body={"widgets": []},
        response=DASHBOARD,
        model="Dashboard",
    ),
    Case(
        "delete_dashboard_v1",
        lambda: {"dashboard_id": "dashboard_1"},
        "DELETE",
        "/api/v1/query/dashboards/dashboard_1",
        response={"id": "dashboard_1"},
        model="DeletedDashboard",
        check=fields({"id": "dashboard_1"}),
    ),
    Case(
        "add_dashboard_widget_v1",
        lambda: {
            "dashboard_id": "dashboard_1",
            "body": m.AddDashboardWidgetRequestBody(
                title="Total",
                display=m.DashboardWidgetDisplay(type_=m.DashboardWidgetType.TABLE),
                query="SELECT 1",
            ),
        },
        "POST",
        "/api/v1/query/dashboards/dashboard_1/widgets",
        body={"title": "Total", "display": {"type": "table"}, "query": "SELECT 1"},
        response={"widgetId": "w1", "dashboard": DASHBOARD},
        model="AddedDashboardWidget",
        check=fields({"widget_id": "w1", "dashboard.revision": "r1"}),
    ),
    Case(
        "update_dashboard_widget_v1",
        lambda: {
            "dashboard_id": "dashboard_1",
            "widget_id": "w 1",
            "body": m.UpdateDashboardWidgetRequestBody(title="Total"),
        },
        "PATCH",
        "/api/v1/query/dashboards/dashboard_1/widgets/w%201",
        body={"title": "Total"},
        response=DASHBOARD,
        model="Dashboard",
    ),
    Case(
        "delete_dashboard_widget_v1",
        lambda: {"dashboard_id": "dashboard_1", "widget_id": "w1", "revision": "r1"},
        "DELETE",
        "/api/v1/query/dashboards/dashboard_1/widgets/w1",
        query="revision=r1",
        response=DASHBOARD,
        model="Dashboard",
    ),
    Case(
        "list_prompts_v1",
        lambda: {},
        "GET",
        "/api/v1/prompts",
        response={
            "data": [
                {
                    "slug": "greet",
                    "friendlyId": "prompt_1",
                    "description": None,
                    "tags": ["support"],
                    "defaultModel": "gpt-4o",
                    "currentVersion": 2,
                    "hasOverride": True,
                    "updatedAt": "2025-01-01T00:00:00.000Z",
                }
            ]
        },
        model="PromptList",
        check=fields({"data.0.current_version": 2, "data.0.has_override": True, "data.0.description": None}),
    ),
    Case(
        "list_prompt_versions_v1",
        lambda: {"slug": "greet"},
        "GET",
        "/api/v1/prompts/greet/versions",
        response={"data": [PROMPT_VERSION]},
        model="PromptVersionList",
        check=fields({"data.0.labels": ["current"], "data.0.text_content": "Hi {{name}}", "data.0.model": None}),
    ),
    Case(
        "resolve_prompt_v1",
        lambda: {
            "slug": "greet",
            "body": m.ResolvePromptRequestBody(
                variables=m.ResolvePromptRequestBodyVariables.from_dict({"name": "Ada"}), label="current"
            ),
        },
        "POST",
        "/api/v1/prompts/greet",
        body={"variables": {"name": "Ada"}, "label": "current"},
        response={
            "data": {
                "promptId": "prompt_1",
                "slug": "greet",
                "version": 2,
                "labels": ["current"],
                "template": "Hi {{name}}",
                "text": "Hi Ada",
                "model": None,
                "config": {"temperature": 0.2},
            }
        },
        model="ResolvePromptResponseBody",
        check=fields(
            {"data.text": "Hi Ada", "data.model": None, "data.config.additional_properties": {"temperature": 0.2}}
        ),
    ),
    Case(
        "promote_prompt_version_v1",
        lambda: {"slug": "greet", "body": m.PromotePromptVersionRequestBody(version=2)},
        "POST",
        "/api/v1/prompts/greet/promote",
        body={"version": 2},
        response={"ok": True},
        model="PromptOk",
        check=fields({"ok": True}),
    ),
    Case(
        "create_prompt_override_v1",
        lambda: {
            "slug": "greet",
            "body": m.CreatePromptOverrideRequestBody(text_content="Hey", model="gpt-4o-mini"),
        },
        "POST",
        "/api/v1/prompts/greet/override",
        body={"textContent": "Hey", "model": "gpt-4o-mini"},
        response={"ok": True, "version": 3},
        model="PromptOverrideCreated",
        check=fields({"version": 3}),
    ),
    Case(
        "update_prompt_override_v1",
        lambda: {"slug": "greet", "body": m.UpdatePromptOverrideRequestBody(commit_message="tweak")},
        "PUT",
        "/api/v1/prompts/greet/override",
        body={"commitMessage": "tweak"},
        response={"ok": True},
        model="PromptOk",
    ),
    Case(
        "remove_prompt_override_v1",
        lambda: {"slug": "greet"},
        "DELETE",
        "/api/v1/prompts/greet/override",
        response={"ok": True},
        model="PromptOk",
    ),
    Case(
        "reactivate_prompt_override_v1",
        lambda: {"slug": "greet", "body": m.ReactivatePromptOverrideRequestBody(version=3)},
        "POST",
        "/api/v1/prompts/greet/override/reactivate",
        body={"version": 3},
        response={"ok": True},
        model="PromptOk",
    ),
    Case(
        "get_report_v1",
        lambda: {"key": "health", "format_": m.GetReportV1Format("json"), "period": "24h"},
        "GET",
        "/api/v1/reports/health",
        query="format=json&period=24h",
        response=REPORT,
        model="ReportViewModel",
        check=fields(
            {
                "summary.severity": "warn",
                "findings.0.reason": "failures_up",
                "metrics.0.delta.dir_": "up",
                "facts.additional_properties": {"runs": 3},
            }
        ),
    ),
    # --- v2 batch and session channels (SDK 4.8.3) ---
    # @trigger.dev/core 4.8.3 apiClient/index.js batchTriggerV3 (batch-processing-strategy header; 202 in
    # apps/webapp/app/routes/api.v2.tasks.batch.ts) and appendToSessionStream (X-Part-Id; {ok, seq} in
    # realtime.v1.sessions.$session.$io.append.ts).
    Case(
        "batch_trigger_task_v2",
        lambda: {
            "body": m.BatchTriggerV3RequestBody(
                items=[m.BatchTriggerTaskRequestBodyItem(task="my-task", payload={"n": 1})]
            ),
            "batch_processing_strategy": m.BatchTriggerTaskV2BatchProcessingStrategy("parallel"),
        },
        "POST",
        "/api/v2/tasks/batch",
        body={"items": [{"task": "my-task", "payload": {"n": 1}}]},
        response={"id": "batch_abc123", "runCount": 1},
        model="BatchTriggerV3Response",
        check=fields({"id": "batch_abc123", "run_count": 1}),
        status=202,
    ),
    Case(
        "append_session_stream_v1",
        lambda: {
            "session": "chat_1234",
            "io": m.SessionChannelIo("in"),
            "body": {"kind": "message", "text": "Hello"},
            "x_part_id": "part_abc123",
        },
        "POST",
        "/realtime/v1/sessions/chat_1234/in/append",
        body={"kind": "message", "text": "Hello"},
        response={"ok": True, "seq": 3},
        model="SessionChannelAppended",
        check=fields({"ok": True, "seq": 3, "message": None}),
    ),
    Case(
        "append_session_channel_stream_v1",
        lambda: {
            "session": "session_abc123",
            "channel": "tools",
            "io": m.SessionChannelIo("in"),
            "body": "ping",
        },
        "POST",
        "/realtime/v1/sessions/session_abc123/channels/tools/in/append",
        body="ping",
        response={"ok": True},
        model="SessionChannelAppended",
        check=fields({"ok": True, "seq": None}),
    ),
)
