"""The compact JSON encoder made once (trigger_client._compact_json) writes and fails as json.JSONEncoder.encode."""

from __future__ import annotations

import json
import json.encoder
from types import SimpleNamespace
from typing import Any

import pytest

from trigger_client import _compact_json
from trigger_client._compact_json import compact_encoder

DOCUMENTS: list[Any] = [
    {"payload": '{"json":{"n":1}}', "options": {"payloadType": "application/super+json", "payloadSize": 16}},
    {"é": ["ü", 1.5, -0.0, 10**30, True, None, {}], "\u2028": '\ud83d\ude00 "q" \\ \n'},
    "text",
    [],
]


@pytest.mark.parametrize("check_circular", [True, False])
@pytest.mark.parametrize("allow_nan", [True, False])
@pytest.mark.parametrize("document", DOCUMENTS)
def test_it_writes_what_the_public_encoder_writes(document: Any, check_circular: bool, allow_nan: bool) -> None:
    public = json.JSONEncoder(
        ensure_ascii=False, check_circular=check_circular, allow_nan=allow_nan, separators=(",", ":")
    )
    assert compact_encoder(check_circular=check_circular, allow_nan=allow_nan)(document) == public.encode(document)


def test_it_fails_where_the_public_encoder_fails() -> None:
    encode = compact_encoder(check_circular=True, allow_nan=False)
    loop: dict[str, Any] = {}
    loop["self"] = loop
    with pytest.raises(ValueError, match="Circular reference detected"):
        encode(loop)
    with pytest.raises(ValueError, match="Out of range float values"):
        encode({"x": float("inf")})
    with pytest.raises(TypeError, match="Object of type set is not JSON serializable"):
        encode({"x": {1}})
    assert encode({"after": "failures"}) == '{"after":"failures"}'  # no memo left behind by the failures
    assert compact_encoder(check_circular=False, allow_nan=True)({"x": float("nan")}) == '{"x":NaN}'


def _accelerator(monkeypatch: pytest.MonkeyPatch, make: Any) -> None:
    # A json.encoder stand-in for compact_encoder only: the public encoder keeps the real one.
    stdlib = SimpleNamespace(c_make_encoder=make, encode_basestring=json.encoder.encode_basestring)
    monkeypatch.setattr(_compact_json, "_stdlib", stdlib)


def test_without_the_c_accelerator_it_is_the_public_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    _accelerator(monkeypatch, None)
    encode = compact_encoder(check_circular=True, allow_nan=False)
    assert isinstance(getattr(encode, "__self__", None), json.JSONEncoder)
    assert encode({"a": "é"}) == '{"a":"é"}'


def test_an_accelerator_that_disagrees_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    real = json.encoder.c_make_encoder  # type: ignore[attr-defined]

    def sorting(*args: Any) -> Any:  # sorted keys: not what the public encoder writes
        return real(*args[:6], True, *args[7:])

    _accelerator(monkeypatch, sorting)
    encode = compact_encoder(check_circular=False, allow_nan=True)
    assert isinstance(getattr(encode, "__self__", None), json.JSONEncoder)
    assert encode({"n": 1, "a": 2}) == '{"n":1,"a":2}'
