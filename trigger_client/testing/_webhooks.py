"""Hosted webhook endpoints and deliveries: list, retrieve, secret rotation and set, delivery replay.

Shapes: ``@trigger.dev/core`` 4.8.3 ``schemas/webhookApi.js``. Rules: the webapp's
``apps/webapp/app/routes/api.v1.webhooks.*.ts`` and ``presenters/v3/ApiWebhook{Endpoint,Delivery}Presenter.server.ts``,
``internal-packages/webhook-engine/src/engine/index.ts`` (``replayDelivery``) and ``app/v3/webhookEngine.server.ts``
(``triggerTask``). Endpoints and deliveries come from code and providers, so tests seed them with
:meth:`WebhookRoutes.add_endpoint` and :meth:`WebhookRoutes.add_delivery` (``emulator.webhooks``).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from typing import Any

from ._auth import authorize_any
from ._clock import iso, parse_duration, parse_instant
from ._http import ApiError, Request, Response, Router, json_response, not_found
from ._pagination import cursor_page
from ._runs import RunService
from ._state import Environment, Settings, Store
from ._webhook_state import (
    DELIVERIES_PAGE_SIZE,
    DELIVERY_STATUSES,
    MAX_PREVIOUS_SECRET_TTL,
    MAX_SECRET_LENGTH,
    Subscriber,
    WebhookDelivery,
    WebhookEndpoint,
    present_delivery,
    present_endpoint,
)


def _invalid(message: str, path: str) -> ApiError:
    return ApiError(400, "Invalid request body", issues=[{"message": message, "path": [path]}])


def _ttl(body: Mapping[str, Any]) -> int:
    """``previousSecretTtlSeconds``: an integer from 0 to 7 days (WebhookPreviousSecretTtlSeconds); 0 if absent."""
    value = body.get("previousSecretTtlSeconds", 0)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_PREVIOUS_SECRET_TTL:
        raise _invalid(
            f"previousSecretTtlSeconds must be an integer from 0 to {MAX_PREVIOUS_SECRET_TTL}",
            "previousSecretTtlSeconds",
        )
    return value


class WebhookRoutes:
    """The webhook routes and their state; ``emulator.webhooks`` seeds endpoints and deliveries.

    Example:
        >>> endpoint = emulator.webhooks.add_endpoint("stripe", tasks=["fulfill-order"])  # doctest: +SKIP
        >>> delivery = emulator.webhooks.add_delivery("stripe", {"type": "charge.refunded"})  # doctest: +SKIP
    """

    def __init__(self, store: Store, settings: Settings, runs: RunService) -> None:
        self.store = store
        self.settings = settings
        self.runs = runs
        self.endpoints: dict[str, WebhookEndpoint] = {}
        self.deliveries: dict[str, WebhookDelivery] = {}

    def register(self, router: Router) -> None:
        # Every route allows JWTs with read/write on `webhooks` (allowJWT and authorization in each route file).
        add = router.add
        add("GET", "/api/v1/webhooks/endpoints", self.list_endpoints, auth="env_or_public")
        add("GET", "/api/v1/webhooks/endpoints/{endpointId}", self.retrieve_endpoint, auth="env_or_public")
        add("POST", "/api/v1/webhooks/endpoints/{endpointId}/rotate-secret", self.rotate, auth="env_or_public")
        add("PUT", "/api/v1/webhooks/endpoints/{endpointId}/secret", self.set_secret, auth="env_or_public")
        add("GET", "/api/v1/webhooks/deliveries", self.list_deliveries, auth="env_or_public")
        add("GET", "/api/v1/webhooks/deliveries/{deliveryId}", self.retrieve_delivery, auth="env_or_public")
        add("POST", "/api/v1/webhooks/deliveries/{deliveryId}/replay", self.replay, auth="env_or_public")

    # --- seeding (the emulator's Python API) ----------------------------------------------------------------

    def _env(self, environment: str, project_ref: str | None) -> Environment:
        projects = self.store.projects
        project = projects[project_ref] if project_ref else next(iter(projects.values()))  # the default project
        return project.environments[environment]

    def add_endpoint(
        self,
        declared_id: str,
        *,
        tasks: Sequence[str] = (),
        source: str = "standard",
        secret: str | None = None,
        secret_provisioning: str = "either",
        scheme: str = "hmac",
        environment: str = "dev",
        project_ref: str | None = None,
    ) -> str:
        """Declare an endpoint as a deploy would, with ``webhook()`` tasks subscribed; returns its ``wh_`` id.

        ``scheme="asymmetric"`` makes an endpoint that verifies with a provider's public key, so it refuses a
        generated secret as the server does.
        """
        with self.store.lock:
            env, now = self._env(environment, project_ref), self.store.now()
            endpoint = WebhookEndpoint(
                id=self.store.new_id("wh_"),
                env_id=env.id,
                declared_id=declared_id,
                source=source,
                scheme=scheme,
                secret_provisioning=secret_provisioning,
                opaque_id=self.store.new_id("", 32),
                created_at=now,
                updated_at=now,
                subscribers=[Subscriber(id=task, task_id=task) for task in tasks],
                secret=secret,
            )
            self.endpoints[endpoint.id] = endpoint
            self.store.touch()
            return endpoint.id

    def add_delivery(
        self,
        endpoint: str,
        event: Any,
        *,
        status: str = "succeeded",
        headers: Mapping[str, str] | None = None,
        external_delivery_id: str | None = None,
        is_test: bool = False,
        error: str | None = None,
        filter_reason: str | None = None,
        environment: str = "dev",
        project_ref: str | None = None,
    ) -> str:
        """Record a verified event that arrived on ``endpoint`` (its ``wh_`` or declared id); returns its ``whd_``
        id. ``status`` is one of the API's delivery statuses, ``unmatched`` included."""
        if status not in DELIVERY_STATUSES:
            raise ValueError(f"status must be one of {', '.join(DELIVERY_STATUSES)}")
        with self.store.lock:
            env = self._env(environment, project_ref)
            found = self._endpoint(env, endpoint)
            if found is None:
                raise KeyError(endpoint)
            external = external_delivery_id or self.store.new_id("evt_", 16)
            delivery = self._new_delivery(found, event, dict(headers or {}), external, f"{found.source}:{external}")
            delivery.status, delivery.is_test, delivery.error = status, is_test, error
            delivery.filter_reason = filter_reason
            delivery.processed_at = None if status in ("pending", "processing") else delivery.created_at
            self.store.touch()
            return delivery.id

    def secret_is_valid(self, endpoint: str, secret: str, *, environment: str = "dev") -> bool:
        """Whether ``secret`` verifies deliveries now: the current secret, or the replaced one within its TTL."""
        with self.store.lock:
            found = self._endpoint(self._env(environment, None), endpoint)
            if found is None:
                raise KeyError(endpoint)
            if secret == found.secret:
                return True
            expires = found.previous_secret_expires_at
            return secret == found.previous_secret and expires is not None and self.store.now() < expires

    # --- presenting -----------------------------------------------------------------------------------------

    def _endpoint(self, env: Environment, key: str) -> WebhookEndpoint | None:
        # The `wh_` id or the declared id (SDK 4.8.3 docs/cli-webhooks-commands.mdx); scoped to the environment
        # so a foreign id is missing (ApiWebhookEndpointPresenter.server.ts).
        return next(
            (e for e in self.endpoints.values() if e.env_id == env.id and key in (e.id, e.declared_id)),
            None,
        )

    # --- endpoints ------------------------------------------------------------------------------------------

    def list_endpoints(self, req: Request) -> Response:
        authorize_any(req, "read", [("webhooks", None)])
        rows = [e for e in self.endpoints.values() if e.env_id == req.env_.id]
        rows.sort(key=lambda e: -e.created_at)
        rows.sort(key=lambda e: e.declared_id)  # orderBy declared id asc, then createdAt desc
        return json_response({"data": [present_endpoint(e, self.settings.base_url) for e in rows]})

    def _find_endpoint(self, req: Request, action: str) -> WebhookEndpoint:
        authorize_any(req, action, [("webhooks", None)])
        endpoint = self._endpoint(req.env_, req.params["endpointId"])
        if endpoint is None:
            # Loader routes answer the route builder's 404; the action routes their own {"error": "Not found"}.
            raise not_found(retry=False) if action == "read" else ApiError(404, "Not found")
        return endpoint

    def retrieve_endpoint(self, req: Request) -> Response:
        endpoint = self._find_endpoint(req, "read")
        subscribers = [
            {"id": s.id, "type": s.type, "taskId": s.task_id, "filter": s.filter} for s in endpoint.subscribers
        ]
        data = present_endpoint(endpoint, self.settings.base_url)
        prompt = f"Register {data['url']} with {endpoint.source} and set its signing secret."  # the emulator's text
        return json_response({**data, "subscribers": subscribers, "setupPrompt": prompt})

    def _replace_secret(self, endpoint: WebhookEndpoint, secret: str, ttl: int) -> dict[str, Any]:
        """Swap in ``secret``; the old one keeps verifying for ``ttl`` seconds, none when 0 (webhookApi.js
        WebhookPreviousSecretTtlSeconds: "Omit it or pass 0 to replace the secret immediately")."""
        now = self.store.now()
        answer: dict[str, Any] = {"id": endpoint.id, "secretSet": True}
        if ttl > 0 and endpoint.secret is not None:
            endpoint.previous_secret, endpoint.previous_secret_expires_at = endpoint.secret, now + ttl
            answer["previousSecretExpiresAt"] = iso(now + ttl)
        else:
            endpoint.previous_secret = endpoint.previous_secret_expires_at = None
        endpoint.secret, endpoint.updated_at = secret, now
        self.store.touch()
        return answer

    def rotate(self, req: Request) -> Response:
        endpoint = self._find_endpoint(req, "write")
        ttl = _ttl(req.json_object(optional=True))
        if endpoint.scheme == "asymmetric":  # rotate-secret.ts: asymmetric endpoints set a public key instead
            raise ApiError(400, "Cannot generate a secret for an asymmetric endpoint; set its public key instead.")
        secret = f"whsec_{secrets.token_hex(32)}"  # rotate-secret.ts: whsec_ + 32 random bytes in hex
        return json_response({**self._replace_secret(endpoint, secret, ttl), "secret": secret})

    def set_secret(self, req: Request) -> Response:
        endpoint = self._find_endpoint(req, "write")
        body = req.json_object()
        value = body.get("secret")
        # SetWebhookEndpointSecretRequestBody: z.string().trim().min(1).max(4096).
        if not isinstance(value, str) or not 1 <= len(value.strip()) <= MAX_SECRET_LENGTH:
            raise _invalid(f"secret must be a string of 1 to {MAX_SECRET_LENGTH} characters", "secret")
        return json_response(self._replace_secret(endpoint, value.strip(), _ttl(body)))

    # --- deliveries -----------------------------------------------------------------------------------------

    def _new_delivery(
        self, endpoint: WebhookEndpoint, event: Any, headers: dict[str, str] | None, external: str, key: str | None
    ) -> WebhookDelivery:
        """A pending delivery; without ``key`` a replay's ``replay:<id>`` (engine replayDelivery: unique, so the
        Run Engine runs it rather than deduplicating it)."""
        now, delivery_id = self.store.now(), self.store.new_id("whd_")
        delivery = WebhookDelivery(
            id=delivery_id,
            seq=self.store.next_seq(),
            env_id=endpoint.env_id,
            endpoint=endpoint,
            status="pending",
            external_delivery_id=external,
            idempotency_key=key or f"replay:{delivery_id}",
            event=event,
            headers=headers,
            is_test=False,
            created_at=now,
            updated_at=now,
        )
        self.deliveries[delivery.id] = delivery
        return delivery

    def list_deliveries(self, req: Request) -> Response:
        authorize_any(req, "read", [("webhooks", None)])
        env, now = req.env_, self.store.now()

        def values(name: str) -> list[str] | None:
            raw = req.arg(f"filter[{name}]")
            return [v for v in raw.split(",") if v] if raw else None

        statuses = values("status")
        invalid = [s for s in statuses or [] if s not in DELIVERY_STATUSES]
        if invalid:  # ApiWebhookDeliveryListSearchParams: a custom issue naming the bad values
            message = f"Invalid status values: {', '.join(invalid)}. Allowed: {', '.join(DELIVERY_STATUSES)}."
            raise ApiError(400, "Query Error", details=[{"code": "custom", "message": message}])
        endpoints = values("endpoint")
        bounds: dict[str, float] = {}
        for bound in ("from", "to"):  # CoercedDate: an unparseable date is a 400
            raw = req.arg(f"filter[{bound}]")
            if raw:
                instant = parse_instant(raw, now)
                if instant is None:
                    raise ApiError(400, "Query Error", details=[{"message": "Invalid date", "path": [bound]}])
                bounds[bound] = instant
        period = req.arg("filter[period]")
        # parseDuration of a bad period is undefined: no period filter (WebhookDeliveriesListPresenter.server.ts).
        seconds = parse_duration(period) if period else None
        since = None if seconds is None else now - seconds

        def keep(d: WebhookDelivery) -> bool:
            return (
                d.env_id == env.id
                and (not statuses or d.status in statuses)
                and (not endpoints or bool({d.endpoint.id, d.endpoint.declared_id} & set(endpoints)))
                and (since is None or d.created_at >= since)
                and ("from" not in bounds or d.created_at >= bounds["from"])
                and ("to" not in bounds or d.created_at <= bounds["to"])
            )

        rows = sorted((d for d in self.deliveries.values() if keep(d)), key=lambda d: -d.seq)  # newest first
        return json_response(
            cursor_page(rows, req, present_delivery, lambda d: d.id, default_size=DELIVERIES_PAGE_SIZE)
        )

    def _find_delivery(self, req: Request, action: str) -> WebhookDelivery:
        authorize_any(req, action, [("webhooks", None)])
        delivery = self.deliveries.get(req.params["deliveryId"])
        if delivery is None or delivery.env_id != req.env_.id:
            raise not_found(retry=False) if action == "read" else ApiError(404, "Not found")
        return delivery

    def retrieve_delivery(self, req: Request) -> Response:
        return json_response(present_delivery(self._find_delivery(req, "read"), detail=True))

    def replay(self, req: Request) -> Response:
        original = self._find_delivery(req, "write")
        endpoint = original.endpoint
        target_id = req.arg("targetId")
        subscribers = [s for s in endpoint.subscribers if s.type == "task"]
        if target_id:
            # SDK 4.8.3 docs/webhooks/deliveries.mdx: `targetId` reaches that one subscriber past its filter. An
            # unknown one has no documented answer; the emulator refuses it rather than replaying to nobody.
            subscribers = [s for s in subscribers if s.id == target_id]
            if not subscribers:
                raise ApiError(400, f"No subscriber {target_id!r} on this delivery's endpoint")
        # engine replayDelivery: a NEW delivery with the stored event and headers, sharing the external id.
        delivery = self._new_delivery(endpoint, original.event, original.headers, original.external_delivery_id, None)
        self._route(req.env_, delivery, subscribers)
        return json_response({"deliveryId": delivery.id, "replayedFrom": original.id})

    def _route(self, env: Environment, delivery: WebhookDelivery, subscribers: list[Subscriber]) -> None:
        """Start each subscriber's task with the ``{event, headers}`` envelope (webhookEngine.server.ts triggerTask).

        The server routes on a worker after answering; the emulator routes at once, so the new delivery is
        settled when the replay returns. Subscriber filters are not evaluated.
        """
        for subscriber in subscribers:
            payload = {"event": delivery.event, "headers": delivery.headers or {}}
            run, _ = self.runs.create_run(env, subscriber.task_id, {"payload": payload, "options": {}})
            delivery.targets.append(
                {
                    "id": subscriber.id,
                    "type": "task",
                    "status": "succeeded",
                    "reason": None,
                    "error": None,
                    "runId": run.id,
                    "sessionId": None,
                    "waiters": None,
                }
            )
        # deliveries.mdx: FILTERED when no subscriber took it (an endpoint without subscribers included).
        delivery.status = "succeeded" if delivery.targets else "filtered"
        delivery.processed_at = delivery.updated_at = self.store.now()
        self.store.touch()
