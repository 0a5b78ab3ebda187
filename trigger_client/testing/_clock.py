"""Clocks for the emulator, and the duration/date parsing the API accepts."""

from __future__ import annotations

import re
import threading
import time
from datetime import datetime, timezone
from typing import Protocol

from dateutil import parser as date_parser


class Clock(Protocol):
    """Source of the emulator's notion of "now" (epoch seconds)."""

    def now(self) -> float: ...


class RealClock:
    """Wall-clock time; the emulator runs a background worker with it.

    Example:
        >>> RealClock().now() > 0
        True
    """

    def now(self) -> float:
        return time.time()


class ManualClock:
    """A clock that only moves when told to, for deterministic tests.

    Example:
        >>> clock = ManualClock(start=datetime(2024, 1, 1, tzinfo=timezone.utc))
        >>> clock.advance(60)
        >>> clock.now()
        1704067260.0
    """

    def __init__(self, start: datetime | float | None = None) -> None:
        if start is None:
            self._now = float(int(time.time()))
        elif isinstance(start, datetime):
            aware = start if start.tzinfo else start.replace(tzinfo=timezone.utc)
            self._now = aware.timestamp()
        else:
            self._now = float(start)
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds`` (negative values are rejected)."""
        if seconds < 0:
            raise ValueError("time only moves forward")
        with self._lock:
            self._now += seconds


_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(w|d|hr|h|m|s)")
_UNIT_SECONDS = {"w": 604800.0, "d": 86400.0, "hr": 3600.0, "h": 3600.0, "m": 60.0, "s": 1.0}


def parse_duration(text: str) -> float | None:
    """Seconds in a duration like ``1h42m`` or ``30s``; None when it is not one."""
    compact = text.strip().lower()
    if not compact:
        return None
    parts = _DURATION_PART.findall(compact)
    if not parts or "".join(f"{n}{u}" for n, u in parts) != compact.replace(" ", ""):
        return None
    return sum(float(n) * _UNIT_SECONDS[u] for n, u in parts)


MAX_DATE_MS = 8_640_000_000_000_000


def parse_instant(value: object, now: float) -> float | None:
    """Epoch seconds for a duration (relative to ``now``), an ISO date or epoch milliseconds."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) / 1000.0
    if not isinstance(value, str):
        return None
    seconds = parse_duration(value)
    if seconds is not None:
        return now + seconds
    digits = value.strip()
    if digits.isascii() and digits.isdigit():  # "³".isdigit() is True, but int() refuses it
        millis = int(digits)
        # Beyond JavaScript's Date range (±8.64e15 ms) the server's Date is invalid too.
        return millis / 1000.0 if millis <= MAX_DATE_MS else None
    try:
        parsed = date_parser.isoparse(value)
    except (ValueError, OverflowError):
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)).timestamp()


def iso(ts: float | None) -> str | None:
    """ISO-8601 with milliseconds and ``Z``, like ``Date.toISOString()``."""
    if ts is None:
        return None
    dt = datetime.fromtimestamp(ts, tz=timezone.utc)
    # strftime's %Y does not pad years before 1000 on every platform; toISOString always writes four digits.
    return f"{dt.year:04d}-" + dt.strftime("%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
