"""Cron and time zone checks, and DST-correct next runs."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from trigger_client._cron import next_runs, validate_cron, validate_timezone
from trigger_client._exceptions import ValidationError


@pytest.mark.parametrize("expression", ["* * * * *", "0 9 * * MON-FRI", "*/15 0-6 1,15 JAN-JUN *", "0 0 L * *"])
def test_valid_cron(expression: str) -> None:
    assert validate_cron(expression) == expression


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("0 0 9 * * *", "seconds"),
        ("0 0 * *", "has 4 fields"),
        ("@daily", "has 1 fields"),
        ("0  0 * * *", "single spaces"),
        (" 0 0 * * *", "single spaces"),
        ("61 * * * *", "not a valid cron"),
        ("a b c d e", "not a valid cron"),
        ("", "required"),
    ],
)
def test_invalid_cron(expression: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_cron(expression, "schedule.cron")
    assert info.value.field == "schedule.cron"
    assert message in info.value.message


def test_timezones() -> None:
    assert validate_timezone("UTC") == "UTC"
    assert validate_timezone("America/New_York") == "America/New_York"
    with pytest.raises(ValidationError) as info:
        validate_timezone("Europe/Londn")
    assert info.value.field == "timezone" and "'Europe/London'" in info.value.message
    with pytest.raises(ValidationError, match="not a canonical IANA time zone name the server accepts"):
        validate_timezone("Mars/Olympus")
    # Aliases zoneinfo knows but the server refuses (utils/timezones.server.ts lists canonical ids only).
    for alias in ("US/Eastern", "Asia/Kolkata", "Etc/UTC"):
        with pytest.raises(ValidationError, match="canonical"):
            validate_timezone(alias)
    assert validate_timezone("Asia/Calcutta") == "Asia/Calcutta"


def test_next_runs_keep_local_time_across_dst() -> None:
    runs = next_runs("0 9 * * *", "Europe/London", n=3, start=datetime(2024, 3, 29, 12, tzinfo=timezone.utc))
    assert [r.isoformat() for r in runs] == [
        "2024-03-30T09:00:00+00:00",
        "2024-03-31T09:00:00+01:00",
        "2024-04-01T09:00:00+01:00",
    ]


def test_next_runs_skip_the_missing_hour() -> None:
    runs = next_runs("0 * * * *", "America/New_York", n=3, start=datetime(2024, 3, 10, 5, 30, tzinfo=timezone.utc))
    assert [r.isoformat() for r in runs] == [
        "2024-03-10T01:00:00-05:00",
        "2024-03-10T03:00:00-04:00",
        "2024-03-10T04:00:00-04:00",
    ]
    assert runs[1].astimezone(timezone.utc) - runs[0].astimezone(timezone.utc) == timedelta(hours=1)


def test_next_runs_defaults() -> None:
    runs = next_runs("*/5 * * * *", start=datetime(2024, 1, 1, 0, 1))  # naive start = UTC
    assert runs == [datetime(2024, 1, 1, 0, m, tzinfo=timezone.utc) for m in (5, 10, 15, 20, 25)]
    assert all(str(r.tzinfo) == "UTC" for r in runs)


def test_next_runs_validates() -> None:
    with pytest.raises(ValidationError, match="n"):
        next_runs("* * * * *", n=0)
    with pytest.raises(ValidationError, match="timezone"):
        next_runs("* * * * *", "Nowhere")
