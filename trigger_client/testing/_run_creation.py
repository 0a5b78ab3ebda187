"""Creating runs: the trigger body's rules (size, idempotency, delay, ttl, tags, machine, queue) and the new run."""

from __future__ import annotations

import json
from typing import Any

from ._clock import parse_duration, parse_instant
from ._concurrency import check_trigger_concurrency
from ._http import ApiError
from ._packets import STORE_TYPE, offload_payload, stored_payload
from ._queues import ensure_queue, queue_key
from ._state import Environment, Run, Settings, Store

# TASK_RUN_METADATA_MAXIMUM_SIZE (env.server.ts)
METADATA_MAXIMUM_BYTES = 262_144
IDEMPOTENCY_DEFAULT_TTL = 30 * 86400.0
MAX_TAGS = 10
MACHINES = ("micro", "small-1x", "small-2x", "medium-1x", "medium-2x", "large-1x", "large-2x")
# shouldIdempotencyKeyBeCleared (webapp v3/taskStatus.ts): the failed statuses and EXPIRED, not CANCELED.
CLEARS_IDEMPOTENCY_KEY = frozenset({"FAILED", "CRASHED", "SYSTEM_FAILURE", "TIMED_OUT", "EXPIRED"})


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


def check_metadata_size(metadata: Any) -> None:
    """413 when the JSON-serialized metadata exceeds the limit (MetadataTooLargeError, webapp utils/packets.ts)."""
    size = len(json.dumps(metadata, separators=(",", ":"), ensure_ascii=False).encode())
    if size > METADATA_MAXIMUM_BYTES:
        raise ApiError(413, f"Metadata exceeds maximum size of {METADATA_MAXIMUM_BYTES} bytes")


class RunFactory:
    """Creates runs by the trigger routes' rules; :class:`~._runs.RunService` serves the routes on top of it."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def live_idempotent_run(self, env: Environment, task: str, key: Any) -> Run | None:
        """The run of ``task`` holding idempotency key ``key`` until it expires, whatever its status."""
        if not isinstance(key, str) or not key:
            return None
        run = env.runs.get(env.idempotent_runs.get((task, key), ""))
        now = self.store.now()
        return run if run is not None and (run.idempotency_expires_at or now + 1) > now else None

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
        check_trigger_concurrency(options)
        raw = body.get("payload")
        if len(json.dumps(raw).encode()) > self.settings.max_payload_bytes:
            raise ApiError(413, f"Payload is too large. Max size is {self.settings.max_payload_bytes} bytes")
        now = self.store.now()
        key = options.get("idempotencyKey")
        if key is not None and not isinstance(key, str):
            raise ApiError(400, "Invalid request body", issues=[{"path": ["options", "idempotencyKey"]}])
        if key:
            cached = self.live_idempotent_run(env, task, key)
            if cached is not None:
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
        delay_until = _delay(options.get("delay"), now)
        # runEngine/services/triggerTask.server.ts: a dev run without a ttl gets "10m".
        ttl = options.get("ttl") if options.get("ttl") is not None else ("10m" if env.slug == "dev" else None)
        ttl_seconds = parse_ttl(ttl)
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

    def create_failed_run(self, env: Environment, task: str, batch_id: str, error: dict[str, Any]) -> Run:
        """A batch item's run that failed before it started: SYSTEM_FAILURE with ``error``, an INTERNAL_ERROR
        (runEngine/services/triggerFailedTask.server.ts, run-engine createFailedTaskRun)."""
        now = self.store.now()
        run = Run(
            id=self.store.new_id("run_"),
            seq=self.store.next_seq(),
            env=env,
            task=task,
            status="SYSTEM_FAILURE",
            payload={},
            payload_type="application/json",
            raw_payload="{}",
            options={},
            created_at=now,
            updated_at=now,
            queue=queue_key(task, "task"),
            max_attempts=1,
            finished_at=now,
            error=error,
            batch_id=batch_id,
            trigger_function="batchTrigger",
        )
        env.runs[run.id] = run
        self.store.touch(run)
        return run


def _delay(value: Any, now: float) -> float | None:
    if value in (None, ""):
        return None
    instant = parse_instant(value, now)
    if instant is None:
        # runEngine/services/triggerTask.server.ts: ServiceValidationError, answered 422 by the trigger route.
        raise ApiError(422, f"Invalid delay {value}")
    return instant


def parse_ttl(ttl: Any) -> float | None:
    """The TTL in seconds: a non-negative integer or a duration string (TriggerTaskRequestBody); the run
    engine ignores a string it cannot parse (run-engine systems/enqueueSystem.ts parseNaturalLanguageDuration)."""
    if ttl is None:
        return None
    if isinstance(ttl, str):
        return parse_duration(ttl) or None
    if isinstance(ttl, bool) or not isinstance(ttl, int) or ttl < 0:
        raise ApiError(400, "Invalid request body", issues=[{"path": ["options", "ttl"]}])
    return float(ttl) or None
