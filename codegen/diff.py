"""What changed between two spec versions: the changelog a maintainer reads before regenerating."""

from __future__ import annotations

from typing import Any

from codegen.spec import Node, operations, resolve, to_plain


def _inline(spec: Node, node: Any, depth: int = 0) -> Any:
    """The schema with local $refs expanded (bounded, for recursive schemas), in plain containers."""
    node = resolve(spec, node)
    if depth > 8:
        return "<recursive>"
    if isinstance(node, dict):
        return {k: _inline(spec, v, depth + 1) for k, v in node.items() if k not in ("example", "examples")}
    if isinstance(node, list):
        return [_inline(spec, v, depth + 1) for v in node]
    return to_plain(node)


def _signature(spec: Node, op: Node, item: Node) -> dict[str, Any]:
    params = {}
    for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
        param = resolve(spec, raw)
        params[f"{param['in']}:{param['name']}"] = {
            "required": bool(param.get("required", False)),
            "schema": _inline(spec, param.get("schema", {})),
        }
    body = resolve(spec, op.get("requestBody", {}))
    request = {media: _inline(spec, c.get("schema", {})) for media, c in body.get("content", {}).items()}
    responses = {}
    for status, raw in op.get("responses", {}).items():
        response = resolve(spec, raw)
        responses[str(status)] = {m: _inline(spec, c.get("schema", {})) for m, c in response.get("content", {}).items()}
    return {"parameters": params, "request": request, "responses": responses}


def _keyed(spec: Node) -> dict[str, tuple[str, dict[str, Any]]]:
    return {
        f"{method.upper()} {path}": (str(op.get("operationId", "")), _signature(spec, op, item))
        for path, method, op, item in operations(spec)
    }


def _changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for name in sorted(old["parameters"].keys() | new["parameters"].keys()):
        before, after = old["parameters"].get(name), new["parameters"].get(name)
        if before is None:
            lines.append(f"+ parameter {name}{' (required)' if after['required'] else ''}")
        elif after is None:
            lines.append(f"- parameter {name}")
        elif before != after:
            lines.append(f"~ parameter {name}")
    if old["request"] != new["request"]:
        lines.append("~ request body schema")
    for status in sorted(old["responses"].keys() | new["responses"].keys()):
        if status not in old["responses"]:
            lines.append(f"+ response {status}")
        elif status not in new["responses"]:
            lines.append(f"- response {status}")
        elif old["responses"][status] != new["responses"][status]:
            lines.append(f"~ response {status} schema")
    return lines


def diff(old_spec: Node, new_spec: Node) -> str:
    """A readable report of operations added, removed and changed between two documents."""
    old, new = _keyed(old_spec), _keyed(new_spec)
    out: list[str] = []
    added = sorted(new.keys() - old.keys())
    removed = sorted(old.keys() - new.keys())
    changed = {key: _changes(old[key][1], new[key][1]) for key in sorted(old.keys() & new.keys())}
    changed = {key: lines for key, lines in changed.items() if lines}
    counts = f"{len(added)} added, {len(removed)} removed, {len(changed)} changed"
    out.append(f"operations: {len(old)} -> {len(new)} ({counts})")
    for key in added:
        out.append(f"added    {key}  ({new[key][0]})")
    for key in removed:
        out.append(f"removed  {key}  ({old[key][0]})")
    for key, lines in changed.items():
        out.append(f"changed  {key}  ({new[key][0]})")
        out.extend(f"           {line}" for line in lines)
    return "\n".join(out) + "\n"


def operation_table(spec: Node) -> str:
    """Tag, method, path and generated function for every operation."""
    rows = [("TAG", "METHOD", "PATH", "GENERATED FUNCTION")]
    for path, method, op, _item in operations(spec):
        tag = str((op.get("tags") or ["default"])[0])
        rows.append((tag, method.upper(), path, f"trigger_api.api.{tag}.{op.get('operationId')}"))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row[:3], widths, strict=True)) + "  " + row[3] for row in rows]
    return "\n".join(lines) + f"\n{len(rows) - 1} operations\n"
