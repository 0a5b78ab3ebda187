"""Reading the rate-limit headers: numbers from header text and ``x-ratelimit-reset`` in either unit.

A leaf: the error tree, the metrics, pacing and retries all read these headers, and it imports nothing of the client.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

# Below this a reset header is epoch seconds (api.v3.batches.ts sends seconds), above it epoch milliseconds.
_SECONDS_BELOW = 100_000_000_000
MAX_NUMBER_TEXT = 32  # a header number longer than this is hostile; parsing it could be slow or overflow


def reset_epoch_seconds(value: float) -> float:
    """An ``x-ratelimit-reset`` value as epoch seconds, whichever unit the server used.

    The API limiter sends epoch milliseconds (``authorizationRateLimitMiddleware.server.ts``), a refused v3 batch
    epoch seconds (``api.v3.batches.ts``); the two are years apart in magnitude, so the size tells them apart.

    Example:
        >>> reset_epoch_seconds(1_704_067_210_000), reset_epoch_seconds(1_704_067_210)
        (1704067210.0, 1704067210)
    """
    return value if value < _SECONDS_BELOW else value / 1000


def header_number(headers: Mapping[str, str], name: str) -> float | None:
    """A header's value as a finite float, or None when it is missing, malformed, NaN or out of range."""
    text = headers.get(name)
    if not text or len(text) > MAX_NUMBER_TEXT:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def header_int(headers: Mapping[str, str], name: str) -> int | None:
    """A header's value as an int (``x-ratelimit-limit`` and friends), or None when it is not a sane number."""
    value = header_number(headers, name)
    return None if value is None else int(value)


def reset_epoch_ms(headers: Mapping[str, str]) -> int | None:
    """``x-ratelimit-reset`` as epoch milliseconds, also when the server sent seconds (a refused v3 batch).

    Example::

        reset_epoch_ms({"x-ratelimit-reset": "1704067210"})  # 1704067210000
    """
    value = header_number(headers, "x-ratelimit-reset")
    return None if value is None else int(reset_epoch_seconds(value) * 1000)
