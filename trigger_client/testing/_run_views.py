"""How runs look on the wire: status flags, the list and retrieve shapes, execution results, spans and traces."""

from __future__ import annotations

from typing import Any

from ._clock import iso
from ._http import Request
from ._packets import STORE_TYPE, presigned_url
from ._state import Run

CURRENT_API_VERSION = "2025-07-16"
# Legacy names (sent to clients without the API version header) for current statuses.
_LEGACY_STATUS = {"DEQUEUED": "EXECUTING", "WAITING": "FROZEN"}
_COMPLETED_FLAG = frozenset({"COMPLETED", "CANCELED", "FAILED", "CRASHED", "SYSTEM_FAILURE"})


def flags(status: str) -> dict[str, bool]:
    """The server's helper booleans (note: EXPIRED/TIMED_OUT are not ``isCompleted`` there)."""
    completed = status in _COMPLETED_FLAG
    return {
        "isQueued": status in ("QUEUED", "DELAYED", "PENDING_VERSION"),
        "isExecuting": status in ("EXECUTING", "DEQUEUED"),
        "isWaiting": status == "WAITING",
        "isCompleted": completed,
        "isSuccess": status == "COMPLETED",
        "isFailed": completed and status != "COMPLETED",
        "isCancelled": status == "CANCELED",
    }


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}


def duration_ms(run: Run) -> int:
    return int(sum(((a.completed_at or a.started_at) - a.started_at) * 1000 for a in run.attempts))


class RunPresenter:
    """Run objects in the shapes of the list and retrieve endpoints."""

    def __init__(self, req: Request) -> None:
        self.legacy = req.header("x-trigger-api-version") != CURRENT_API_VERSION
        self.host = req.header("host")

    def common(self, run: Run) -> dict[str, Any]:
        return _drop_none(
            {
                "id": run.id,
                "status": _LEGACY_STATUS.get(run.status, run.status) if self.legacy else run.status,
                "taskIdentifier": run.task,
                "version": run.version,
                "idempotencyKey": run.idempotency_key,
                "isTest": run.is_test,
                "createdAt": iso(run.created_at),
                "updatedAt": iso(run.updated_at),
                "startedAt": iso(run.started_at),
                "finishedAt": iso(run.finished_at),
                "delayedUntil": iso(run.delay_until),
                "ttl": run.ttl,
                "expiredAt": iso(run.expired_at),
                "tags": run.tags,
                "metadata": run.metadata,
                "costInCents": 0,
                "baseCostInCents": 0,
                "durationMs": duration_ms(run),
                "taskKind": "STANDARD",
                **flags(run.status),
            }
        )

    def list_item(self, run: Run) -> dict[str, Any]:
        env = run.env
        user = "emulator" if env.slug == "dev" else None
        return {**self.common(run), "env": _drop_none({"id": env.id, "name": env.slug, "user": user})}

    def retrieve(self, run: Run) -> dict[str, Any]:
        data = self.common(run)
        data.update(depth=0, triggerFunction=run.trigger_function, attemptCount=len(run.attempts))
        if run.batch_id:
            data["batchId"] = run.batch_id
        if run.payload_type == STORE_TYPE and isinstance(run.raw_payload, str) and self.host:
            # Offloaded payloads come back as a presigned download URL, as on the real server.
            data["payloadPresignedUrl"] = presigned_url(f"http://{self.host}", run.env, run.raw_payload, "GET")
        elif run.raw_payload is not None:
            data["payload"] = run.payload
        if run.output_path is not None and self.host:
            data["outputPresignedUrl"] = presigned_url(f"http://{self.host}", run.env, run.output_path, "GET")
        elif run.has_output:
            data["output"] = run.output
        if run.error is not None:
            data["error"] = api_error(run.error)
        schedule = run.env.schedules.get(run.schedule_id or "")
        if schedule is not None:
            data["schedule"] = _drop_none(
                {
                    "id": schedule.id,
                    "externalId": schedule.external_id,
                    "deduplicationKey": schedule.deduplication_key,
                    "generator": {"type": "CRON", "expression": schedule.cron},
                }
            )
        data["relatedRuns"] = {"children": []}
        data["attempts"] = []
        return data


def api_error(error: dict[str, Any]) -> dict[str, Any]:
    """A run's error as the API shows it: an internal error by its code only (createJsonErrorObject in
    packages/core/src/v3/errors.ts), any other as stored."""
    if error.get("type") == "INTERNAL_ERROR":
        return {"message": f"trigger.dev internal error ({error.get('code')})"}
    return error


def execution_result(run: Run) -> dict[str, Any] | None:
    """``TaskRunExecutionResult`` of a run, as models/taskRun.server.ts executionResultForTaskRun builds it from the
    run's TaskRunAttempt rows. The current run engine writes none (internal-packages/run-engine never creates one;
    internal-packages/run-store only reads them, for older runs), so only a cancellation, which needs no attempt,
    has a result: the internal error TASK_RUN_CANCELLED. Every other run gets None, the route's 404."""
    if run.status != "CANCELED":
        return None
    error = {"type": "INTERNAL_ERROR", "code": "TASK_RUN_CANCELLED"}
    return {"ok": False, "id": run.id, "taskIdentifier": run.task, "error": error}


def run_spans(run: Run, now: float) -> list[dict[str, Any]]:
    """One root span for the run and one child span per attempt."""
    end = run.finished_at or now
    root: dict[str, Any] = {
        "spanId": run.id.replace("run_", "")[:16].ljust(16, "0"),
        "parentId": None,
        "runId": run.id,
        "message": run.task,
        "startTime": iso(run.created_at),
        "duration": int((end - run.created_at) * 1e9),
        "isError": run.status in ("FAILED", "CRASHED", "SYSTEM_FAILURE"),
        "isPartial": not run.finished,
        "isCancelled": run.status == "CANCELED",
        "level": "TRACE",
        "kind": "SERVER",
        "taskSlug": run.task,
    }
    spans = [root]
    for attempt in run.attempts:
        spans.append(
            {
                **root,
                "spanId": f"{root['spanId'][:12]}{attempt.number:04d}",
                "parentId": root["spanId"],
                "message": f"Attempt {attempt.number}",
                "startTime": iso(attempt.started_at),
                "duration": int(((attempt.completed_at or end) - attempt.started_at) * 1e9),
                "isError": attempt.status == "FAILED",
                "isPartial": attempt.completed_at is None,
                "kind": "INTERNAL",
                "attemptNumber": attempt.number,
                "events": [{"name": "exception", "time": iso(attempt.completed_at), "properties": attempt.error}]
                if attempt.error
                else [],
            }
        )
    return spans


def run_trace(run: Run, now: float) -> dict[str, Any]:
    """The body of ``GET /api/v1/runs/{id}/trace``: the run's span tree."""
    root, *children = run_spans(run, now)

    def span(event: dict[str, Any]) -> dict[str, Any]:
        data = {k: event.get(k) for k in ("message", "taskSlug", "startTime", "duration", "isError")}
        data.update({k: event.get(k) for k in ("isPartial", "isCancelled", "level", "attemptNumber")})
        data["events"] = event.get("events") or []
        # parentId is optional, not nullable, in the SDK's RetrieveRunTraceSpanSchema (@trigger.dev/core 4.8.3
        # schemas/api.js): the root span leaves it out.
        parent = {} if event["parentId"] is None else {"parentId": event["parentId"]}
        return {"id": event["spanId"], **parent, "runId": run.id, "data": data}

    return {
        "trace": {
            "traceId": run.id.replace("run_", "").ljust(32, "0")[:32],
            "rootSpan": {**span(root), "children": [span(c) | {"children": []} for c in children]},
        }
    }
