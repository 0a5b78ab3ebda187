"""Batches: the legacy single-request endpoints and the SDK's two-phase v3 API (JSON, then NDJSON)."""

from __future__ import annotations

import json
import math
from typing import Any

from ._auth import bearer, jwt_headers
from ._clock import iso
from ._http import ApiError, Request, Response, Router, json_response
from ._limits import Limits, RateDecision
from ._runs import RunService, execution_result
from ._state import Batch, Environment, Settings, Store

# maxContentLength of routes/api.v3.batches.ts ("128KB is plenty for the batch metadata").
CREATE_MAX_BYTES = 131_072


def batch_status(batch: Batch) -> str:
    if batch.sealed_at is None:
        return "PENDING"
    return "PARTIAL_FAILED" if batch.errors else "COMPLETED"


class BatchRoutes:
    def __init__(self, store: Store, settings: Settings, runs: RunService, limits: Limits) -> None:
        self.store = store
        self.limits = limits
        self.settings = settings
        self.runs = runs

    def register(self, router: Router) -> None:
        router.add("POST", "/api/v1/tasks/{taskIdentifier}/batch", self.v1_batch_by_task)
        router.add("POST", "/api/v1/tasks/batch", self.v1_batch)
        router.add("POST", "/api/v3/batches", self.create)
        router.add("POST", "/api/v3/batches/{batchId}/items", self.stream_items)
        router.add("GET", "/api/v1/batches/{batchId}", self.retrieve_v1)
        router.add("GET", "/api/v2/batches/{batchId}", self.retrieve_v2)
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

    def _v1(self, req: Request, default_task: str | None) -> Response:
        body = req.json_object()
        items = body.get("items")
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise ApiError(400, "Invalid request body", issues=[{"path": ["items"], "message": "Expected array"}])
        if not items:
            raise ApiError(400, "Batch must contain at least one item")
        if len(items) > self.settings.max_v1_batch_items:
            raise ApiError(400, f"Batch size of {len(items)} is too large. Maximum allowed batch size is 500.")
        env = req.env_
        tasks = sorted({str(default_task or i.get("task")) for i in items})
        batch = self._new_batch(env, len(items), tasks, None)
        for index, item in enumerate(items):
            self._add_item(env, batch, index, default_task or item.get("task"), item)
        batch.sealed_at = self.store.now()
        self.store.touch()
        headers = jwt_headers(env, [f"read:batch:{batch.id}"], self.store.now(), 3600)
        return json_response({"batchId": batch.id, "runs": batch.run_ids()}, headers=headers)

    def v1_batch_by_task(self, req: Request) -> Response:
        return self._v1(req, req.params["taskIdentifier"])

    def v1_batch(self, req: Request) -> Response:
        return self._v1(req, None)

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
        tasks = (
            sorted({str(t) for t in body["taskIdentifiers"]}) if isinstance(body.get("taskIdentifiers"), list) else []
        )
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
        for number, line in enumerate(req.body.decode("utf-8", "replace").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise ApiError(400, f"Invalid JSON at line {number}: {exc}") from None
            index = item.get("index") if isinstance(item, dict) else None
            if (
                not isinstance(index, int)
                or isinstance(index, bool)
                or index < 0
                or not isinstance(item.get("task"), str)
            ):
                where = f"index {index}" if isinstance(index, int) else "unknown index"
                raise ApiError(422, f"Invalid item at {where}: expected {{index, task, payload?, options?}}")
            if index >= batch.run_count:
                raise ApiError(422, f"Item index {index} exceeds batch runCount {batch.run_count}")
            # Items carry their index and each index is enqueued once, so a re-sent stream is deduplicated.
            if index in batch.items or any(e["index"] == index for e in batch.errors):
                deduplicated += 1
                continue
            self._add_item(env, batch, index, item.get("task"), item)
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
            "status": batch_status(batch),
            "idempotencyKey": batch.idempotency_key,
            "createdAt": iso(batch.created_at),
            "updatedAt": iso(batch.updated_at),
            "runCount": batch.run_count,
            "runs": batch.run_ids(),
            "successfulRunCount": sum(1 for r in runs if r.status == "COMPLETED"),
            "failedRunCount": sum(1 for r in runs if r.finished and r.status != "COMPLETED"),
        }

    def retrieve_v1(self, req: Request) -> Response:
        batch = self._get(req)
        return json_response(
            {k: v for k, v in self._present(req.env_, batch).items() if v is not None} | {"errors": batch.errors}
        )

    def retrieve_v2(self, req: Request) -> Response:
        batch = self._get(req)
        data = {k: v for k, v in self._present(req.env_, batch).items() if v is not None}
        data["processing"] = {
            k: v for k, v in {"completedAt": iso(batch.sealed_at), "errors": batch.errors}.items() if v is not None
        }
        return json_response(data)

    def results(self, req: Request) -> Response:
        batch, env = self._get(req), req.env_
        runs = [env.runs[run_id] for run_id in batch.run_ids() if run_id in env.runs]
        return json_response({"id": batch.id, "items": [execution_result(r) for r in runs if r.finished]})
