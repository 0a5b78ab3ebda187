"""Realtime endpoints: Electric-compatible shape long-polls for runs, tags and batches, and SSE run streams.

Like the real server, rows carry internal status names and zone-less timestamps, every column value is text
decoded by ``electric-schema``, and updates carry only the columns that changed. Each shape handle keeps an
append-only log, so a client retrying at the same offset gets the same changes again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ._auth import authorize_any
from ._clock import parse_duration
from ._http import ApiError, Request, Response, Router, json_response, not_found
from ._packets import STORE_TYPE
from ._run_views import duration_ms
from ._state import Run, Settings, Store

# Public status (as the emulator stores it) → internal status (as realtime rows carry it).
INTERNAL_STATUS = {
    "DELAYED": "DELAYED",
    "PENDING_VERSION": "PENDING_VERSION",
    "QUEUED": "PENDING",
    "DEQUEUED": "DEQUEUED",
    "EXECUTING": "EXECUTING",
    "WAITING": "WAITING_TO_RESUME",
    "COMPLETED": "COMPLETED_SUCCESSFULLY",
    "CANCELED": "CANCELED",
    "FAILED": "COMPLETED_WITH_ERRORS",
    "CRASHED": "CRASHED",
    "SYSTEM_FAILURE": "SYSTEM_FAILURE",
    "EXPIRED": "EXPIRED",
    "TIMED_OUT": "TIMED_OUT",
}
_TEXT = {"type": "text"}
_TIME = {"type": "timestamp"}
SCHEMA: dict[str, dict[str, Any]] = {
    "id": _TEXT,
    "taskIdentifier": _TEXT,
    "friendlyId": _TEXT,
    "status": _TEXT,
    "createdAt": _TIME,
    "updatedAt": _TIME,
    "startedAt": _TIME,
    "delayUntil": _TIME,
    "queuedAt": _TIME,
    "expiredAt": _TIME,
    "completedAt": _TIME,
    "number": {"type": "int4"},
    "isTest": {"type": "bool"},
    "usageDurationMs": {"type": "int4"},
    "costInCents": {"type": "float8"},
    "baseCostInCents": {"type": "float8"},
    "ttl": _TEXT,
    "idempotencyKey": _TEXT,
    "payload": _TEXT,
    "payloadType": _TEXT,
    "metadata": _TEXT,
    "metadataType": _TEXT,
    "output": _TEXT,
    "outputType": _TEXT,
    "runTags": {"type": "text", "dims": 1},
    "error": {"type": "jsonb"},
    "realtimeStreams": {"type": "text", "dims": 1},
}
NEVER_SKIPPED = frozenset({"id", "taskIdentifier", "friendlyId", "status", "createdAt"})
MAX_CREATED_AT_AGE = 86400.0  # the server's REALTIME_MAXIMUM_CREATED_AT_FILTER_AGE_IN_MS default


def _timestamp(ts: float | None) -> str | None:
    if ts is None:
        return None
    moment = datetime.fromtimestamp(ts, tz=timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}"


def _pg_array(items: list[str]) -> str:
    quoted = ('"' + item.replace("\\", "\\\\").replace('"', '\\"') + '"' for item in items)
    return "{" + ",".join(quoted) + "}"


def _error(error: dict[str, Any] | None) -> str | None:
    if error is None:
        return None
    built_in = {"type": "BUILT_IN_ERROR", "name": error.get("name", "Error"), "message": error.get("message", "")}
    if error.get("stackTrace"):
        built_in["stackTrace"] = error["stackTrace"]
    if error.get("causes"):
        built_in["causes"] = error["causes"]  # TaskRunBuiltInError.causes (@trigger.dev/core 4.8.3 schemas/common.js)
    return json.dumps(built_in)


def row(run: Run) -> dict[str, str | None]:
    """A run as the TaskRun shape row: every value text (or null), as Electric sends it."""
    return {
        "id": "cm" + run.id.removeprefix("run_"),
        "taskIdentifier": run.task,
        "friendlyId": run.id,
        "status": INTERNAL_STATUS.get(run.status, run.status),
        "createdAt": _timestamp(run.created_at),
        "updatedAt": _timestamp(run.updated_at),
        "startedAt": _timestamp(run.started_at),
        "delayUntil": _timestamp(run.delay_until),
        "queuedAt": _timestamp(run.created_at),
        "expiredAt": _timestamp(run.expired_at),
        "completedAt": _timestamp(run.finished_at),
        "number": str(run.seq),
        "isTest": "true" if run.is_test else "false",
        "usageDurationMs": str(duration_ms(run)),
        "costInCents": "0",
        "baseCostInCents": "0",
        "ttl": None if run.ttl is None else str(run.ttl),
        "idempotencyKey": run.idempotency_key,
        "payload": run.raw_payload if isinstance(run.raw_payload, str) else json.dumps(run.raw_payload),
        "payloadType": run.payload_type,
        "metadata": None if run.metadata is None else json.dumps(run.metadata),
        "metadataType": None if run.metadata is None else "application/json",
        # The row holds what the run stored: an uploaded output is its storage path (_packets.offload_output).
        "output": run.output_path or (json.dumps(run.output) if run.has_output else None),
        "outputType": STORE_TYPE if run.output_path else "application/json" if run.has_output else None,
        "runTags": _pg_array(run.tags),
        "error": _error(run.error),
        "realtimeStreams": _pg_array(list(run.streams)),
    }


def _key(data: dict[str, str | None]) -> str:
    return f'"public"."TaskRun"/"{data["id"]}"'


@dataclass
class Shape:
    """One shape handle: which runs it covers and the log of changes sent for them."""

    handle: str
    matches: Callable[[Run], bool]
    skip: frozenset[str]
    log: list[dict[str, Any]] = field(default_factory=list)
    sent: dict[str, dict[str, str | None]] = field(default_factory=dict)
    expired: bool = False

    def catch_up(self, runs: list[Run]) -> None:
        """Append an insert for each new matching run and an update (changed columns only) for each changed one."""
        for run in runs:
            if not self.matches(run):
                continue
            data = {k: v for k, v in row(run).items() if k not in self.skip}
            previous = self.sent.get(run.id)
            if previous is None:
                self.log.append({"key": _key(data), "value": data, "headers": {"operation": "insert"}})
            else:
                changed = {k: v for k, v in data.items() if previous.get(k) != v}
                if not changed:
                    continue
                value = {"id": data["id"], **changed}
                self.log.append({"key": _key(data), "value": value, "headers": {"operation": "update"}})
            self.sent[run.id] = data


class RealtimeRoutes:
    """``/realtime/v1/*`` and ``POST /api/v1/auth/jwt/claims``.

    ``hold_seconds`` is how long a ``live=true`` request waits for a change (the real server ~20 s); tests set it
    short. :meth:`expire` makes the next request of a shape answer 409 must-refetch.

    Example:
        >>> emulator.realtime.hold_seconds = 0.5  # doctest: +SKIP
    """

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self.hold_seconds = 20.0
        self.stream_version = "v2"
        self.shapes: dict[str, Shape] = {}
        self._cursor = 0

    def register(self, router: Router) -> None:
        router.add("POST", "/api/v1/auth/jwt/claims", self.claims)
        router.add("GET", "/realtime/v1/runs/{runId}", self.run_shape, auth="env_or_public", in_spec=False)
        router.add("GET", "/realtime/v1/runs", self.tag_shape, auth="env_or_public", in_spec=False)
        router.add("GET", "/realtime/v1/batches/{batchId}", self.batch_shape, auth="env_or_public", in_spec=False)
        router.add("GET", "/realtime/v1/streams/{runId}/{key}", self.stream, auth="env_or_public", in_spec=False)

    def expire(self) -> None:
        """Expire every shape handle: each subscription's next request gets 409 and refetches."""
        with self.store.lock:
            for shape in self.shapes.values():
                shape.expired = True
            self.store.changed.notify_all()  # held long polls answer 409 now

    # --- routes -------------------------------------------------------------------------------

    def claims(self, req: Request) -> Response:
        return json_response({"sub": req.env_.id, "pub": True})

    def run_shape(self, req: Request) -> Response:
        run = _readable_run(req)  # routes/realtime.v1.runs.$runId.ts
        run_id = run.id
        return self._shape(req, lambda r: r.id == run_id)

    def tag_shape(self, req: Request) -> Response:
        tags = [t for t in (req.arg("tags") or "").split(",") if t]
        if not tags or any(not t.strip() or any(c in t for c in "'\"\\{}") for t in tags):
            raise ApiError(400, "Invalid tags")
        # routes/realtime.v1.runs.ts: read on runs or tags as a whole, or on any one of the tags asked for.
        authorize_any(req, "read", [("runs", None), ("tags", None), *(("tags", t) for t in tags)])
        age = parse_duration(req.arg("createdAt") or "24h")
        if age is None:
            raise ApiError(400, f"Invalid createdAt: {req.arg('createdAt')!r}")
        # Frozen when the shape is created, as the server evaluates createdAt once per handle.
        since = self.store.now() - min(age, MAX_CREATED_AT_AGE)
        wanted = set(tags)
        return self._shape(req, lambda r: wanted <= set(r.tags) and r.created_at >= since)

    def batch_shape(self, req: Request) -> Response:
        # routes/realtime.v1.batches.$batchId.ts: a missing batch is a retryable 404 (shouldRetryNotFound: replica
        # lag); read on the batch, or on runs as a whole.
        batch_id = req.params["batchId"]
        if batch_id not in req.env_.batches:
            raise not_found(retry=True)
        authorize_any(req, "read", [("batch", batch_id), ("runs", None)])
        return self._shape(req, lambda r: r.batch_id == batch_id)

    # --- the shape protocol -------------------------------------------------------------------

    def _shape(self, req: Request, matches: Callable[[Run], bool]) -> Response:
        skip = frozenset(c for c in (req.arg("skipColumns") or "").split(",") if c) - NEVER_SKIPPED
        offset, handle = req.arg("offset"), req.arg("handle")
        shape = self.shapes.get(handle or "")
        if handle is not None and (shape is None or shape.expired):
            fresh = self._new_shape(matches, skip)
            return json_response([{"headers": {"control": "must-refetch"}}], 409, [("electric-handle", fresh.handle)])
        if offset == "-1":
            shape = shape or self._new_shape(matches, skip)
            shape.log, shape.sent = [], {}
            shape.catch_up(self._runs(req))
            return self._reply(shape, 0, live=False)
        if shape is None:
            raise ApiError(400, "The handle parameter is required when offset is not -1")
        seen = _offset_index(offset)
        if seen > len(shape.log):
            raise ApiError(400, f"Invalid offset {offset!r} for this shape")
        if req.arg("live") == "true":

            def changed() -> bool:
                shape.catch_up(self._runs(req))  # re-read on each wake-up: new runs join tag feeds
                return len(shape.log) > seen or shape.expired

            self.store.changed.wait_for(changed, self.hold_seconds)
            if shape.expired:
                fresh = self._new_shape(matches, skip)
                body = [{"headers": {"control": "must-refetch"}}]
                return json_response(body, 409, [("electric-handle", fresh.handle)])
            return self._reply(shape, seen, live=True)
        shape.catch_up(self._runs(req))
        return self._reply(shape, seen, live=False)

    def _new_shape(self, matches: Callable[[Run], bool], skip: frozenset[str]) -> Shape:
        shape = Shape(self.store.new_id("shape_", 12), matches, skip)
        self.shapes[shape.handle] = shape
        return shape

    @staticmethod
    def _runs(req: Request) -> list[Run]:
        return sorted(req.env_.runs.values(), key=lambda r: r.seq)

    def _reply(self, shape: Shape, seen: int, *, live: bool) -> Response:
        messages = [*shape.log[seen:], {"headers": {"control": "up-to-date"}}]
        offset = f"{int(self.store.now() * 1000)}_{len(shape.log)}" if shape.log else "0_0"
        headers = [("electric-handle", shape.handle), ("electric-offset", offset)]
        if live:
            self._cursor += 1
            headers.append(("electric-cursor", str(self._cursor)))
        else:
            schema = {k: v for k, v in SCHEMA.items() if k not in shape.skip}
            headers.append(("electric-schema", json.dumps(schema, separators=(",", ":"))))
        return json_response(messages, 200, headers)

    # --- SSE streams --------------------------------------------------------------------------

    def stream(self, req: Request) -> Response:
        run = _readable_run(req)  # routes/realtime.v1.streams.$runId.$streamId.ts
        key = req.params["key"]
        version = self.stream_version
        start = _resume_index(req.header("last-event-id"), version)
        if not req.header("last-event-id") and req.header("x-trigger-stream-start") == "latest":
            # Only chunks written after connecting (@trigger.dev/core 4.8.3 apiClient/runStream.js
            # STREAM_START_HEADER; sent only without Last-Event-ID).
            start = len(run.streams.get(req.params["key"], []))
        timeout = self.hold_seconds
        if req.header("timeout-seconds"):
            try:
                timeout = min(timeout, float(req.header("timeout-seconds") or ""))
            except ValueError:
                raise ApiError(400, "Invalid Timeout-Seconds") from None
        # The emulator answers with one body: it waits until the run finished (the stream is complete) or the
        # inactivity timeout passed, then sends every chunk after Last-Event-ID and ends the stream.
        self.store.changed.wait_for(lambda: run.finished, timeout)
        chunks = run.streams.get(key, [])[start:]
        now_ms = int(self.store.now() * 1000)
        lines: list[str] = []
        for index, chunk in enumerate(chunks, start):
            if version == "v2":
                body = json.dumps({"data": chunk, "id": f"part_{index}"})
                record = {"body": body, "seq_num": index, "timestamp": now_ms}
                lines.append(f"event: batch\ndata: {json.dumps({'records': [record]})}\n\n")
            else:
                lines.append(f"id: {now_ms}-{index}\ndata: {json.dumps(chunk)}\n\n")
        return Response(
            200,
            "".join(lines).encode(),
            "text/event-stream",
            [("x-stream-version", version), ("cache-control", "no-cache")],
        )


def append_stream_chunk(store: Store, run: Run, key: str, chunk: Any) -> None:
    """Record a chunk written by a task (``ctx.stream(key, chunk)``) and wake stream readers."""
    json.dumps(chunk)  # a chunk must be JSON, as on the real server
    with store.lock:
        first = key not in run.streams
        run.streams.setdefault(key, []).append(chunk)
        # The run row changes only when a new stream key appears (its realtimeStreams column).
        store.touch(run if first else None)


def _readable_run(req: Request) -> Run:
    """The run of a realtime run or stream route: 404 ``Not found`` when missing (not retried), then read on the
    run, its task, one of its tags or its batch (the routes' anyResource)."""
    run = req.env_.runs.get(req.params["runId"])
    if run is None:
        raise not_found(retry=False)
    resources: list[tuple[str, str | None]] = [("runs", run.id), ("tasks", run.task), *(("tags", t) for t in run.tags)]
    if run.batch_id:
        resources.append(("batch", run.batch_id))
    authorize_any(req, "read", resources)
    return run


def _offset_index(offset: str | None) -> int:
    try:
        return int((offset or "").rsplit("_", 1)[1])
    except (IndexError, ValueError):
        raise ApiError(400, f"Invalid offset {offset!r}") from None


def _resume_index(last_event_id: str | None, version: str) -> int:
    if not last_event_id:
        return 0
    try:
        seq = int(last_event_id.rsplit("-", 1)[-1]) if version == "v1" else int(last_event_id)
    except ValueError:
        raise ApiError(400, f"Invalid Last-Event-ID {last_event_id!r}") from None
    return seq + 1
