"""Waitpoint tokens: create (idempotent), list, retrieve, complete, and the unauthenticated callback."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from ._auth import authorize, jwt_headers
from ._clock import iso, parse_duration, parse_instant
from ._http import ApiError, Request, Response, Router, json_response
from ._pagination import cursor_page
from ._run_creation import normalize_tags
from ._state import Environment, Settings, Store, Waitpoint

_IDEMPOTENCY_DEFAULT_TTL = 30 * 86400.0


def _callback_hash(env: Environment, waitpoint_id: str) -> str:
    return hmac.new(env.api_key.encode(), waitpoint_id.encode(), hashlib.sha256).hexdigest()[:40]


class WaitpointRoutes:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def register(self, router: Router) -> None:
        base = "/api/v1/waitpoints/tokens"
        # maxContentLength 10 KB (routes/api.v1.waitpoints.tokens.ts).
        router.add("POST", base, self.create, max_body=10 * 1024)
        router.add("GET", base, self.list)
        router.add("GET", base + "/{waitpointId}", self.retrieve)
        # allowJWT, action "write" on the waitpoint (routes/api.v1.waitpoints.tokens.$waitpointFriendlyId.complete.ts).
        router.add("POST", base + "/{waitpointId}/complete", self.complete, auth="env_or_public", max_body=3_145_728)
        router.add("POST", base + "/{waitpointId}/callback/{callbackHash}", self.callback, auth="none")

    def _url(self, req: Request, token: Waitpoint) -> str:
        host = req.header("host")
        base = f"http://{host}" if host else self.settings.base_url
        return f"{base}/api/v1/waitpoints/tokens/{token.id}/callback/{token.callback_hash}"

    def _present(self, req: Request, token: Waitpoint, *, with_output: bool) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": token.id,
            "url": self._url(req, token),
            "status": token.status,
            "idempotencyKey": token.idempotency_key,
            "idempotencyKeyExpiresAt": iso(token.idempotency_expires_at),
            "timeoutAt": iso(token.timeout_at),
            "completedAt": iso(token.completed_at),
            "tags": token.tags,
            "createdAt": iso(token.created_at),
        }
        if with_output and token.status != "WAITING":
            data.update(output=token.output, outputType="application/json", outputIsError=token.output_is_error)
        return {k: v for k, v in data.items() if v is not None}

    def create(self, req: Request) -> Response:
        env, body, now = req.env_, req.json_object(optional=True), self.store.now()
        key = body.get("idempotencyKey")
        tags = normalize_tags(body.get("tags"), 422)
        if len(tags) > 10:
            # MAX_TAGS_PER_WAITPOINT (models/waitpointTag.server.ts); 422 from routes/api.v1.waitpoints.tokens.ts.
            raise ApiError(422, f"Waitpoints can only have 10 tags, you're trying to set {len(tags)}.")
        timeout_at = None
        if body.get("timeout") is not None:
            timeout_at = parse_instant(body["timeout"], now)
            if timeout_at is None:
                raise ApiError(422, f"Invalid timeout: {body['timeout']!r}")
        token = None
        if isinstance(key, str) and key:
            token = next(
                (
                    t
                    for t in env.waitpoints.values()
                    if t.idempotency_key == key and (t.idempotency_expires_at or now + 1) > now
                ),
                None,
            )
        cached = token is not None
        if token is None:
            token_id = self.store.new_id("waitpoint_")
            token = Waitpoint(
                id=token_id,
                seq=self.store.next_seq(),
                callback_hash=_callback_hash(env, token_id),
                created_at=now,
                tags=tags,
                timeout_at=timeout_at,
            )
            if isinstance(key, str) and key:
                ttl = parse_duration(str(body.get("idempotencyKeyTTL") or "")) or _IDEMPOTENCY_DEFAULT_TTL
                token.idempotency_key, token.idempotency_expires_at = key, now + ttl
            env.waitpoints[token.id] = token
            self.store.touch()
        headers = jwt_headers(env, [f"write:waitpoints:{token.id}"], now, 86400)
        return json_response({"id": token.id, "isCached": cached, "url": self._url(req, token)}, headers=headers)

    def list(self, req: Request) -> Response:
        now = self.store.now()
        tokens = sorted(req.env_.waitpoints.values(), key=lambda t: -t.seq)
        statuses = (req.arg("filter[status]") or "").split(",")
        statuses = [s for s in statuses if s]
        if any(s not in ("WAITING", "COMPLETED", "TIMED_OUT") for s in statuses):
            raise ApiError(422, "Invalid filter[status]")
        tags = [t for t in (req.arg("filter[tags]") or "").split(",") if t]
        key = req.arg("filter[idempotencyKey]")
        lower = parse_instant(req.arg("filter[createdAt][from]"), now) if req.arg("filter[createdAt][from]") else None
        upper = parse_instant(req.arg("filter[createdAt][to]"), now) if req.arg("filter[createdAt][to]") else None
        period = parse_duration(req.arg("filter[createdAt][period]") or "")
        if period is not None:
            lower = max(lower or 0.0, now - period)
        tokens = [
            t
            for t in tokens
            if (not statuses or t.status in statuses)
            and (not tags or set(tags) & set(t.tags))
            and (not key or t.idempotency_key == key)
            and (lower is None or t.created_at >= lower)
            and (upper is None or t.created_at <= upper)
        ]
        return json_response(
            cursor_page(tokens, req, lambda t: self._present(req, t, with_output=False), lambda t: t.id)
        )

    def _get(self, env: Environment, waitpoint_id: str) -> Waitpoint:
        token = env.waitpoints.get(waitpoint_id)
        if token is None:
            raise ApiError(404, "Waitpoint not found")
        return token

    def retrieve(self, req: Request) -> Response:
        token = req.env_.waitpoints.get(req.params["waitpointId"])
        if token is None:
            # presenters/v3/ApiWaitpointPresenter.server.ts throws "Waitpoint not found"; the route lets it reach
            # the route builder, which answers every thrown error 500 (services/routeBuilders/apiBuilder.server.ts).
            raise ApiError(500, "Internal Server Error")
        return json_response(self._present(req, token, with_output=True))

    def _complete(self, token: Waitpoint, data: Any) -> Response:
        if token.status == "WAITING":
            token.status, token.completed_at = "COMPLETED", self.store.now()
            token.output = json.dumps(data, separators=(",", ":"))
            self.store.touch()
        return json_response({"success": True})

    def complete(self, req: Request) -> Response:
        authorize(req, "write", "waitpoints", [req.params["waitpointId"]])
        token = self._get(req.env_, req.params["waitpointId"])
        return self._complete(token, req.json_object(optional=True).get("data"))

    def callback(self, req: Request) -> Response:
        waitpoint_id = req.params["waitpointId"]
        for project in self.store.projects.values():
            for env in project.environments.values():
                token = env.waitpoints.get(waitpoint_id)
                if token is not None:
                    if not hmac.compare_digest(token.callback_hash, req.params["callbackHash"]):
                        raise ApiError(401, "Invalid URL, hash doesn't match")
                    return self._complete(token, req.json(optional=True))
        raise ApiError(404, "Waitpoint not found")
