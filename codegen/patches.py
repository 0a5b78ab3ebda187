"""Fixes applied to the vendored spec before generation.

Each patch is a small named function with a one-line reason. Patches are rules over the whole
document where possible (every deepObject parameter, every run-status enum, every response schema)
so that operations added by later spec versions are handled too. A patch whose fix is already in
the spec changes nothing; a patch whose target is gone raises :class:`PatchTargetMissing` naming
itself and the missing path, unless it is marked optional. Wire facts: ``shared/reference/sdk-wire.md``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from codegen.extra_endpoints import EXTRA_ENDPOINTS
from codegen.spec import Node, operations, resolve

# Current (API version 2025-07-16) and legacy run statuses; filters accept both (sdk-wire.md §8).
RUN_STATUSES = (
    "PENDING_VERSION",
    "WAITING_FOR_DEPLOY",
    "DELAYED",
    "QUEUED",
    "DEQUEUED",
    "EXECUTING",
    "WAITING",
    "REATTEMPTING",
    "FROZEN",
    "COMPLETED",
    "CANCELED",
    "FAILED",
    "CRASHED",
    "INTERRUPTED",
    "SYSTEM_FAILURE",
    "EXPIRED",
    "TIMED_OUT",
)


class PatchTargetMissing(Exception):
    """A patch could not find what it fixes: the spec changed shape and the patch must be revisited."""


@dataclass(frozen=True)
class Patch:
    name: str
    why: str
    fix: Callable[[Node], bool]
    optional: bool = False

    def apply(self, spec: Node) -> bool:
        """Apply the fix; return whether the document changed."""
        try:
            return self.fix(spec)
        except PatchTargetMissing as exc:
            if self.optional:
                return False
            raise PatchTargetMissing(f"patch {self.name!r}: {exc}") from None


def _at(spec: Node, path: str) -> Any:
    """The node at a slash-separated path (``~1`` escapes ``/``), or PatchTargetMissing."""
    node: Any = spec
    for part in path.split("/"):
        key = part.replace("~1", "/")
        if not isinstance(node, dict) or key not in node:
            raise PatchTargetMissing(f"{path} not found")
        node = node[key]
    return node


def _schema(spec: Node, name: str) -> Node:
    node: Node = _at(spec, f"components/schemas/{name}")
    return node


def _operation(spec: Node, operation_id: str) -> Node:
    for _path, _method, op, _item in operations(spec):
        if op.get("operationId") == operation_id:
            return op
    raise PatchTargetMissing(f"operation {operation_id} not found")


def _json_schema(op: Node, where: str) -> Node:
    """The application/json schema of ``requestBody`` or ``responses/<code>``."""
    node: Node = _at(op, f"{where}/content/application~1json/schema")
    return node


def _add_properties(schema: Node, props: dict[str, Node]) -> bool:
    """Add the properties that are missing; existing ones are left as the spec has them."""
    properties = schema.setdefault("properties", {})
    changed = False
    for name, prop in props.items():
        if name not in properties:
            properties[name] = prop
            changed = True
    return changed


def _set(node: Node, key: str, value: Any) -> bool:
    if node.get(key) == value:
        return False
    node[key] = value
    return True


def _walk(node: Any) -> Iterator[Node]:
    """Every mapping in the tree, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _parameters(spec: Node, holder: Node) -> list[Node]:
    return [resolve(spec, p) for p in holder.get("parameters", [])]


# --- patches -------------------------------------------------------------------------------------


def merge_singular_tags(spec: Node) -> bool:
    """retrieve_run_v1 alone is tagged ``run``; every other run operation is under ``runs``."""
    tags = {str(t) for _p, _m, op, _i in operations(spec) for t in op.get("tags", [])}
    changed = False
    for _path, _method, op, _item in operations(spec):
        new_tags = [f"{t}s" if f"{t}s" in tags else t for t in op.get("tags", [])]
        if new_tags != list(op.get("tags", [])):
            op["tags"] = new_tags
            changed = True
    return changed


def add_missing_run_filters(spec: Node) -> bool:
    """The server and SDK filter runs by batch, queue, machine and region; the spec omits them."""
    schema = _schema(spec, "CommonRunsFilter")
    text_list = {"type": "array", "items": {"type": "string"}}
    changed = _add_properties(
        schema,
        {
            "batch": {"type": "string", "description": "The batch ID to filter the runs by", "example": "batch_1234"},
            "queue": {
                **copy.deepcopy(text_list),
                "description": "Queue names; task queues are written `task/<task id>`, custom queues by name",
            },
            "machine": {**copy.deepcopy(text_list), "description": "Machine presets, e.g. `small-1x`"},
            "region": {**copy.deepcopy(text_list), "description": "Regions the runs executed in"},
        },
    )
    # The SDK's wire order (sdk-wire.md §2.1); the generator emits parameters in this order.
    order = ["status", "taskIdentifier", "version", "bulkAction", "tag", "schedule", "isTest", "createdAt"]
    props = schema["properties"]
    wanted = [k for k in order if k in props] + [k for k in props if k not in order]
    if list(props) != wanted:
        reordered = {k: props[k] for k in wanted}
        props.clear()
        props.update(reordered)
        changed = True
    return changed


def current_run_statuses(spec: Node) -> bool:
    """The SDK's API version header makes the server answer with statuses the spec's legacy enum lacks."""
    changed = False
    found = False
    for node in _walk(spec):
        values = node.get("enum")
        if isinstance(values, list) and "COMPLETED" in values and "SYSTEM_FAILURE" in values:
            found = True
            if list(values) != list(RUN_STATUSES):
                node["enum"] = list(RUN_STATUSES)
                changed = True
    if not found:
        raise PatchTargetMissing("no run-status enum (one listing COMPLETED and SYSTEM_FAILURE)")
    return changed


def _merged_object(spec: Node, schema: Any) -> Node:
    """One object schema from a schema that may be a $ref or an allOf of object schemas."""
    schema = resolve(spec, schema)
    if "allOf" in schema:
        merged: Node = {"type": "object", "properties": {}}
        for part in schema["allOf"]:
            merged["properties"].update(_merged_object(spec, part).get("properties", {}))
        return merged
    return schema  # type: ignore[no-any-return]


def _flat_params(spec: Node, prefix: str, schema: Node, description: str) -> Iterator[Node]:
    for name, prop in _merged_object(spec, schema).get("properties", {}).items():
        key = f"{prefix}[{name}]"
        prop = resolve(spec, prop)
        if prop.get("type") == "object":
            yield from _flat_params(spec, key, prop, description)
            continue
        param_schema = copy.deepcopy(prop)
        text = param_schema.pop("description", None) or description
        param: Node = {"in": "query", "name": key, "required": False, "schema": param_schema}
        if param_schema.get("type") == "array":
            # Arrays are comma-joined into one parameter (sdk-wire.md §1.4).
            param.update({"style": "form", "explode": False})
        param["description"] = str(text).strip()
        yield param


def flatten_deep_object_params(spec: Node) -> bool:
    """The generator drops ``style: deepObject`` and sends ``status=…``; the server reads only ``filter[status]``."""
    changed = False
    for _path, _method, op, item in operations(spec):
        for holder in (item, op):
            params = holder.get("parameters")
            if not params:
                continue
            flat: list[Any] = []
            paging: list[Any] = []
            touched = False
            for raw in params:
                param = resolve(spec, raw)
                if param.get("in") == "query" and param.get("style") == "deepObject":
                    touched = True
                    name, description = str(param["name"]), param.get("description", "")
                    expanded = list(_flat_params(spec, name, param["schema"], description))
                    # The SDK sends filters first and page[...] last (sdk-wire.md §4.1).
                    (paging if name == "page" else flat).extend(expanded)
                else:
                    flat.append(raw)
            if touched:
                holder["parameters"] = flat + paging
                changed = True
    return changed


def query_dates_as_epoch_ms(spec: Node) -> bool:
    """The SDK sends created-at filter bounds as epoch milliseconds, which the server expects (§12.3)."""
    changed = False
    for _path, _method, op, item in operations(spec):
        for holder in (item, op):
            for param in _parameters(spec, holder):
                schema = param.get("schema", {})
                if param.get("in") == "query" and schema.get("format") == "date-time":
                    param["schema"] = {"type": "integer", "format": "int64"}
                    param["description"] = f"{param.get('description', '').strip()} (Unix epoch milliseconds)".strip()
                    changed = True
    return changed


def page_size_from_one(spec: Node) -> bool:
    """The server accepts any ``page[size]`` from 1 to 100; the spec's minimum of 10 is wrong (§12.3)."""
    changed = False
    for _path, _method, op, item in operations(spec):
        for holder in (item, op):
            for param in _parameters(spec, holder):
                if param.get("name") == "page[size]":
                    schema = param["schema"]
                    changed |= _set(schema, "minimum", 1)
                    changed |= _set(schema, "maximum", 100)
                    if "default" in schema:
                        del schema["default"]
                        changed = True
    return changed


def envvar_import_body_is_map(spec: Node) -> bool:
    """The server rejects the spec's array of {name, value}; it takes an object map plus flags (§12.3)."""
    body = _json_schema(_operation(spec, "upload_project_envvars_v1"), "requestBody")
    variables = _at(body, "properties/variables")
    wanted = {
        "type": "object",
        "additionalProperties": {"type": "string"},
        "description": "Variables to import, as a map of name to value",
        "example": {"SLACK_API_KEY": "slack_123456"},
    }
    if dict(variables) == wanted:
        return False
    body["properties"]["variables"] = wanted
    _add_properties(
        body,
        {"isSecret": {"type": "boolean", "description": "Store the imported variables as secrets (values hidden)"}},
    )
    return True


def envvar_responses_carry_is_secret(spec: Node) -> bool:
    """List and retrieve answer ``{name, value, isSecret}``; the spec shows only name/value (§12.4)."""
    secret = {"isSecret": {"type": "boolean", "description": "Whether the value is a secret (then it reads as empty)"}}
    changed = _add_properties(_schema(spec, "EnvVar"), copy.deepcopy(secret))
    changed |= _add_properties(_schema(spec, "EnvVarValue"), {"name": {"type": "string"}, **secret})
    create = _json_schema(_operation(spec, "create_project_envvar_v1"), "requestBody")
    changed |= _add_properties(
        resolve(spec, create), {"isSecret": {"type": "boolean", "description": "Store the variable as a secret"}}
    )
    return changed


def envvar_env_any_slug(spec: Node) -> bool:
    """The server takes any environment slug (dev, stg/staging, prod, preview); the spec allows three (§12.3)."""
    param = _at(spec, "components/parameters/env")
    schema = param["schema"]
    if "enum" not in schema:
        return False
    del schema["enum"]
    param["description"] = "Environment slug: `dev`, `stg` (or `staging`), `prod` or `preview`."
    return True


def trigger_options_complete(spec: Node) -> bool:
    """The SDK sends many trigger options the spec lacks; without them the generated body drops them (§2.2)."""
    body = _schema(spec, "TriggerTaskRequestBody")
    changed = False
    payload = body["properties"]["payload"]
    if "payloadType" not in _at(body, "properties/options/properties"):
        payload["description"] = (
            "The serialized payload: a superjson string (payloadType application/super+json), "
            "plain text, JSON, or a storage path (application/store)"
        )
        changed = True
    options = _at(body, "properties/options")
    duration = {"oneOf": [{"type": "string"}, {"type": "number"}]}
    changed |= _add_properties(
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
    schema = _schema(spec, "TriggerTaskResponse")
    changed = _add_properties(
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
        changed |= _add_properties(_schema(spec, name), copy.deepcopy(extra))
    retrieve = _schema(spec, "RetrieveRunResponse")
    detail = next((part for part in retrieve.get("allOf", []) if "properties" in part), None)
    if detail is None:
        raise PatchTargetMissing("components/schemas/RetrieveRunResponse has no inline allOf part")
    changed |= _add_properties(
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
    changed = _add_properties(
        _schema(spec, "ScheduleObject"),
        {
            "window": copy.deepcopy(window),
            "nextRunEffectiveAt": {"type": "string", "format": "date-time", "description": "Next run, window applied"},
        },
    )
    for name in ("CreateScheduleOptions", "UpdateScheduleOptions"):
        changed |= _add_properties(_schema(spec, name), {"window": copy.deepcopy(window)})
    return changed


def batch_processing(spec: Node) -> bool:
    """The batch retrieve answer carries ``processing`` with per-item errors (§2.3)."""
    schema = _json_schema(_operation(spec, "retrieve_batch_v1"), "responses/200")
    return _add_properties(
        resolve(spec, schema),
        {
            "processing": {
                "type": "object",
                "properties": {
                    "completedAt": {"type": "string", "format": "date-time"},
                    "errors": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "index": {"type": "integer"},
                                "taskIdentifier": {"type": "string"},
                                "error": {},
                                "errorCode": {"type": "string"},
                            },
                        },
                    },
                },
            }
        },
    )


def query_response_named_variants(spec: Node) -> bool:
    """Two inline oneOf variants clash on generated names and the model is dropped; name them."""
    response = _schema(spec, "ExecuteQueryResponse")
    variants = response.get("oneOf")
    if not isinstance(variants, list):
        raise PatchTargetMissing("components/schemas/ExecuteQueryResponse has no oneOf")
    if all("$ref" in v for v in variants):
        return False
    schemas = spec["components"]["schemas"]
    refs = []
    for variant in variants:
        fmt = str(_at(variant, "properties/format")["enum"][0])
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
        schema = _at(spec, f"components/schemas/{path}")
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
    for node in list(_walk(spec)):
        # Enums keep ``nullable``: a null member makes the generator drop (rename) the enum classes.
        if node.get("nullable") is True and isinstance(node.get("type"), str) and "enum" not in node:
            node["type"] = [node["type"], "null"]
            del node["nullable"]
            changed = True
    return changed


def overlapping_one_of_as_any_of(spec: Node) -> bool:
    """A ``oneOf`` of same-typed variants (duration or date-time string) rejects values matching both."""
    changed = False
    for node in list(_walk(spec)):
        variants = node.get("oneOf")
        if not isinstance(variants, list) or len(variants) < 2:
            continue
        plain = all(isinstance(v, dict) and not {"$ref", "enum", "const"} & set(v) for v in variants)
        if plain and len({repr(v.get("type")) for v in variants}) == 1:
            node["anyOf"] = node.pop("oneOf")
            changed = True
    return changed


def _query_rank(param: Node) -> int:
    name = str(param.get("name", ""))
    if param.get("in") != "query":
        return 0
    if name == "perPage":
        return 1
    if name == "page":
        return 2
    return 3 if name.startswith("page[") else 0


def query_params_sdk_order(spec: Node) -> bool:
    """The SDK sends filters, then ``perPage`` before ``page`` and ``page[...]`` last (§2.6, §4); match its order."""
    changed = False
    for _path, _method, op, item in operations(spec):
        for holder in (item, op):
            params = holder.get("parameters")
            if not params:
                continue
            ranked = sorted(params, key=lambda raw: _query_rank(resolve(spec, raw)))
            if ranked != list(params):
                holder["parameters"] = ranked
                changed = True
    return changed


# The order in which the SDK emits trigger options (sdk-wire.md §2.2); the generated to_dict follows it.
TRIGGER_OPTION_ORDER = (
    "queue",
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
    props = _at(_schema(spec, "TriggerTaskRequestBody"), "properties/options/properties")
    wanted = [k for k in TRIGGER_OPTION_ORDER if k in props] + [k for k in props if k not in TRIGGER_OPTION_ORDER]
    if list(props) == wanted:
        return False
    reordered = {k: props[k] for k in wanted}
    props.clear()
    props.update(reordered)
    return True


def auth_jwt_claims_endpoint(spec: Node) -> bool:
    """Public tokens are signed over server claims from ``POST /api/v1/auth/jwt/claims``, absent from the spec (§11)."""
    paths = _at(spec, "paths")
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
    """Deleting a schedule answers ``{id}`` (sdk-wire.md §2.4); the spec gives the 200 no body, so it parsed to None."""
    ok = _at(_operation(spec, "delete_schedule_v1"), "responses/200")
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


PATCHES: tuple[Patch, ...] = (
    *(Patch(*extra) for extra in EXTRA_ENDPOINTS),
    Patch("merge_singular_tags", "one run operation sits alone under tag `run`", merge_singular_tags),
    Patch("add_missing_run_filters", "batch/queue/machine/region run filters", add_missing_run_filters),
    Patch("current_run_statuses", "server answers with the current status set", current_run_statuses),
    Patch("flatten_deep_object_params", "deepObject filters are dropped by the generator", flatten_deep_object_params),
    Patch("query_dates_as_epoch_ms", "created-at filter bounds travel as epoch ms", query_dates_as_epoch_ms),
    Patch("page_size_from_one", "page[size] accepts 1-100", page_size_from_one),
    Patch("envvar_import_body_is_map", "import body is an object map", envvar_import_body_is_map),
    Patch("envvar_responses_carry_is_secret", "env var answers carry isSecret", envvar_responses_carry_is_secret),
    Patch("envvar_env_any_slug", "env slug is any of dev/stg/staging/prod/preview", envvar_env_any_slug),
    Patch("trigger_options_complete", "trigger options the SDK sends", trigger_options_complete),
    Patch("trigger_response_is_cached", "trigger answer carries isCached", trigger_response_is_cached),
    Patch("run_objects_server_fields", "run fields the server sends", run_objects_server_fields),
    Patch("schedule_fields", "schedule window and nextRunEffectiveAt", schedule_fields),
    Patch("batch_processing", "batch processing errors", batch_processing),
    Patch("query_response_named_variants", "duplicate model dropped by the generator", query_response_named_variants),
    Patch("fields_the_server_always_sends", "required as the SDK's schemas", fields_the_server_always_sends),
    Patch("optional_response_fields_nullable", "null optional fields", optional_response_fields_nullable),
    Patch("nullable_as_null_type", "3.1 validators ignore nullable", nullable_as_null_type),
    Patch("overlapping_one_of_as_any_of", "oneOf of two strings rejects dates", overlapping_one_of_as_any_of),
    Patch("query_params_sdk_order", "filters, perPage, page, page[...] like the SDK", query_params_sdk_order),
    Patch("trigger_options_sdk_order", "trigger options in the SDK's key order", trigger_options_sdk_order),
    Patch("delete_schedule_returns_id", "delete answers {id}", delete_schedule_returns_id),
    Patch("auth_jwt_claims_endpoint", "public token claims endpoint", auth_jwt_claims_endpoint),
)


def apply_all(spec: Node, patches: tuple[Patch, ...] = PATCHES) -> list[str]:
    """Apply every patch in order; return the names of those that changed the document."""
    return [patch.name for patch in patches if patch.apply(spec)]
