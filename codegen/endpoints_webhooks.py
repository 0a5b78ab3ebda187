"""Webhook endpoints and deliveries: the management routes of SDK 4.8.3's ApiClient that the spec lacks.

Shapes follow ``@trigger.dev/core`` 4.8.3 ``dist/esm/v3/schemas/webhookApi.js``; routes and query building follow
its ``dist/esm/v3/apiClient/index.js`` (``listWebhookEndpoints`` … ``replayWebhookDelivery``). Where the webapp has
the route it is cited too (``apps/webapp/app/routes/api.v1.webhooks.*.ts``). The webhook waiters
(``createWebhookWaiter``, ``cancelWebhookWaiter``) are called from inside a running task only and stay out.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from codegen.patch_kit import add_path, error_responses, json_content, schema_ref
from codegen.spec import Node

# webhookApi.js MAX_WEBHOOK_PREVIOUS_SECRET_TTL_SECONDS (7 days).
MAX_PREVIOUS_SECRET_TTL_SECONDS = 7 * 24 * 60 * 60
DELIVERY_STATUSES = ("pending", "processing", "succeeded", "failed", "filtered", "unmatched")

_DATE: Node = {"type": "string", "format": "date-time"}
_NULLABLE_TEXT: Node = {"type": "string", "nullable": True}


def _path_id(name: str, description: str) -> Node:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}, "description": description}


_ENDPOINT_ID = _path_id("endpointId", "The endpoint's `wh_` id or the id it is declared with in code")
_DELIVERY_ID = _path_id("deliveryId", "The delivery's `whd_` id")

_ENDPOINT: Node = {
    "type": "object",
    "required": [
        "id",
        "declaredId",
        "source",
        "status",
        "secretProvisioning",
        "secretSet",
        "tenantId",
        "externalRef",
        "url",
        "createdAt",
        "updatedAt",
    ],
    "properties": {
        "id": {"type": "string", "description": "Stable friendly id, e.g. `wh_…`"},
        "declaredId": {"type": "string", "description": "The id the endpoint is declared with in code"},
        "source": {"type": "string", "description": "Provider tag, e.g. `stripe`, `github`, `standard`"},
        "status": schema_ref("WebhookEndpointStatus"),
        "secretProvisioning": schema_ref("WebhookSecretProvisioning"),
        "secretSet": {"type": "boolean", "description": "Whether a signing secret is set (never returned)"},
        "tenantId": copy.deepcopy(_NULLABLE_TEXT),
        "externalRef": copy.deepcopy(_NULLABLE_TEXT),
        "url": {"type": "string", "description": "The hosted ingress URL to point the provider at"},
        "createdAt": copy.deepcopy(_DATE),
        "updatedAt": copy.deepcopy(_DATE),
    },
}

_SUBSCRIBER: Node = {
    "type": "object",
    "required": ["id", "type", "taskId", "filter"],
    "properties": {
        "id": {"type": "string"},
        "type": {"type": "string", "enum": ["task", "session"]},
        "taskId": {"type": "string", "description": "The webhook() task, or the agent of a session subscriber"},
        "filter": copy.deepcopy(_NULLABLE_TEXT),
    },
}

_DELIVERY_ITEM: Node = {
    "type": "object",
    "required": ["id", "endpoint", "status", "externalDeliveryId", "isTest", "createdAt", "processedAt"],
    "properties": {
        "id": {"type": "string", "description": "Stable friendly id, e.g. `whd_…`"},
        "endpoint": {
            "type": "object",
            "nullable": True,
            "required": ["id", "declaredId"],
            "properties": {"id": {"type": "string"}, "declaredId": {"type": "string"}},
            "description": "The endpoint the delivery arrived on; null once it is removed",
        },
        "status": schema_ref("WebhookDeliveryStatus"),
        "externalDeliveryId": {"type": "string", "description": "The provider's delivery id"},
        "isTest": {"type": "boolean"},
        "createdAt": copy.deepcopy(_DATE),
        "processedAt": {**copy.deepcopy(_DATE), "nullable": True},
    },
}

_TARGET: Node = {
    "type": "object",
    "required": ["id", "type", "status", "reason", "error", "runId", "sessionId", "waiters"],
    "properties": {
        "id": {"type": "string", "description": "The subscriber id, or `waiters` for the waiter summary"},
        "type": {"type": "string", "enum": ["task", "session", "waiter"]},
        "status": {"type": "string", "enum": ["pending", "succeeded", "failed", "filtered"]},
        "reason": copy.deepcopy(_NULLABLE_TEXT),
        "error": copy.deepcopy(_NULLABLE_TEXT),
        "runId": copy.deepcopy(_NULLABLE_TEXT),
        "sessionId": copy.deepcopy(_NULLABLE_TEXT),
        "waiters": {
            "type": "object",
            "nullable": True,
            "required": ["matched", "resumed", "failed"],
            "properties": {"matched": {"type": "number"}, "resumed": {"type": "number"}, "failed": {"type": "number"}},
        },
    },
}

_TTL: Node = {
    "type": "integer",
    "minimum": 0,
    "maximum": MAX_PREVIOUS_SECRET_TTL_SECONDS,
    "description": "Seconds the replaced secret keeps verifying deliveries (at most 7 days); 0 or absent: none",
}


def _enums() -> dict[str, Node]:
    """The shared enums (added with each route that uses them, so any one route stands alone)."""
    return {
        "WebhookEndpointStatus": {"type": "string", "enum": ["active", "inactive", "deleting"]},
        "WebhookSecretProvisioning": {"type": "string", "enum": ["provider", "integrator", "either"]},
        "WebhookDeliveryStatus": {"type": "string", "enum": list(DELIVERY_STATUSES)},
    }


def _operation(operation_id: str, summary: str, responses: Node, **extra: object) -> Node:
    return {
        "operationId": operation_id,
        "tags": ["webhooks"],
        "summary": summary,
        "security": [{"secretKey": []}],
        **extra,
        "responses": responses,
    }


def list_webhook_endpoints(spec: Node) -> bool:
    """``listWebhookEndpoints`` (ListWebhookEndpointsResponse; routes/api.v1.webhooks.endpoints.ts)."""
    answer: Node = {"type": "object", "required": ["data"], "properties": {"data": {"type": "array"}}}
    answer["properties"]["data"]["items"] = schema_ref("WebhookEndpoint")
    operation = _operation(
        "list_webhook_endpoints_v1",
        "List the environment's webhook endpoints",
        {"200": json_content(schema_ref("ListWebhookEndpointsResponse")), **error_responses(401)},
    )
    schemas = {**_enums(), "WebhookEndpoint": copy.deepcopy(_ENDPOINT), "ListWebhookEndpointsResponse": answer}
    return add_path(spec, "/api/v1/webhooks/endpoints", "get", operation, schemas)


def retrieve_webhook_endpoint(spec: Node) -> bool:
    """``retrieveWebhookEndpoint`` (WebhookEndpointDetailObject; routes/api.v1.webhooks.endpoints.$endpointId.ts)."""
    detail = copy.deepcopy(_ENDPOINT)
    detail["required"] += ["subscribers", "setupPrompt"]
    detail["properties"]["subscribers"] = {"type": "array", "items": schema_ref("WebhookEndpointSubscriber")}
    detail["properties"]["setupPrompt"] = {
        "type": "string",
        "description": "Instructions for an AI agent to register this endpoint with its provider",
    }
    operation = _operation(
        "retrieve_webhook_endpoint_v1",
        "Retrieve a webhook endpoint with its subscribers",
        {"200": json_content(schema_ref("WebhookEndpointDetail")), **error_responses(401, 404)},
        parameters=[copy.deepcopy(_ENDPOINT_ID)],
    )
    schemas = {**_enums(), "WebhookEndpointDetail": detail, "WebhookEndpointSubscriber": copy.deepcopy(_SUBSCRIBER)}
    return add_path(spec, "/api/v1/webhooks/endpoints/{endpointId}", "get", operation, schemas)


def rotate_webhook_endpoint_secret(spec: Node) -> bool:
    """``generateWebhookEndpointSecret`` (RotateWebhookEndpointSecretRequestBody/Response;
    routes/api.v1.webhooks.endpoints.$endpointId.rotate-secret.ts). The SDK always sends a body, ``{}`` at least."""
    body: Node = {"type": "object", "properties": {"previousSecretTtlSeconds": copy.deepcopy(_TTL)}}
    answer: Node = {
        "type": "object",
        "required": ["id", "secretSet", "secret"],
        "properties": {
            "id": {"type": "string"},
            "secretSet": {"type": "boolean", "enum": [True]},
            "secret": {"type": "string", "description": "The new secret, returned once and never readable again"},
            "previousSecretExpiresAt": {"type": "string", "description": "When the replaced secret stops working"},
        },
    }
    operation = _operation(
        "rotate_webhook_endpoint_secret_v1",
        "Generate a new signing secret for a webhook endpoint",
        {"200": json_content(schema_ref("RotatedWebhookSecret")), **error_responses(400, 401, 404)},
        parameters=[copy.deepcopy(_ENDPOINT_ID)],
        requestBody={
            "required": True,
            "content": {"application/json": {"schema": schema_ref("RotateWebhookEndpointSecretRequestBody")}},
        },
    )
    schemas = {"RotateWebhookEndpointSecretRequestBody": body, "RotatedWebhookSecret": answer}
    return add_path(spec, "/api/v1/webhooks/endpoints/{endpointId}/rotate-secret", "post", operation, schemas)


def set_webhook_endpoint_secret(spec: Node) -> bool:
    """``setWebhookEndpointSecret`` (SetWebhookEndpointSecretRequestBody/Response; no webapp route at the mirror's
    HEAD, so the SDK 4.8.3 schema is the evidence)."""
    body: Node = {
        "type": "object",
        "required": ["secret"],
        "properties": {
            "secret": {"type": "string", "minLength": 1, "maxLength": 4096},
            "previousSecretTtlSeconds": copy.deepcopy(_TTL),
        },
    }
    answer: Node = {
        "type": "object",
        "required": ["id", "secretSet"],
        "properties": {
            "id": {"type": "string"},
            "secretSet": {"type": "boolean", "enum": [True]},
            "previousSecretExpiresAt": {"type": "string", "description": "When the replaced secret stops working"},
        },
    }
    operation = _operation(
        "set_webhook_endpoint_secret_v1",
        "Store the signing secret or public key a provider issued",
        {"200": json_content(schema_ref("WebhookSecretSet")), **error_responses(400, 401, 404)},
        parameters=[copy.deepcopy(_ENDPOINT_ID)],
        requestBody={
            "required": True,
            "content": {"application/json": {"schema": schema_ref("SetWebhookEndpointSecretRequestBody")}},
        },
    )
    schemas = {"SetWebhookEndpointSecretRequestBody": body, "WebhookSecretSet": answer}
    return add_path(spec, "/api/v1/webhooks/endpoints/{endpointId}/secret", "put", operation, schemas)


def _query(name: str, schema: Node, description: str) -> Node:
    param: Node = {"name": name, "in": "query", "required": False, "schema": schema, "description": description}
    if schema.get("type") == "array":  # the SDK comma-joins lists into one parameter
        param.update({"style": "form", "explode": False})
    return param


def list_webhook_deliveries(spec: Node) -> bool:
    """``listWebhookDeliveries`` (ListWebhookDeliveriesResponse; routes/api.v1.webhooks.deliveries.ts): the SDK
    comma-joins endpoint and status lists, sends from/to with ``toISOString()`` and ``limit`` as ``page[size]``."""
    params = [
        _query(
            "filter[endpoint]",
            {"type": "array", "items": {"type": "string"}},
            "Endpoints by `wh_` id or declared id",
        ),
        _query("filter[status]", {"type": "array", "items": schema_ref("WebhookDeliveryStatus")}, "Statuses"),
        _query("filter[period]", {"type": "string"}, "A period such as `1d`"),
        _query("filter[from]", copy.deepcopy(_DATE), "Deliveries created at or after (ISO 8601)"),
        _query("filter[to]", copy.deepcopy(_DATE), "Deliveries created at or before (ISO 8601)"),
        _query("page[size]", {"type": "integer", "minimum": 1, "maximum": 100}, "Deliveries per page"),
        _query("page[after]", {"type": "string"}, "The `pagination.next` cursor of the previous page"),
    ]
    answer: Node = {
        "type": "object",
        "required": ["data", "pagination"],
        "properties": {
            "data": {"type": "array", "items": schema_ref("WebhookDeliveryListItem")},
            "pagination": {
                "type": "object",
                "properties": {"next": {"type": "string"}, "previous": {"type": "string"}},
            },
        },
    }
    operation = _operation(
        "list_webhook_deliveries_v1",
        "List webhook deliveries, newest first",
        {"200": json_content(schema_ref("ListWebhookDeliveriesResponse")), **error_responses(400, 401)},
        parameters=params,
    )
    schemas = {
        **_enums(),
        "WebhookDeliveryListItem": copy.deepcopy(_DELIVERY_ITEM),
        "ListWebhookDeliveriesResponse": answer,
    }
    return add_path(spec, "/api/v1/webhooks/deliveries", "get", operation, schemas)


def retrieve_webhook_delivery(spec: Node) -> bool:
    """``retrieveWebhookDelivery`` (WebhookDeliveryObject; routes/api.v1.webhooks.deliveries.$deliveryId.ts)."""
    detail = copy.deepcopy(_DELIVERY_ITEM)
    detail["required"] += ["idempotencyKey", "event", "headers", "rawBodyHash", "error", "filterReason"]
    detail["required"] += ["targets", "updatedAt"]
    detail["properties"].update(
        {
            "idempotencyKey": {"type": "string"},
            "event": {"description": "The size-capped, verified event body (any JSON, null included)"},
            "headers": {"type": "object", "nullable": True, "additionalProperties": {"type": "string"}},
            "rawBodyHash": copy.deepcopy(_NULLABLE_TEXT),
            "error": copy.deepcopy(_NULLABLE_TEXT),
            "filterReason": copy.deepcopy(_NULLABLE_TEXT),
            "targets": {"type": "array", "items": schema_ref("WebhookDeliveryTarget")},
            "updatedAt": copy.deepcopy(_DATE),
        }
    )
    operation = _operation(
        "retrieve_webhook_delivery_v1",
        "Retrieve a webhook delivery with each subscriber's result",
        {"200": json_content(schema_ref("WebhookDelivery")), **error_responses(401, 404)},
        parameters=[copy.deepcopy(_DELIVERY_ID)],
    )
    schemas = {**_enums(), "WebhookDelivery": detail, "WebhookDeliveryTarget": copy.deepcopy(_TARGET)}
    return add_path(spec, "/api/v1/webhooks/deliveries/{deliveryId}", "get", operation, schemas)


def replay_webhook_delivery(spec: Node) -> bool:
    """``replayWebhookDelivery`` (ReplayWebhookDeliveryResponse;
    routes/api.v1.webhooks.deliveries.$deliveryId.replay.ts): no body; ``?targetId=`` sends it to that one
    subscriber past its filter."""
    answer: Node = {
        "type": "object",
        "required": ["deliveryId", "replayedFrom"],
        "properties": {
            "deliveryId": {"type": "string", "description": "The new delivery's id"},
            "replayedFrom": {"type": "string", "description": "The delivery the replay was made from"},
        },
    }
    operation = _operation(
        "replay_webhook_delivery_v1",
        "Replay a webhook delivery as a new delivery",
        {"200": json_content(schema_ref("ReplayedWebhookDelivery")), **error_responses(400, 401, 404)},
        parameters=[
            copy.deepcopy(_DELIVERY_ID),
            _query("targetId", {"type": "string"}, "One subscriber to send it to, regardless of its filter"),
        ],
    )
    schemas = {"ReplayedWebhookDelivery": answer}
    return add_path(spec, "/api/v1/webhooks/deliveries/{deliveryId}/replay", "post", operation, schemas)


_SCHEMAS = "@trigger.dev/core 4.8.3 schemas/webhookApi.js"

# (name, why, fix, scope) — wrapped as Patch objects by codegen.patches.
ENDPOINTS: tuple[tuple[str, str, Callable[[Node], bool], str], ...] = (
    (
        "list_webhook_endpoints",
        f"SDK listWebhookEndpoints; {_SCHEMAS} ListWebhookEndpointsResponse",
        list_webhook_endpoints,
        "new path GET /api/v1/webhooks/endpoints",
    ),
    (
        "retrieve_webhook_endpoint",
        f"SDK retrieveWebhookEndpoint; {_SCHEMAS} WebhookEndpointDetailObject",
        retrieve_webhook_endpoint,
        "new path GET /api/v1/webhooks/endpoints/{endpointId}",
    ),
    (
        "rotate_webhook_endpoint_secret",
        f"SDK generateWebhookEndpointSecret; {_SCHEMAS} RotateWebhookEndpointSecretResponse",
        rotate_webhook_endpoint_secret,
        "new path POST /api/v1/webhooks/endpoints/{endpointId}/rotate-secret",
    ),
    (
        "set_webhook_endpoint_secret",
        f"SDK setWebhookEndpointSecret; {_SCHEMAS} SetWebhookEndpointSecretRequestBody",
        set_webhook_endpoint_secret,
        "new path PUT /api/v1/webhooks/endpoints/{endpointId}/secret",
    ),
    (
        "list_webhook_deliveries",
        f"SDK listWebhookDeliveries; {_SCHEMAS} ListWebhookDeliveriesResponse, WebhookDeliveryApiStatus",
        list_webhook_deliveries,
        "new path GET /api/v1/webhooks/deliveries",
    ),
    (
        "retrieve_webhook_delivery",
        f"SDK retrieveWebhookDelivery; {_SCHEMAS} WebhookDeliveryObject",
        retrieve_webhook_delivery,
        "new path GET /api/v1/webhooks/deliveries/{deliveryId}",
    ),
    (
        "replay_webhook_delivery",
        f"SDK replayWebhookDelivery; {_SCHEMAS} ReplayWebhookDeliveryResponse",
        replay_webhook_delivery,
        "new path POST /api/v1/webhooks/deliveries/{deliveryId}/replay",
    ),
)
