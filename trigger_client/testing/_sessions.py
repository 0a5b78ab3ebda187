"""Sessions: create (idempotent on externalId, first run triggered), list, retrieve, update, close.

Rules from apps/webapp/app/routes/api.v1.sessions.ts, api.v1.sessions.$session.ts and
api.v1.sessions.$session.close.ts; body limits from CreateSessionRequestBody (packages/core/src/v3/schemas/api.ts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from ._auth import authorize, authorize_any, mint_public_token, scope_allows
from ._clock import iso, parse_duration, parse_instant
from ._http import ApiError, Request, Response, Router, json_response, not_found
from ._pagination import cursor_page
from ._runs import RunService
from ._state import Store

STATUSES = ("ACTIVE", "CLOSED", "EXPIRED")
MAX_BODY_BYTES = 32 * 1024  # maxContentLength of the create and update routes
TRIGGER_OPTIONS = ("machine", "queue", "tags", "maxAttempts", "maxDuration", "lockToVersion", "region")


@dataclass
class Session:
    id: str
    seq: int
    env_id: str
    type: str
    task: str
    trigger_config: dict[str, Any]
    created_at: float
    updated_at: float
    external_id: str | None = None
    tags: list[str] = field(default_factory=list)
    metadata: dict[str, Any] | None = None
    expires_at: float | None = None
    closed_at: float | None = None
    closed_reason: str | None = None
    current_run_id: str | None = None


def _invalid(message: str) -> ApiError:
    return ApiError(400, "Invalid request body", issues=[{"message": message}])


def _text(body: dict[str, Any], key: str, low: int, high: int, *, required: bool = True) -> str | None:
    value = body.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not low <= len(value) <= high:
        raise _invalid(f"{key} must be a string of {low} to {high} characters")
    return value


def _tags(value: Any, limit: int) -> list[str]:
    if (
        not isinstance(value, list)
        or len(value) > limit
        or not all(isinstance(t, str) and len(t) <= 128 for t in value)
    ):
        raise _invalid(f"tags must be at most {limit} strings of up to 128 characters")
    return list(value)


def _date(value: Any, now: float) -> float | None:
    """``expiresAt`` as epoch seconds; 400 unless it is a date the answer can write back (years 1-9999)."""
    if value is None:
        return None
    instant = parse_instant(value, now)
    try:
        iso(instant)
    except (ValueError, OverflowError, OSError):
        instant = None
    if instant is None:
        raise _invalid("expiresAt must be an ISO 8601 date")
    return instant


class SessionRoutes:
    def __init__(self, store: Store, runs: RunService) -> None:
        self.store = store
        self.runs = runs
        self.sessions: dict[str, Session] = {}

    def register(self, router: Router) -> None:
        # Every session route takes a public JWT too (allowJWT in routes/api.v1.sessions.ts,
        # api.v1.sessions.$session.ts, api.v1.sessions.$session.close.ts), such as the session-scoped token create
        # returns (services/realtime/mintSessionToken.server.ts: read and write on the session's addressing key).
        router.add("POST", "/api/v1/sessions", self.create, auth="env_or_public")
        router.add("GET", "/api/v1/sessions", self.list, auth="env_or_public")
        router.add("GET", "/api/v1/sessions/{session}", self.retrieve, auth="env_or_public")
        router.add("PATCH", "/api/v1/sessions/{session}", self.update, auth="env_or_public")
        router.add("POST", "/api/v1/sessions/{session}/close", self.close, auth="env_or_public")

    def status(self, session: Session) -> str:
        if session.closed_at is not None:
            return "CLOSED"
        if session.expires_at is not None and session.expires_at < self.store.now():
            return "EXPIRED"
        return "ACTIVE"

    def _present(self, s: Session, *, listed: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": s.id,
            "externalId": s.external_id,
            "type": s.type,
            "taskIdentifier": s.task,
            "triggerConfig": s.trigger_config,
            "currentRunId": s.current_run_id,
            "tags": list(s.tags),
            "metadata": s.metadata,
            "closedAt": iso(s.closed_at),
            "closedReason": s.closed_reason,
            "expiresAt": iso(s.expires_at),
            "createdAt": iso(s.created_at),
            "updatedAt": iso(s.updated_at),
        }
        if listed:  # list rows omit triggerConfig and currentRunId (spec: "Omitted on list rows")
            del data["triggerConfig"], data["currentRunId"]
        return data

    def lookup(self, req: Request) -> Session | None:
        """The session the URL names in the caller's environment, or None."""
        # The route disambiguates by the `session_` prefix: friendly id, else the caller's externalId.
        key = unquote(req.params["session"])
        for s in self.sessions.values():
            if s.env_id == req.env_.id and (s.id == key if key.startswith("session_") else s.external_id == key):
                return s
        return None

    def find(self, req: Request) -> Session:
        """The session the URL names, in the caller's environment, or 404 ``Session not found``."""
        session = self.lookup(req)
        if session is None:
            raise ApiError(404, "Session not found")
        return session

    def _find_as_admin(self, req: Request) -> Session:
        """PATCH and close: ``admin`` on the session as the URL names it, checked before the lookup."""
        authorize_any(req, "admin", [("sessions", unquote(req.params["session"]))])
        return self.find(req)

    def _body(self, req: Request) -> dict[str, Any]:
        if len(req.body) > MAX_BODY_BYTES:
            raise ApiError(413, "Request body too large")
        return req.json_object()

    def create(self, req: Request) -> Response:
        body = self._body(req)
        kind = _text(body, "type", 1, 64)
        task = _text(body, "taskIdentifier", 1, 128)
        external_id = _text(body, "externalId", 1, 256, required=False)
        if external_id is not None and external_id.startswith("session_"):
            raise ApiError(422, "externalId cannot start with the reserved 'session_' prefix")
        config = body.get("triggerConfig")
        if not isinstance(config, dict) or not isinstance(config.get("basePayload"), dict):
            raise _invalid("triggerConfig.basePayload must be an object")
        # write on the body's task, or on sessions as a whole (routes/api.v1.sessions.ts).
        authorize_any(req, "write", [("tasks", str(task)), ("sessions", None)])
        env = req.env_
        existing = next(
            (s for s in self.sessions.values() if s.env_id == env.id and external_id and s.external_id == external_id),
            None,
        )
        if existing is not None:
            status = self.status(existing)
            if status != "ACTIVE":
                word = "closed" if status == "CLOSED" else "expired"
                raise ApiError(409, f"Session is {word}; use a different externalId to create a new session")
            return json_response(self._created(env, existing, cached=True), 200)
        now = self.store.now()
        expires = _date(body.get("expiresAt"), now)
        session = Session(
            id=self.store.new_id("session_"),
            seq=self.store.next_seq(),
            env_id=env.id,
            type=str(kind),
            task=str(task),
            trigger_config=dict(config),
            created_at=now,
            updated_at=now,
            external_id=external_id,
            tags=_tags(body.get("tags") or [], 10),
            metadata=body.get("metadata") if isinstance(body.get("metadata"), dict) else None,
            expires_at=expires,
        )
        options = {k: config[k] for k in TRIGGER_OPTIONS if config.get(k) is not None}
        run, _ = self.runs.create_run(env, session.task, {"payload": config["basePayload"], "options": options})
        session.current_run_id = run.id
        self.sessions[session.id] = session
        self.store.touch()
        return json_response(self._created(env, session, cached=False), 201)

    def _created(self, env: Any, session: Session, *, cached: bool) -> dict[str, Any]:
        key = session.external_id or session.id
        token = mint_public_token(env, [f"read:sessions:{key}", f"write:sessions:{key}"], self.store.now(), 3600)
        return {
            **self._present(session),
            "runId": session.current_run_id,
            "publicAccessToken": token,
            "isCached": cached,
        }

    def list(self, req: Request) -> Response:
        def values(name: str) -> set[str] | None:
            raw = req.arg(f"filter[{name}]")
            return {v for v in raw.split(",") if v} if raw else None

        wanted_status = values("status")
        if wanted_status and not wanted_status <= set(STATUSES):
            raise ApiError(400, "Query Error", details=[{"message": "Invalid status", "path": ["filter[status]"]}])
        now = self.store.now()
        bounds: list[tuple[str, float]] = []
        for bound in ("from", "to"):
            raw = req.arg(f"filter[createdAt][{bound}]")
            if raw:
                if not raw.isdigit():  # ListSessionsQueryParams: z.coerce.number().int()
                    raise ApiError(400, "Query Error", details=[{"message": "Expected number, received nan"}])
                bounds.append((bound, int(raw) / 1000))
        period = req.arg("filter[createdAt][period]")
        seconds = parse_duration(period) if period else None
        if period and seconds is None:
            raise ApiError(400, "Query Error", details=[{"message": f"Invalid period: {period}"}])
        since = None if seconds is None else now - seconds
        types, tags, tasks = values("type"), values("tags"), values("taskIdentifier")
        # routes/api.v1.sessions.ts: read on sessions or tasks as a whole, else on every task filtered by.
        broad: list[tuple[str, str | None]] = [("sessions", None), ("tasks", None)]
        if not tasks:
            authorize_any(req, "read", broad)
        elif req.scopes is not None and not any(scope_allows(req.scopes, "read", k, i) for k, i in broad):
            authorize(req, "read", "tasks", sorted(tasks))
        external_id = req.arg("filter[externalId]")

        def keep(s: Session) -> bool:
            return (
                s.env_id == req.env_.id
                and (not types or s.type in types)
                and (not tags or bool(tags & set(s.tags)))
                and (not tasks or s.task in tasks)
                and (not external_id or s.external_id == external_id)
                and (not wanted_status or self.status(s) in wanted_status)
                and (since is None or s.created_at >= since)
                and all(s.created_at >= t if b == "from" else s.created_at <= t for b, t in bounds)
            )

        rows = sorted((s for s in self.sessions.values() if keep(s)), key=lambda s: -s.seq)
        return json_response(
            cursor_page(rows, req, lambda s: self._present(s, listed=True), lambda s: s.id, default_size=20)
        )

    def retrieve(self, req: Request) -> Response:
        # A loader route: the lookup first (404 `Not found`), then read on the session's id or its externalId.
        session = self.lookup(req)
        if session is None:
            raise not_found(retry=False)
        authorize_any(req, "read", [("sessions", key) for key in (session.id, session.external_id) if key])
        return json_response(self._present(session))

    def update(self, req: Request) -> Response:
        session = self._find_as_admin(req)
        body = self._body(req)
        if "externalId" in body and body["externalId"] != session.external_id:
            raise ApiError(
                422,
                "externalId cannot be changed after creation; close this session and create a new one "
                "with the desired externalId",
            )
        if "tags" in body:
            session.tags = _tags(body["tags"], 10)
        if "metadata" in body:
            if body["metadata"] is not None and not isinstance(body["metadata"], dict):
                raise _invalid("metadata must be an object or null")
            session.metadata = body["metadata"]
        session.updated_at = self.store.now()
        self.store.touch()
        return json_response(self._present(session))

    def close(self, req: Request) -> Response:
        session = self._find_as_admin(req)
        body = req.json_object(optional=True)
        reason = body.get("reason")
        if reason is not None and (not isinstance(reason, str) or len(reason) > 256):
            raise _invalid("reason must be a string of up to 256 characters")
        # Idempotent: closing again keeps the first closedAt and reason.
        if session.closed_at is None:
            session.closed_at = session.updated_at = self.store.now()
            session.closed_reason = reason
            self.store.touch()
        return json_response(self._present(session))
