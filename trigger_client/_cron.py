"""Local checks of schedule cron expressions and time zones, and next-run previews.

The server accepts a cron expression when it splits on single spaces into at most five parts and
``cron-parser`` accepts it; seconds are not allowed. We require exactly five fields separated by single spaces
(a doubled space would read as an empty sixth field on the server) and check them with croniter.

Example::

    validate_cron("0 9 * * MON-FRI")
    next_runs("0 9 * * *", "Europe/London", n=2, start=datetime(2024, 3, 30, tzinfo=timezone.utc))
"""

from __future__ import annotations

import difflib
import functools
import zoneinfo
from datetime import datetime, timezone
from pathlib import Path
from typing import Final

from trigger_client._exceptions import ValidationError

__all__ = ["next_runs", "validate_cron", "validate_timezone"]

_EXAMPLE: Final = 'e.g. "0 9 * * MON-FRI" (minute hour day-of-month month day-of-week)'


def validate_cron(expression: str, field: str = "cron") -> str:
    """Return ``expression`` if Trigger.dev will accept it as a 5-field cron expression, else raise.

    Example::

        validate_cron("*/15 * * * *")    # '*/15 * * * *'
        validate_cron("0 0 9 * * *")     # ValidationError: seconds are not supported
    """
    if not isinstance(expression, str) or not expression.strip():
        raise ValidationError(field, f"a cron expression is required, {_EXAMPLE}")
    parts = expression.split(" ")
    if "" in parts:
        raise ValidationError(
            field, f"separate the fields with single spaces and no leading or trailing space: {expression!r}"
        )
    if len(parts) > 5:
        raise ValidationError(
            field, f"cron expressions with seconds (6 fields) are not supported; use 5 fields, {_EXAMPLE}"
        )
    if len(parts) < 5:
        raise ValidationError(field, f"{expression!r} has {len(parts)} fields; a cron expression needs 5, {_EXAMPLE}")
    from croniter import croniter  # imported on first use: it costs ~30 ms at import time

    if not croniter.is_valid(expression):
        raise ValidationError(field, f"{expression!r} is not a valid cron expression, {_EXAMPLE}")
    return expression


@functools.lru_cache(maxsize=1)
def server_timezones() -> tuple[str, ...]:
    """The time zones the server accepts for schedules: ``UTC`` then the canonical IANA ids of its JavaScript runtime
    (webapp ``utils/timezones.server.ts``, vendored in ``timezones.txt``); aliases such as ``US/Eastern`` are not
    among them."""
    text = (Path(__file__).parent / "timezones.txt").read_text(encoding="utf-8")
    return ("UTC", *(line for line in text.splitlines() if line and not line.startswith("#")))


def validate_timezone(name: str, field: str = "timezone") -> str:
    """Return ``name`` if the server accepts it as a time zone (``"UTC"``, ``"Europe/London"``), else raise with
    suggestions.

    Example::

        validate_timezone("America/New_York")   # 'America/New_York'
        validate_timezone("Europe/Londn")       # ValidationError: ... did you mean 'Europe/London'?
    """
    known = server_timezones()
    if isinstance(name, str) and name in known:
        return name
    close = difflib.get_close_matches(str(name), known, n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ', e.g. "UTC" or "Europe/London"'
    raise ValidationError(field, f"{name!r} is not a canonical IANA time zone name the server accepts{hint}")


def next_runs(expression: str, timezone: str = "UTC", n: int = 5, start: datetime | None = None) -> list[datetime]:
    """The next ``n`` times the schedule fires after ``start`` (default: now), as aware datetimes in ``timezone``.

    The expression is read in local time of ``timezone``, so "0 9 * * *" stays at 09:00 across DST changes.
    A naive ``start`` is taken as UTC.

    Example::

        next_runs("0 0 * * *", "UTC", n=1, start=datetime(2024, 1, 1, 12, tzinfo=timezone.utc))
        # [datetime.datetime(2024, 1, 2, 0, 0, tzinfo=zoneinfo.ZoneInfo(key='UTC'))]
    """
    validate_cron(expression)
    try:
        zone = zoneinfo.ZoneInfo(validate_timezone(timezone))
    except zoneinfo.ZoneInfoNotFoundError:
        raise ValidationError("timezone", f"no time zone data for {timezone!r} here; pip install tzdata") from None
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValidationError("n", f"must be a positive int, got {n!r}")
    begin = datetime.now(zone) if start is None else _aware(start).astimezone(zone)
    from croniter import croniter

    schedule = croniter(expression, begin)
    return [schedule.get_next(datetime).astimezone(zone) for _ in range(n)]


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
