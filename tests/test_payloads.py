"""Payload serialisation: byte parity with the SDK's stringifyIO (tests/vectors/superjson.json) and round trips."""

from __future__ import annotations

import json
import math
import random
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trigger_client._exceptions import ValidationError
from trigger_client._payloads import (
    MAX_PAYLOAD_BYTES,
    OMIT,
    check_payload_size,
    deserialize_payload,
    serialize_payload,
)
from trigger_client._superjson import js_json_dumps, superjson_dumps, superjson_loads
from trigger_client._superjson.encode import _general_dumps, _plain

VECTORS = json.loads((Path(__file__).parent / "vectors" / "superjson.json").read_text("utf-8"))
UTC = timezone.utc
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _shared_array() -> Any:
    tags = ["a", "b"]
    return {"x": tags, "y": tags}


def _shared_shortest_path() -> Any:
    shared = {"k": 1}
    return {"deep": {"inner": shared}, "top": shared}


def _cycle() -> Any:
    cyclic: dict[str, Any] = {}
    cyclic["self"] = cyclic
    return cyclic


# The Python value for each vector: serialising it must give the vector's bytes ("both"), and decoding the
# vector must give it back. "decode" vectors only check decoding.
PYTHON_VALUES: dict[str, Any] = {
    "null": None,
    "int": 42,
    "float": 1.5,
    "float_whole": 1.0,
    "float_exp_big": 1e21,
    "float_exp_huge": 1.5e300,
    "float_20_digits": 1.2345678901234568e20,
    "float_small": 0.000001,
    "float_smaller": 1e-7,
    "float_min": 5e-324,
    "float_neg": -2.5e-10,
    "float_third": 1 / 3,
    "max_safe_int": 2**53 - 1,
    "bigint_above_safe": 2**53,
    "bigint_below_safe": -(2**53),
    "bigint_huge": 10**30,
    "nan": math.nan,
    "infinity": math.inf,
    "neg_infinity": -math.inf,
    "neg_zero": -0.0,
    "bools": [True, False],
    "unicode": {"s": "héllo ✓ 😀 日本"},
    "escapes": ['"\\/\b\f\n\r\t\x00\x1f\x7f', "\u2028\u2029"],
    "lone_surrogate": ["\ud800x"],
    "date": datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=UTC),
    "date_epoch_in_object": {"when": EPOCH},
    "date_year_one": datetime(1, 1, 1, tzinfo=UTC),
    "set_numbers": {3, 1, 2},
    "set_strings": {"b", "a"},
    "set_of_dates": {EPOCH},
    "set_empty": set(),
    "empty_containers": {"o": {}, "a": []},
    "nested": {"a": {"b": [EPOCH, {"c": 10**20}], "d": "x"}, "e": [[1, [2, {3}]]]},
    "dotted_keys": {"a.b": {"c.d": EPOCH}, "e.": math.nan},
    "backslash_key": {"a\\b": EPOCH},
    "index_keys_first": {"b": 1, "10": 2, "2": 3, "01": 4, "-1": 5},
    "shared_array": _shared_array(),
    "shared_shortest_path": _shared_shortest_path(),
    "cycle": _cycle(),
    "uint8array": b"\x00\x01\xff",
    "large_array": [EPOCH + timedelta(seconds=i) if i % 7 == 0 else i for i in range(1000)],
    "undefined_in_object": {"a": None, "b": 1},
    "undefined_in_array": [None, 1],
    "buffer": b"\x01\x02",
    "map": {"a": 1, 2: EPOCH},
    "error": {"name": "TypeError", "message": "boom"},
    "regexp": "/a+b/gi",
    "url": "https://x.test/p?q=1",
    "int16array": [-1, 2],
}
CASES = {case["name"]: case for case in VECTORS["payloads"]}
# superjson 2.2.1 does not escape a dotted *leaf* key in meta paths, so its parser misses those annotations (the
# task gets strings); we escape every segment and differ from the SDK's bytes only there.
DOTTED_KEYS_FIXED = (
    '{"json":{"a.b":{"c.d":"1970-01-01T00:00:00.000Z"},"e.":"NaN"},'
    '"meta":{"values":{"a\\\\.b.c\\\\.d":["Date"],"e\\\\.":["number"]}}}'
)
ENCODE_CASES = [name for name, case in CASES.items() if case["direction"] == "both" and name != "dotted_keys"]


def _same(decoded: Any, expected: Any) -> bool:
    """Equality that also tells NaN == NaN, -0.0 from 0.0, and int from float where JS cannot."""
    if isinstance(expected, float):
        return isinstance(decoded, (int, float)) and (
            (math.isnan(expected) and math.isnan(decoded))
            or (decoded == expected and math.copysign(1, decoded) == math.copysign(1, expected))
        )
    if isinstance(expected, dict):
        return (
            isinstance(decoded, dict)
            and decoded.keys() == expected.keys()
            and all(_same(decoded[k], v) for k, v in expected.items())
        )
    if isinstance(expected, list):
        return isinstance(decoded, list) and len(decoded) == len(expected) and all(map(_same, decoded, expected))
    return type(decoded) is type(expected) and decoded == expected


def test_every_vector_has_a_python_value() -> None:
    assert set(CASES) == set(PYTHON_VALUES)


@pytest.mark.parametrize("name", ENCODE_CASES)
def test_serialize_matches_sdk_bytes(name: str) -> None:
    assert serialize_payload(PYTHON_VALUES[name]) == (CASES[name]["superjson_string"], "application/super+json")


def test_dotted_leaf_keys_are_escaped() -> None:
    assert serialize_payload(PYTHON_VALUES["dotted_keys"])[0] == DOTTED_KEYS_FIXED
    assert CASES["dotted_keys"]["superjson_string"] != DOTTED_KEYS_FIXED
    assert _same(superjson_loads(DOTTED_KEYS_FIXED), PYTHON_VALUES["dotted_keys"])
    # The SDK's own bytes decode as superjson decodes them: the unreachable annotations are skipped.
    sdk = superjson_loads(CASES["dotted_keys"]["superjson_string"])
    assert sdk == {"a.b": {"c.d": "1970-01-01T00:00:00.000Z"}, "e.": "NaN"}


@pytest.mark.parametrize("name", sorted(set(CASES) - {"cycle", "dotted_keys"}))
def test_deserialize_sdk_bytes(name: str) -> None:
    decoded = deserialize_payload(CASES[name]["superjson_string"], "application/super+json")
    assert _same(decoded, PYTHON_VALUES[name])


def test_shared_references_are_restored() -> None:
    decoded = superjson_loads(CASES["shared_array"]["superjson_string"])
    assert decoded["x"] is decoded["y"]
    decoded = superjson_loads(CASES["shared_shortest_path"]["superjson_string"])
    assert decoded["deep"]["inner"] is decoded["top"] and decoded["top"] == {"k": 1}


def test_cycle_is_restored() -> None:
    decoded = superjson_loads(CASES["cycle"]["superjson_string"])
    assert list(decoded) == ["self"] and decoded["self"] is decoded


@pytest.mark.parametrize("case", VECTORS["io"], ids=lambda c: c["name"])
def test_stringify_io_packets(case: dict[str, Any]) -> None:
    value = {"undefined": OMIT, "string": "héllo", "empty_string": "", "object": {"a": 1}}[case["name"]]
    assert serialize_payload(value) == (case["payload"], case["payload_type"])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Aware datetimes are converted to UTC, naive ones taken as UTC, dates are midnight UTC; sub-ms dropped.
        (datetime(2024, 1, 2, 4, 4, 5, 678999, tzinfo=timezone(timedelta(hours=1))), "2024-01-02T03:04:05.678Z"),
        (datetime(2024, 1, 2, 3, 4, 5, 678999), "2024-01-02T03:04:05.678Z"),
        (date(2024, 1, 2), "2024-01-02T00:00:00.000Z"),
    ],
)
def test_datetime_choices(value: Any, expected: str) -> None:
    assert serialize_payload(value)[0] == f'{{"json":"{expected}","meta":{{"values":["Date"]}}}}'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("1.10"), '{"json":1.1}'),
        (Decimal("100"), '{"json":100}'),
        (Decimal("-0"), '{"json":"-0","meta":{"values":["number"]}}'),
        (Decimal("NaN"), '{"json":"NaN","meta":{"values":["number"]}}'),
        ((1, "a"), '{"json":[1,"a"]}'),
        (frozenset({2, 1}), '{"json":[1,2],"meta":{"values":["set"]}}'),
        (bytearray(b"\x07"), '{"json":[7],"meta":{"values":[["typed-array","Uint8Array"]]}}'),
        (["\ud83d\ude00"], '{"json":["😀"]}'),  # a surrogate pair written as two code points is one character
    ],
)
def test_other_python_types(value: Any, expected: str) -> None:
    assert serialize_payload(value)[0] == expected


@pytest.mark.parametrize(
    ("value", "field", "message"),
    [
        ({"a": [object()]}, "payload.a.0", "object cannot be sent"),
        ({1: "x"}, "payload", "keys must be str"),
        ({"__proto__": 1}, "payload", "prototype pollution"),
        (Decimal("1e400"), "payload", "outside the range"),
        (timedelta(seconds=1), "payload", "timedelta cannot be sent"),
    ],
)
def test_unsupported_values_name_the_path(value: Any, field: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        serialize_payload(value)
    assert info.value.field == field and message in info.value.message


def test_deserialize_packet_types() -> None:
    assert deserialize_payload('{"a":[1,2.5]}', "application/json") == {"a": [1, 2.5]}
    assert deserialize_payload("hi", "text/plain") == "hi"
    assert deserialize_payload("<x/>", "application/xml") == "<x/>"
    assert deserialize_payload("", "application/json") is None
    assert deserialize_payload(None, None) is None
    with pytest.raises(ValidationError, match="packets API"):
        deserialize_payload("trigger/t/1/payload.json", "application/store")
    with pytest.raises(ValueError, match="unknown superjson annotation"):
        superjson_loads('{"json":1,"meta":{"values":["Temporal"]}}')
    with pytest.raises(ValueError, match="not a superjson document"):
        superjson_loads("[1]")


def test_meta_v_of_newer_superjson_is_accepted() -> None:
    assert superjson_loads('{"json":"1","meta":{"values":["bigint"],"v":1}}') == 1


def test_payload_size() -> None:
    assert check_payload_size(None) == 0
    assert check_payload_size("é") == 2
    assert check_payload_size("x" * MAX_PAYLOAD_BYTES) == MAX_PAYLOAD_BYTES
    with pytest.raises(ValidationError) as info:
        check_payload_size("x" * (MAX_PAYLOAD_BYTES + 1), "items[3].payload")
    assert info.value.field == "items[3].payload"
    assert "3145729 bytes" in info.value.message and "reference" in info.value.message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1.0, "1"),
        (-0.0, "0"),
        (1e21, "1e+21"),
        (1e20, "100000000000000000000"),
        (123.456, "123.456"),
        (1e-6, "0.000001"),
        (1.5e-7, "1.5e-7"),
        (-1.7976931348623157e308, "-1.7976931348623157e+308"),
        (math.nan, "null"),
        (math.inf, "null"),
        (2**64, "18446744073709551616"),
        (
            {"b": 1, "1": 2, "0": 3, "4294967295": 4, "4294967294": 5},
            '{"0":3,"1":2,"4294967294":5,"b":1,"4294967295":4}',
        ),
        ({"s": "a/b\u00e9\u2028"}, '{"s":"a/bé\u2028"}'),
        ((True, None), "[true,null]"),
    ],
)
def test_js_json_dumps(value: Any, expected: str) -> None:
    assert js_json_dumps(value) == expected


def test_js_json_dumps_rejects_non_json() -> None:
    with pytest.raises(TypeError, match="set is not JSON serialisable"):
        js_json_dumps({1})


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_js_numbers_round_trip(value: float) -> None:
    text = js_json_dumps(value)
    assert float(text) == value
    assert not text.endswith(".0") and "e+0" not in text and "e-0" not in text


# superjson 2.2.1 (the SDK's) escapes "." in meta paths but not "\\", so a key ending in a backslash is ambiguous
# on the wire for TypeScript too; such keys are left out of the round trip.
_keys = st.text(max_size=8).filter(lambda k: k not in {"__proto__", "constructor", "prototype"} and "\\" not in k)
_leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text()
    | st.datetimes(timezones=st.just(UTC)).map(lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000))
    | st.frozensets(st.integers() | st.text(max_size=4), max_size=4).map(set)
    | st.binary(max_size=8)
)
_values = st.recursive(_leaves, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=4))


@given(_values)
def test_superjson_round_trip(value: Any) -> None:
    assert _same(superjson_loads(superjson_dumps(value)), _as_decoded(value))


def _as_decoded(value: Any) -> Any:
    """What decoding gives back: JS has no int/float split, so whole floats come back as ints (but -0.0 stays)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53 and math.copysign(1, value) > 0:
        return int(value)
    if isinstance(value, dict):
        return {k: _as_decoded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_decoded(v) for v in value]
    return value


# The plain-JSON fast path of superjson_dumps must write exactly what the general path writes.
_EDGE_SCALARS: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    2**53 - 1,
    -(2**53 - 1),
    2**53,
    -(2**53),
    0.1,
    -0.5,
    1.5,
    1.0,
    -0.0,
    0.0,
    1e-4,
    9.99e-5,
    1e-7,
    123456.789,
    1e15 + 0.5,
    1e16,
    1e21,
    1.5e300,
    float("nan"),
    float("inf"),
    "",
    "plain",
    "é ü 中文 🎉",
    'quote" back\\slash',
    "\x00\x1f\n\t",
    "\u2028\u2029",
    "\ud800",
    "\ud83d\ude00",
    "a\udc00b",
]
_EDGE_KEYS = ["a", "", "0", "1", "10", "01", "-1", "1.5", "a.b", "__proto__", "constructor", "é", "\ud800"]


def _random_value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth >= 3 or roll < 0.5:
        return rng.choice(_EDGE_SCALARS)
    if roll < 0.75:
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {
        rng.choice([*_EDGE_KEYS, "k", "name", "to"]): _random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))
    }


def test_the_plain_json_fast_path_writes_what_the_general_path_writes() -> None:
    rng = random.Random(16)
    compared = fast = 0
    for _ in range(4000):
        value = _random_value(rng)
        try:
            expected = _general_dumps(value, "payload")
        except ValidationError:
            with pytest.raises(ValidationError):
                superjson_dumps(value)
            continue
        assert superjson_dumps(value) == expected, value
        compared += 1
        fast += _plain(value, set())
    shared = {"x": 1}
    assert superjson_dumps({"a": shared, "b": shared}) == _general_dumps({"a": shared, "b": shared}, "payload")
    assert compared > 3000 and fast > 1000  # both paths were exercised
