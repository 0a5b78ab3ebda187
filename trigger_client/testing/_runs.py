"""Runs: triggering, listing, retrieving and the run actions (cancel, replay, reschedule, tags, metadata)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ._auth import authorize, authorize_any, jwt_headers, scope_allows, unspent_token
from ._clock import iso, parse_duration, parse_instant
from ._http import ApiError, Request, Response, Router, json_response, not_found
from ._packets import STORE_TYPE, offload_payload, presigned_url, stored_payload
from ._pagination import cursor_page
from ._queues import ensure_queue, queue_key
from ._state import Environment, Run, Settings, Store

CURRENT_API_VERSION = "2025-07-16"
# TASK_RUN_METADATA_MAXIMUM_SIZE (env.server.ts); RUN_UPDATABLE_WINDOW_MS (services/metadata/updateMetadata.server.ts)
METADATA_MAXIMUM_BYTES = 262_144
METADATA_UPDATABLE_SECONDS = 3600.0
IDEMPOTENCY_DEFAULT_TTL = 30 * 86400.0
MAX_TAGS = 10
MACHINES = ("micro", "small-1x", "small-2x", "medium-1x", "medium-2x", "large-1x", "large-2x")

# Legacy names (sent to clients without the API version header) for current statuses.
_LEGACY_STATUS = {"DEQUEUED": "EXECUTING", "WAITING": "FROZEN"}
# Status filter values of either naming, mapped to the statuses stored here.
STATUS_FILTER = {
    **{s: s for s in ("PENDING_VERSION", "DELAYED", "QUEUED", "DEQUEUED", "EXECUTING", "WAITING", "COMPLETED")},
    **{s: s for s in ("CANCELED", "FAILED", "CRASHED", "SYSTEM_FAILURE", "EXPIRED", "TIMED_OUT")},
    "WAITING_FOR_DEPLOY": "PENDING_VERSION",
    "REATTEMPTING": "EXECUTING",
    "FROZEN": "WAITING",
    "INTERRUPTED": "FAILED",
}
# shouldIdempotencyKeyBeCleared (webapp v3/taskStatus.ts): the failed statuses and EXPIRED, not CANCELED.
CLEARS_IDEMPOTENCY_KEY = frozenset({"FAILED", "CRASHED", "SYSTEM_FAILURE", "TIMED_OUT", "EXPIRED"})
_COMPLETED_FLAG = frozenset({"COMPLETED", "CANCELED", "FAILED", "CRASHED", "SYSTEM_FAILURE"})


def decode_payload(raw: Any, payload_type: str) -> Any:
    """The JSON value behind a serialized payload (superjson keeps only its ``json`` part)."""
    if not isinstance(raw, str) or payload_type in ("text/plain", "application/store"):
        return raw
    try:
        value = json.loads(raw)
    except ValueError:
        raise ApiError(400, f"Invalid payload: not valid {payload_type}") from None
    if payload_type == "application/super+json":
        return value.get("json") if isinstance(value, dict) else value
    return value


def normalize_tags(value: Any, status: int) -> list[str]:
    tags = [value] if isinstance(value, str) else value
    if tags is None:
        return []
    if not isinstance(tags, list) or not all(isinstance(t, str) and len(t) <= 128 for t in tags):
        raise ApiError(status, "Invalid tags: expected strings of at most 128 characters")
    return list(dict.fromkeys(tags))


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
            data["error"] = run.error
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


def execution_result(run: Run) -> dict[str, Any]:
    """``TaskRunExecutionResult`` of a finished run (output serialized as a JSON string)."""
    usage = {"durationMs": duration_ms(run)}
    if run.status == "COMPLETED":
        output = json.dumps(run.output, separators=(",", ":")) if run.has_output else None
        return _drop_none(
            {"ok": True, "id": run.id, "output": output, "outputType": "application/json", "usage": usage}
        ) | {"taskIdentifier": run.task}
    error = {"type": "BUILT_IN_ERROR", "name": "Error", "message": run.status, "stackTrace": ""}
    if run.error:
        error.update(run.error)
    return {"ok": False, "id": run.id, "error": error, "usage": usage, "taskIdentifier": run.task}


class RunService:
    """Creates runs and serves the run routes."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
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
        router.add("GET", "/api/v1/runs/{runId}/metadata", self.get_metadata, in_spec=False)
        router.add("GET", "/api/v1/runs/{runId}/result", self.result)
        router.add("GET", "/api/v1/runs/{runId}/events", self.events, auth="env_or_public")
        router.add("GET", "/api/v1/runs/{runId}/trace", self.trace, auth="env_or_public")
        router.add("POST", "/api/v1/idempotencyKeys/{key}/reset", self.reset_idempotency_key)

    # --- creation -----------------------------------------------------------------------------

    def create_run(
        self,
        env: Environment,
        task: str,
        body: Any,
        *,
        batch_id: str | None = None,
        trigger_function: str = "trigger",
        schedule_id: str | None = None,
    ) -> tuple[Run, bool]:
        """Validate a trigger body and create (or, for a live idempotency key, find) the run."""
        if not isinstance(body, dict):
            raise ApiError(400, "Invalid request body")
        options = body.get("options") or {}
        if not isinstance(options, dict):
            raise ApiError(400, "Invalid request body", issues=[{"path": ["options"], "message": "Expected object"}])
        raw = body.get("payload")
        if len(json.dumps(raw).encode()) > self.settings.max_payload_bytes:
            raise ApiError(413, f"Payload is too large. Max size is {self.settings.max_payload_bytes} bytes")
        now = self.store.now()
        key = options.get("idempotencyKey")
        if key is not None and not isinstance(key, str):
            raise ApiError(400, "Invalid request body", issues=[{"path": ["options", "idempotencyKey"]}])
        if key:
            cached = env.runs.get(env.idempotent_runs.get((task, key), ""))
            if cached is not None and (cached.idempotency_expires_at or now + 1) > now:
                if cached.status not in CLEARS_IDEMPOTENCY_KEY:
                    return cached, True
                # A failed or expired run gives its key up to a new run (runEngine/concerns/idempotencyKeys.server.ts).
                cached.idempotency_key = cached.idempotency_expires_at = None
        if options.get("machine") is not None and options["machine"] not in MACHINES:
            raise ApiError(400, f"Invalid machine preset: {options['machine']!r}")
        payload_type = options.get("payloadType") or "application/json"
        payload = decode_payload(raw, payload_type)
        packet = stored_payload(env, raw) if payload_type == STORE_TYPE else None
        if packet is not None:
            # An offloaded payload: the task gets the uploaded data, decoded by its content type.
            payload = decode_payload(*packet)
        raw_tags = options.get("tags")
        if isinstance(raw_tags, list) and len(raw_tags) > MAX_TAGS:
            # runEngine/validators/triggerTaskValidator.ts validateTags; the trigger route answers it 422.
            raise ApiError(422, f"Runs can only have {MAX_TAGS} tags, you're trying to set {len(raw_tags)}.")
        tags = [t for t in normalize_tags(raw_tags, 400) if t.strip()]
        delay_until = self._delay(options.get("delay"), now)
        # runEngine/services/triggerTask.server.ts: a dev run without a ttl gets "10m".
        ttl = options.get("ttl") if options.get("ttl") is not None else ("10m" if env.slug == "dev" else None)
        ttl_seconds = self._ttl_seconds(ttl)
        queue_opt = options["queue"] if isinstance(options.get("queue"), dict) else {}
        queue = ensure_queue(
            self.store, env, queue_opt.get("name") or task, "custom" if queue_opt.get("name") else "task"
        )
        if isinstance(queue_opt.get("concurrencyLimit"), int):
            queue.base_limit = queue_opt["concurrencyLimit"]
        definition = self.settings.tasks.get(task)
        max_attempts = options.get("maxAttempts") or (definition and definition.max_attempts)
        metadata = options.get("metadata")
        if metadata is not None:
            check_metadata_size(metadata)
        run = Run(
            id=self.store.new_id("run_"),
            seq=self.store.next_seq(),
            env=env,
            task=task,
            status="DELAYED" if delay_until and delay_until > now else "QUEUED",
            payload=payload,
            payload_type=payload_type,
            raw_payload=raw,
            options=options,
            created_at=now,
            updated_at=now,
            queue=queue_key(queue.name, queue.type),
            max_attempts=int(max_attempts or self.settings.default_max_attempts),
            tags=tags,
            metadata=metadata if isinstance(metadata, dict) else None,
            delay_until=delay_until if delay_until and delay_until > now else None,
            ttl=ttl,
            is_test=bool(options.get("test")),
            version=env.current_deployment.version if env.current_deployment else None,
            trigger_function=trigger_function,
            batch_id=batch_id,
            schedule_id=schedule_id,
        )
        stored = offload_payload(env, run.id, raw, payload_type)
        if stored is not None:  # a replay copies the stored reference, as the server's does
            run.raw_payload, run.payload_type, options["payloadType"] = stored, STORE_TYPE, STORE_TYPE
        if ttl_seconds is not None:
            run.expires_at = (run.delay_until or now) + ttl_seconds
        if key:
            key_ttl = parse_duration(str(options.get("idempotencyKeyTTL") or "")) or IDEMPOTENCY_DEFAULT_TTL
            run.idempotency_key, run.idempotency_expires_at = key, now + key_ttl
            env.idempotent_runs[(task, key)] = run.id
        env.runs[run.id] = run
        self.store.touch(run)
        return run, False

    @staticmethod
    def _delay(value: Any, now: float) -> float | None:
        if value in (None, ""):
            return None
        instant = parse_instant(value, now)
        if instant is None:
            # runEngine/services/triggerTask.server.ts: ServiceValidationError, answered 422 by the trigger route.
            raise ApiError(422, f"Invalid delay {value}")
        return instant

    @staticmethod
    def _ttl_seconds(ttl: Any) -> float | None:
        """The TTL in seconds: a non-negative integer or a duration string (TriggerTaskRequestBody); the run
        engine ignores a string it cannot parse (run-engine systems/enqueueSystem.ts parseNaturalLanguageDuration)."""
        if ttl is None:
            return None
        if isinstance(ttl, str):
            return parse_duration(ttl) or None
        if isinstance(ttl, bool) or not isinstance(ttl, int) or ttl < 0:
            raise ApiError(400, "Invalid request body", issues=[{"path": ["options", "ttl"]}])
        return float(ttl) or None

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

    def replay_run(self, run: Run, region: str | None = None) -> Run:
        """A new run of the same task (``region`` overrides the original's).

        v3/services/replayTaskRun.server.ts copies the payload, tags, metadata, queue, test flag, concurrency key
        and machine; delay, ttl, idempotency key, max attempts, priority and version are not carried over.
        """
        copied = ("payloadType", "queue", "test", "concurrencyKey", "machine")
        options = {k: run.options[k] for k in copied if run.options.get(k) is not None}
        options.update(tags=list(run.tags), metadata=run.metadata)
        if region is not None:
            options["region"] = region
        new_run, _ = self.create_run(run.env, run.task, {"payload": run.raw_payload, "options": options})
        return new_run

    def cancel(self, req: Request) -> Response:
        # routes/api.v2.runs.$runParam.cancel.ts: write on the run or its task, checked before the 404.
        found = req.env_.runs.get(req.params["runId"])
        resources: list[tuple[str, str | None]] = [("runs", req.params["runId"])]
        authorize_any(req, "write", resources + ([("tasks", found.task)] if found else []))
        run = self.get_run(req)
        self.cancel_run(run)
        return json_response({"id": run.id})

    def replay(self, req: Request) -> Response:
        run = self.get_run(req)
        try:
            new_run = self.replay_run(run)
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
        ttl_seconds = self._ttl_seconds(run.ttl)
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

    def get_metadata(self, req: Request) -> Response:
        return json_response({"metadata": self.get_run(req).metadata or {}})

    def result(self, req: Request) -> Response:
        run = req.env_.runs.get(req.params["runId"])
        if run is None or not run.finished:
            raise ApiError(404, "Run either doesn't exist or is not finished")
        return json_response(execution_result(run))

    def _spans(self, run: Run) -> list[dict[str, Any]]:
        """One root span for the run and one child span per attempt."""
        end = run.finished_at or self.store.now()
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

    def events(self, req: Request) -> Response:
        return json_response({"events": self._spans(self.found_run(req))})

    def trace(self, req: Request) -> Response:
        run = self.found_run(req)
        root, *children = self._spans(run)

        def span(event: dict[str, Any]) -> dict[str, Any]:
            data = {k: event.get(k) for k in ("message", "taskSlug", "startTime", "duration", "isError")}
            data.update({k: event.get(k) for k in ("isPartial", "isCancelled", "level", "attemptNumber")})
            data["events"] = event.get("events") or []
            return {"id": event["spanId"], "parentId": event["parentId"], "runId": run.id, "data": data}

        return json_response(
            {
                "trace": {
                    "traceId": run.id.replace("run_", "").ljust(32, "0")[:32],
                    "rootSpan": {**span(root), "children": [span(c) | {"children": []} for c in children]},
                }
            }
        )

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


def check_metadata_size(metadata: Any) -> None:
    """413 when the JSON-serialized metadata exceeds the limit (MetadataTooLargeError, webapp utils/packets.ts)."""
    size = len(json.dumps(metadata, separators=(",", ":"), ensure_ascii=False).encode())
    if size > METADATA_MAXIMUM_BYTES:
        raise ApiError(413, f"Metadata exceeds maximum size of {METADATA_MAXIMUM_BYTES} bytes")


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
