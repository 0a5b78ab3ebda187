"""State of the emulator's hosted webhooks and how the API presents it (``schemas/webhookApi.js`` in
``@trigger.dev/core`` 4.8.3: WebhookEndpointObject, WebhookDeliveryListItem, WebhookDeliveryObject)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from ._clock import iso

DELIVERY_STATUSES = ("pending", "processing", "succeeded", "failed", "filtered", "unmatched")  # webhookApi.js
MAX_PREVIOUS_SECRET_TTL = 7 * 24 * 60 * 60  # MAX_WEBHOOK_PREVIOUS_SECRET_TTL_SECONDS
MAX_SECRET_LENGTH = 4096  # SetWebhookEndpointSecretRequestBody secret .max(4096)
DELIVERIES_PAGE_SIZE = 60  # WebhookDeliveriesListPresenter.server.ts DELIVERIES_PAGE_SIZE


@dataclass
class Subscriber:
    id: str
    task_id: str
    type: str = "task"
    filter: str | None = None


@dataclass
class WebhookEndpoint:
    id: str
    env_id: str
    declared_id: str
    source: str
    scheme: str
    secret_provisioning: str
    opaque_id: str
    created_at: float
    updated_at: float
    subscribers: list[Subscriber] = field(default_factory=list)
    secret: str | None = None
    previous_secret: str | None = None
    previous_secret_expires_at: float | None = None


@dataclass
class WebhookDelivery:
    id: str
    seq: int
    env_id: str
    endpoint: WebhookEndpoint
    status: str
    external_delivery_id: str
    idempotency_key: str
    event: Any
    headers: dict[str, str] | None
    is_test: bool
    created_at: float
    updated_at: float
    processed_at: float | None = None
    error: str | None = None
    filter_reason: str | None = None
    targets: list[dict[str, Any]] = field(default_factory=list)

    @property
    def raw_body_hash(self) -> str:
        return hashlib.sha256(json.dumps(self.event, sort_keys=True).encode()).hexdigest()


def present_endpoint(endpoint: WebhookEndpoint, base_url: str) -> dict[str, Any]:
    return {
        "id": endpoint.id,
        "declaredId": endpoint.declared_id,
        "source": endpoint.source,
        "status": "active",
        "secretProvisioning": endpoint.secret_provisioning,
        "secretSet": endpoint.secret is not None,
        "tenantId": None,
        "externalRef": None,
        "url": f"{base_url}/webhooks/v1/ingest/{endpoint.opaque_id}",
        "createdAt": iso(endpoint.created_at),
        "updatedAt": iso(endpoint.updated_at),
    }


def present_delivery(d: WebhookDelivery, *, detail: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": d.id,
        "endpoint": {"id": d.endpoint.id, "declaredId": d.endpoint.declared_id},
        "status": d.status,
        "externalDeliveryId": d.external_delivery_id,
        "isTest": d.is_test,
        "createdAt": iso(d.created_at),
        "processedAt": iso(d.processed_at),
    }
    if detail:
        data.update(
            idempotencyKey=d.idempotency_key,
            event=d.event,
            headers=d.headers,
            rawBodyHash=d.raw_body_hash,
            error=d.error,
            filterReason=d.filter_reason,
            targets=d.targets,
            updatedAt=iso(d.updated_at),
        )
    return data
