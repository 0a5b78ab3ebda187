"""How from_dict reads date-times (types.parse_datetime): fromisoformat itself on Python 3.11+, and on 3.10 a
reader that accepts the same forms. Each is held against dateutil's ISO parser: the same instant, and the same
kind of time zone fromisoformat gives (naive stays naive, an offset is a datetime.timezone)."""

from __future__ import annotations

import datetime
import sys
from collections.abc import Callable

import pytest
from dateutil.parser import isoparse

from tests.generated.cases import LIST_RUNS
from trigger_api.models import RunListItem
from trigger_api.types import iso_datetime_py310, parse_datetime

UTC = datetime.timezone.utc
READERS: dict[str, Callable[[str], datetime.datetime]] = {"parse_datetime": parse_datetime, "py310": iso_datetime_py310}

FORMS = [
    "2025-01-01T00:00:00.000Z",  # what the server sends (JavaScript's toISOString)
    "2025-01-01T00:00:00Z",
    "2025-01-01T00:00:00+00:00",
    "2025-01-01T00:00:00-00:00",
    *(f"2025-06-30T23:59:59.{'123456789'[:digits]}Z" for digits in range(1, 10)),
    "2025-06-30T23:59:59.5",  # no time zone: naive, as fromisoformat gives
    "2025-06-30T23:59:59",
    "2025-01-01T05:30:00+05:30",
    "2025-01-01T00:00:00.123-08:00",
    "2025-01-01T00:00:00+0000",
    "2025-01-01T00:00",
    "2025-01-01",
]


@pytest.mark.parametrize("reader", READERS, ids=str)
@pytest.mark.parametrize("text", FORMS)
def test_every_iso_form_reads_as_dateutil_reads_it(reader: str, text: str) -> None:
    parsed = READERS[reader](text)
    expected = isoparse(text)
    assert parsed == expected
    assert parsed.replace(tzinfo=None) == expected.replace(tzinfo=None)  # the same wall time, not only instant
    assert parsed.utcoffset() == expected.utcoffset()
    if expected.tzinfo is None:
        assert parsed.tzinfo is None
    else:
        assert type(parsed.tzinfo) is datetime.timezone
        if not expected.utcoffset():
            assert parsed.tzinfo is UTC


@pytest.mark.parametrize("reader", READERS, ids=str)
def test_fractions_beyond_microseconds_are_cut_not_rounded(reader: str) -> None:
    assert READERS[reader]("2025-01-01T00:00:00.123456789Z") == datetime.datetime(2025, 1, 1, 0, 0, 0, 123456, UTC)


@pytest.mark.parametrize("reader", READERS, ids=str)
@pytest.mark.parametrize("text", ["nope", "", "2025-13-01T00:00:00Z", "2025-01-01T00:00:00.000+00:00Z"])
def test_a_bad_date_time_is_refused(reader: str, text: str) -> None:
    with pytest.raises(ValueError):
        READERS[reader](text)


@pytest.mark.parametrize("reader", READERS, ids=str)
def test_a_non_string_is_a_type_error(reader: str) -> None:
    with pytest.raises(TypeError):
        READERS[reader](12)  # type: ignore[arg-type]


def test_from_311_the_reader_is_fromisoformat_itself() -> None:
    expected = datetime.datetime.fromisoformat if sys.version_info >= (3, 11) else iso_datetime_py310
    assert parse_datetime == expected


@pytest.mark.parametrize("text", FORMS[:13])
def test_a_model_reads_each_form_into_its_required_and_optional_fields(text: str) -> None:
    item = RunListItem.from_dict({**LIST_RUNS["data"][0], "createdAt": text, "startedAt": text})
    assert item.created_at == item.started_at == isoparse(text)
    assert item.created_at.utcoffset() == isoparse(text).utcoffset()
