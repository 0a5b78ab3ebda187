"""Batches: the legacy single-request endpoints and the SDK's two-phase v3 API (JSON, then NDJSON)."""

from __future__ import annotations

import math
from typing import Any

from ._auth import authorize, authorize_any, bearer, jwt_headers, scope_allows, unspent_token
from ._clock import iso
from ._http import ApiError, Request, Response, Router, json_response, not_found
from ._limits import Limits, RateDecision
from ._ndjson import ITEM_MAXIMUM_BYTES, Oversized, parse_items
from ._run_views import execution_result
from ._runs import RunService
from ._state import Batch, Environment, Settings, Store

# maxContentLength of routes/api.v3.batches.ts ("128KB is plenty for the batch metadata").
CREATE_MAX_BYTES = 131_072
# MAX_BATCH_TRIGGER_ITEMS (webapp consts.ts): items per one-task v1 batch.
MAX_BATCH_TRIGGER_ITEMS = 100


def batch_status(env: Environment, batch: Batch) -> str:
    """PENDING until every item is processed; then ABORTED when no run could be created, else COMPLETED once every
    run is final (v3/runEngineHandlersShared.server.ts handleBatchCompletion, run-engine batchSystem.ts
    #tryCompleteBatch), PARTIAL_FAILED while some items failed and runs are still going."""
    if batch.sealed_at is None:
        return "PENDING"
    if batch.errors and not batch.items:
        return "ABORTED"
    if all(env.runs[run_id].finished for run_id in batch.run_ids() if run_id in env.runs):
        return "COMPLETED"
    return "PARTIAL_FAILED" if batch.errors else "PENDING"


def _index_and_task(item: Any) -> tuple[int, str]:
    """Where a streamed item goes and its task; 422 for an item of another shape (streamBatchItems.server.ts)."""
    if isinstance(item, Oversized):
        return item.index, item.task
    index = item.get("index") if isinstance(item, dict) else None
    if not isinstance(index, int) or isinstance(index, bool) or index < 0 or not isinstance(item.get("task"), str):
        where = f"index {index}" if isinstance(index, int) else "unknown index"
        raise ApiError(422, f"Invalid item at {where}: expected {{index, task, payload?, options?}}")
    return index, item["task"]


class BatchRoutes:
    def __init__(self, store: Store, settings: Settings, runs: RunService, limits: Limits) -> None:
        self.store = store
        self.limits = limits
        self.settings = settings
        self.runs = runs

    def register(self, router: Router) -> None:
        # maxContentLength: TASK_PAYLOAD_MAXIMUM_SIZE (3 MB) and BATCH_TASK_PAYLOAD_MAXIMUM_SIZE (1 MB), env.server.ts.
        router.add("POST", "/api/v1/tasks/{taskIdentifier}/batch", self.v1_batch_by_task, max_body=3_145_728)
        router.add("POST", "/api/v1/tasks/batch", self.v1_batch, auth="env_or_public", max_body=1_000_000)
        router.add("POST", "/api/v2/tasks/batch", self.v2_batch, auth="env_or_public", max_body=1_000_000)
        # Both phases take a public token with batchTrigger on the batch's tasks (allowJWT in both routes).
        router.add("POST", "/api/v3/batches", self.create, auth="env_or_public")
        # No body cap: the route streams its body and caps each item (STREAMING_BATCH_MAX_ITEMS lines of at most
        # STREAMING_BATCH_ITEM_MAXIMUM_SIZE bytes make the largest useful body; _ndjson.py).
        router.add(
            "POST",
            "/api/v3/batches/{batchId}/items",
            self.stream_items,
            auth="env_or_public",
            max_body=self.settings.max_batch_items * (ITEM_MAXIMUM_BYTES + 1),
        )
        router.add("GET", "/api/v1/batches/{batchId}", self.retrieve_v1, auth="env_or_public")
        router.add("GET", "/api/v2/batches/{batchId}", self.retrieve_v2, auth="env_or_public")
        router.add("GET", "/api/v1/batches/{batchId}/results", self.results)

    def _new_batch(self, env: Environment, run_count: int, tasks: list[str], key: str | None) -> Batch:
        now = self.store.now()
        batch = Batch(
            id=self.store.new_id("batch_"),
            seq=self.store.next_seq(),
            run_count=run_count,
            created_at=now,
            updated_at=now,
            task_identifiers=tasks,
            idempotency_key=key,
        )
        env.batches[batch.id] = batch
        return batch

    def _add_item(self, env: Environment, batch: Batch, index: int, task: Any, item: dict[str, Any]) -> None:
        if not isinstance(task, str) or not task:
            batch.errors.append({"index": index, "taskIdentifier": str(task), "error": "Missing task identifier"})
            return
        try:
            run, _ = self.runs.create_run(env, task, item, batch_id=batch.id, trigger_function="batchTrigger")
        except ApiError as err:
            batch.errors.append({"index": index, "taskIdentifier": task, "error": err.body["error"]})
            return
        batch.items[index] = run.id

    def _v1_items(self, req: Request, empty_error: str, limit: int, limit_error: str) -> list[dict[str, Any]]:
        items = req.json_object().get("items")
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise ApiError(400, "Invalid request body", issues=[{"path": ["items"], "message": "Expected array"}])
        if not items:
            raise ApiError(400, empty_error)
        if len(items) > limit:
            raise ApiError(400, limit_error.format(count=len(items), limit=limit))
        return items

    def _v1_runs(
        self, env: Environment, batch: Batch, tasks: list[str], items: list[dict[str, Any]], error_status: int
    ) -> list[bool]:
        """Create the runs in order; an item the server rejects aborts the batch (inline processing in
        services/batchTriggerV3.server.ts), leaving the runs created before it."""
        # #prepareRunData reuses the unexpired run behind each item's idempotency key whatever its status; when
        # every item has one, nothing is triggered (newRunCount 0), so even a failed run comes back as cached.
        keys = [
            item["options"].get("idempotencyKey") if isinstance(item.get("options"), dict) else None for item in items
        ]
        reused = [self.runs.live_idempotent_run(env, task, key) for task, key in zip(tasks, keys, strict=True)]
        if all(run is not None for run in reused):
            batch.items.update((index, run.id) for index, run in enumerate(reused) if run is not None)
            batch.sealed_at = self.store.now()
            self.store.touch()
            return [True] * len(items)
        cached_flags = []
        for index, (task, item) in enumerate(zip(tasks, items, strict=True)):
            try:
                run, cached = self.runs.create_run(env, task, item, batch_id=batch.id, trigger_function="batchTrigger")
            except ApiError as err:
                batch.sealed_at = self.store.now()
                self.store.touch()
                raise ApiError(error_status, err.body["error"]) from None
            batch.items[index] = run.id
            cached_flags.append(cached)
        batch.sealed_at = self.store.now()
        self.store.touch()
        return cached_flags

    def v1_batch_by_task(self, req: Request) -> Response:
        # routes/api.v1.tasks.$taskId.batch.ts; answers 200.
        limit_error = "Too many items. Maximum allowed batch size is {limit}."
        items = self._v1_items(req, "No items to trigger", MAX_BATCH_TRIGGER_ITEMS, limit_error)
        env, task = req.env_, req.params["taskIdentifier"]
        batch = self._new_batch(env, len(items), [task], None)
        # The route answers every service error with 400.
        self._v1_runs(env, batch, [task] * len(items), items, 400)
        headers = jwt_headers(env, [f"read:batch:{batch.id}"], self.store.now(), 3600)
        return json_response({"batchId": batch.id, "runs": batch.run_ids()}, headers=headers)

    def _many_tasks(self, req: Request, key: str | None) -> tuple[Batch, list[bool], bool]:
        """The batch of a one-request batch of several tasks (v1 and v2 routes), its runs' cached flags, and whether
        the whole batch was cached; MAX_BATCH_V2_TRIGGER_ITEMS (env.server.ts) items at most."""
        items = self._v1_items(
            req,
            "Batch cannot be triggered with no items",
            self.settings.max_v1_batch_items,
            "Batch size of {count} is too large. Maximum allowed batch size is {limit}.",
        )
        env = req.env_
        tasks: list[str] = []
        for number, item in enumerate(items):
            task = item.get("task")
            if not isinstance(task, str) or not task:
                issue = {"path": ["items", number, "task"], "message": "Required"}
                raise ApiError(400, "Invalid request body", issues=[issue])
            tasks.append(task)
        authorize(req, "batchTrigger", "tasks", tasks)
        message = "Cannot batch trigger with a one-time use token as it has already been used."
        once = unspent_token(req, env.used_tokens, message)
        cached_batch = next((b for b in env.batches.values() if key and b.idempotency_key == key), None)
        if cached_batch is not None:
            return cached_batch, [True] * len(cached_batch.items), True
        batch = self._new_batch(env, len(items), sorted(set(tasks)), key)
        # ServiceValidationError -> 422 on both routes.
        cached_flags = self._v1_runs(env, batch, tasks, items, 422)
        if once is not None:
            env.used_tokens.add(once)
        return batch, cached_flags, False

    def v1_batch(self, req: Request) -> Response:
        # routes/api.v1.tasks.batch.ts: answers 202 with BatchTriggerTaskV2Response; the idempotency-key header
        # names the batch (services/batchTriggerV3.server.ts).
        env, key = req.env_, req.header("idempotency-key") or None
        batch, cached_flags, cached_batch = self._many_tasks(req, key)
        runs = [env.runs[run_id] for run_id in batch.run_ids()]
        data: dict[str, Any] = {"id": batch.id, "isCached": cached_batch}
        if key:
            data["idempotencyKey"] = key
        data["runs"] = [
            {"id": run.id, "taskIdentifier": run.task, "isCached": cached}
            | ({"idempotencyKey": run.idempotency_key} if run.idempotency_key else {})
            for run, cached in zip(runs, cached_flags, strict=True)
        ]
        headers = jwt_headers(env, [f"read:batch:{batch.id}"], self.store.now(), 3600)
        return json_response(data, 202, headers=headers)

    def v2_batch(self, req: Request) -> Response:
        # routes/api.v2.tasks.batch.ts: the same items and limits, a batch-processing-strategy header
        # (BatchProcessingStrategy, v3/services/batchTriggerV3.server.ts), 202 with {id, runCount}.
        strategy = req.header("batch-processing-strategy")
        if strategy is not None and strategy not in ("sequential", "parallel"):
            # routeBuilders/apiBuilder.server.ts answers a header that fails its schema so.
            raise ApiError(400, "Headers Error", details=[{"path": ["batch-processing-strategy"]}])
        batch, _, _ = self._many_tasks(req, None)
        headers = jwt_headers(req.env_, [f"read:batch:{batch.id}"], self.store.now(), 3600)
        return json_response({"id": batch.id, "runCount": batch.run_count}, 202, headers=headers)

    def create(self, req: Request) -> Response:
        """Phase 1 (routes/api.v3.batches.ts, runEngine/services/createBatch.server.ts)."""
        if len(req.body) > CREATE_MAX_BYTES:
            raise ApiError(413, "Request body too large")
        body, env = req.json_object(), req.env_
        run_count = body.get("runCount")
        if not isinstance(run_count, int) or isinstance(run_count, bool) or run_count < 1:
            raise ApiError(
                400, "Invalid request body", issues=[{"path": ["runCount"], "message": "Expected a positive integer"}]
            )
        if run_count > self.settings.max_batch_items:
            raise ApiError(
                400, f"Batch runCount of {run_count} exceeds maximum allowed of {self.settings.max_batch_items}."
            )
        key = body.get("idempotencyKey") if isinstance(body.get("idempotencyKey"), str) else None
        declared = isinstance(body.get("taskIdentifiers"), list)
        tasks = sorted({str(t) for t in body["taskIdentifiers"]}) if declared else []
        # routes/api.v3.batches.ts: every declared task (everyResource), else the batch or all tasks (anyResource).
        if declared:
            authorize(req, "batchTrigger", "tasks", tasks)
        else:
            authorize_any(req, "batchTrigger", [("batch", None), ("tasks", None)])
        cached = next((b for b in env.batches.values() if key and b.idempotency_key == key), None)
        if cached is not None:
            # The server looks the key up scoped to the environment and the task set; the same key with other
            # tasks reaches the unique index instead.
            if sorted(set(cached.task_identifiers)) != tasks:
                raise ApiError(422, "Cannot create batch as it has already been created with the same idempotency key.")
            headers = jwt_headers(env, [f"read:batch:{cached.id}"], self.store.now(), 3600)
            return json_response({"id": cached.id, "runCount": cached.run_count, "isCached": True}, headers=headers)
        # createBatch.server.ts: a new batch (not an idempotent replay) is charged runCount batch tokens.
        decision = self.limits.take_batch(bearer(req) or "", run_count)
        if not decision.allowed:
            return self._refused(decision)
        batch = self._new_batch(env, run_count, tasks, key)
        self.store.touch()
        data: dict[str, Any] = {"id": batch.id, "runCount": batch.run_count, "isCached": False}
        if key:
            data["idempotencyKey"] = key
        headers = jwt_headers(env, [f"read:batch:{batch.id}"], self.store.now(), 3600)
        return json_response(data, status=202, headers=headers)

    def _refused(self, decision: RateDecision) -> Response:
        # api.v3.batches.ts: a plain JSON error; the reset header in epoch *seconds* (the API limiter's is in ms),
        # and a Retry-After of at least one second.
        now = self.store.now()
        reset = decision.reset_ms / 1000
        headers = [
            ("x-ratelimit-limit", str(decision.limit)),
            ("x-ratelimit-remaining", str(decision.remaining)),
            ("x-ratelimit-reset", str(math.floor(reset))),
            ("retry-after", str(max(1, math.ceil(reset - now)))),
        ]
        message = f"Batch rate limit exceeded. Limit resets at {iso(reset)}"
        return json_response({"error": message}, 429, headers)

    def _get(self, req: Request) -> Batch:
        batch = req.env_.batches.get(req.params["batchId"])
        if batch is None:
            raise ApiError(404, "Batch not found")
        return batch

    def _found(self, req: Request) -> Batch:
        # api.v1.batches.$batchId.ts / api.v2.batches.$batchId.ts: shouldRetryNotFound (replica lag); a public token
        # reads the batch or all runs.
        batch = req.env_.batches.get(req.params["batchId"])
        if batch is None:
            raise not_found(retry=True)
        authorize_any(req, "read", [("batch", batch.id), ("runs", None)])
        return batch

    def stream_items(self, req: Request) -> Response:
        """Phase 2 (routes/api.v3.batches.$batchId.items.ts, runEngine/services/streamBatchItems.server.ts)."""
        content_type = (req.header("content-type") or "").lower()
        if "application/x-ndjson" not in content_type and "application/ndjson" not in content_type:
            raise ApiError(415, "Content-Type must be application/x-ndjson or application/ndjson")
        env = req.env_
        batch = env.batches.get(req.params["batchId"])
        if batch is None:
            raise ApiError(422, f"Batch {req.params['batchId']} not found")
        if batch.sealed_at is not None:  # a retry of a stream that already completed the batch
            return json_response(
                {
                    "id": batch.id,
                    "itemsAccepted": 0,
                    "itemsDeduplicated": 0,
                    "sealed": True,
                    "runCount": batch.run_count,
                }
            )
        accepted = deduplicated = 0
        for item in parse_items(req.body):
            index, task = _index_and_task(item)
            # utils/batchItemAuthorization.ts: each item's task must be allowed unless the token writes the batch.
            if req.scopes is not None and not scope_allows(req.scopes, "write", "batch", batch.id):
                authorize(req, "batchTrigger", "tasks", [task])
            if index >= batch.run_count:
                raise ApiError(422, f"Item index {index} exceeds batch runCount {batch.run_count}")
            # Items carry their index and each index is enqueued once, so a re-sent stream is deduplicated.
            if index in batch.items or any(e["index"] == index for e in batch.errors):
                deduplicated += 1
                continue
            if isinstance(item, Oversized):
                # v3/runEngineHandlers.server.ts: the item becomes a run that failed before it started.
                message = item.message(ITEM_MAXIMUM_BYTES)
                error = {"type": "INTERNAL_ERROR", "code": "PAYLOAD_TOO_LARGE", "message": message}
                batch.items[index] = self.runs.create_failed_run(env, task, batch.id, error).id
            else:
                self._add_item(env, batch, index, task, item)
            accepted += 1
        processed = len(batch.items) + len(batch.errors)
        if processed >= batch.run_count:
            batch.sealed_at = self.store.now()
        batch.updated_at = self.store.now()
        self.store.touch()
        data: dict[str, Any] = {
            "id": batch.id,
            "itemsAccepted": accepted,
            "itemsDeduplicated": deduplicated,
            "sealed": batch.sealed_at is not None,
        }
        if batch.sealed_at is None:
            data.update(enqueuedCount=processed, expectedCount=batch.run_count)
        data["runCount"] = batch.run_count
        return json_response(data)

    def _present(self, env: Environment, batch: Batch) -> dict[str, Any]:
        runs = [env.runs[run_id] for run_id in batch.run_ids() if run_id in env.runs]
        return {
            "id": batch.id,
            "status": batch_status(env, batch),
            "idempotencyKey": batch.idempotency_key,
            "createdAt": iso(batch.created_at),
            "updatedAt": iso(batch.updated_at),
            "runCount": batch.run_count,
            "runs": batch.run_ids(),
            "successfulRunCount": sum(1 for r in runs if r.status == "COMPLETED"),
            "failedRunCount": sum(1 for r in runs if r.finished and r.status != "COMPLETED"),
        }

    def retrieve_v1(self, req: Request) -> Response:
        batch = self._found(req)
        return json_response(
            {k: v for k, v in self._present(req.env_, batch).items() if v is not None} | {"errors": batch.errors}
        )

    def retrieve_v2(self, req: Request) -> Response:
        batch = self._found(req)
        data = {k: v for k, v in self._present(req.env_, batch).items() if v is not None}
        data["processing"] = {
            k: v for k, v in {"completedAt": iso(batch.sealed_at), "errors": batch.errors}.items() if v is not None
        }
        return json_response(data)

    def results(self, req: Request) -> Response:
        batch, env = self._get(req), req.env_
        runs = [env.runs[run_id] for run_id in batch.run_ids() if run_id in env.runs]
        results = (execution_result(run) for run in runs if run.finished)
        return json_response({"id": batch.id, "items": [result for result in results if result is not None]})
