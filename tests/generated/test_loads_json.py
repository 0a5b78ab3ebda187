"""``trigger_api.types.loads_json``, the decoder of every generated response parser: orjson when it is installed
(the ``orjson`` extra), with exactly ``json.loads``'s results, value or exception, with or without it."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.benchmarks.server import Pages
from trigger_api import types
from trigger_api.api.runs import list_runs_v1, retrieve_run_v1

try:
    import orjson
except ImportError:  # a venv without the extra still runs the stdlib half of every test
    orjson = None

DECODERS = ["orjson", "stdlib"]

# Bodies whose value or error the two decoders must agree on; orjson refuses most of the odd ones (the stdlib then
# decides), and the 19-digit ones never reach it (it would read an integer beyond 64 bits as a float).
BODIES: dict[str, bytes] = {
    "runs page": Pages(3).body(25, "cur_000001") or b"",
    "unicode": '{"name": "café ☕ 😀", "escaped": "\\u00e9\\ud83d\\ude00", "nul": "\\u0000"}'.encode(),
    "duplicate keys": b'{"a": 1, "a": 2}',
    "numbers": b"[0, -0, -0.0, 1e2, 1E-2, 0.1, 1.7976931348623157e308, 5e-324, 1e-400, 123.456e-7]",
    "NaN": b'{"cost": NaN}',
    "Infinity": b"[Infinity, -Infinity]",
    "overflowing float": b"[1e400, -1e400]",
    "largest unsigned 64-bit": b"18446744073709551615",
    "beyond unsigned 64-bit": b'{"n": 18446744073709551616}',
    "below signed 64-bit": b"[-9223372036854775809]",
    "huge int": b"123456789012345678901234567890123456789",
    "19-digit in range": b"[9223372036854775807, -9223372036854775808]",
    "19 digits in a string": b'{"id": "1234567890123456789"}',
    "long float": b"[0.12345678901234567890123, 12345678901234567890.5]",
    "whitespace": b" \t\r\n[1]\n",
    "UTF-8 BOM": b'\xef\xbb\xbf{"a": 1}',
    "UTF-16": '{"a": "é"}'.encode("utf-16"),
    "lone surrogate": b'"\\ud800"',
    "reversed surrogates": b'"\\ude00\\ud83d"',
    "non-UTF-8 bytes": b'{"a": "\xff"}',
    "empty": b"",
    "only whitespace": b"  \n",
    "truncated": b'{"id": "run_abc", "stat',
    "html": b"<html><body>502 Bad Gateway</body></html>",
    "trailing comma": b"[1,]",
    "extra data": b"[1] [2]",
    "control character": b'"a\x01b"',
    "leading zero": b"01",
    "form feed": b"\x0c1",
    "deep nesting": b"[" * 100_000,
}


@pytest.fixture(params=DECODERS)
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test runs with orjson (skipped without the extra) and with it blocked, the stdlib alone."""
    if request.param == "orjson":
        if orjson is None:
            pytest.skip("the orjson extra is not installed")
        assert types._fast_loads is orjson.loads
    else:
        monkeypatch.setattr(types, "_fast_loads", None)
    return str(request.param)


def outcome(decode: Callable[[bytes], Any], body: bytes) -> tuple[str, Any]:
    """What decoding ``body`` gives, comparable across decoders: the repr of the value (so NaN equals NaN, and
    1 differs from 1.0) or the exception's type, text and chained context."""
    try:
        return "value", _typed_repr(decode(body))
    except (ValueError, RecursionError) as exc:
        return "error", (type(exc), str(exc), type(exc.__context__))


def _typed_repr(value: Any) -> str:
    if isinstance(value, float) and math.isnan(value):
        return "nan"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_typed_repr(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_typed_repr(v) for v in value) + "]"
    return f"{type(value).__name__}({value!r})"


@pytest.mark.parametrize("name", list(BODIES))
def test_same_value_or_same_error_as_the_stdlib(decoder: str, name: str) -> None:
    body = BODIES[name]
    assert outcome(types.loads_json, body) == outcome(json.loads, body)


def test_the_outcomes_are_the_stdlib_ones_worth_pinning(decoder: str) -> None:
    assert types.loads_json(BODIES["beyond unsigned 64-bit"]) == {"n": 2**64}
    assert types.loads_json(BODIES["below signed 64-bit"]) == [-(2**63) - 1]
    assert types.loads_json(BODIES["overflowing float"]) == [math.inf, -math.inf]
    assert math.isnan(types.loads_json(BODIES["NaN"])["cost"])
    with pytest.raises(json.JSONDecodeError) as info:
        types.loads_json(b"")
    assert type(info.value) is json.JSONDecodeError and str(info.value) == "Expecting value: line 1 column 1 (char 0)"
    with pytest.raises(UnicodeDecodeError):
        types.loads_json(BODIES["non-UTF-8 bytes"])


@pytest.fixture
def orjson_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bytes]]:
    """The bodies handed to orjson (whose own loads cannot be patched) while a test runs."""
    if orjson is None:
        pytest.skip("the orjson extra is not installed")
    calls: list[bytes] = []
    real = orjson.loads

    def counting(content: bytes) -> Any:
        calls.append(content)
        return real(content)

    monkeypatch.setattr(types, "_fast_loads", counting)
    yield calls


def test_orjson_decodes_ordinary_bodies_and_never_sees_19_digits_in_a_row(orjson_calls: list[bytes]) -> None:
    page = BODIES["runs page"]
    assert types.loads_json(page) == json.loads(page)
    assert orjson_calls == [page]
    # 18 digits: any integer that short fits orjson's 64 bits; 19 could overflow, so the stdlib reads them.
    assert types.loads_json(b"[999999999999999999]") == [999999999999999999]
    assert types.loads_json(b"[-9999999999999999999]") == [-9999999999999999999]
    assert orjson_calls == [page, b"[999999999999999999]"]


@settings(max_examples=300, deadline=None)
@given(
    value=st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.integers(min_value=-(2**70), max_value=2**70)
        | st.floats()
        | st.text(),
        lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
        max_leaves=20,
    ),
    ascii_only=st.booleans(),
)
def test_any_json_text_decodes_as_the_stdlib_decodes_it(value: Any, ascii_only: bool) -> None:
    # Lone surrogates (st.text makes them) come out as \ud800 escapes, or raw as bytes that are not UTF-8.
    body = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    for fast in ([orjson.loads] if orjson is not None else []) + [None]:
        types._fast_loads = fast
        try:
            assert outcome(types.loads_json, body) == outcome(json.loads, body)
        finally:
            types._fast_loads = orjson.loads if orjson is not None else None


def test_without_orjson_installed_the_stdlib_decodes_everything() -> None:
    probe = (
        "import sys; sys.modules['orjson'] = None\n"  # what `import orjson` does when the extra is not installed
        "from trigger_api import types\n"
        "assert types._fast_loads is None\n"
        "assert types.loads_json(b'{\"a\": [1, NaN]}')['a'][0] == 1\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "ok"


def test_generated_parsers_decode_through_loads_json(decoder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bytes] = []
    real = types.loads_json

    def spy(content: bytes) -> Any:
        seen.append(content)
        return real(content)

    monkeypatch.setattr(list_runs_v1, "loads_json", spy)
    page = BODIES["runs page"]
    parsed = list_runs_v1.build().parse(httpx.Response(200, content=page))
    assert seen == [page]
    assert [run.id for run in parsed.data] == [item["id"] for item in json.loads(page)["data"]]


def test_a_non_json_success_body_fails_as_the_stdlib_fails(decoder: str) -> None:
    with pytest.raises(json.JSONDecodeError) as info:
        retrieve_run_v1.build("run_abc").parse(httpx.Response(200, content=BODIES["html"]))
    assert str(info.value) == "Expecting value: line 1 column 1 (char 0)"
    assert type(info.value.__context__) is StopIteration  # the stdlib's own context, not orjson's error
