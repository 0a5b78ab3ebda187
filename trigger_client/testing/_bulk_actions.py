"""Bulk actions: cancel or replay the runs a filter (or a list of ids) selects, in timed chunks.

Rules from apps/webapp/app/routes/api.v1.bulk-actions.ts (create answers 202, runIds cap),
CreateBulkActionRequestBody (packages/core/src/v3/schemas/api.ts: exactly one of filter/runIds, at least one
filter value, name <= 255, targetRegion only for replay), ApiBulkActionPresenter.server.ts (list and object shape)
and v3/services/bulk/BulkActionV2.server.ts (cancel of a finished run is a failure; abort of a finished
action is 409). Processing pace: BULK_ACTION_BATCH_SIZE (100) runs every BULK_ACTION_BATCH_DELAY_MS (200 ms),
env.server.ts; the first chunk is processed at creation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._clock import MAX_DATE_MS, iso
from ._http import ApiError, Request, Response, Router, json_response
from ._pagination import cursor_page
from ._runs import RunService
from ._state import Environment, Store

MAX_RUN_IDS = 500
BATCH_SIZE = 100
BATCH_DELAY_SECONDS = 0.2
# JSON filter key -> the runs.list query key it means (the route's bulkActionFilterToRunListFilters).
_QUERY_KEYS = {
    "status": "filter[status]",
    "taskIdentifier": "filter[taskIdentifier]",
    "version": "filter[version]",
    "tag": "filter[tag]",
    "bulkAction": "filter[bulkAction]",
    "schedule": "filter[schedule]",
    "isTest": "filter[isTest]",
    "from": "filter[createdAt][from]",
    "to": "filter[createdAt][to]",
    "period": "filter[createdAt][period]",
    "batch": "filter[batch]",
    "queue": "filter[queue]",
    "machine": "filter[machine]",
    "region": "filter[region]",
}


@dataclass
class BulkAction:
    id: str
    seq: int
    env: Environment
    type: str
    run_ids: list[str]
    created_at: float
    name: str | None = None
    target_region: str | None = None
    status: str = "PENDING"
    processed: int = 0
    success: int = 0
    failure: int = 0
    completed_at: float | None = None


def _invalid(message: str) -> ApiError:
    return ApiError(400, "Invalid request body", issues=[{"message": message}])


def _present_value(value: Any) -> str | None:
    """One JSON filter value as the query text runs.list reads (lists comma-joined, queues as names)."""
    items = value if isinstance(value, list) else [value]
    texts: list[str] = []
    for item in items:
        if isinstance(item, dict):  # QueueTypeName: task queues are `task/<name>`
            name = str(item.get("name", ""))
            texts.append(f"task/{name}" if item.get("type") == "task" else name)
        elif isinstance(item, bool):
            texts.append("true" if item else "false")
        elif isinstance(item, int | float) and not -MAX_DATE_MS <= item <= MAX_DATE_MS:
            raise _invalid(f"{item} is outside the range of a date")
        elif isinstance(item, int | float | str) and str(item).strip():
            texts.append(str(int(item)) if isinstance(item, float) else str(item))
    return ",".join(texts) or None


class BulkActionRoutes:
    def __init__(self, store: Store, runs: RunService) -> None:
        self.store = store
        self.runs = runs
        self.actions: dict[str, BulkAction] = {}

    def register(self, router: Router) -> None:
        router.add("POST", "/api/v1/bulk-actions", self.create)
        router.add("GET", "/api/v1/bulk-actions", self.list)
        router.add("GET", "/api/v1/bulk-actions/{bulkActionId}", self.retrieve)
        router.add("POST", "/api/v1/bulk-actions/{bulkActionId}/abort", self.abort)

    # --- processing ---------------------------------------------------------------------------

    def advance(self, action: BulkAction) -> None:
        """Process every chunk due by now: one at creation, then one per batch delay."""
        if action.status != "PENDING":
            return
        chunks = 1 + int((self.store.now() - action.created_at) / BATCH_DELAY_SECONDS)
        due = min(len(action.run_ids), chunks * BATCH_SIZE)
        # Canceled runs and replays are tagged with the action, as the cancel and replay services do.
        members = self.runs.bulk_members.setdefault(action.id, set())
        for run_id in action.run_ids[action.processed : due]:
            run = action.env.runs.get(run_id)
            if run is None:
                action.failure += 1
            elif action.type == "CANCEL":
                if self.runs.cancel_run(run):
                    action.success += 1
                    members.add(run.id)
                else:
                    action.failure += 1
            else:
                members.add(self.runs.replay_run(run, action.target_region).id)
                action.success += 1
        action.processed = due
        if due == len(action.run_ids):
            action.status, action.completed_at = "COMPLETED", self.store.now()
        self.store.touch()

    def _present(self, action: BulkAction) -> dict[str, Any]:
        self.advance(action)
        data: dict[str, Any] = {"id": action.id}
        if action.name is not None:
            data["name"] = action.name
        data |= {
            "type": action.type,
            "status": action.status,
            "counts": {"total": len(action.run_ids), "success": action.success, "failure": action.failure},
            "createdAt": iso(action.created_at),
        }
        if action.completed_at is not None:
            data["completedAt"] = iso(action.completed_at)
        return data

    # --- routes -------------------------------------------------------------------------------

    def _selection(self, env: Environment, body: dict[str, Any]) -> list[str]:
        if ("filter" in body) == ("runIds" in body):
            raise _invalid("Exactly one of filter or runIds must be provided")
        if "runIds" in body:
            ids = body["runIds"]
            if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
                raise _invalid("runIds must be a non-empty array of run ids")
            if len(ids) > MAX_RUN_IDS:
                raise ApiError(
                    400,
                    f"Too many runIds ({len(ids)}). Maximum is {MAX_RUN_IDS}. Use a filter to select more runs.",
                )
            return [run.id for run in sorted(env.runs.values(), key=lambda r: -r.seq) if run.id in set(ids)]
        raw = body["filter"]
        if not isinstance(raw, dict):
            raise _invalid("filter must be an object")
        unknown = set(raw) - set(_QUERY_KEYS)
        if unknown:
            raise _invalid(f"Unrecognized filter key(s): {', '.join(sorted(unknown))}")
        query = [(_QUERY_KEYS[k], text) for k, v in raw.items() if (text := _present_value(v)) is not None]
        if not query:
            raise _invalid("At least one filter must be provided")
        selection = Request("GET", "/api/v1/runs", query, {}, b"", env=env)
        return [run.id for run in self.runs.select(selection, env.runs.values())]

    def create(self, req: Request) -> Response:
        body = req.json_object()
        action = body.get("action")
        if action not in ("cancel", "replay"):
            raise _invalid("action must be 'cancel' or 'replay'")
        if action == "cancel" and body.get("targetRegion") is not None:
            raise _invalid("targetRegion is only allowed for replay")
        name = body.get("name")
        if name is not None and (not isinstance(name, str) or len(name) > 255):
            raise _invalid("Name must be less than 255 characters")
        env = req.env_
        bulk = BulkAction(
            id=self.store.new_id("bulk_"),
            seq=self.store.next_seq(),
            env=env,
            type=action.upper(),
            run_ids=self._selection(env, body),
            created_at=self.store.now(),
            name=name,
            target_region=body.get("targetRegion"),
        )
        self.actions[bulk.id] = bulk
        self.advance(bulk)
        return json_response({"id": bulk.id}, 202)

    def _find(self, req: Request) -> BulkAction:
        found = self.actions.get(req.params["bulkActionId"])
        if found is None or found.env is not req.env_:
            raise ApiError(404, "Bulk action not found")
        return found

    def list(self, req: Request) -> Response:
        mine = sorted((a for a in self.actions.values() if a.env is req.env_), key=lambda a: -a.seq)
        return json_response(cursor_page(mine, req, self._present, lambda a: a.id))

    def retrieve(self, req: Request) -> Response:
        return json_response(self._present(self._find(req)))

    def abort(self, req: Request) -> Response:
        action = self._find(req)
        self.advance(action)
        if action.status == "COMPLETED":
            raise ApiError(409, f"Bulk action group already completed: {action.id}")
        if action.status == "ABORTED":
            raise ApiError(409, f"Bulk action group already aborted: {action.id}")
        action.status = "ABORTED"
        self.store.touch()
        return json_response({"id": action.id})
