"""Endpoints and fields the official SDK uses that the vendored spec lacks, added as patches.

Each fix cites the webapp route (``apps/webapp/app/routes/…``) and the zod schema in
``packages/core/src/v3/schemas/api.ts`` it follows. They run before the rule patches of
:mod:`codegen.patches`, so the rules (nullable optionals, required fields…) apply to them too.
A fix whose path is already in the spec changes nothing.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from codegen.patch_kit import add_path, batch_processing_schema, error_responses, json_content, schema_ref
from codegen.spec import Node


def _batch_id() -> Node:
    return {"name": "batchId", "in": "path", "required": True, "schema": {"type": "string"}}


_KEY_OPTIONS: Node = {
    "type": "object",
    "required": ["key", "scope"],
    "properties": {"key": {"type": "string"}, "scope": {"type": "string", "enum": ["run", "attempt", "global"]}},
}


def v3_batches(spec: Node) -> bool:
    """Phase 1 of the SDK's two-phase batches (routes/api.v3.batches.ts; CreateBatchRequestBody/Response)."""
    body: Node = {
        "type": "object",
        "required": ["runCount"],
        "properties": {
            "runCount": {"type": "integer", "minimum": 1, "description": "How many items the stream will carry"},
            "taskIdentifiers": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
            "parentRunId": {"type": "string"},
            "resumeParentOnCompletion": {"type": "boolean"},
            "idempotencyKey": {"type": "string", "maxLength": 2048},
            "idempotencyKeyOptions": copy.deepcopy(_KEY_OPTIONS),
        },
    }
    answer: Node = {
        "type": "object",
        "required": ["id", "runCount", "isCached"],
        "properties": {
            "id": {"type": "string"},
            "runCount": {"type": "integer"},
            "isCached": {"type": "boolean", "description": "True when the batch idempotency key matched a batch"},
            "idempotencyKey": {"type": "string"},
        },
    }
    operation: Node = {
        "operationId": "create_batch_v3",
        "tags": ["batches"],
        "summary": "Create a batch (phase 1 of 2)",
        "description": "Creates an empty batch of `runCount` items; stream them with `stream_batch_items_v3`.",
        "security": [{"secretKey": []}],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": schema_ref("CreateBatchRequestBody")}},
        },
        "responses": {
            "200": json_content(schema_ref("CreateBatchResponse"), "An existing batch (idempotent retry)"),
            "202": json_content(schema_ref("CreateBatchResponse"), "Batch created"),
            **error_responses(400, 401, 403, 422, 429),
        },
    }
    return add_path(
        spec, "/api/v3/batches", "post", operation, {"CreateBatchRequestBody": body, "CreateBatchResponse": answer}
    )


def v3_batch_items(spec: Node) -> bool:
    """Phase 2: NDJSON items, deduplicated by index (routes/api.v3.batches.$batchId.items.ts)."""
    answer: Node = {
        "type": "object",
        "required": ["id", "itemsAccepted", "itemsDeduplicated", "sealed"],
        "properties": {
            "id": {"type": "string"},
            "itemsAccepted": {"type": "integer"},
            "itemsDeduplicated": {"type": "integer"},
            "sealed": {"type": "boolean", "description": "False: items are missing; send the stream again"},
            "enqueuedCount": {"type": "integer"},
            "expectedCount": {"type": "integer"},
            "runCount": {"type": "integer"},
        },
    }
    operation: Node = {
        "operationId": "stream_batch_items_v3",
        "tags": ["batches"],
        "summary": "Stream a batch's items (phase 2 of 2)",
        "description": "One JSON item `{index, task, payload, options}` per line; re-sent items are deduplicated.",
        "security": [{"secretKey": []}],
        "parameters": [_batch_id()],
        "requestBody": {
            "required": True,
            "content": {"application/x-ndjson": {"schema": {"type": "string", "format": "binary"}}},
        },
        "responses": {
            "200": json_content(schema_ref("StreamBatchItemsResponse")),
            **error_responses(400, 401, 403, 415, 422),
        },
    }
    return add_path(spec, "/api/v3/batches/{batchId}/items", "post", operation, {"StreamBatchItemsResponse": answer})


def v2_batch_retrieve(spec: Node) -> bool:
    """Batch retrieve with processing errors, as the SDK's ``batch.retrieve`` (routes/api.v2.batches.$batchId.ts)."""
    answer: Node = {
        "type": "object",
        "required": ["id", "status", "createdAt", "updatedAt", "runCount", "runs", "processing"],
        "properties": {
            "id": {"type": "string"},
            "status": {"type": "string", "enum": ["PENDING", "PROCESSING", "COMPLETED", "PARTIAL_FAILED", "ABORTED"]},
            "idempotencyKey": {"type": "string"},
            "createdAt": {"type": "string", "format": "date-time"},
            "updatedAt": {"type": "string", "format": "date-time"},
            "processingCompletedAt": {"type": "string", "format": "date-time"},
            "runCount": {"type": "integer"},
            "runs": {"type": "array", "items": {"type": "string"}},
            "processing": batch_processing_schema(strict=True),
        },
    }
    operation: Node = {
        "operationId": "retrieve_batch_v2",
        "tags": ["batches"],
        "summary": "Retrieve a batch with its processing errors",
        "security": [{"secretKey": []}],
        "parameters": [_batch_id()],
        "responses": {"200": json_content(schema_ref("RetrieveBatchV2Response")), **error_responses(401, 404)},
    }
    return add_path(spec, "/api/v2/batches/{batchId}", "get", operation, {"RetrieveBatchV2Response": answer})


def idempotency_key_reset(spec: Node) -> bool:
    """Reset an idempotency key (routes/api.v1.idempotencyKeys.$key.reset.ts; 404 when no run holds it)."""
    operation: Node = {
        "operationId": "reset_idempotency_key_v1",
        "tags": ["idempotency_keys"],
        "summary": "Reset an idempotency key",
        "description": "Clears the (hashed) key from the task's runs, so the next trigger with it creates a run.",
        "security": [{"secretKey": []}],
        "parameters": [{"name": "key", "in": "path", "required": True, "schema": {"type": "string"}}],
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["taskIdentifier"],
                        "properties": {"taskIdentifier": {"type": "string", "minLength": 1}},
                    }
                }
            },
        },
        "responses": {
            "200": json_content({"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}),
            **error_responses(400, 401, 404),
        },
    }
    return add_path(spec, "/api/v1/idempotencyKeys/{key}/reset", "post", operation)


def current_deployment(spec: Node) -> bool:
    """The environment's current (promoted) deployment (routes/api.v1.deployments.current.ts)."""
    answer: Node = {
        "type": "object",
        "required": ["id", "createdAt", "shortCode", "version", "status"],
        "properties": {
            "id": {"type": "string"},
            "createdAt": {"type": "string", "format": "date-time"},
            "shortCode": {"type": "string"},
            "version": {"type": "string"},
            "runtime": {"type": ["string", "null"]},
            "runtimeVersion": {"type": ["string", "null"]},
            "status": {
                "type": "string",
                "enum": ["PENDING", "BUILDING", "DEPLOYING", "DEPLOYED", "FAILED", "CANCELED", "TIMED_OUT"],
            },
            "deployedAt": {"type": "string", "format": "date-time"},
            "git": {"type": "object"},
            "error": {"type": "object"},
        },
    }
    operation: Node = {
        "operationId": "get_current_deployment_v1",
        "tags": ["deployments"],
        "summary": "The current deployment",
        "security": [{"secretKey": []}],
        "responses": {"200": json_content(schema_ref("CurrentDeployment")), **error_responses(401, 404)},
    }
    return add_path(spec, "/api/v1/deployments/current", "get", operation, {"CurrentDeployment": answer})


def public_tokens(spec: Node) -> bool:
    """Server-signed public tokens, which additional keys need (services/publicTokens.server.ts)."""
    body: Node = {
        "type": "object",
        "required": ["scopes"],
        "properties": {
            "scopes": {"type": "array", "items": {"type": "string"}, "minItems": 1},
            "expirationTime": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            "oneTimeUse": {"type": "boolean"},
            "realtime": {
                "type": "object",
                "properties": {"skipColumns": {"type": "array", "items": {"type": "string"}}},
            },
        },
    }
    operation: Node = {
        "operationId": "create_public_token_v1",
        "tags": ["auth"],
        "summary": "Mint a public access token on the server",
        "security": [{"secretKey": []}],
        "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
        "responses": {
            "200": json_content({"type": "object", "required": ["token"], "properties": {"token": {"type": "string"}}}),
            **error_responses(400, 401, 403),
        },
    }
    return add_path(spec, "/api/v1/auth/public-tokens", "post", operation)


def envvar_import_parent_variables(spec: Node) -> bool:
    """Import takes ``parentVariables`` for preview branches (ImportEnvironmentVariablesRequestBody)."""
    for _path, item in spec["paths"].items():
        op = item.get("post", {})
        if op.get("operationId") == "upload_project_envvars_v1":
            schema = op["requestBody"]["content"]["application/json"]["schema"]
            props = schema.setdefault("properties", {})
            if "parentVariables" in props:
                return False
            props["parentVariables"] = {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "Variables of the parent environment (for a preview branch)",
            }
            return True
    raise KeyError("upload_project_envvars_v1 not found")


def packet_upload_url(spec: Node) -> bool:
    """Presigned upload of a large payload (routes/api.v2.packets.$.ts; CreateUploadPayloadUrlResponseBody)."""
    operation: Node = {
        "operationId": "create_upload_payload_url_v2",
        "tags": ["packets"],
        "summary": "Presign the upload of a large payload",
        "description": "Answers a URL to PUT the payload to and the `storagePath` to trigger with "
        "(`payloadType: application/store`).",
        "security": [{"secretKey": []}],
        "parameters": [{"name": "filename", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {
            "200": json_content(
                {
                    "type": "object",
                    "required": ["presignedUrl"],
                    "properties": {"presignedUrl": {"type": "string"}, "storagePath": {"type": "string"}},
                }
            ),
            **error_responses(400, 401),
        },
    }
    return add_path(spec, "/api/v2/packets/{filename}", "put", operation)


# (name, why, fix, scope) — wrapped as Patch objects by codegen.patches.
EXTRA_ENDPOINTS: tuple[tuple[str, str, Callable[[Node], bool], str], ...] = (
    ("v3_batches", "two-phase batch create the SDK uses", v3_batches, "new path POST /api/v3/batches"),
    (
        "v3_batch_items",
        "two-phase batch NDJSON items",
        v3_batch_items,
        "new path POST /api/v3/batches/{batchId}/items",
    ),
    (
        "v2_batch_retrieve",
        "batch retrieve with processing errors",
        v2_batch_retrieve,
        "new path GET /api/v2/batches/{batchId}",
    ),
    (
        "idempotency_key_reset",
        "idempotency key reset",
        idempotency_key_reset,
        "new path POST /api/v1/idempotencyKeys/{key}/reset",
    ),
    ("current_deployment", "current deployment", current_deployment, "new path GET /api/v1/deployments/current"),
    ("public_tokens", "server-minted public tokens", public_tokens, "new path POST /api/v1/auth/public-tokens"),
    (
        "envvar_import_parent_variables",
        "env var import parentVariables",
        envvar_import_parent_variables,
        "upload_project_envvars_v1 request body",
    ),
    (
        "packet_upload_url",
        "large payload upload presign",
        packet_upload_url,
        "new path PUT /api/v2/packets/{filename}",
    ),
)
