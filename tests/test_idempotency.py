"""Idempotency keys against the SDK's own hashes (tests/vectors/idempotency.json) and duration strings."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trigger_client._exceptions import ValidationError
from trigger_client._idempotency import (
    batch_item_key,
    make_idempotency_key,
    parse_duration_ms,
    validate_duration,
    validate_idempotency_key_ttl,
)

VECTORS = json.loads((Path(__file__).parent / "vectors" / "idempotency.json").read_text("utf-8"))
DURATIONS = json.loads((Path(__file__).parent / "vectors" / "durations.json").read_text("utf-8"))["durations"]


@pytest.mark.parametrize("case", VECTORS["keys"], ids=lambda c: repr(c["key"])[:20] + c["scope"])
def test_keys_match_sdk(case: dict[str, Any]) -> None:
    assert make_idempotency_key(case["key"], scope=case["scope"]) == (case["hash"], case["options"])


def test_captured_keys() -> None:
    assert make_idempotency_key("my-key")[0] == "5e78863ed1ffb9fc66b1d61634b126bf8eb20267e7996297eeeb9b19c8c0f732"
    hashed, options = make_idempotency_key(("x", "y"))
    assert hashed.startswith("cc96fed8") and hashed.endswith("c6799b7f")
    assert options == {"key": "x-y", "scope": "run"}


@pytest.mark.parametrize("case", VECTORS["batch_items"], ids=lambda c: f"{c['batch_key']!r:.12}-{c['index']}")
def test_batch_item_keys_match_sdk(case: dict[str, Any]) -> None:
    assert batch_item_key(case["batch_key"], case["index"]) == case["hash"]


@given(st.lists(st.text(st.characters(exclude_categories=["Cs"]), min_size=1), min_size=1, max_size=4))
def test_hash_is_sha256_of_joined_parts(parts: list[str]) -> None:
    joined = "-".join(parts)
    expected = hashlib.sha256(joined.encode("utf-8")).hexdigest()
    assert make_idempotency_key(parts) == (expected, {"key": joined, "scope": "run"})


@pytest.mark.parametrize(
    ("key", "scope", "field"),
    [
        ("", "run", "idempotency_key"),
        ([], "run", "idempotency_key"),
        (["a", ""], "run", "idempotency_key[1]"),
        (["a", 1], "run", "idempotency_key[1]"),
        (b"key", "run", "idempotency_key"),
        ("k", "task", "scope"),
    ],
)
def test_bad_keys(key: Any, scope: Any, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        make_idempotency_key(key, scope=scope)
    assert info.value.field == field


def test_bad_batch_item_keys() -> None:
    with pytest.raises(ValidationError, match="index"):
        batch_item_key("k", -1)
    with pytest.raises(ValidationError, match="idempotency_key"):
        batch_item_key("", 0)


@pytest.mark.parametrize("case", DURATIONS, ids=lambda c: c["input"][:12] or "empty")
def test_durations_match_sdk(case: dict[str, Any]) -> None:
    assert parse_duration_ms(case["input"]) == case["ms"]
    if case["ms"] is None:
        with pytest.raises(ValidationError) as info:
            validate_duration(case["input"], "delay")
        assert info.value.field == "delay" and "1h42m" in info.value.message
    else:
        assert validate_duration(case["input"], "delay") == case["input"]


@pytest.mark.parametrize(("value", "ok"), [("30s", True), ("7d", True), ("90m", True), ("1w", False), ("1h30m", False)])
def test_idempotency_key_ttl(value: str, ok: bool) -> None:
    if ok:
        assert validate_idempotency_key_ttl(value) == value
    else:
        with pytest.raises(ValidationError, match="idempotency_key_ttl"):
            validate_idempotency_key_ttl(value)
