"""Concurrency limits, the ``concurrency`` trigger option, queue versions and replay overrides (SDK 4.8.3).

The webapp at the commit in ``openapi/UPSTREAM.md`` has no concurrency-limit routes, so the evidence is the
official SDK 4.8.3: ``@trigger.dev/core`` 4.8.3 ``dist/esm/v3/apiClient/index.js`` (the ApiClient methods named in
each docstring) and ``dist/esm/v3/schemas/queues.js`` / ``schemas/api.js`` (the zod shapes). Each fix is a no-op
once the spec has its path or field.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from codegen.patch_kit import add_path, error_responses, json_content, schema_ref
from codegen.spec import Node

# TriggerConcurrencyLimitsSchema (schemas/api.js) and validateConcurrencyLimitName (sdk concurrency-shared.js).
LIMIT_NAME_PATTERN = "^[a-zA-Z0-9_-]{1,122}$"
_BOUND_VALUE: Node = {"type": "integer", "minimum": 0, "maximum": 100000}
# OverrideConcurrencyKeySchema (schemas/queues.js): a string or number, stored as a 1-128 character string.
_CONCURRENCY_KEY: Node = {"type": "string", "minLength": 1, "maxLength": 128}
_BODY_CONCURRENCY_KEY: Node = {"anyOf": [_CONCURRENCY_KEY, {"type": "number"}]}
_NULLABLE_INT: Node = {"type": ["integer", "null"]}
_NULLABLE_TIME: Node = {"type": ["string", "null"], "format": "date-time"}


def _name_param() -> Node:
    return {
        "name": "name",
        "in": "path",
        "required": True,
        "description": "The limit's name (`task/<task id>` for a task's inline limit), URI-encoded",
        "schema": {"type": "string"},
    }


def _bound(last: str) -> Node:
    """ConcurrencyLimitBound (``overriddenAt``) or ConcurrencyLimitKeyBound (``expiresAt``)."""
    return {
        "type": "object",
        "required": ["current", "base", "override", last],
        "properties": {
            "current": copy.deepcopy(_NULLABLE_INT),
            "base": copy.deepcopy(_NULLABLE_INT),
            "override": copy.deepcopy(_NULLABLE_INT),
            last: copy.deepcopy(_NULLABLE_TIME),
        },
    }


def _limit_schemas() -> dict[str, Node]:
    item: Node = {
        "type": "object",
        "required": ["id", "name", "perKey", "total", "running", "queued"],
        "properties": {
            "id": {"type": "string", "description": "The limit's id, `climit_…`"},
            "name": {"type": "string"},
            "perKey": schema_ref("ConcurrencyLimitBound"),
            "total": schema_ref("ConcurrencyLimitBound"),
            "running": {"type": "integer", "description": "Runs executing that hold this limit"},
            "queued": {"type": "integer", "description": "Queued runs that must clear this limit to execute"},
            "paused": {"type": "boolean", "description": "A paused limit admits no runs (older servers omit it)"},
        },
    }
    key_item: Node = {
        "type": "object",
        "required": ["name", "concurrencyKey", "perKey", "running", "paused"],
        "properties": {
            "name": {"type": "string"},
            "concurrencyKey": {"type": "string"},
            "perKey": schema_ref("ConcurrencyLimitKeyBound"),
            "running": {"type": "integer", "description": "Runs executing for this key that hold this limit"},
            "paused": {"type": "boolean"},
        },
    }
    return {
        "ConcurrencyLimitBound": _bound("overriddenAt"),
        "ConcurrencyLimitKeyBound": _bound("expiresAt"),
        "ConcurrencyLimitItem": item,
        "ConcurrencyLimitKeyItem": key_item,
    }


def _operation(operation_id: str, summary: str, description: str, answer: Node, **extra: Any) -> Node:
    return {
        "operationId": operation_id,
        "tags": ["concurrency_limits"],
        "summary": summary,
        "description": description,
        "security": [{"secretKey": []}],
        **extra,
        "responses": {"200": json_content(answer), **error_responses(400, 401, 404)},
    }


def _json_body(schema: Node, *, required: bool = True) -> Node:
    return {"required": required, "content": {"application/json": {"schema": schema}}}


def list_concurrency_limits(spec: Node) -> bool:
    """``listConcurrencyLimits``: an offset page (``zodfetchOffsetLimitPage``, ``perPage`` then ``page``)."""
    page: Node = {
        "type": "object",
        "required": ["data", "pagination"],
        "properties": {
            "data": {"type": "array", "items": schema_ref("ConcurrencyLimitItem")},
            "pagination": {
                "type": "object",
                "required": ["currentPage", "totalPages", "count"],
                "properties": {
                    "currentPage": {"type": "integer"},
                    "totalPages": {"type": "integer"},
                    "count": {"type": "integer"},
                },
            },
        },
    }
    operation = _operation(
        "list_concurrency_limits_v1",
        "List concurrency limits",
        "The environment's named limits; a task's inline limit is listed as `task/<task id>`.",
        schema_ref("ConcurrencyLimitPage"),
        parameters=[
            {"name": "perPage", "in": "query", "required": False, "schema": {"type": "integer"}},
            {"name": "page", "in": "query", "required": False, "schema": {"type": "integer"}},
        ],
    )
    return add_path(
        spec,
        "/api/v1/concurrency-limits",
        "get",
        operation,
        {**_limit_schemas(), "ConcurrencyLimitPage": page},
    )


def retrieve_concurrency_limit(spec: Node) -> bool:
    """``retrieveConcurrencyLimit`` (ConcurrencyLimitItem) and ``retrieveConcurrencyLimitKey``
    (``?concurrencyKey=``, ConcurrencyLimitKeyItem): one route, two answers."""
    operation = _operation(
        "retrieve_concurrency_limit_v1",
        "Retrieve a concurrency limit",
        "The limit's bounds and live counts; with `concurrencyKey`, the limit as that key sees it.",
        {"anyOf": [schema_ref("ConcurrencyLimitItem"), schema_ref("ConcurrencyLimitKeyItem")]},
        parameters=[
            _name_param(),
            {"name": "concurrencyKey", "in": "query", "required": False, "schema": copy.deepcopy(_CONCURRENCY_KEY)},
        ],
    )
    return add_path(spec, "/api/v1/concurrency-limits/{name}", "get", operation, _limit_schemas())


def override_concurrency_limit(spec: Node) -> bool:
    """``overrideConcurrencyLimit`` / ``overrideConcurrencyLimitKey``: OverrideConcurrencyLimitRequestBody, one flat
    object (``perKey``/``total`` 0-100,000; ``concurrencyKey`` with ``perKey`` and an optional ``ttl``)."""
    body: Node = {
        "type": "object",
        "properties": {
            "perKey": copy.deepcopy(_BOUND_VALUE),
            "total": copy.deepcopy(_BOUND_VALUE),
            "concurrencyKey": copy.deepcopy(_BODY_CONCURRENCY_KEY),
            "ttl": {
                "anyOf": [{"type": "string"}, {"type": "integer", "minimum": 1}],
                "description": "How long a per-key override lasts: a duration such as `7d` or seconds "
                "(default 7 days, at most 30 days)",
            },
        },
    }
    operation = _operation(
        "override_concurrency_limit_v1",
        "Override a concurrency limit",
        "Changes the given bounds of the limit, or (with `concurrencyKey`) caps one key's `perKey` for `ttl`.",
        {"anyOf": [schema_ref("ConcurrencyLimitItem"), schema_ref("ConcurrencyLimitKeyItem")]},
        parameters=[_name_param()],
        requestBody=_json_body(schema_ref("OverrideConcurrencyLimitRequestBody")),
    )
    return add_path(
        spec,
        "/api/v1/concurrency-limits/{name}/override",
        "post",
        operation,
        {**_limit_schemas(), "OverrideConcurrencyLimitRequestBody": body},
    )


def pause_concurrency_limit(spec: Node) -> bool:
    """``pauseConcurrencyLimit``: ``{action: "pause" | "resume"}``, answered with the ConcurrencyLimitItem."""
    body: Node = {
        "type": "object",
        "required": ["action"],
        "properties": {"action": {"type": "string", "enum": ["pause", "resume"]}},
    }
    operation = _operation(
        "pause_concurrency_limit_v1",
        "Pause or resume a concurrency limit",
        "A paused limit admits no runs; runs already executing continue and the bounds are kept.",
        schema_ref("ConcurrencyLimitItem"),
        parameters=[_name_param()],
        requestBody=_json_body(body),
    )
    return add_path(spec, "/api/v1/concurrency-limits/{name}/pause", "post", operation, _limit_schemas())


def reset_concurrency_limit(spec: Node) -> bool:
    """``resetConcurrencyLimit`` (body ``{}``) / ``resetConcurrencyLimitKey`` (ResetConcurrencyLimitRequestBody)."""
    body: Node = {"type": "object", "properties": {"concurrencyKey": copy.deepcopy(_BODY_CONCURRENCY_KEY)}}
    operation = _operation(
        "reset_concurrency_limit_v1",
        "Reset a concurrency limit",
        "Back to the declared bounds; with `concurrencyKey`, clears only that key's override.",
        {"anyOf": [schema_ref("ConcurrencyLimitItem"), schema_ref("ConcurrencyLimitKeyItem")]},
        parameters=[_name_param()],
        requestBody=_json_body(body),
    )
    return add_path(spec, "/api/v1/concurrency-limits/{name}/reset", "post", operation, _limit_schemas())


def trigger_option_concurrency(spec: Node) -> bool:
    """``options.concurrency`` of trigger bodies (TriggerConcurrencyLimitsSchema: at most two limit names), which
    the v1 and v2 batch items share through TriggerTaskRequestBody."""
    options = spec["components"]["schemas"]["TriggerTaskRequestBody"]["properties"]["options"]
    props = options.setdefault("properties", {})
    if "concurrency" in props:
        return False
    props["concurrency"] = {
        "type": "array",
        "maxItems": 2,
        "items": {"type": "string", "pattern": LIMIT_NAME_PATTERN},
        "description": "Named concurrency limits this run holds instead of the task's declared named limits",
    }
    return True


def queue_version(spec: Node) -> bool:
    """``version`` of a queue (QueueItem in schemas/queues.js): ``V1`` carries its own concurrency limit, ``V2``
    is only the line runs wait in; a server that predates the field means V1."""
    props = spec["components"]["schemas"]["QueueObject"].setdefault("properties", {})
    if "version" in props:
        return False
    props["version"] = {
        "type": "string",
        "enum": ["V1", "V2"],
        "description": "V1: the queue's own concurrency limit applies; V2: concurrency is managed through "
        "concurrency limits (absent on older servers, meaning V1)",
    }
    return True


def replay_body(spec: Node) -> bool:
    """``replayRun`` sends ReplayRunRequestBody (a strict object) when given overrides, no body otherwise."""
    operation = spec["paths"]["/api/v1/runs/{runId}/replay"]["post"]
    if "requestBody" in operation:
        return False
    body: Node = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "payload": {"description": "The new payload; a superjson string with payloadType application/super+json"},
            "payloadType": {"type": "string", "enum": ["application/json", "application/super+json"]},
            "metadata": {"type": "object", "additionalProperties": True},
            "tags": {"type": "array", "items": {"type": "string", "maxLength": 128}, "maxItems": 10},
            "queue": {"type": "string", "description": "The name of a queue that exists in the environment"},
            "concurrencyKey": {"type": "string"},
            "machine": {
                "type": "string",
                "enum": ["micro", "small-1x", "small-2x", "medium-1x", "medium-2x", "large-1x", "large-2x"],
            },
            "version": {"type": "string", "description": "A version deployed to the environment"},
            "region": {"type": "string"},
            "delay": {"anyOf": [{"type": "string"}, {"type": "string", "format": "date-time"}]},
            "ttl": {"anyOf": [{"type": "string"}, {"type": "integer", "minimum": 0}]},
            "idempotencyKey": {"type": "string", "maxLength": 2048},
            "idempotencyKeyTTL": {"type": "string"},
            "maxAttempts": {"type": "integer", "minimum": 1},
            "maxDuration": {"type": "number", "minimum": 0},
            "priority": {"type": "number"},
        },
    }
    spec["components"]["schemas"].setdefault("ReplayRunRequestBody", body)
    operation["requestBody"] = _json_body(schema_ref("ReplayRunRequestBody"), required=False)
    return True


_CORE = "@trigger.dev/core 4.8.3 dist/esm/v3"
# (name, evidence, fix, scope): wrapped as Patch objects by codegen.patches.
ENDPOINTS: tuple[tuple[str, str, Callable[[Node], bool], str], ...] = (
    (
        "list_concurrency_limits",
        f"{_CORE}/apiClient/index.js listConcurrencyLimits; schemas/queues.js ConcurrencyLimitItem",
        list_concurrency_limits,
        "new path GET /api/v1/concurrency-limits",
    ),
    (
        "retrieve_concurrency_limit",
        f"{_CORE}/apiClient/index.js retrieveConcurrencyLimit(Key); schemas/queues.js ConcurrencyLimitKeyItem",
        retrieve_concurrency_limit,
        "new path GET /api/v1/concurrency-limits/{name}",
    ),
    (
        "override_concurrency_limit",
        f"{_CORE}/apiClient/index.js overrideConcurrencyLimit(Key); schemas/queues.js "
        "OverrideConcurrencyLimitRequestBody",
        override_concurrency_limit,
        "new path POST /api/v1/concurrency-limits/{name}/override",
    ),
    (
        "pause_concurrency_limit",
        f"{_CORE}/apiClient/index.js pauseConcurrencyLimit",
        pause_concurrency_limit,
        "new path POST /api/v1/concurrency-limits/{name}/pause",
    ),
    (
        "reset_concurrency_limit",
        f"{_CORE}/apiClient/index.js resetConcurrencyLimit(Key); schemas/queues.js ResetConcurrencyLimitRequestBody",
        reset_concurrency_limit,
        "new path POST /api/v1/concurrency-limits/{name}/reset",
    ),
    (
        "trigger_option_concurrency",
        f"{_CORE}/schemas/api.js TriggerConcurrencyLimitsSchema; sdk 4.8.3 concurrency-shared.js",
        trigger_option_concurrency,
        "TriggerTaskRequestBody options (v1 and v2 batch items too)",
    ),
    ("queue_version", f"{_CORE}/schemas/queues.js QueueItem", queue_version, "QueueObject"),
    (
        "replay_body",
        f"{_CORE}/apiClient/index.js replayRun, withSuperJsonPayload; schemas/api.js ReplayRunRequestBody",
        replay_body,
        "replay_run_v1 request body",
    ),
)
