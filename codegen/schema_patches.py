"""Patches to request and response schemas: bodies the server reads, fields it sends, nulls, named variants.

Each names the schema or operation it fixes (see the registry in ``patches.py``); wire facts are from
``docs/wire.md``.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from codegen.patch_kit import (
    PatchTargetMissing,
    add_properties,
    batch_processing_schema,
    component_schema,
    json_schema_of,
    node_at,
    operation_by_id,
    walk_mappings,
)
from codegen.spec import Node, operations, resolve


def envvar_import_body_is_map(spec: Node) -> bool:
    """The server rejects the spec's array of {name, value}; it takes an object map plus flags (§12.3)."""
    body = json_schema_of(operation_by_id(spec, "upload_project_envvars_v1"), "requestBody")
    variables = node_at(body, "properties/variables")
    wanted = {
        "type": "object",
        "additionalProperties": {"type": "string"},
        "description": "Variables to import, as a map of name to value",
        "example": {"SLACK_API_KEY": "slack_123456"},
    }
    if dict(variables) == wanted:
        return False
    body["properties"]["variables"] = wanted
    add_properties(
        body,
        {"isSecret": {"type": "boolean", "description": "Store the imported variables as secrets (values hidden)"}},
    )
    return True


def envvar_responses_carry_is_secret(spec: Node) -> bool:
    """List and retrieve answer ``{name, value, isSecret}``; the spec shows only name/value (§12.4)."""
    secret = {"isSecret": {"type": "boolean", "description": "Whether the value is a secret (then it reads as empty)"}}
    changed = add_properties(component_schema(spec, "EnvVar"), copy.deepcopy(secret))
    changed |= add_properties(component_schema(spec, "EnvVarValue"), {"name": {"type": "string"}, **secret})
    create = json_schema_of(operation_by_id(spec, "create_project_envvar_v1"), "requestBody")
    changed |= add_properties(
        resolve(spec, create), {"isSecret": {"type": "boolean", "description": "Store the variable as a secret"}}
    )
    return changed


def envvar_env_any_slug(spec: Node) -> bool:
    """The server takes any environment slug (dev, stg/staging, prod, preview); the spec allows three (§12.3)."""
    param = node_at(spec, "components/parameters/env")
    schema = param["schema"]
    if "enum" not in schema:
        return False
    del schema["enum"]
    param["description"] = "Environment slug: `dev`, `stg` (or `staging`), `prod` or `preview`."
    return True


def trigger_options_complete(spec: Node) -> bool:
    """The SDK sends many trigger options the spec lacks; without them the generated body drops them (§2.2)."""
    body = component_schema(spec, "TriggerTaskRequestBody")
    changed = False
    payload = body["properties"]["payload"]
    if "payloadType" not in node_at(body, "properties/options/properties"):
        payload["description"] = (
            "The serialized payload: a superjson string (payloadType application/super+json), "
            "plain text, JSON, or a storage path (application/store)"
        )
        changed = True
    options = node_at(body, "properties/options")
    duration = {"oneOf": [{"type": "string"}, {"type": "number"}]}
    changed |= add_properties(
        options,
        {
            "test": {"type": "boolean", "description": "Mark the run as a test run"},
            "payloadType": {
                "type": "string",
                "description": "application/json, application/super+json, text/plain or application/store",
            },
            "payloadSize": {"type": "integer", "description": "UTF-8 byte length of the serialized payload"},
            "idempotencyKeyTTL": {"type": "string", "description": "How long the idempotency key is kept, e.g. `1h`"},
            "idempotencyKeyOptions": {
                "type": "object",
                "required": ["key", "scope"],
                "properties": {
                    "key": {"type": "string"},
                    "scope": {"type": "string", "enum": ["run", "attempt", "global"]},
                },
            },
            "maxAttempts": {"type": "integer", "minimum": 1, "description": "Override the task's retry attempts"},
            "metadata": {"type": "object", "description": "Run metadata (plain JSON)"},
            "maxDuration": {"type": "integer", "minimum": 1, "description": "Maximum compute seconds"},
            "parentRunId": {"type": "string"},
            "priority": {"type": "number", "description": "Queue priority offset in seconds"},
            "region": {"type": "string"},
            "lockToVersion": {"type": "string", "description": "Run on this deployed version, e.g. `20250101.1`"},
            "externalDeploymentId": {"type": "string", "maxLength": 128},
            "debounce": {
                "type": "object",
                "required": ["key", "delay"],
                "properties": {
                    "key": {"type": "string"},
                    "delay": copy.deepcopy(duration),
                    "mode": {"type": "string", "enum": ["leading", "trailing"]},
                    "maxDelay": copy.deepcopy(duration),
                },
            },
        },
    )
    return changed


def trigger_response_is_cached(spec: Node) -> bool:
    """The server answers ``{id, isCached}``; ``isCached`` tells that an idempotency key matched (§2.2)."""
    schema = component_schema(spec, "TriggerTaskResponse")
    changed = add_properties(
        schema, {"isCached": {"type": "boolean", "description": "True when an existing run was returned"}}
    )
    if "required" not in schema:
        schema["required"] = ["id"]
        changed = True
    return changed


_RUN_FLAGS: dict[str, Node] = {
    name: {"type": "boolean", "description": description}
    for name, description in {
        "isQueued": "Waiting to execute (queued, delayed or pending a version)",
        "isExecuting": "Executing now",
        "isWaiting": "Paused on a wait",
        "isCompleted": "Finished (server definition: excludes EXPIRED and TIMED_OUT)",
        "isSuccess": "Completed successfully",
        "isFailed": "Finished unsuccessfully",
        "isCancelled": "Canceled",
    }.items()
}


def run_objects_server_fields(spec: Node) -> bool:
    """Runs carry status flags, costs, attemptCount, taskKind and region that the spec lacks (§12.4)."""
    extra: dict[str, Node] = {
        **copy.deepcopy(_RUN_FLAGS),
        "costInCents": {"type": "number"},
        "baseCostInCents": {"type": "number"},
        "durationMs": {"type": "number"},
        "metadata": {"type": "object", "description": "The run's metadata"},
        "taskKind": {"type": "string", "description": "STANDARD, SCHEDULED or AGENT"},
        "region": {"type": "string"},
    }
    changed = False
    for name in ("CommonRunObject", "ListRunItem"):
        changed |= add_properties(component_schema(spec, name), copy.deepcopy(extra))
    retrieve = component_schema(spec, "RetrieveRunResponse")
    detail = next((part for part in retrieve.get("allOf", []) if "properties" in part), None)
    if detail is None:
        raise PatchTargetMissing("components/schemas/RetrieveRunResponse has no inline allOf part")
    changed |= add_properties(
        detail,
        {
            "attemptCount": {"type": "integer", "description": "Attempts made so far"},
            "error": {"$ref": "#/components/schemas/SerializedError"},
        },
    )
    # The server now sends attemptCount; ``attempts`` may be absent or empty.
    if "attempts" in detail.get("required", []):
        detail["required"] = [r for r in detail["required"] if r != "attempts"]
        if not detail["required"]:
            del detail["required"]
        changed = True
    # payload and output are any JSON value (string, number, array...), not only objects.
    for key in ("payload", "output"):
        prop = detail["properties"][key]
        if "type" in prop:
            del prop["type"]
            changed = True
    return changed


def schedule_fields(spec: Node) -> bool:
    """Schedules have ``window`` and ``nextRunEffectiveAt``; create/update accept ``window`` (§12.4)."""
    window = {"type": "string", "description": "Spread runs over a window after the cron time, e.g. `30m` or `30%`"}
    changed = add_properties(
        component_schema(spec, "ScheduleObject"),
        {
            "window": copy.deepcopy(window),
            "nextRunEffectiveAt": {"type": "string", "format": "date-time", "description": "Next run, window applied"},
        },
    )
    for name in ("CreateScheduleOptions", "UpdateScheduleOptions"):
        changed |= add_properties(component_schema(spec, name), {"window": copy.deepcopy(window)})
    return changed


def batch_processing(spec: Node) -> bool:
    """The batch retrieve answer carries ``processing`` with per-item errors (§2.3)."""
    schema = json_schema_of(operation_by_id(spec, "retrieve_batch_v1"), "responses/200")
    return add_properties(resolve(spec, schema), {"processing": batch_processing_schema(strict=False)})


def query_response_named_variants(spec: Node) -> bool:
    """Two inline oneOf variants clash on generated names and the model is dropped; name them."""
    response = component_schema(spec, "ExecuteQueryResponse")
    variants = response.get("oneOf")
    if not isinstance(variants, list):
        raise PatchTargetMissing("components/schemas/ExecuteQueryResponse has no oneOf")
    if all("$ref" in v for v in variants):
        return False
    schemas = spec["components"]["schemas"]
    refs = []
    for variant in variants:
        fmt = str(node_at(variant, "properties/format")["enum"][0])
        name = f"ExecuteQuery{fmt.capitalize()}Response"
        named = copy.deepcopy(variant)
        named["required"] = ["format", "results"]
        schemas[name] = named
        refs.append({"$ref": f"#/components/schemas/{name}"})
    response["oneOf"] = refs
    return True


def _response_schemas(spec: Node) -> Iterator[Node]:
    """Every schema node reachable from a response body, following $refs once each."""
    seen: set[int] = set()
    stack: list[Any] = []
    for _path, _method, op, _item in operations(spec):
        for response in op.get("responses", {}).values():
            for media in resolve(spec, response).get("content", {}).values():
                stack.append(media.get("schema"))
    while stack:
        node = resolve(spec, stack.pop())
        if not isinstance(node, dict) or id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        stack.extend(node.get("properties", {}).values())
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                stack.append(node[key])
        for key in ("allOf", "oneOf", "anyOf"):
            stack.extend(node.get(key, []))


def fields_the_server_always_sends(spec: Node) -> bool:
    """The SDK's response schemas require these fields; marking them required gives callers non-optional types."""
    run_fields = [
        "isQueued",
        "isExecuting",
        "isWaiting",
        "isCompleted",
        "isSuccess",
        "isFailed",
        "isCancelled",
        "costInCents",
        "baseCostInCents",
        "durationMs",
        "tags",
        "isTest",
    ]
    wanted = {
        "CommonRunObject": run_fields,
        "ListRunItem": run_fields,
        "ScheduleObject": ["id", "type", "task", "active", "generator", "timezone", "environments"],
        "ScheduleObject/properties/generator": ["type", "expression", "description"],
    }
    changed = False
    for path, names in wanted.items():
        schema = node_at(spec, f"components/schemas/{path}")
        required = list(schema.get("required", []))
        missing = [name for name in names if name not in required and name in schema.get("properties", {})]
        if missing:
            schema["required"] = required + missing
            changed = True
    return changed


def optional_response_fields_nullable(spec: Node) -> bool:
    """The server sends ``null`` for absent optional fields the spec types as non-null; parsing must not fail."""
    changed = False
    for schema in list(_response_schemas(spec)):
        required = set(schema.get("required", []))
        for name, prop in schema.get("properties", {}).items():
            if name in required or "$ref" in prop or "allOf" in prop or "oneOf" in prop:
                continue
            if prop.get("type") in (None, "null") or prop.get("nullable") is True:
                continue
            if isinstance(prop.get("type"), list):
                continue
            prop["nullable"] = True
            changed = True
    return changed


def nullable_as_null_type(spec: Node) -> bool:
    """OpenAPI 3.1 validators ignore ``nullable``, so the server's nulls fail contract checks; use a null type."""
    if not str(spec.get("openapi", "")).startswith("3.1"):
        return False
    changed = False
    for node in list(walk_mappings(spec)):
        # Enums keep ``nullable``: a null member makes the generator drop (rename) the enum classes.
        if node.get("nullable") is True and isinstance(node.get("type"), str) and "enum" not in node:
            node["type"] = [node["type"], "null"]
            del node["nullable"]
            changed = True
    return changed


def overlapping_one_of_as_any_of(spec: Node) -> bool:
    """A ``oneOf`` of same-typed variants (duration or date-time string) rejects values matching both."""
    changed = False
    for node in list(walk_mappings(spec)):
        variants = node.get("oneOf")
        if not isinstance(variants, list) or len(variants) < 2:
            continue
        plain = all(isinstance(v, dict) and not {"$ref", "enum", "const"} & set(v) for v in variants)
        if plain and len({repr(v.get("type")) for v in variants}) == 1:
            node["anyOf"] = node.pop("oneOf")
            changed = True
    return changed


# The order in which the SDK emits trigger options (docs/wire.md#trigger-options); the generated to_dict follows it.
TRIGGER_OPTION_ORDER = (
    "queue",
    "concurrency",
    "concurrencyKey",
    "test",
    "payloadType",
    "payloadSize",
    "idempotencyKey",
    "idempotencyKeyTTL",
    "idempotencyKeyOptions",
    "delay",
    "ttl",
    "tags",
    "maxAttempts",
    "metadata",
    "maxDuration",
    "parentRunId",
    "machine",
    "priority",
    "region",
    "lockToVersion",
    "externalDeploymentId",
    "debounce",
)


def trigger_options_sdk_order(spec: Node) -> bool:
    """Trigger options go out in the SDK's key order (§2.2), so bodies compare byte for byte."""
    props = node_at(component_schema(spec, "TriggerTaskRequestBody"), "properties/options/properties")
    wanted = [k for k in TRIGGER_OPTION_ORDER if k in props] + [k for k in props if k not in TRIGGER_OPTION_ORDER]
    if list(props) == wanted:
        return False
    reordered = {k: props[k] for k in wanted}
    props.clear()
    props.update(reordered)
    return True


def auth_jwt_claims_endpoint(spec: Node) -> bool:
    """Public tokens are signed over server claims from ``POST /api/v1/auth/jwt/claims``, absent from the spec (§11)."""
    paths = node_at(spec, "paths")
    if "/api/v1/auth/jwt/claims" in paths:
        return False
    paths["/api/v1/auth/jwt/claims"] = {
        "post": {
            "operationId": "create_jwt_claims_v1",
            "tags": ["auth"],
            "summary": "Claims for a public access token",
            "description": "The claims (`sub` = environment id, `pub` = true) a locally signed public JWT carries.",
            "security": [{"secretKey": []}],
            "responses": {
                "200": {
                    "description": "Successful request",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["sub", "pub"],
                                "properties": {"sub": {"type": "string"}, "pub": {"type": "boolean"}},
                            }
                        }
                    },
                },
                "401": {
                    "description": "Unauthorized",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}},
                },
            },
        }
    }
    return True


def delete_schedule_returns_id(spec: Node) -> bool:
    """Deleting a schedule answers ``{id}`` (docs/wire.md#schedules); the spec gives the 200 no body, so it parsed to
    None."""
    ok = node_at(operation_by_id(spec, "delete_schedule_v1"), "responses/200")
    if "content" in ok:
        return False
    ok["content"] = {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string", "description": "The deleted schedule's id"}},
            }
        }
    }
    return True
