"""Public access tokens byte-identical to auth.createPublicToken (tests/vectors/tokens.json)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import jwt
import pytest

from trigger_client._exceptions import ValidationError
from trigger_client._tokens import create_public_token, decode_public_token_scopes, flatten_scopes

VECTORS = json.loads((Path(__file__).parent / "vectors" / "tokens.json").read_text("utf-8"))
SECRET = VECTORS["secret_key"]
NOW = VECTORS["now"]


def _expires_in(options: dict[str, Any]) -> Any:
    value = options.get("expirationTime", "15m")
    return datetime.fromtimestamp(value["date_ms"] / 1000, timezone.utc) if isinstance(value, dict) else value


@pytest.mark.parametrize("case", VECTORS["tokens"], ids=lambda c: c["name"])
def test_tokens_match_sdk(case: dict[str, Any]) -> None:
    options = case["options"]
    token = create_public_token(
        SECRET,
        scopes=options.get("scopes"),
        expires_in=_expires_in(options),
        claims=VECTORS["claims"],
        realtime=options.get("realtime"),
        now=NOW,
    )
    assert token == case["token"]


@pytest.mark.filterwarnings("ignore:The HMAC key is")  # Trigger.dev secret keys are shorter than 32 bytes
def test_token_verifies_with_pyjwt() -> None:
    token = create_public_token(SECRET, scopes={"read": {"runs": ["run_1"]}}, expires_in="1h")
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], audience="https://api.trigger.dev")
    assert claims["scopes"] == ["read:runs:run_1"] and claims["exp"] - claims["iat"] == 3600
    assert jwt.get_unverified_header(token) == {"alg": "HS256"}


def test_no_scopes_claim_without_scopes() -> None:
    token = create_public_token(SECRET, scopes=None, now=NOW)
    assert "scopes" not in jwt.decode(token, options={"verify_signature": False})
    assert decode_public_token_scopes(token) == []


@pytest.mark.parametrize(
    ("expires_in", "exp"),
    [
        ("3 hours ago", NOW - 10800),
        ("-1h", NOW - 3600),
        ("1 sec", NOW + 1),
        ("0.5s", NOW + 1),
        (1_800_000_001, 1_800_000_001),
    ],
)
def test_expiry_forms(expires_in: Any, exp: float) -> None:
    token = create_public_token(SECRET, scopes=None, expires_in=expires_in, now=NOW)
    assert jwt.decode(token, options={"verify_signature": False})["exp"] == exp


@pytest.mark.parametrize("expires_in", ["1 month", "15", "+1h ago", "1h ", True, 1.5])
def test_bad_expiry(expires_in: Any) -> None:
    with pytest.raises(ValidationError) as info:
        create_public_token(SECRET, scopes=None, expires_in=expires_in)
    assert info.value.field == "expires_in"


def test_flatten_scopes() -> None:
    scopes = {"read": {"runs": ["run_1", "run_2"], "tags": "t", "batch": False}, "write": {"waitpoints": True}}
    assert flatten_scopes(scopes) == ["read:runs:run_1", "read:runs:run_2", "read:tags:t", "write:waitpoints"]


@pytest.mark.parametrize(
    ("scopes", "field"),
    [
        ({"delete": {"runs": True}}, "scopes.delete"),
        ({"read": {"jobs": True}}, "scopes.read.jobs"),
        ({"read": True}, "scopes.read"),
        ({"read": {"runs": [""]}}, "scopes.read.runs[0]"),
        ({"read": {"runs": 5}}, "scopes.read.runs"),
    ],
)
def test_bad_scopes(scopes: Any, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        create_public_token(SECRET, scopes=scopes)
    assert info.value.field == field


def test_additional_keys_cannot_self_sign() -> None:
    with pytest.raises(ValidationError, match="/api/v1/auth/public-tokens"):
        create_public_token("tr_prod_sk_" + "a1" * 12, scopes={"read": {"runs": True}})


def test_decode_scopes() -> None:
    assert decode_public_token_scopes(VECTORS["tokens"][1]["token"]) == [
        "read:runs:run_1",
        "read:runs:run_2",
        "read:tags:t",
        "write:waitpoints:waitpoint_1",
    ]
    with pytest.raises(ValidationError, match="not a JWT"):
        decode_public_token_scopes("tr_dev_abc")
