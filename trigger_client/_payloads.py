"""Payload serialisation with the same bytes as the TypeScript SDK's ``stringifyIO`` (wire reference §2.2).

A payload that is not a string is sent as a `superjson <https://github.com/flightcontrolhq/superjson>`_ document
(``application/super+json``), so the TypeScript task receives real ``Date``, ``Set`` and ``BigInt`` values.
Python values map to JavaScript like this:

========================  ===============================================================================
Python                    JavaScript value the task receives
========================  ===============================================================================
``None``, ``bool``, str   ``null``, boolean, string
``int``                   number; beyond ±(2**53 - 1) a ``BigInt`` (a number would silently lose digits)
``float``                 number; ``nan``/``inf``/``-inf``/``-0.0`` keep their value (``"number"`` annotation)
``decimal.Decimal``       number (``float(d)``: precision beyond a double is lost; pass ``str(d)`` to keep it)
``datetime``              ``Date``, truncated to milliseconds; aware → UTC, **naive is taken as UTC**
``date``                  ``Date`` at midnight UTC of that day
``dict`` (str keys)       object; integer-like keys come first, as JavaScript orders them
``list``, ``tuple``       array
``set``, ``frozenset``    ``Set`` (items sorted when they are orderable, so equal sets give equal bytes)
``bytes``, ``bytearray``  ``Uint8Array`` (a built-in superjson type, readable by every SDK version)
========================  ===============================================================================

A ``dict``, ``list``, ``set`` or ``bytearray`` that appears more than once (or contains itself) is sent once
with a ``referentialEqualities`` annotation, as superjson does for shared JavaScript objects; immutable values
(tuples, datetimes, bytes) are never treated as shared because Python may intern them.

Decoding (:func:`deserialize_payload`) maps back: ``Date`` → aware UTC ``datetime``, ``Set`` → ``set`` (a
``list`` when an item is unhashable), ``Map`` → ``dict`` (a list of ``[key, value]`` pairs when a key is
unhashable), ``BigInt`` → ``int``, ``Uint8Array``/Node ``Buffer`` → ``bytes``, other typed arrays → ``list``,
``undefined`` → ``None``, ``Error`` → ``{"name", "message", ...}`` dict, ``RegExp`` → its ``"/body/flags"``
string, ``URL`` → ``str``. A JSON number without a fraction decodes as ``int`` (JavaScript has one number type).

Example::

    payload, payload_type = serialize_payload({"when": datetime(2024, 1, 2, tzinfo=timezone.utc)})
    # ('{"json":{"when":"2024-01-02T00:00:00.000Z"},"meta":{"values":{"when":["Date"]}}}', 'application/super+json')
"""

from __future__ import annotations

import enum
import functools
import json
import math
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, timezone
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any, Final

from trigger_client._exceptions import ValidationError

__all__ = [
    "MAX_PAYLOAD_BYTES",
    "OMIT",
    "check_payload_size",
    "deserialize_payload",
    "js_json_dumps",
    "serialize_payload",
    "superjson_dumps",
    "superjson_loads",
]

MAX_PAYLOAD_BYTES: Final = 3 * 1024 * 1024
"""The server's limit on one serialised payload (``TASK_PAYLOAD_MAXIMUM_SIZE``, per batch item too)."""

_MAX_SAFE_INTEGER: Final = 2**53 - 1
# Keys superjson refuses ("prototype pollution risk"); the SDK would then send the raw object instead.
_FORBIDDEN_KEYS: Final = frozenset({"__proto__", "constructor", "prototype"})
_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]*", re.ASCII)
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class _Omit(enum.Enum):
    OMIT = "OMIT"

    def __repr__(self) -> str:
        return "OMIT"


OMIT: Final = _Omit.OMIT
"""Marks an absent payload (JavaScript ``undefined``): nothing is sent and the type is ``application/json``."""


def serialize_payload(value: Any, *, field: str = "payload") -> tuple[str | None, str]:
    """The ``(payload, payloadType)`` pair the SDK sends for ``value``.

    ``OMIT`` → ``(None, "application/json")``; a ``str`` is sent as is (``text/plain``); anything else as
    superjson. Unsupported types raise :class:`ValidationError` naming ``field`` and the path inside the value.

    Example::

        serialize_payload("hi")        # ('hi', 'text/plain')
        serialize_payload({"a": 1})    # ('{"json":{"a":1}}', 'application/super+json')
        serialize_payload(OMIT)        # (None, 'application/json')
    """
    if value is OMIT:
        return None, "application/json"
    if isinstance(value, str):
        return str.__str__(value), "text/plain"  # str.__str__ drops a subclass (e.g. a str Enum) to its text
    return superjson_dumps(value, field=field), "application/super+json"


def superjson_dumps(value: Any, *, field: str = "payload") -> str:
    """``superjson.stringify(value)`` (superjson 2.2.1, as vendored by the SDK) for a Python value.

    Example::

        superjson_dumps({3, 1})  # '{"json":[1,3],"meta":{"values":["set"]}}'
    """
    encoder = _SuperjsonEncoder(field)
    json_value, annotations = encoder.walk(value, (), ())
    document: dict[str, Any] = {"json": json_value}
    meta: dict[str, Any] = {}
    if annotations is not None:
        meta["values"] = annotations
    equalities = encoder.referential_equalities()
    if equalities is not None:
        meta["referentialEqualities"] = equalities
    if meta:
        document["meta"] = meta
    return js_json_dumps(document)


def check_payload_size(payload: str | None, field: str = "payload") -> int:
    """The UTF-8 size of a serialised payload (the SDK's ``payloadSize``); raises if it is over the limit.

    Example::

        size = check_payload_size(serialize_payload(data)[0])  # ValidationError above 3 MiB
    """
    size = len(payload.encode("utf-8", "surrogatepass")) if payload else 0
    if size > MAX_PAYLOAD_BYTES:
        raise ValidationError(
            field,
            f"the serialised payload is {size} bytes, over the {MAX_PAYLOAD_BYTES}-byte (3 MiB) limit; "
            "store the data elsewhere (e.g. object storage) and pass a reference such as its URL or key",
        )
    return size


def deserialize_payload(data: str | None, data_type: str | None) -> Any:
    """Decode a packet (a run's payload/output, a waitpoint's output) the way the SDK's ``parsePacket`` does.

    Empty data → ``None``; ``application/json`` → JSON; ``application/super+json`` → superjson;
    ``text/plain`` and unknown types → the raw string. ``application/store`` data is a storage path that must be
    fetched first (``GET /api/v1/packets/{path}``), so it raises :class:`ValidationError`.

    Example::

        deserialize_payload('{"json":"1970-01-01T00:00:00.000Z","meta":{"values":["Date"]}}', "application/super+json")
        # datetime.datetime(1970, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)
    """
    if not data:
        return None
    if data_type == "application/json":
        return json.loads(data, parse_int=_parse_int)
    if data_type == "application/super+json":
        return superjson_loads(data)
    if data_type == "application/store":
        raise ValidationError(
            "data_type",
            f"an application/store packet ({data!r}) is a storage path: download it through the packets API "
            "first, then decode the downloaded data with its content type",
        )
    return data


def js_json_dumps(value: Any) -> str:
    """``JSON.stringify(value)`` byte for byte, for JSON-like Python values.

    Compact; non-ASCII raw; lone surrogates escaped; floats formatted like JavaScript (``1.0`` → ``1``,
    ``1e21`` → ``1e+21``); ``nan``/``inf`` → ``null``; integer-like object keys first in ascending order (as a
    JavaScript object enumerates them). Integers are written exactly, even beyond 2**53 where JavaScript could
    not hold them. Other types raise ``TypeError``.

    Example::

        js_json_dumps({"b": 1.0, "2": [1e21, "é"]})  # '{"2":[1e+21,"é"],"b":1}'
    """
    parts: list[str] = []
    _dump_into(value, parts)
    return "".join(parts)


def _dump_into(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(_js_string(value))
    elif isinstance(value, int):
        out.append(int.__repr__(value))  # int.__repr__ keeps an IntEnum a plain number
    elif isinstance(value, float):
        out.append(_js_number(value) if math.isfinite(value) else "null")
    elif isinstance(value, dict):
        out.append("{")
        for i, (key, item) in enumerate(_js_items(value)):
            if not isinstance(key, str):
                raise TypeError(f"object keys must be str, not {type(key).__name__} ({key!r})")
            out.append("," if i else "")
            out.append(_js_string(key))
            out.append(":")
            _dump_into(item, out)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for i, item in enumerate(value):
            out.append("," if i else "")
            _dump_into(item, out)
        out.append("]")
    else:
        raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _js_string(text: str) -> str:
    quoted: str = encode_basestring(text)
    if _LONE_SURROGATE.search(quoted):
        # A surrogate pair spelled as two code points is one character to JavaScript; only true loners are escaped.
        quoted = _SURROGATE_PAIR.sub(lambda m: m.group().encode("utf-16", "surrogatepass").decode("utf-16"), quoted)
        quoted = _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)
    return quoted


def _js_number(value: float) -> str:
    """``Number.prototype.toString()`` for a finite float (ECMA-262 Number::toString, radix 10)."""
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    # repr() gives the shortest round-tripping digits, as JavaScript does; only the layout differs.
    _, digit_tuple, exponent = Decimal(repr(abs(value))).as_tuple()
    digits = "".join(map(str, digit_tuple)).rstrip("0")
    n = int(exponent) + len(digit_tuple)  # value = 0.digits × 10**n (exponent is an int for finite values)
    k = len(digits)
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * -n + digits
    mantissa = digits[0] + ("." + digits[1:] if k > 1 else "")
    return f"{sign}{mantissa}e{'+' if n > 0 else '-'}{abs(n - 1)}"


def _js_items(mapping: dict[Any, Any]) -> Iterable[tuple[Any, Any]]:
    """A dict's items in JavaScript property order: array-index keys ascending, then the rest as inserted."""
    index_keys = [key for key in mapping if _is_array_index(key)]
    if not index_keys:
        return mapping.items()
    index_keys.sort(key=int)
    return [(key, mapping[key]) for key in index_keys] + [
        (key, item) for key, item in mapping.items() if not _is_array_index(key)
    ]


def _is_array_index(key: object) -> bool:
    return isinstance(key, str) and _ARRAY_INDEX.fullmatch(key) is not None and int(key) < 2**32 - 1


# ------------------------------------------------------------------------------------------------- encoding

_Path = tuple[str, ...]
# superjson's annotation tree: ["Date"] / [type, {child path: tree}] for a node, or {child path: tree}.
_Tree = Any


def _escape_key(key: str) -> str:
    return key.replace(".", "\\.")


def _stringify_path(path: _Path) -> str:
    return ".".join(map(_escape_key, path))


class _SuperjsonEncoder:
    """superjson's ``walker``: the plain JSON value plus its annotation tree, and shared-object paths."""

    def __init__(self, field: str) -> None:
        self._field = field
        self._identities: dict[int, list[_Path]] = {}
        self._seen: dict[int, tuple[Any, _Tree]] = {}

    def walk(self, value: Any, path: _Path, ancestors: tuple[int, ...]) -> tuple[Any, _Tree]:
        tracked = isinstance(value, (dict, list, set, bytearray))
        if tracked:
            self._identities.setdefault(id(value), []).append(path)
            if id(value) in self._seen:
                return self._seen[id(value)]
            if id(value) in ancestors:
                return None, None  # a cycle: superjson writes null and restores it from referentialEqualities
        result = self._transform(value, path, (*ancestors, id(value)) if tracked else ancestors)
        if tracked:
            self._seen[id(value)] = result
        return result

    def _transform(self, value: Any, path: _Path, ancestors: tuple[int, ...]) -> tuple[Any, _Tree]:
        if value is None or isinstance(value, (bool, str)):
            return value, None
        if isinstance(value, int):
            if abs(value) > _MAX_SAFE_INTEGER:
                return int.__repr__(value), ["bigint"]
            return value, None
        if isinstance(value, Decimal):
            return self._float(self._decimal_to_float(value, path))
        if isinstance(value, float):
            return self._float(value)
        if isinstance(value, datetime):
            return self._iso(value, path), ["Date"]
        if isinstance(value, date):
            return f"{value.isoformat()}T00:00:00.000Z", ["Date"]
        if isinstance(value, (bytes, bytearray)):
            return list(value), [["typed-array", "Uint8Array"]]
        if isinstance(value, dict):
            for key in value:
                if not isinstance(key, str):
                    raise self._error(path, f"object keys must be str, not {type(key).__name__} ({key!r})")
                if key in _FORBIDDEN_KEYS:
                    raise self._error(path, f"the key {key!r} is refused by superjson (prototype pollution); rename it")
            return self._deep(_js_items(value), path, ancestors, is_array=False, annotation=None)
        if isinstance(value, (list, tuple)):
            return self._deep(enumerate(value), path, ancestors, is_array=True, annotation=None)
        if isinstance(value, (set, frozenset)):
            try:
                items = sorted(value)
            except TypeError:  # mixed types: keep iteration order
                items = list(value)
            return self._deep(enumerate(items), path, ancestors, is_array=True, annotation="set")
        raise self._error(
            path,
            f"{type(value).__name__} cannot be sent to a TypeScript task; convert it to dict, list, str, int, "
            "float, bool, None, datetime, set or bytes first (e.g. dataclasses.asdict(obj))",
        )

    def _deep(
        self,
        items: Iterable[tuple[Any, Any]],
        path: _Path,
        ancestors: tuple[int, ...],
        *,
        is_array: bool,
        annotation: str | None,
    ) -> tuple[Any, _Tree]:
        plain: Any = [] if is_array else {}
        inner: dict[str, _Tree] = {}
        for raw_key, item in items:
            key = str(raw_key)
            child, tree = self.walk(item, (*path, key), ancestors)
            if is_array:
                plain.append(child)
            else:
                plain[key] = child
            if isinstance(tree, list):
                # superjson 2.2.1 leaves this leaf key unescaped, so a Date under a dotted key reaches the task as a
                # string; escaping it (as superjson does for every other segment) lets the task get the Date.
                inner[_escape_key(key)] = tree
            elif isinstance(tree, dict):
                for sub_path, sub_tree in tree.items():
                    inner[f"{_escape_key(key)}.{sub_path}"] = sub_tree
        if not inner:
            return plain, [annotation] if annotation else None
        return plain, [annotation, inner] if annotation else inner

    def referential_equalities(self) -> _Tree:
        """superjson's ``generateReferentialEqualityAnnotations`` (without dedupe)."""
        root: list[str] | None = None
        result: dict[str, list[str]] = {}
        for paths in self._identities.values():
            if len(paths) <= 1:
                continue
            representative, *identical = sorted(paths, key=len)  # stable, like Array.prototype.sort
            if not representative:
                root = [_stringify_path(p) for p in identical]
            else:
                result[_stringify_path(representative)] = [_stringify_path(p) for p in identical]
        if root is not None:
            return [root, result] if result else [root]
        return result or None

    @staticmethod
    def _float(value: float) -> tuple[Any, _Tree]:
        if math.isnan(value):
            return "NaN", ["number"]
        if math.isinf(value):
            return ("Infinity" if value > 0 else "-Infinity"), ["number"]
        if value == 0 and math.copysign(1.0, value) < 0:
            return "-0", ["number"]
        return value, None

    def _decimal_to_float(self, value: Decimal, path: _Path) -> float:
        result = float(value)
        if math.isinf(result) and value.is_finite():
            raise self._error(path, f"Decimal {value} is outside the range of a JavaScript number; send str(value)")
        return result

    def _iso(self, value: datetime, path: _Path) -> str:
        try:
            utc = value.astimezone(timezone.utc) if value.tzinfo else value
        except OverflowError:
            raise self._error(path, f"{value!r} is outside the supported date range once converted to UTC") from None
        return (
            f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}"
            f".{utc.microsecond // 1000:03d}Z"
        )

    def _error(self, path: _Path, message: str) -> ValidationError:
        return ValidationError(".".join((self._field, *path)), message)


# ------------------------------------------------------------------------------------------------- decoding


def superjson_loads(text: str) -> Any:
    """``superjson.parse(text)`` into Python values (the mapping is in this module's docstring).

    Raises ``ValueError`` when ``text`` is not a superjson document.

    Example::

        superjson_loads('{"json":["1"],"meta":{"values":{"0":["bigint"]}}}')  # [1]
    """
    document = json.loads(text, parse_int=_parse_int)
    if not isinstance(document, dict) or "json" not in document:
        raise ValueError("not a superjson document: expected a JSON object with a 'json' key")
    meta = document.get("meta") or {}
    try:
        return _SuperjsonDecoder().decode(document["json"], meta.get("values"), meta.get("referentialEqualities"))
    except (LookupError, TypeError, ValueError) as exc:
        raise ValueError(f"malformed superjson document: {exc!r}") from exc


def _parse_int(text: str) -> int | float:
    """A JSON integer as JavaScript holds it: beyond 2**53 it was a double, so it becomes a float."""
    value = int(text)
    return value if abs(value) <= _MAX_SAFE_INTEGER else float(text)


def _parse_path(text: str) -> _Path:
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


def _traverse(tree: _Tree, origin: _Path) -> Iterable[tuple[Any, _Path]]:
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

    def decode(self, plain: Any, values: _Tree, equalities: _Tree) -> Any:
        if values is not None:
            for annotation, path in list(_traverse(values, ())):
                try:
                    plain = self._set_deep(plain, path, functools.partial(self._untransform, annotation=annotation))
                except _Unreachable:
                    continue  # as superjson does; SDK 4.5.12 writes such paths for dotted leaf keys (see walk)
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

    def _get_deep(self, plain: Any, path: _Path) -> Any:
        for key in path:
            plain = self._child(plain, key)
        return plain

    def _set_deep(self, plain: Any, path: _Path, mapper: Callable[[Any], Any]) -> Any:
        if not path:
            return mapper(plain)
        parent = self._get_deep(plain, path[:-1])
        key = path[-1]
        slot: Any = int(key) if isinstance(parent, list) else key
        parent[slot] = mapper(self._child(parent, key))
        return plain
