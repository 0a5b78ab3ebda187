"""Public access tokens signed locally like the SDK's ``auth.createPublicToken`` (wire reference §11).

The token is an HS256 JWT whose key is the UTF-8 secret key, with the header ``{"alg":"HS256"}`` and claims in
the SDK's order, so the bytes equal the SDK's for the same inputs and clock.

Example::

    token = create_public_token(
        "tr_dev_…", scopes={"read": {"runs": ["run_1"]}}, claims={"sub": env_id, "pub": True}, expires_in="1h"
    )
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any, Final

from jwt.algorithms import HMACAlgorithm
from jwt.utils import base64url_decode, base64url_encode

from trigger_client._exceptions import ValidationError
from trigger_client._superjson import js_json_dumps

__all__ = ["create_public_token", "decode_public_token_scopes", "flatten_scopes"]

JWT_ISSUER: Final = "https://id.trigger.dev"
JWT_AUDIENCE: Final = "https://api.trigger.dev"
_HEADER: Final = base64url_encode(b'{"alg":"HS256"}')
_ACTIONS: Final = ("read", "write", "trigger", "batchTrigger")
_PROPERTIES: Final = ("tasks", "tags", "runs", "batch", "waitpoints", "inputStreams", "sessions")
_ADDITIONAL_KEY: Final = re.compile(r"tr_(dev|stg|prod|preview)_sk_[0-9a-zA-Z]{24}", re.ASCII)

# jose's time-span grammar (lib/secs.js): "15m", "2 days", "+1.5h", "1 year from now", "3 hours ago".
_TIME_SPAN: Final = re.compile(
    r"(\+|-)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)"
    r"(?: (ago|from now))?",
    re.ASCII | re.IGNORECASE,
)
_UNIT_SECONDS: Final = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "y": 31557600}  # a year is 365.25 days


def flatten_scopes(scopes: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The ``scopes`` claim for a permissions mapping, in the SDK's order.

    Each ``action → property → value``: a list gives one ``action:property:item`` per item, a str one scope,
    ``True`` gives ``action:property`` (all of them); ``False``/``None`` give nothing.

    Example::

        flatten_scopes({"read": {"runs": ["run_1", "run_2"], "tags": "t"}, "write": {"waitpoints": True}})
        # ['read:runs:run_1', 'read:runs:run_2', 'read:tags:t', 'write:waitpoints']
    """
    if not isinstance(scopes, Mapping):
        raise ValidationError("scopes", f'must be a mapping such as {{"read": {{"runs": ["run_1"]}}}}, got {scopes!r}')
    flat: list[str] = []
    for action, properties in scopes.items():
        if action not in _ACTIONS:
            raise ValidationError(f"scopes.{action}", f"unknown action; use one of {', '.join(_ACTIONS)}")
        if properties is None:
            continue
        if not isinstance(properties, Mapping):
            raise ValidationError(f"scopes.{action}", 'must map properties to ids, e.g. {"runs": ["run_1"]}')
        for prop, value in properties.items():
            field = f"scopes.{action}.{prop}"
            if prop not in _PROPERTIES:
                raise ValidationError(field, f"unknown property; use one of {', '.join(_PROPERTIES)}")
            if value is True:
                flat.append(f"{action}:{prop}")
            elif isinstance(value, str):
                flat.append(f"{action}:{prop}:{_scope_item(value, field)}")
            elif isinstance(value, (list, tuple)):
                flat.extend(f"{action}:{prop}:{_scope_item(item, f'{field}[{i}]')}" for i, item in enumerate(value))
            elif value not in (None, False):
                raise ValidationError(field, f"must be a str, a list of str or True, got {value!r}")
    return flat


def _scope_item(item: object, field: str) -> str:
    if not isinstance(item, str) or not item:
        raise ValidationError(field, f"must be a non-empty str (an id, tag or task name), got {item!r}")
    return item


def create_public_token(
    secret_key: str,
    *,
    scopes: Mapping[str, Mapping[str, Any]] | None,
    expires_in: str | int | datetime = "15m",
    claims: Mapping[str, Any] | None = None,
    realtime: Mapping[str, Any] | None = None,
    now: float | None = None,
) -> str:
    """Sign a public access token with ``secret_key``, byte-identical to the SDK's.

    ``claims`` are the server's (``POST /api/v1/auth/jwt/claims`` → ``{"sub": env_id, "pub": True}``);
    ``scopes`` is flattened by :func:`flatten_scopes` (no ``scopes`` claim at all when ``None``); ``expires_in`` is
    a jose time span relative to ``now`` (``"15m"``, ``"2 days"``), an ``int`` of absolute Unix seconds, or a
    ``datetime`` (naive = UTC). ``now`` (Unix seconds, default the clock) sets ``iat``.

    Additional API keys (``tr_dev_sk_…``) cannot self-sign; mint their tokens with the server's
    ``POST /api/v1/auth/public-tokens`` instead.

    Example::

        create_public_token(key, scopes={"read": {"tags": ["user:1"]}}, claims=claims, expires_in="1h")
    """
    if not isinstance(secret_key, str) or not secret_key:
        raise ValidationError("secret_key", "a secret API key (tr_dev_…, tr_prod_…) is required to sign tokens")
    if _ADDITIONAL_KEY.fullmatch(secret_key):
        raise ValidationError(
            "secret_key",
            "additional API keys (tr_<env>_sk_…) cannot sign public tokens locally; ask the server to mint one "
            "with POST /api/v1/auth/public-tokens, or use the environment's root secret key",
        )
    issued_at = math.floor(time.time() if now is None else now)
    payload: dict[str, Any] = dict(claims or {})
    if scopes is not None:
        payload["scopes"] = flatten_scopes(scopes)
    if realtime is not None:
        payload["realtime"] = dict(realtime)
    # Claims the server already gave keep their position, as with jose's {...payload, iss} spreads.
    payload.update(iss=JWT_ISSUER, aud=JWT_AUDIENCE, exp=_expiry(expires_in, issued_at), iat=issued_at)
    signing_input = _HEADER + b"." + base64url_encode(js_json_dumps(payload).encode("utf-8"))
    # pyjwt's HS256 directly: jwt.encode would add "typ" and warn about secret keys shorter than 32 bytes.
    hs256 = HMACAlgorithm(HMACAlgorithm.SHA256)
    signature = hs256.sign(signing_input, hs256.prepare_key(secret_key))
    return (signing_input + b"." + base64url_encode(signature)).decode("ascii")


def _expiry(expires_in: str | int | datetime, issued_at: int) -> int:
    if isinstance(expires_in, datetime):
        aware = expires_in if expires_in.tzinfo else expires_in.replace(tzinfo=timezone.utc)
        return math.floor(aware.timestamp())
    if isinstance(expires_in, int) and not isinstance(expires_in, bool):
        return expires_in
    match = _TIME_SPAN.fullmatch(expires_in) if isinstance(expires_in, str) else None
    if match is None or (match.group(1) and match.group(4)):
        raise ValidationError(
            "expires_in",
            f'{expires_in!r} is not a time span; use e.g. "15m", "1h", "2 days", an int of Unix seconds or a datetime',
        )
    sign, number, unit, direction = match.groups()
    exact = float(number) * _UNIT_SECONDS[unit[0].lower()]  # every unit's spellings share a first letter
    seconds = math.floor(exact)
    if exact - seconds >= 0.5:  # Math.round: halves go up
        seconds += 1
    return issued_at + (-seconds if sign == "-" or (direction or "").lower() == "ago" else seconds)


def is_additional_key(token: str) -> bool:
    """Whether ``token`` is an additional environment API key (``tr_<env>_sk_…``), which cannot sign tokens.

    Example::

        is_additional_key("tr_dev_sk_" + "a" * 24)  # True
    """
    return bool(_ADDITIONAL_KEY.fullmatch(token))


def decode_public_token_scopes(token: str) -> list[str]:
    """The ``scopes`` claim of a JWT, read without verifying it (for clients built from a public token).

    Returns ``[]`` when the token has no ``scopes`` claim; raises :class:`ValidationError` if it is not a JWT.

    Example::

        decode_public_token_scopes(token)  # ['read:runs:run_1']
    """
    parts = token.split(".") if isinstance(token, str) else []
    try:
        if len(parts) != 3:
            raise ValueError("expected three dot-separated parts")
        payload = json.loads(base64url_decode(parts[1]))
    except ValueError as exc:
        raise ValidationError("token", f"is not a JWT ({exc}); pass the token exactly as it was issued") from None
    scopes = payload.get("scopes", []) if isinstance(payload, dict) else []
    if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes):
        raise ValidationError("token", f"its scopes claim is not a list of strings: {scopes!r}")
    return scopes
