"""What changed between two spec versions: the changelog a maintainer reads before regenerating.

Operations are keyed by operationId. One that keeps its method and path under a new id is *renamed*;
one whose id stays is compared field by field: every schema is flattened into facts (a property, an
enum value, a required field, a type or bound at a location), and the report lists the facts added and
removed. Descriptions, summaries and examples are not facts; operations whose only edits are in that
prose are listed apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from codegen.spec import Node, operations, resolve, to_plain

PROSE = ("description", "summary", "example", "examples", "title", "x-codeSamples")
SCHEMA_BOUNDS = ("type", "format", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "nullable")


def _schema_facts(spec: Node, node: Any, where: str, out: set[str], seen: tuple[int, ...] = ()) -> None:
    """Add one text fact per structural detail of the schema at ``where`` (recursion bounded by $ref cycles)."""
    if isinstance(node, dict) and "$ref" in node:
        target = resolve(spec, node)
        if id(target) in seen:
            return
        seen = (*seen, id(target))
        node = target
    if not isinstance(node, dict):
        return
    label = where or "(root)"
    for key in SCHEMA_BOUNDS:
        if key in node:
            out.add(f"{label}: {key} {to_plain(node[key])}")
    if "default" in node:
        out.add(f"{label}: default {to_plain(node['default'])!r}")
    for value in node.get("enum") or []:
        out.add(f"{label}: enum value {to_plain(value)}")
    for name in node.get("required") or []:
        out.add(f"{label}: required field {name}")
    for name, prop in (node.get("properties") or {}).items():
        out.add(f"{label}: property {name}")
        _schema_facts(spec, prop, f"{where}.{name}" if where else str(name), out, seen)
    if isinstance(node.get("items"), dict):
        _schema_facts(spec, node["items"], f"{where}[]", out, seen)
    if isinstance(node.get("additionalProperties"), dict):
        _schema_facts(spec, node["additionalProperties"], f"{where}{{}}", out, seen)
    for part in node.get("allOf") or []:
        _schema_facts(spec, part, where, out, seen)
    for key in ("oneOf", "anyOf"):
        for index, variant in enumerate(node.get(key) or []):
            name = resolve(spec, variant).get("title") if isinstance(variant, dict) else None
            _schema_facts(spec, variant, f"{where}<{name or index}>", out, seen)


def _prose(node: Any, out: set[str], where: str = "") -> None:
    """Every description-like text in the tree (following no $ref: enough to spot prose-only edits)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in PROSE:
                out.add(f"{where}/{key}={to_plain(value)!r}")
            else:
                _prose(value, out, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _prose(value, out, f"{where}/{index}")


@dataclass
class _Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    facts: dict[str, set[str]] = field(default_factory=dict)  # section -> facts
    prose: set[str] = field(default_factory=set)

    @property
    def key(self) -> str:
        return f"{self.method.upper()} {self.path}"


def _operation(spec: Node, path: str, method: str, op: Node, item: Node) -> _Operation:
    entry = _Operation(str(op.get("operationId", "")), method, path, str((op.get("tags") or ["default"])[0]))
    for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
        param = resolve(spec, raw)
        facts: set[str] = set()
        if param.get("required"):
            facts.add("(parameter): required")
        for key in ("style", "explode"):
            if key in param:
                facts.add(f"(parameter): {key} {param[key]}")
        _schema_facts(spec, param.get("schema", {}), "", facts)
        entry.facts[f"parameter {param['in']}:{param['name']}"] = facts
        _prose(param, entry.prose, f"param:{param['name']}")
    body = resolve(spec, op.get("requestBody", {}))
    for media, content in body.get("content", {}).items():
        facts = {"(body): required"} if body.get("required") else set()
        _schema_facts(spec, content.get("schema", {}), "", facts)
        entry.facts[f"request body {media}"] = facts
        _prose(resolve(spec, content.get("schema", {})), entry.prose, f"body:{media}")
    for status, raw in op.get("responses", {}).items():
        response = resolve(spec, raw)
        facts = set()
        for media, content in response.get("content", {}).items():
            _schema_facts(spec, content.get("schema", {}), media, facts)
        entry.facts[f"response {status}"] = facts
        _prose(response, entry.prose, f"response:{status}")
    _prose({k: v for k, v in op.items() if k in PROSE}, entry.prose, "operation")
    return entry


def _index(spec: Node) -> dict[str, _Operation]:
    return {
        str(op.get("operationId", f"{method} {path}")): _operation(spec, path, method, op, item)
        for path, method, op, item in operations(spec)
    }


def module_path(tag: str, operation_id: str) -> str:
    """The importable module the generator writes for an operation, e.g. ``trigger_api.api.bulk_actions.x``."""
    return f"trigger_api.api.{PythonIdentifier(tag, prefix='tag')}.{PythonIdentifier(operation_id, prefix='')}"


def _changes(old: _Operation, new: _Operation) -> list[str]:
    lines: list[str] = []
    if old.key != new.key:
        lines.append(f"~ moved from {old.key} to {new.key}")
    for section in sorted(old.facts.keys() | new.facts.keys()):
        before, after = old.facts.get(section), new.facts.get(section)
        if before is None:
            lines.append(f"+ {section}")
            continue
        if after is None:
            lines.append(f"- {section}")
            continue
        for fact in sorted(after - before):
            lines.append(f"+ {section}  {fact}")
        for fact in sorted(before - after):
            lines.append(f"- {section}  {fact}")
    return lines


def diff(old_spec: Node, new_spec: Node) -> str:
    """A readable report of operations added, removed, renamed and changed between two documents."""
    old, new = _index(old_spec), _index(new_spec)
    added = {k: new[k] for k in sorted(new.keys() - old.keys())}
    removed = {k: old[k] for k in sorted(old.keys() - new.keys())}
    renamed: dict[str, str] = {}
    for old_id, entry in list(removed.items()):
        match = next((new_id for new_id, n in added.items() if n.key == entry.key), None)
        if match is not None:
            renamed[old_id] = match
            del removed[old_id], added[match]
    pairs = [(k, k) for k in sorted(old.keys() & new.keys())] + sorted(renamed.items())
    changed: dict[str, list[str]] = {}
    prose_only: list[str] = []
    for old_id, new_id in pairs:
        lines = _changes(old[old_id], new[new_id])
        if lines:
            changed[new_id] = lines
        elif old[old_id].prose != new[new_id].prose and old_id == new_id:
            prose_only.append(new_id)
    counts = (
        f"{len(added)} added, {len(removed)} removed, {len(renamed)} renamed, {len(changed)} changed, "
        f"{len(prose_only)} with description-only edits"
    )
    out = [f"operations: {len(old)} -> {len(new)} ({counts})"]
    for op_id, entry in added.items():
        out.append(f"added    {op_id}  {entry.key}  -> {module_path(entry.tag, op_id)}")
    for op_id, entry in removed.items():
        out.append(f"removed  {op_id}  {entry.key}  (was {module_path(entry.tag, op_id)})")
    for old_id, new_id in sorted(renamed.items()):
        entry = new[new_id]
        out.append(f"renamed  {old_id} -> {new_id}  {entry.key}  -> {module_path(entry.tag, new_id)}")
    for op_id, lines in changed.items():
        out.append(f"changed  {op_id}  {new[op_id].key}")
        out.extend(f"           {line}" for line in lines)
    if prose_only:
        out.append("description-only edits (no effect on generated code): " + ", ".join(prose_only))
    return "\n".join(out) + "\n"


def operation_table(spec: Node) -> str:
    """Tag, method, path and generated module for every operation."""
    rows = [("TAG", "METHOD", "PATH", "GENERATED FUNCTION")]
    for path, method, op, _item in operations(spec):
        tag = str((op.get("tags") or ["default"])[0])
        rows.append((tag, method.upper(), path, module_path(tag, str(op.get("operationId")))))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row[:3], widths, strict=True)) + "  " + row[3] for row in rows]
    return "\n".join(lines) + f"\n{len(rows) - 1} operations\n"
