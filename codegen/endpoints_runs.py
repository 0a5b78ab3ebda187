"""Run routes and fields of SDK 4.8.3 that the vendored spec lacks: spans, the paged trace, metadata, packet URLs,
input streams, and response fields typed where they landed in ``additional_properties``.

Evidence is ``@trigger.dev/core`` 4.8.3 ``dist/esm/v3/apiClient/index.js`` (the ApiClient method named in each
docstring) with its zod schema in ``dist/esm/v3/schemas/*.js``, plus the webapp route file where one exists.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from codegen.patch_kit import (
    add_path,
    add_properties,
    component_schema,
    error_responses,
    json_content,
    node_at,
    operation_by_id,
    schema_ref,
)
from codegen.spec import Node

_PUBLIC: list[Node] = [{"secretKey": []}, {"publicAccessToken": []}]


def _param(name: str, where: str = "path", schema: Node | None = None, **extra: object) -> Node:
    return {"name": name, "in": where, "required": where == "path", "schema": schema or {"type": "string"}, **extra}


def _packet_url() -> Node:
    """``CreateUploadPayloadUrlResponseBody`` (schemas/api.js): the answer of both packet URL routes."""
    return {"type": "object", "required": ["presignedUrl"], "properties": {"presignedUrl": {"type": "string"}}}


def run_span(spec: Node) -> bool:
    """One span with its properties and events: ``retrieveSpan`` (schemas/api.js RetrieveSpanDetailResponseBody;
    apps/webapp/app/routes/api.v1.runs.$runId.spans.$spanId.ts)."""
    ai_numbers = ("inputTokens", "outputTokens", "totalTokens", "durationMs")
    ai_optional = ("cachedTokens", "reasoningTokens", "inputCost", "outputCost", "totalCost", "cachedCost")
    ai: Node = {
        "type": "object",
        "required": ["model", "provider", "operationName", *ai_numbers],
        "properties": {
            "model": {"type": "string"},
            "provider": {"type": "string"},
            "operationName": {"type": "string"},
            **{name: {"type": "number"} for name in ai_numbers},
            **{name: {"type": "number"} for name in (*ai_optional, "cacheCreationCost", "tokensPerSecond")},
            "msToFirstChunk": {"type": "number"},
            "finishReason": {"type": "string"},
            "responseText": {"type": "string"},
        },
    }
    triggered: Node = {
        "type": "object",
        "required": ["runId", "taskIdentifier", "status", "createdAt"],
        "properties": {
            "runId": {"type": "string"},
            "taskIdentifier": {"type": "string"},
            "status": {"type": "string"},
            "createdAt": {"type": "string", "format": "date-time"},
        },
    }
    answer: Node = {
        "type": "object",
        "required": [
            *("spanId", "parentId", "runId", "message", "isError", "isPartial", "isCancelled", "level"),
            *("startTime", "durationMs"),
        ],
        "properties": {
            "spanId": {"type": "string"},
            "parentId": {"type": "string", "nullable": True},
            "runId": {"type": "string"},
            "message": {"type": "string"},
            "isError": {"type": "boolean"},
            "isPartial": {"type": "boolean"},
            "isCancelled": {"type": "boolean"},
            "level": {"type": "string"},
            "startTime": {"type": "string", "format": "date-time"},
            "durationMs": {"type": "number"},
            "properties": {"type": "object", "additionalProperties": True},
            "events": {"type": "array", "items": {}},
            "entityType": {"type": "string"},
            "ai": ai,
            "triggeredRuns": {"type": "array", "items": triggered},
        },
    }
    operation: Node = {
        "operationId": "retrieve_run_span_v1",
        "tags": ["runs"],
        "summary": "Retrieve one span of a run's trace",
        "description": "The span's properties, events, AI usage and the runs it triggered.",
        "security": copy.deepcopy(_PUBLIC),
        "parameters": [_param("runId"), _param("spanId")],
        "responses": {"200": json_content(schema_ref("RunSpan")), **error_responses(401, 403, 404)},
    }
    return add_path(spec, "/api/v1/runs/{runId}/spans/{spanId}", "get", operation, {"RunSpan": answer})


def _trace_page() -> Node:
    """``RetrieveRunTracePageResponseBody`` (schemas/api.js): lean spans of one page, attempt failures, cursor."""
    span: Node = {
        "type": "object",
        "required": ["id", "runId", "message", "startTime", "duration", "isError", "isPartial", "isCancelled", "level"],
        "properties": {
            "id": {"type": "string"},
            "parentId": {"type": "string"},
            "runId": {"type": "string"},
            "message": {"type": "string"},
            "startTime": {"type": "string", "format": "date-time"},
            "duration": {"type": "number", "description": "Nanoseconds"},
            "isError": {"type": "boolean"},
            "isPartial": {"type": "boolean"},
            "isCancelled": {"type": "boolean"},
            "level": {"type": "string"},
            "attemptNumber": {"type": "integer"},
        },
    }
    failure: Node = {
        "type": "object",
        "required": ["spanId", "attemptNumber", "runId"],
        "properties": {"spanId": {"type": "string"}, "attemptNumber": {"type": "integer"}, "runId": {"type": "string"}},
    }
    return {
        "type": "object",
        "required": ["data", "attemptFailures", "pagination"],
        "properties": {
            "data": {"type": "array", "items": schema_ref("RunTraceSpan")},
            "attemptFailures": {"type": "array", "items": schema_ref("RunTraceAttemptFailure")},
            "pagination": {
                "type": "object",
                "properties": {
                    "next": {"type": "string", "description": "Pass as `page[after]` for the next page"},
                    "truncated": {"type": "boolean", "description": "Some spans or records were left out"},
                },
            },
        },
        "x-components": {"RunTraceSpan": span, "RunTraceAttemptFailure": failure},
    }


def run_trace_pages(spec: Node) -> bool:
    """The paged trace: ``retrieveRunTracePage`` sends ``page[size]`` (default 10,000) and ``page[after]`` and reads
    RetrieveRunTracePageResponseBody; without them the route answers the span tree (``retrieveRunTrace``;
    apps/webapp/app/routes/api.v1.runs.$runId.trace.ts). The 200 answer becomes either shape, the page first (its
    required fields tell them apart)."""
    operation = operation_by_id(spec, "get_run_trace_v1")
    params = operation.setdefault("parameters", [])
    if any(p.get("name") == "page[size]" for p in params):
        return False
    params.append(
        _param("page[size]", "query", {"type": "integer", "minimum": 1}, description="Spans per page (SDK: 10,000)")
    )
    params.append(_param("page[after]", "query", description="The `pagination.next` cursor of the previous page"))
    response = node_at(operation, "responses/200/content/application~1json")
    schemas = spec["components"]["schemas"]
    page = _trace_page()
    schemas.update(page.pop("x-components"))
    schemas["RunTracePage"] = page
    if "$ref" not in response["schema"]:
        schemas.setdefault("RunTrace", response["schema"])
    response["schema"] = {"anyOf": [schema_ref("RunTracePage"), schema_ref("RunTrace")]}
    operation["security"] = copy.deepcopy(_PUBLIC)
    return True


def run_metadata_retrieve(spec: Node) -> bool:
    """``getRunMetadata``: the run's metadata packet as stored, ``{metadata, metadataType}``
    (apps/webapp/app/routes/api.v1.runs.$runId.metadata.ts loader; the SDK reads it with UpdateMetadataResponseBody)."""
    answer: Node = {
        "type": "object",
        "properties": {
            "metadata": {"description": "The metadata: a serialized packet (see metadataType) or an object"},
            "metadataType": {"type": "string", "description": "application/json or application/super+json"},
        },
    }
    operation: Node = {
        "operationId": "get_run_metadata_v1",
        "tags": ["runs"],
        "summary": "Retrieve a run's metadata",
        "security": [{"secretKey": []}],
        "parameters": [_param("runId")],
        "responses": {"200": json_content(schema_ref("StoredRunMetadata")), **error_responses(400, 401, 404)},
    }
    return add_path(spec, "/api/v1/runs/{runId}/metadata", "get", operation, {"StoredRunMetadata": answer})


def run_packet_url(spec: Node) -> bool:
    """``getRunPacketUrl``: a presigned GET URL for a run's offloaded payload or output, authorized against the run
    (CreateUploadPayloadUrlResponseBody); older servers answer 404 and the SDK falls back to ``getPayloadUrl``."""
    field = {"type": "string", "enum": ["payload", "output"]}
    operation: Node = {
        "operationId": "get_run_packet_url_v1",
        "tags": ["packets"],
        "summary": "Presign the download of a run's stored payload or output",
        "security": copy.deepcopy(_PUBLIC),
        "parameters": [_param("runId"), _param("field", schema=field)],
        "responses": {"200": json_content(schema_ref("PacketUrl")), **error_responses(401, 403, 404)},
    }
    return add_path(spec, "/api/v1/runs/{runId}/packets/{field}", "get", operation, {"PacketUrl": _packet_url()})


def packet_download_url(spec: Node) -> bool:
    """``getPayloadUrl``: a presigned GET URL for a stored packet by its path (CreateUploadPayloadUrlResponseBody;
    apps/webapp/app/routes/api.v1.packets.$.ts loader). The SDK percent-encodes the whole path."""
    operation: Node = {
        "operationId": "get_payload_url_v1",
        "tags": ["packets"],
        "summary": "Presign the download of a stored packet",
        "security": copy.deepcopy(_PUBLIC),
        "parameters": [_param("filename")],
        "responses": {"200": json_content(schema_ref("PacketUrl")), **error_responses(401, 403)},
    }
    return add_path(spec, "/api/v1/packets/{filename}", "get", operation, {"PacketUrl": _packet_url()})


def send_input_stream(spec: Node) -> bool:
    """``sendInputStream``: ``{data}`` appended to a run's input stream (SendInputStreamResponseBody ``{ok}``;
    apps/webapp/app/routes/realtime.v1.streams.$runId.input.$streamId.ts: 1 MB at most, 400 once the run completed)."""
    body: Node = {"type": "object", "properties": {"data": {"description": "Any JSON value"}}}
    operation: Node = {
        "operationId": "send_input_stream_v1",
        "tags": ["runs"],
        "summary": "Send data to a run's input stream",
        "security": copy.deepcopy(_PUBLIC),
        "parameters": [_param("runId"), _param("streamId")],
        "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
        "responses": {
            "200": json_content(schema_ref("InputStreamSent")),
            **error_responses(400, 401, 403, 404, 413, 422),
        },
    }
    sent: Node = {"type": "object", "required": ["ok"], "properties": {"ok": {"type": "boolean"}}}
    return add_path(spec, "/realtime/v1/streams/{runId}/input/{streamId}", "post", operation, {"InputStreamSent": sent})


def schedule_applied_policy(spec: Node) -> bool:
    """``ScheduleObject.appliedSchedulePolicy`` (schemas/api.js): the plan's minimum window over ``window``."""
    policy: Node = {
        "type": "object",
        "required": ["minimumWindowSeconds", "reason"],
        "properties": {
            "minimumWindowSeconds": {"type": "number"},
            "reason": {"type": "string", "enum": ["free_schedule"]},
        },
    }
    return add_properties(component_schema(spec, "ScheduleObject"), {"appliedSchedulePolicy": policy})


def deployment_external_id(spec: Node) -> bool:
    """Deployments carry ``externalId`` (schemas/api.js ApiDeploymentListResponseItem for list and current,
    GetDeploymentResponseBody for retrieve): the ``--external-id`` skew protection pins runs to."""
    field = {"externalId": {"type": "string", "description": "The --external-id the deployment was deployed under"}}
    listed = node_at(
        operation_by_id(spec, "list_deployments_v1"),
        "responses/200/content/application~1json/schema/properties/data/items",
    )
    retrieved = node_at(operation_by_id(spec, "get_deployment_v1"), "responses/200/content/application~1json/schema")
    changed = add_properties(listed, copy.deepcopy(field))
    changed |= add_properties(retrieved, copy.deepcopy(field))
    changed |= add_properties(component_schema(spec, "CurrentDeployment"), copy.deepcopy(field))
    return changed


def error_causes(spec: Node) -> bool:
    """A run's error lists its ``cause`` chain, outermost first (schemas/common.js SerializedError.causes,
    TaskRunErrorCause)."""
    cause: Node = {
        "type": "object",
        "required": ["message"],
        "properties": {"name": {"type": "string"}, "message": {"type": "string"}, "stackTrace": {"type": "string"}},
    }
    return add_properties(component_schema(spec, "SerializedError"), {"causes": {"type": "array", "items": cause}})


_SDK = "@trigger.dev/core 4.8.3 apiClient/index.js"

# (name, why, fix, scope) — wrapped as Patch objects by codegen.patches.
ENDPOINTS: tuple[tuple[str, str, Callable[[Node], bool], str], ...] = (
    ("run_span", f"{_SDK} retrieveSpan", run_span, "new path GET /api/v1/runs/{runId}/spans/{spanId}"),
    (
        "run_trace_pages",
        f"{_SDK} retrieveRunTracePage (page[size], page[after])",
        run_trace_pages,
        "get_run_trace_v1 query and 200 answer",
    ),
    ("run_metadata_retrieve", f"{_SDK} getRunMetadata", run_metadata_retrieve, "new GET /api/v1/runs/{runId}/metadata"),
    ("run_packet_url", f"{_SDK} getRunPacketUrl", run_packet_url, "new path GET /api/v1/runs/{runId}/packets/{field}"),
    ("packet_download_url", f"{_SDK} getPayloadUrl", packet_download_url, "new GET /api/v1/packets/{filename}"),
    (
        "send_input_stream",
        f"{_SDK} sendInputStream",
        send_input_stream,
        "new path POST /realtime/v1/streams/{runId}/input/{streamId}",
    ),
    (
        "schedule_applied_policy",
        "@trigger.dev/core 4.8.3 schemas/api.js ScheduleObject",
        schedule_applied_policy,
        "ScheduleObject",
    ),
    (
        "deployment_external_id",
        "@trigger.dev/core 4.8.3 schemas/api.js ApiDeploymentListResponseItem, GetDeploymentResponseBody",
        deployment_external_id,
        "list_deployments_v1 items, get_deployment_v1, CurrentDeployment",
    ),
    ("error_causes", "@trigger.dev/core 4.8.3 schemas/common.js SerializedError", error_causes, "SerializedError"),
)
