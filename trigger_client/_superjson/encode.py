"""Encoding: ``superjson.stringify`` and ``JSON.stringify`` byte for byte."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, datetime, timezone
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any, Final

from trigger_client._compact_json import compact_encoder
from trigger_client._exceptions import ValidationError

MAX_SAFE_INTEGER: Final = 2**53 - 1
# Keys superjson refuses ("prototype pollution risk"); the SDK would then send the raw object instead.
_FORBIDDEN_KEYS: Final = frozenset({"__proto__", "constructor", "prototype"})
_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]*", re.ASCII)
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE = _LONE_SURROGATE  # any surrogate in a plain document sends it down the general path
_PLAIN_ENCODER: Final = compact_encoder(check_circular=False, allow_nan=True)
# Floats whose repr() is JavaScript's Number#toString: not whole (1.0 prints 1 there) and in the range where both
# write fixed-point digits (repr switches to an exponent below 1e-4 and from 1e16, JavaScript below 1e-6 and from
# 1e21).
_PLAIN_FLOAT_MIN, _PLAIN_FLOAT_MAX = 1e-4, 1e16
_DIGITS = frozenset("0123456789")


def _plain(value: Any, seen: set[int]) -> bool:
    """Whether ``value`` is JSON superjson leaves alone and the stdlib encodes like JSON.stringify: exact dicts with
    str keys (none forbidden, none a digit-led key JavaScript would reorder), lists, str, None, bools, safe ints and
    floats in the range above, and no container reached twice (superjson records those)."""
    kind = type(value)
    if kind is str or value is None or kind is bool:
        return True
    if kind is int:
        return bool(-MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER)
    if kind is float:
        size = abs(value)
        return bool(_PLAIN_FLOAT_MIN <= size < _PLAIN_FLOAT_MAX and not value.is_integer())
    if kind is dict or kind is list:
        if id(value) in seen:
            return False
        seen.add(id(value))
        if kind is list:
            return all(_plain(item, seen) for item in value)
        for key, item in value.items():
            if type(key) is not str or not key or key[0] in _DIGITS or key in _FORBIDDEN_KEYS:
                return False
            if not _plain(item, seen):
                return False
        return True
    return False


def superjson_dumps(value: Any, *, field: str = "payload") -> str:
    """``superjson.stringify(value)`` (superjson 2.2.1, as vendored by the SDK) for a Python value.

    Example::

        superjson_dumps({3, 1})  # '{"json":[1,3],"meta":{"values":["set"]}}'
    """
    if _plain(value, set()):
        # Most payloads are plain JSON, where superjson adds no meta and the stdlib's C encoder writes what
        # JSON.stringify does: a third of the general path's cost (a trigger's body is built on every call).
        text = _PLAIN_ENCODER(value)
        # isascii() is a flag lookup: an ASCII document (most are) needs no scan for surrogates.
        if text.isascii() or not _SURROGATE.search(text):
            return f'{{"json":{text}}}'
    return _general_dumps(value, field)


def _general_dumps(value: Any, field: str) -> str:
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

JsPath = tuple[str, ...]
# superjson's annotation tree: ["Date"] / [type, {child path: tree}] for a node, or {child path: tree}.
Tree = Any


def _escape_key(key: str) -> str:
    return key.replace(".", "\\.")


def _stringify_path(path: JsPath) -> str:
    return ".".join(map(_escape_key, path))


class _SuperjsonEncoder:
    """superjson's ``walker``: the plain JSON value plus its annotation tree, and shared-object paths."""

    def __init__(self, field: str) -> None:
        self._field = field
        self._identities: dict[int, list[JsPath]] = {}
        self._seen: dict[int, tuple[Any, Tree]] = {}

    def walk(self, value: Any, path: JsPath, ancestors: tuple[int, ...]) -> tuple[Any, Tree]:
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

    def _transform(self, value: Any, path: JsPath, ancestors: tuple[int, ...]) -> tuple[Any, Tree]:
        if value is None or isinstance(value, (bool, str)):
            return value, None
        if isinstance(value, int):
            if abs(value) > MAX_SAFE_INTEGER:
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
        path: JsPath,
        ancestors: tuple[int, ...],
        *,
        is_array: bool,
        annotation: str | None,
    ) -> tuple[Any, Tree]:
        plain: Any = [] if is_array else {}
        inner: dict[str, Tree] = {}
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

    def referential_equalities(self) -> Tree:
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
    def _float(value: float) -> tuple[Any, Tree]:
        if math.isnan(value):
            return "NaN", ["number"]
        if math.isinf(value):
            return ("Infinity" if value > 0 else "-Infinity"), ["number"]
        if value == 0 and math.copysign(1.0, value) < 0:
            return "-0", ["number"]
        return value, None

    def _decimal_to_float(self, value: Decimal, path: JsPath) -> float:
        result = float(value)
        if math.isinf(result) and value.is_finite():
            raise self._error(path, f"Decimal {value} is outside the range of a JavaScript number; send str(value)")
        return result

    def _iso(self, value: datetime, path: JsPath) -> str:
        try:
            utc = value.astimezone(timezone.utc) if value.tzinfo else value
        except OverflowError:
            raise self._error(path, f"{value!r} is outside the supported date range once converted to UTC") from None
        return (
            f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}"
            f".{utc.microsecond // 1000:03d}Z"
        )

    def _error(self, path: JsPath, message: str) -> ValidationError:
        return ValidationError(".".join((self._field, *path)), message)


# ------------------------------------------------------------------------------------------------- decoding
