"""Patches to query parameters: tags, run filters and statuses, deepObject flattening, dates, page sizes, order.

Each is a rule over every operation it concerns, scoped by the evidence (see the registry in ``patches.py``).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from codegen.patch_kit import (
    PatchTargetMissing,
    add_properties,
    component_schema,
    parameters_of,
    set_key,
    walk_mappings,
)
from codegen.spec import Node, operations, resolve

# Current (API version 2025-07-16) and legacy run statuses; filters accept both (docs/wire.md#polling-and-run-statuses).
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
    schema = component_schema(spec, "CommonRunsFilter")
    text_list = {"type": "array", "items": {"type": "string"}}
    changed = add_properties(
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
    # The SDK's wire order (docs/wire.md#runs-list-query); the generator emits parameters in this order.
    order = ["status", "taskIdentifier", "version", "bulkAction", "tag", "schedule", "isTest", "createdAt"]
    order += ["batch", "queue", "machine", "region"]
    props = schema["properties"]
    wanted = [k for k in order if k in props] + [k for k in props if k not in order]
    if list(props) != wanted:
        reordered = {k: props[k] for k in wanted}
        props.clear()
        props.update(reordered)
        changed = True
    return changed


def _is_run_status_enum(values: list[Any]) -> bool:
    """Only run statuses list both COMPLETED and SYSTEM_FAILURE (bulk-action, deployment and error enums do not)."""
    return "COMPLETED" in values and "SYSTEM_FAILURE" in values


def merge_run_statuses(spec: Node) -> bool:
    """Run-status enums (run objects, run filters, bulk-action filters) gain the current statuses, keeping every
    value the spec lists: the current set first, in the SDK's order, then any value only the spec has."""
    changed = False
    found = False
    for node in walk_mappings(spec):
        values = node.get("enum")
        if not isinstance(values, list) or not _is_run_status_enum(values):
            continue
        found = True
        merged = list(RUN_STATUSES) + [v for v in values if v not in RUN_STATUSES]
        if list(values) != merged:
            node["enum"] = merged
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
            # Arrays are comma-joined into one parameter (docs/wire.md#encoding).
            param.update({"style": "form", "explode": False})
        param["description"] = str(text).strip()
        yield param


def _parameter_lists(spec: Node) -> Iterator[tuple[Node, list[Any]]]:
    """Each non-empty ``parameters`` list of an operation or of its path item, with the node that holds it."""
    for _path, _method, op, item in operations(spec):
        for holder in (item, op):
            params = holder.get("parameters")
            if params:
                yield holder, params


def flatten_deep_object_params(spec: Node) -> bool:
    """The generator drops ``style: deepObject`` and sends ``status=…``; the server reads only ``filter[status]``."""
    changed = False
    for holder, params in _parameter_lists(spec):
        flat: list[Any] = []
        paging: list[Any] = []
        touched = False
        for raw in params:
            param = resolve(spec, raw)
            if param.get("in") == "query" and param.get("style") == "deepObject":
                touched = True
                name, description = str(param["name"]), param.get("description", "")
                expanded = list(_flat_params(spec, name, param["schema"], description))
                # The SDK sends filters first and page[...] last (docs/wire.md#cursor-pages).
                (paging if name == "page" else flat).extend(expanded)
            else:
                flat.append(raw)
        if touched:
            holder["parameters"] = flat + paging
            changed = True
    return changed


# Operation families whose date-time query filters the server parses as epoch milliseconds. Others (errors:
# ``CoercedDate`` takes ISO; deployments: plain strings) keep the documented ISO strings.
EPOCH_MS_QUERY_DATES = (
    "/api/v1/runs",  # SDK sends Date.getTime() (docs/wire.md#runs-list-query, docs/wire.md#parameters-and-encoding)
    "/api/v1/projects/{projectRef}/runs",  # the same query builder
    "/api/v1/waitpoints/tokens",  # SDK sends Date.getTime() (docs/wire.md#parameters-and-encoding)
    # The spec documents date-time, but ListSessionsQueryParams (packages/core/src/v3/schemas/api.ts) is
    # z.coerce.number().int(): an ISO string would fail validation. Follow the wire.
    "/api/v1/sessions",
)


def _date_query_params(spec: Node, path: str) -> list[Node]:
    """The list operation's date query parameters, whether still ISO (date-time) or already epoch ms (int64)."""
    item = spec["paths"].get(path) or {}
    return [
        param
        for holder in (item, item.get("get") or {})
        for param in parameters_of(spec, holder)
        if param.get("in") == "query" and param.get("schema", {}).get("format") in ("date-time", "int64")
    ]


def query_dates_as_epoch_ms(spec: Node) -> bool:
    """Date-time query filters of the runs, waitpoints and sessions lists travel as epoch ms (see the table)."""
    changed = False
    for path in EPOCH_MS_QUERY_DATES:
        params = _date_query_params(spec, path)
        if not params:
            raise PatchTargetMissing(f"no date-time query parameter on GET {path}")
        for param in params:
            if param["schema"].get("format") == "int64":
                continue
            param["schema"] = {"type": "integer", "format": "int64"}
            param["description"] = f"{param.get('description', '').strip()} (Unix epoch milliseconds)".strip()
            changed = True
    return changed


# Lists whose server accepts a smaller page than the spec's documented minimum.
PAGE_SIZE_MINIMUM_OVERRIDES: dict[str, int] = {
    # ApiRunListPresenter.server.ts: "page[size]" is .min(1).max(100); the spec documents 10
    # (docs/wire.md#parameters-and-encoding).
    "/api/v1/runs": 1,
    "/api/v1/projects/{projectRef}/runs": 1,
}


def page_sizes_as_documented(spec: Node) -> bool:
    """``page[size]`` keeps the documented bounds, runs excepted (the table); no default, so none is sent unasked."""
    changed = False
    for path, _method, op, item in operations(spec):
        for holder in (item, op):
            for param in parameters_of(spec, holder):
                if param.get("name") != "page[size]":
                    continue
                schema = param["schema"]
                if path in PAGE_SIZE_MINIMUM_OVERRIDES:
                    changed |= set_key(schema, "minimum", PAGE_SIZE_MINIMUM_OVERRIDES[path])
                # The SDK sends page[size] only when the caller gives a limit (docs/wire.md#cursor-pages).
                if "default" in schema:
                    del schema["default"]
                    changed = True
    for path in PAGE_SIZE_MINIMUM_OVERRIDES:
        if path not in spec["paths"]:
            raise PatchTargetMissing(f"page-size override for {path}: path not found")
    return changed


def _query_rank(param: Node) -> int:
    name = str(param.get("name", ""))
    if param.get("in") != "query":
        return 0
    if name == "perPage":
        return 1
    if name == "page":
        return 2
    # Cursor paging in the SDK's order (docs/wire.md#cursor-pages); deployments documents page[after] first.
    cursor = ("page[size]", "page[after]", "page[before]")
    if name in cursor:
        return 3 + cursor.index(name)
    return 6 if name.startswith("page[") else 0


def query_params_sdk_order(spec: Node) -> bool:
    """SDK order: filters, ``perPage`` before ``page``, cursor paging last (size, after, before; §2.6, §4)."""
    changed = False
    for holder, params in _parameter_lists(spec):
        ranked = sorted(params, key=lambda raw: _query_rank(resolve(spec, raw)))
        if ranked != list(params):
            holder["parameters"] = ranked
            changed = True
    return changed
