"""Runs: triggering, listing, retrieving and the run actions (cancel, replay, reschedule, tags, metadata)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._auth import authorize, authorize_any, jwt_headers, scope_allows, unspent_token
from ._clock import parse_duration, parse_instant
from ._http import ApiError, Request, Response, Router, json_response, not_found
from ._pagination import cursor_page
from ._queues import queue_key
from ._replay import ReplayOverrides, read_overrides
from ._run_creation import MAX_TAGS, RunFactory, check_metadata_size, normalize_tags, parse_ttl
from ._run_views import RunPresenter, execution_result, run_spans
from ._state import Run, Settings, Store

# RUN_UPDATABLE_WINDOW_MS (services/metadata/updateMetadata.server.ts)
METADATA_UPDATABLE_SECONDS = 3600.0
# Status filter values of either naming, mapped to the statuses stored here.
STATUS_FILTER = {
    **{s: s for s in ("PENDING_VERSION", "DELAYED", "QUEUED", "DEQUEUED", "EXECUTING", "WAITING", "COMPLETED")},
    **{s: s for s in ("CANCELED", "FAILED", "CRASHED", "SYSTEM_FAILURE", "EXPIRED", "TIMED_OUT")},
    "WAITING_FOR_DEPLOY": "PENDING_VERSION",
    "REATTEMPTING": "EXECUTING",
    "FROZEN": "WAITING",
    "INTERRUPTED": "FAILED",
}


class RunService(RunFactory):
    """Creates runs and serves the run routes."""

    def __init__(self, store: Store, settings: Settings) -> None:
        super().__init__(store, settings)
        # Bulk action id -> the runs it canceled or created by replay (what filter[bulkAction] lists).
        self.bulk_members: dict[str, set[str]] = {}

    def register(self, router: Router) -> None:
        # allowJWT with action "trigger" on the task (routes/api.v1.tasks.$taskId.trigger.ts).
        router.add(
            "POST", "/api/v1/tasks/{taskIdentifier}/trigger", self.trigger, auth="env_or_public", max_body=3_145_728
        )
        router.add("GET", "/api/v1/runs", self.list_env, auth="env_or_public")
        router.add("GET", "/api/v1/projects/{projectRef}/runs", self.list_project, auth="pat")
        router.add("GET", "/api/v3/runs/{runId}", self.retrieve, auth="env_or_public")
        router.add("POST", "/api/v2/runs/{runId}/cancel", self.cancel, auth="env_or_public")
        router.add("POST", "/api/v1/runs/{runId}/replay", self.replay)
        router.add("POST", "/api/v1/runs/{runId}/reschedule", self.reschedule)
        router.add("POST", "/api/v1/runs/{runId}/tags", self.add_tags)
        router.add("PUT", "/api/v1/runs/{runId}/metadata", self.update_metadata, max_body=2 * 1024 * 1024)
        router.add("GET", "/api/v1/runs/{runId}/result", self.result)
        router.add("GET", "/api/v1/runs/{runId}/events", self.events, auth="env_or_public")
        router.add("POST", "/api/v1/idempotencyKeys/{key}/reset", self.reset_idempotency_key)

    def get_run(self, req: Request) -> Run:
        run = req.env_.runs.get(req.params["runId"])
        if run is None:
            raise ApiError(404, "Run not found")
        return run

    @staticmethod
    def found_run(req: Request) -> Run:
        """A run for the loader routes that retry a 404 (api.v3.runs.$runId.ts, api.v1.runs.$runId.events.ts,
        api.v1.runs.$runId.trace.ts: ``shouldRetryNotFound``), since a new run may not have replicated yet; a
        public token must read the run, its task, one of its tags or its batch."""
        run = req.env_.runs.get(req.params["runId"])
        if run is None:
            raise not_found(retry=True)
        resources: list[tuple[str, str | None]] = [("runs", run.id), ("tasks", run.task)]
        resources += [("tags", tag) for tag in run.tags] + ([("batch", run.batch_id)] if run.batch_id else [])
        authorize_any(req, "read", resources)
        return run

    # --- routes -------------------------------------------------------------------------------

    def trigger(self, req: Request) -> Response:
        env = req.env_
        task = req.params["taskIdentifier"]
        authorize(req, "trigger", "tasks", [task])
        # Retries of one logical call carry the same request key; answer them with the first reply.
        request_key = req.header("x-trigger-request-idempotency-key")
        if request_key and request_key in env.request_replies:
            status, body = env.request_replies[request_key]
            return Response(status, body)
        body = req.json()
        # runEngine/services/triggerTask.server.ts: a one-time-use token triggers once.
        message = f"Cannot trigger {task} with a one-time use token as it has already been used."
        once = unspent_token(req, env.used_tokens, message)
        run, cached = self.create_run(env, task, body)
        if once is not None:
            env.used_tokens.add(once)
        scopes = [f"read:runs:{run.id}", f"write:inputStreams:{run.id}"]
        response = json_response(
            {"id": run.id, "isCached": cached}, headers=jwt_headers(env, scopes, self.store.now(), 3600)
        )
        if request_key:
            env.request_replies[request_key] = (response.status, response.body)
        return response

    def select(self, req: Request, runs: Iterable[Run]) -> list[Run]:
        """Runs matching the ``filter[...]`` query of ``req``, newest first (also used by bulk actions)."""
        now = self.store.now()
        checks: list[Any] = []

        def values(name: str) -> list[str] | None:
            raw = req.arg(f"filter[{name}]")
            return [v.strip() for v in raw.split(",") if v.strip()] if raw else None

        def query_error(path: str, message: str) -> ApiError:
            return ApiError(400, "Query Error", details=[{"code": "custom", "message": message, "path": [path]}])

        statuses = values("status")
        if statuses:
            invalid = [s for s in statuses if s not in STATUS_FILTER]
            if invalid:
                raise query_error("filter[status]", f"Invalid status values: {', '.join(invalid)}")
            wanted = {STATUS_FILTER[s] for s in statuses}
            checks.append(lambda r: r.status in wanted)
        for name, attr in (("taskIdentifier", "task"), ("version", "version"), ("queue", "queue")):
            wanted_values = values(name)
            if wanted_values:
                checks.append(lambda r, a=attr, w=set(wanted_values): getattr(r, a) in w)
        for name in ("machine", "region"):
            wanted_values = values(name)
            if wanted_values:
                checks.append(lambda r, n=name, w=set(wanted_values): r.options.get(n) in w)
        tags = values("tag")
        if tags:
            checks.append(lambda r: bool(set(tags) & set(r.tags)))
        for name, attr in (("schedule", "schedule_id"), ("batch", "batch_id")):
            single = req.arg(f"filter[{name}]")
            if single:
                checks.append(lambda r, a=attr, v=single: getattr(r, a) == v)
        bulk_action = req.arg("filter[bulkAction]")
        if bulk_action:
            members = self.bulk_members.get(bulk_action, set())
            checks.append(lambda r: r.id in members)
        is_test = req.arg("filter[isTest]")
        if is_test is not None:
            if is_test not in ("true", "false"):
                raise query_error("filter[isTest]", "Expected true or false")
            checks.append(lambda r: r.is_test == (is_test == "true"))
        for bound in ("from", "to"):
            raw = req.arg(f"filter[createdAt][{bound}]")
            if raw:
                instant = parse_instant(raw, now) if not parse_duration(raw) else None
                if instant is None:
                    raise query_error(f"filter[createdAt][{bound}]", f"Invalid date: {raw}")
                checks.append(
                    (lambda r, t=instant: r.created_at >= t)
                    if bound == "from"
                    else (lambda r, t=instant: r.created_at <= t)
                )
        period = req.arg("filter[createdAt][period]")
        if not period and not req.arg("filter[createdAt][from]") and not req.arg("filter[createdAt][to]"):
            # timeFilters (components/runs/v3/SharedFilters.tsx) defaults every run listing to the last 7 days.
            period = "7d"
        if period:
            seconds = parse_duration(period)
            if seconds is None:
                raise query_error("filter[createdAt][period]", f"Invalid period: {period}")
            checks.append(lambda r, t=now - seconds: r.created_at >= t)
        return sorted((r for r in runs if all(c(r) for c in checks)), key=lambda r: -r.seq)

    def list_env(self, req: Request) -> Response:
        # routes/api.v1.runs.ts: read on runs or tasks, or on every task of a task filter.
        tasks = [t for t in (req.arg("filter[taskIdentifier]") or "").split(",") if t]
        broad: list[tuple[str, str | None]] = [("runs", None), ("tasks", None)]
        if not tasks:
            authorize_any(req, "read", broad)
        elif req.scopes is not None and not any(scope_allows(req.scopes, "read", k, i) for k, i in broad):
            authorize(req, "read", "tasks", tasks)
        runs = self.select(req, req.env_.runs.values())
        return json_response(cursor_page(runs, req, RunPresenter(req).list_item, lambda r: r.id))

    def list_project(self, req: Request) -> Response:
        assert req.project is not None
        # presenters/v3/ApiRunListPresenter.server.ts: the first environment whose slug is in filter[env]; with
        # none the presenter throws and the PAT loader answers 500 (routeBuilders/apiBuilder.server.ts).
        slugs = [s for s in (req.arg("filter[env]") or "").split(",") if s]
        env = next((e for slug, e in req.project.environments.items() if slug in slugs), None)
        if env is None:
            raise ApiError(500, "Internal Server Error")
        runs = self.select(req, env.runs.values())
        return json_response(cursor_page(runs, req, RunPresenter(req).list_item, lambda r: r.id))

    def retrieve(self, req: Request) -> Response:
        return json_response(RunPresenter(req).retrieve(self.found_run(req)))

    def cancel_run(self, run: Run) -> bool:
        """Cancel an unfinished run; False when it had already finished (bulk actions count that a failure)."""
        if run.finished:
            return False
        now = self.store.now()
        run.status, run.finished_at = "CANCELED", now
        for attempt in run.attempts:
            if attempt.completed_at is None:
                attempt.status, attempt.completed_at = "CANCELED", now
        self.store.touch(run)
        return True

    def replay_run(self, run: Run, region: str | None = None, overrides: ReplayOverrides | None = None) -> Run:
        """A new run of the same task (``region`` overrides the original's), with a replay body's ``overrides``.

        v3/services/replayTaskRun.server.ts copies the payload, tags, metadata, queue, test flag, concurrency key,
        machine and region; delay, ttl, idempotency key, max attempts, priority and version are not carried over
        unless the body gives them (SDK 4.8.3 docs/replaying.mdx).
        """
        copied = ("payloadType", "queue", "test", "concurrencyKey", "machine", "region")
        options = {k: run.options[k] for k in copied if run.options.get(k) is not None}
        options.update(tags=list(run.tags), metadata=run.metadata)
        if region is not None:
            options["region"] = region
        overrides = overrides or ReplayOverrides()
        options.update(overrides.options)
        if overrides.queue is not None:
            custom = overrides.queue.type == "custom"
            options.pop("queue", None)
            options.update({"queue": {"name": overrides.queue.name}} if custom else {})
        raw = overrides.raw_payload if overrides.has_payload else run.raw_payload
        new_run, _ = self.create_run(run.env, run.task, {"payload": raw, "options": options})
        if overrides.queue is not None:  # a task's queue, which the trigger body cannot name
            new_run.queue = queue_key(overrides.queue.name, overrides.queue.type)
        if overrides.version is not None:
            new_run.version = overrides.version
        return new_run

    def cancel(self, req: Request) -> Response:
        # routes/api.v2.runs.$runParam.cancel.ts: write on the run or its task, checked before the 404.
        found = req.env_.runs.get(req.params["runId"])
        resources: list[tuple[str, str | None]] = [("runs", req.params["runId"])]
        authorize_any(req, "write", resources + ([("tasks", found.task)] if found else []))
        run = self.mutated_run(req)
        self.cancel_run(run)
        return json_response({"id": run.id})

    @staticmethod
    def mutated_run(req: Request) -> Run:
        """The run of cancel and replay, whose findResource misses before the handler runs: the action route
        builder answers 404 ``Resource not found`` (services/routeBuilders/apiBuilder.server.ts)."""
        run = req.env_.runs.get(req.params["runId"])
        if run is None:
            raise ApiError(404, "Resource not found")
        return run

    def replay(self, req: Request) -> Response:
        run = self.mutated_run(req)
        overrides = read_overrides(req.json_object(optional=True), req.env_)
        try:
            new_run = self.replay_run(run, overrides=overrides)
        except ApiError:
            raise ApiError(400, "Failed to create new run") from None
        return json_response({"id": new_run.id})

    def reschedule(self, req: Request) -> Response:
        # routes/api.v1.runs.$runParam.reschedule.ts: body, then delay, then the run; every service error is 400.
        body = req.json_object()
        delay = body.get("delay")
        if not isinstance(delay, str) and not isinstance(delay, int | float):
            raise ApiError(400, "Invalid request body")
        instant = parse_instant(delay, self.store.now()) if delay != "" else None
        if instant is None:
            raise ApiError(400, f"Invalid delay: {delay}")
        run = self.get_run(req)
        if run.status != "DELAYED":
            raise ApiError(400, "Cannot reschedule a run that is not delayed")
        run.delay_until = instant
        ttl_seconds = parse_ttl(run.ttl)
        if ttl_seconds is not None:
            run.expires_at = instant + ttl_seconds
        self.store.touch(run)
        return json_response(RunPresenter(req).retrieve(run))

    def add_tags(self, req: Request) -> Response:
        run = self.get_run(req)
        body = req.json_object()
        if "tags" not in body:
            raise ApiError(400, "Invalid request body", issues=[{"path": ["tags"], "message": "Required"}])
        # routes/api.v1.runs.$runId.tags.ts: blank tags are ignored, the cap counts the new ones.
        new_tags = [t for t in normalize_tags(body["tags"], 400) if t.strip() and t not in run.tags]
        if len(run.tags) + len(new_tags) > MAX_TAGS:
            unset = ", ".join(f"'{t}'" for t in new_tags)
            raise ApiError(
                422,
                f"Runs can only have {MAX_TAGS} tags, you're trying to set {len(run.tags) + len(new_tags)}. "
                f"These tags have not been set: {unset}.",
            )
        if not new_tags:
            return json_response({"message": "No new tags to add"})
        run.tags.extend(new_tags)
        self.store.touch(run)
        return json_response({"message": f"Successfully set {len(new_tags)} new tags."})

    def update_metadata(self, req: Request) -> Response:
        # routes/api.v1.runs.$runId.metadata.ts with services/metadata/updateMetadata.server.ts.
        body = req.json_object()
        run = req.env_.runs.get(req.params["runId"])
        if run is None:
            raise ApiError(404, "Task Run not found")
        if run.finished_at is not None and run.finished_at <= self.store.now() - METADATA_UPDATABLE_SECONDS:
            raise ApiError(422, "Cannot update metadata for a completed run")
        metadata = dict(run.metadata or {})
        if isinstance(body.get("metadata"), dict):
            metadata = dict(body["metadata"])
        operations = body.get("operations")
        if operations is not None:
            if not isinstance(operations, list):
                raise ApiError(400, "Invalid metadata")
            for op in operations:
                metadata = apply_metadata_operation(metadata, op)
        elif "metadata" not in body:
            raise ApiError(400, "Invalid metadata")
        check_metadata_size(metadata)
        run.metadata = metadata
        self.store.touch(run)
        return json_response({"metadata": metadata})

    def result(self, req: Request) -> Response:
        run = req.env_.runs.get(req.params["runId"])
        result = execution_result(run) if run is not None and run.finished else None
        if result is None:
            raise ApiError(404, "Run either doesn't exist or is not finished")
        return json_response(result)

    def events(self, req: Request) -> Response:
        return json_response({"events": run_spans(self.found_run(req), self.store.now())})

    def reset_idempotency_key(self, req: Request) -> Response:
        body = req.json_object()
        task = body.get("taskIdentifier")
        if not isinstance(task, str):
            raise ApiError(400, "Invalid request body", issues=[{"path": ["taskIdentifier"], "message": "Required"}])
        run_id = req.env_.idempotent_runs.pop((task, req.params["key"]), None)
        if run_id is None:
            # v3/services/resetIdempotencyKey.server.ts
            raise ApiError(404, f"No runs found with idempotency key: {req.params['key']} and task: {task}")
        run = req.env_.runs[run_id]
        run.idempotency_key = run.idempotency_expires_at = None
        self.store.touch(run)
        return json_response({"id": req.params["key"]})


def apply_metadata_operation(metadata: dict[str, Any], op: Any) -> dict[str, Any]:
    """Apply one of the SDK's metadata operations (update/set/delete/append/remove/increment)."""
    if not isinstance(op, dict) or op.get("type") not in ("update", "set", "delete", "append", "remove", "increment"):
        raise ApiError(400, "Invalid metadata")
    kind, key, value = op["type"], op.get("key"), op.get("value")
    if kind == "update":
        return dict(value) if isinstance(value, dict) else metadata
    if not isinstance(key, str):
        raise ApiError(400, "Invalid metadata")
    current = metadata.get(key)
    if kind == "set":
        metadata[key] = value
    elif kind == "delete":
        metadata.pop(key, None)
    elif kind == "append":
        metadata[key] = [*(current if isinstance(current, list) else [] if current is None else [current]), value]
    elif kind == "remove" and isinstance(current, list):
        metadata[key] = [item for item in current if item != value]
    elif kind == "increment":
        metadata[key] = (current if isinstance(current, (int, float)) else 0) + (value or 0)
    return metadata
