"""Loading, navigating and saving the OpenAPI document with ruamel.yaml."""

from __future__ import annotations

import datetime
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Node = dict[str, Any]


class SpecError(Exception):
    """The spec file is missing, unreadable or not an OpenAPI 3 document."""


def load(path: Path) -> Node:
    """Read an OpenAPI document, failing with a one-line reason when it is not one."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read spec {path}: {exc.strerror or exc}") from exc
    try:
        data = YAML(typ="rt").load(text)
    except YAMLError as exc:
        first_line = str(exc).strip().splitlines()[0]
        raise SpecError(f"spec {path} is not valid YAML: {first_line}") from exc
    if not isinstance(data, dict) or not str(data.get("openapi", "")).startswith("3."):
        raise SpecError(f"spec {path} is not an OpenAPI 3 document (no 'openapi: 3.x' at the top)")
    if not isinstance(data.get("paths"), dict):
        raise SpecError(f"spec {path} has no 'paths' object")
    return data


def dump_yaml(spec: Node) -> str:
    yaml = YAML(typ="rt")
    yaml.width = 4096
    buf = io.StringIO()
    yaml.dump(spec, buf)
    return buf.getvalue()


def to_plain(node: Any) -> Any:
    """Deep-copy ruamel containers into plain dicts/lists (for JSON and validators)."""
    if isinstance(node, dict):
        return {str(k): to_plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [to_plain(v) for v in node]
    if isinstance(node, datetime.date):
        # Unquoted example timestamps load as dates; JSON and validators want the text.
        return node.isoformat()
    return node


def dump_json(spec: Node) -> str:
    return json.dumps(to_plain(spec), indent=1, ensure_ascii=False) + "\n"


def operations(spec: Node) -> Iterator[tuple[str, str, Node, Node]]:
    """Yield (path, method, operation, path_item) for every operation, in document order."""
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield str(path), method, item[method], item


def resolve(spec: Node, node: Any) -> Any:
    """Follow a local ``$ref`` (repeatedly) to the node it names."""
    while isinstance(node, dict) and "$ref" in node:
        ref = str(node["$ref"])
        if not ref.startswith("#/"):
            raise SpecError(f"only local $ref is supported, got {ref}")
        target: Any = spec
        for part in ref[2:].split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or key not in target:
                raise SpecError(f"dangling $ref {ref}: the document has no such node")
            target = target[key]
        node = target
    return node
