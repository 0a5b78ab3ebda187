"""The machinery of spec patches: the registry record, outcomes, the report, and node helpers.

A patch is a function that fixes the document and says whether it changed anything; it raises
:class:`PatchTargetMissing` when what it fixes is not there. :class:`Patch` records it with its scope and
evidence, and turns that exception into an outcome, so every patch runs and the report shows them all.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from codegen.spec import Node, operations, resolve


class PatchTargetMissing(Exception):
    """A patch could not find what it fixes: the spec changed shape and the patch must be revisited."""


@dataclass(frozen=True)
class Patch:
    """One registered fix: ``why`` is the evidence, ``scope`` what it touches (default: the whole document)."""

    name: str
    why: str
    fix: Callable[[Node], bool]
    optional: bool = False
    scope: str = "whole document"

    def apply(self, spec: Node) -> PatchOutcome:
        """Apply the fix and say what happened; a missing target is an outcome, not an exception."""
        try:
            changed = self.fix(spec)
        except PatchTargetMissing as exc:
            if self.optional:
                return PatchOutcome(self, NO_OP, f"optional, target gone: {exc}")
            return PatchOutcome(self, TARGET_GONE, str(exc))
        return PatchOutcome(self, APPLIED if changed else NO_OP)


APPLIED, NO_OP, TARGET_GONE = "applied", "no-op", "target gone"


@dataclass(frozen=True)
class PatchOutcome:
    """What one patch did to one document (``detail`` names the missing target)."""

    patch: Patch
    status: str
    detail: str = ""

    def line(self) -> str:
        """The report entry: status and name, then scope, evidence and (when gone) the missing target."""
        lines = [f"{self.status:<12} {self.patch.name}", f"{'':13}scope: {self.patch.scope}"]
        lines.append(f"{'':13}evidence: {self.patch.why}")
        if self.detail:
            lines.append(f"{'':13}{self.detail}")
        return "\n".join(lines)


def node_at(spec: Node, path: str) -> Any:
    """The node at a slash-separated path (``~1`` escapes ``/``), or PatchTargetMissing."""
    node: Any = spec
    for part in path.split("/"):
        key = part.replace("~1", "/")
        if not isinstance(node, dict) or key not in node:
            raise PatchTargetMissing(f"{path} not found")
        node = node[key]
    return node


def component_schema(spec: Node, name: str) -> Node:
    """``components/schemas/<name>``, or PatchTargetMissing."""
    node: Node = node_at(spec, f"components/schemas/{name}")
    return node


def operation_by_id(spec: Node, operation_id: str) -> Node:
    """The operation with this ``operationId``, or PatchTargetMissing."""
    for _path, _method, op, _item in operations(spec):
        if op.get("operationId") == operation_id:
            return op
    raise PatchTargetMissing(f"operation {operation_id} not found")


def json_schema_of(op: Node, where: str) -> Node:
    """The application/json schema of ``requestBody`` or ``responses/<code>``."""
    node: Node = node_at(op, f"{where}/content/application~1json/schema")
    return node


def batch_processing_schema(*, strict: bool) -> Node:
    """``processing`` of a batch retrieve answer: when processing completed and the items that failed (§2.3).

    ``strict`` is the v2 route's shape (routes/api.v2.batches.$batchId.ts: the fields required, ``error`` a string);
    otherwise every field is optional and ``error`` any value, as the v1 answer is documented loosely.
    """

    def required(*names: str) -> Node:  # placed before "properties", as the generated openapi.json has it
        return {"required": list(names)} if strict else {}

    item: Node = {
        "type": "object",
        **required("index", "taskIdentifier", "error"),
        "properties": {
            "index": {"type": "integer"},
            "taskIdentifier": {"type": "string"},
            "error": {"type": "string"} if strict else {},
            "errorCode": {"type": "string"},
        },
    }
    processing: Node = {
        "type": "object",
        **required("errors"),
        "properties": {
            "completedAt": {"type": "string", "format": "date-time"},
            "errors": {"type": "array", "items": item},
        },
    }
    return processing


def add_properties(schema: Node, props: dict[str, Node]) -> bool:
    """Add the properties that are missing; existing ones are left as the spec has them."""
    properties = schema.setdefault("properties", {})
    changed = False
    for name, prop in props.items():
        if name not in properties:
            properties[name] = prop
            changed = True
    return changed


def set_key(node: Node, key: str, value: Any) -> bool:
    """Set ``node[key]``; False (a no-op) when it already holds ``value``."""
    if node.get(key) == value:
        return False
    node[key] = value
    return True


def walk_mappings(node: Any) -> Iterator[Node]:
    """Every mapping in the tree, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk_mappings(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk_mappings(value)


def parameters_of(spec: Node, holder: Node) -> list[Node]:
    """The parameters of an operation or path item, ``$ref`` resolved."""
    return [resolve(spec, p) for p in holder.get("parameters", [])]


ERROR_CONTENT: Node = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}


def error_responses(*codes: int) -> dict[str, Node]:
    """``{"400": {...ErrorResponse}, ...}`` for an added operation's error answers."""
    return {str(code): {"description": "Error", "content": copy.deepcopy(ERROR_CONTENT)} for code in codes}


def json_content(schema: Node, description: str = "Successful request") -> Node:
    """A response object whose ``application/json`` body is ``schema``."""
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def schema_ref(name: str) -> Node:
    """A ``$ref`` to ``components/schemas/<name>``."""
    return {"$ref": f"#/components/schemas/{name}"}


def add_path(spec: Node, path: str, method: str, operation: Node, schemas: dict[str, Node] | None = None) -> bool:
    """Add an operation the spec lacks, with its component schemas; False (a no-op) once the spec has it."""
    paths = spec["paths"]
    if method in paths.get(path, {}):
        return False
    paths.setdefault(path, {})[method] = operation
    components = spec["components"]["schemas"]
    for name, schema in (schemas or {}).items():
        components.setdefault(name, schema)
    return True


def raise_for_missing(outcomes: list[PatchOutcome]) -> None:
    """Fail naming every patch whose target is gone (not only the first)."""
    gone = [o for o in outcomes if o.status == TARGET_GONE]
    if gone:
        raise PatchTargetMissing("; ".join(f"patch {o.patch.name!r}: {o.detail}" for o in gone))


def report(outcomes: list[PatchOutcome]) -> str:
    """Every patch's outcome, then a count per status."""
    counts = {status: sum(o.status == status for o in outcomes) for status in (APPLIED, NO_OP, TARGET_GONE)}
    summary = ", ".join(f"{n} {status}" for status, n in counts.items())
    return "\n".join([*(o.line() for o in outcomes), f"patches: {summary}"]) + "\n"
