"""Decoding: ``superjson.parse`` of what the SDK and the server write."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from typing import Any

from trigger_client._superjson.encode import MAX_SAFE_INTEGER, JsPath, Tree


def superjson_loads(text: str) -> Any:
    """``superjson.parse(text)`` into Python values (the mapping is in this module's docstring).

    Raises ``ValueError`` when ``text`` is not a superjson document.

    Example::

        superjson_loads('{"json":["1"],"meta":{"values":{"0":["bigint"]}}}')  # [1]
    """
    document = json.loads(text, parse_int=parse_js_int)
    if not isinstance(document, dict) or "json" not in document:
        raise ValueError("not a superjson document: expected a JSON object with a 'json' key")
    meta = document.get("meta") or {}
    try:
        return _SuperjsonDecoder().decode(document["json"], meta.get("values"), meta.get("referentialEqualities"))
    except (LookupError, TypeError, ValueError) as exc:
        raise ValueError(f"malformed superjson document: {exc!r}") from exc


def parse_js_int(text: str) -> int | float:
    """A JSON integer as JavaScript holds it: beyond 2**53 it was a double, so it becomes a float."""
    value = int(text)
    return value if abs(value) <= MAX_SAFE_INTEGER else float(text)


def _parse_path(text: str) -> JsPath:
    """superjson's ``parsePath``: split on dots that are not escaped as ``\\.``."""
    segments: list[str] = []
    segment: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "\\" and text[i + 1 : i + 2] == ".":
            segment.append(".")
            i += 2
            continue
        if text[i] == ".":
            segments.append("".join(segment))
            segment = []
        else:
            segment.append(text[i])
        i += 1
    segments.append("".join(segment))
    return tuple(segments)


def _traverse(tree: Tree, origin: JsPath) -> Iterable[tuple[Any, JsPath]]:
    """(annotation, path) pairs in superjson's order: children before the node they belong to."""
    if isinstance(tree, dict):
        for key, subtree in tree.items():
            yield from _traverse(subtree, origin + _parse_path(key))
    elif isinstance(tree, list) and tree:
        if len(tree) > 1 and tree[1]:
            for key, child in tree[1].items():
                yield from _traverse(child, origin + _parse_path(key))
        yield tree[0], origin


def _always(value: Any) -> Callable[[Any], Any]:
    return lambda _: value


class _Unreachable(LookupError):
    """A path leads through a decoded Set or Map, whose Python form has no stable positions."""


def _date_from_iso(text: str) -> datetime | str:
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    except ValueError:  # outside Python's years 1-9999: keep JavaScript's text
        return text


class _SuperjsonDecoder:
    def __init__(self) -> None:
        # ids of dicts decoded from a Map: their "row.0/1" paths cannot be followed through a dict.
        self._maps: set[int] = set()
        self._simple: dict[str, Callable[[Any], Any]] = {
            "undefined": lambda _: None,
            "bigint": int,
            "Date": _date_from_iso,
            "number": float,  # "NaN", "Infinity", "-Infinity", "-0"
            "Error": lambda v: v,
            "regexp": lambda v: v,
            "URL": lambda v: v,
            "set": self._set,
            "map": self._map,
        }

    def decode(self, plain: Any, values: Tree, equalities: Tree) -> Any:
        if values is not None:
            for annotation, path in list(_traverse(values, ())):
                try:
                    plain = self._set_deep(plain, path, functools.partial(self._untransform, annotation=annotation))
                except _Unreachable:
                    continue  # as superjson does; SDK 4.8.3 writes such paths for dotted leaf keys (see walk)
        if isinstance(equalities, list):
            root_paths, *rest = equalities
            for path in root_paths:
                plain = self._set_deep(plain, _parse_path(path), _always(plain))
            equalities = rest[0] if rest else None
        for representative, identical in (equalities or {}).items():
            try:
                target = self._get_deep(plain, _parse_path(representative))
                for path in identical:
                    plain = self._set_deep(plain, _parse_path(path), _always(target))
            except _Unreachable:
                continue  # shared values inside a Set/Map stay equal copies
        return plain

    def _untransform(self, value: Any, annotation: Any) -> Any:
        if isinstance(annotation, list):
            kind, name = annotation[0], annotation[1]
            if kind == "typed-array":
                return bytes(value) if name in ("Uint8Array", "Uint8ClampedArray") else value
            if kind == "custom":
                return bytes(value) if name == "buffer" else value  # the SDK registers Node Buffers as "buffer"
            if kind in ("class", "symbol"):
                return value
        elif annotation in self._simple:
            return self._simple[annotation](value)
        raise ValueError(f"unknown superjson annotation {annotation!r}")

    @staticmethod
    def _set(items: list[Any]) -> set[Any] | list[Any]:
        try:
            return set(items)
        except TypeError:
            return items

    def _map(self, pairs: list[list[Any]]) -> dict[Any, Any] | list[list[Any]]:
        try:
            result = {key: item for key, item in pairs}
        except TypeError:
            return pairs
        self._maps.add(id(result))
        return result

    def _child(self, parent: Any, key: str) -> Any:
        try:
            if isinstance(parent, list):
                return parent[int(key)]
            if isinstance(parent, dict) and id(parent) not in self._maps:
                return parent[key]
        except (LookupError, ValueError):
            pass
        raise _Unreachable(key)

    def _get_deep(self, plain: Any, path: JsPath) -> Any:
        for key in path:
            plain = self._child(plain, key)
        return plain

    def _set_deep(self, plain: Any, path: JsPath, mapper: Callable[[Any], Any]) -> Any:
        if not path:
            return mapper(plain)
        parent = self._get_deep(plain, path[:-1])
        key = path[-1]
        slot: Any = int(key) if isinstance(parent, list) else key
        parent[slot] = mapper(self._child(parent, key))
        return plain
