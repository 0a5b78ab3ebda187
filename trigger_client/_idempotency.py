"""Idempotency keys hashed exactly as the SDK's ``makeIdempotencyKey`` does outside a task (wire reference §7),
and checks of the duration strings sent as ``delay``, ``ttl`` and ``idempotencyKeyTTL``.

Outside a task no scope adds anything to the hash: ``run``, ``attempt`` and ``global`` only differ in the
``idempotencyKeyOptions`` sent alongside.

Example::

    make_idempotency_key("my-key")
    # ('5e78863ed1ffb9fc66b1d61634b126bf8eb20267e7996297eeeb9b19c8c0f732', {'key': 'my-key', 'scope': 'run'})
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Final, Literal

from trigger_client._exceptions import ValidationError

__all__ = [
    "IdempotencyScope",
    "batch_item_key",
    "make_idempotency_key",
    "parse_duration_ms",
    "validate_duration",
    "validate_idempotency_key_ttl",
]

IdempotencyScope = Literal["run", "attempt", "global"]
_SCOPES: Final = ("run", "attempt", "global")
_HASH_LENGTH: Final = 64

# parseNaturalLanguageDurationInMs (core v3/isomorphic/duration): the whole string must be unit groups; each
# unit then counts only its first occurrence ("1h1h" is one hour), in any order ("5s1h").
_DURATION: Final = re.compile(r"(?:\d+(?:w|d|hr|h|m|s))+", re.ASCII)
_UNITS_MS: Final = (
    (re.compile(r"(\d+)w", re.ASCII), 7 * 24 * 3600 * 1000),
    (re.compile(r"(\d+)d", re.ASCII), 24 * 3600 * 1000),
    (re.compile(r"(\d+)(?:hr|h)", re.ASCII), 3600 * 1000),
    (re.compile(r"(\d+)m", re.ASCII), 60 * 1000),
    (re.compile(r"(\d+)s", re.ASCII), 1000),
)
# The server resolves idempotencyKeyTTL with /^(\d+)([smhd])$/ and silently ignores anything else.
_KEY_TTL: Final = re.compile(r"\d+[smhd]", re.ASCII)


def make_idempotency_key(
    key: str | Sequence[str], *, scope: IdempotencyScope = "run"
) -> tuple[str, dict[str, str] | None]:
    """The ``idempotencyKey`` to send and its ``idempotencyKeyOptions`` (``None`` for a pre-hashed key).

    A string of exactly 64 characters is taken as already hashed and passed through, as the SDK does. Anything
    else is SHA-256 hashed (lowercase hex) over its parts joined with ``-``.

    Example::

        make_idempotency_key(["x", "y"])   # ('cc96fed8…c6799b7f', {'key': 'x-y', 'scope': 'run'})
        make_idempotency_key("a" * 64)     # ('aaaa…', None)
    """
    if scope not in _SCOPES:
        raise ValidationError("scope", f"must be one of {', '.join(map(repr, _SCOPES))}, got {scope!r}")
    if isinstance(key, str):
        if not key:
            raise ValidationError("idempotency_key", "must not be empty; use a stable business identifier")
        if len(key) == _HASH_LENGTH:
            return key, None
        parts: list[str] = [key]
    else:
        parts = _key_parts(key)
    joined = "-".join(parts)
    return _sha256(joined), {"key": joined, "scope": scope}


def batch_item_key(batch_key: str | Sequence[str], index: int) -> str:
    """The key the SDK gives batch item ``index`` when the batch has ``batch_key`` and the item has none.

    It hashes the *raw* batch key (a list is joined with commas, as JavaScript prints an array) with the index;
    no ``idempotencyKeyOptions`` go with it.

    Example::

        batch_item_key("batch-key", 0) == hashlib.sha256(b"batch-key-0").hexdigest()  # True
    """
    if isinstance(index, bool) or not isinstance(index, int) or index < 0:
        raise ValidationError("index", f"must be a non-negative int, got {index!r}")
    if isinstance(batch_key, str):
        if not batch_key:
            raise ValidationError("idempotency_key", "must not be empty; use a stable business identifier")
        raw = batch_key
    else:
        raw = ",".join(_key_parts(batch_key))
    return _sha256(f"{raw}-{index}")


def _key_parts(key: Sequence[str]) -> list[str]:
    if not isinstance(key, Sequence) or isinstance(key, (bytes, bytearray)):
        raise ValidationError("idempotency_key", f"must be a str or a list of str, got {type(key).__name__}")
    parts = list(key)
    if not parts:
        raise ValidationError("idempotency_key", "must not be an empty list; pass at least one non-empty str")
    for i, part in enumerate(parts):
        if not isinstance(part, str) or not part:
            raise ValidationError(f"idempotency_key[{i}]", f"each part must be a non-empty str, got {part!r}")
    return parts


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_duration_ms(value: str) -> int | None:
    """Milliseconds in a duration string as the server reads ``delay``/``ttl``, or ``None`` if it is not one.

    Units ``w``, ``d``, ``h``/``hr``, ``m``, ``s``, combinable (``"1h42m"``); no spaces, signs or fractions.

    Example::

        parse_duration_ms("1h42m")  # 6120000
        parse_duration_ms("1.5h")   # None
    """
    if len(value) > 100 or not _DURATION.fullmatch(value):
        return None
    total = 0
    for pattern, unit_ms in _UNITS_MS:
        match = pattern.search(value)
        if match:
            total += int(match.group(1)) * unit_ms
    return total


def validate_duration(value: str, field: str) -> str:
    """Return ``value`` if it is a duration string the server understands (``delay``, ``ttl``), else raise.

    Example::

        validate_duration("1h30m", "delay")  # '1h30m'
        validate_duration("90 min", "ttl")    # ValidationError
    """
    if not isinstance(value, str) or parse_duration_ms(value) is None:
        raise ValidationError(
            field,
            f'{value!r} is not a duration; use digits and units w, d, h, m, s such as "30s", "5m", "2d" or "1h42m"',
        )
    return value


def validate_idempotency_key_ttl(value: str, field: str = "idempotency_key_ttl") -> str:
    """Return ``value`` if it is an ``idempotencyKeyTTL`` the server honours: one number and one unit s/m/h/d.

    The server ignores other forms (``"1w"``, ``"1h30m"``) and falls back to its default TTL, so they are refused.

    Example::

        validate_idempotency_key_ttl("7d")     # '7d'
        validate_idempotency_key_ttl("1h30m")  # ValidationError: use "90m"
    """
    if not isinstance(value, str) or not _KEY_TTL.fullmatch(value):
        raise ValidationError(
            field,
            f'{value!r} is not an idempotency key TTL; use one number and one unit s, m, h or d, such as "90m" or "7d"',
        )
    return value
