"""Argument checks run before any request, each naming the argument and the fix."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from trigger_client._exceptions import ValidationError

ENV_SLUGS = ("dev", "stg", "staging", "prod", "preview")
MAX_TAGS = 10
MAX_TAG_LENGTH = 128
# C0 controls, DEL and C1 controls: never part of an id, and CR/LF would split a request line or header.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def text(value: Any, field: str) -> str:
    """A non-empty string."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, f"must be a non-empty string, got {value!r}")
    return str(value)


def segment(value: Any, field: str) -> str:
    """A value that becomes exactly one URL path segment: a task id, env var name, queue name, stream key, ….

    The generated layer percent-encodes it, but ``.`` and ``..`` would still be removed while the URL is joined
    (sending the request to another route), and ``/`` would need the server to decode a segment back.

    Example::

        segment("send-email", "task_id")  # 'send-email'
        segment("..", "task_id")  # ValidationError: names task_id
    """
    checked = text(value, field)
    if checked in (".", ".."):
        raise ValidationError(field, f"{checked!r} is not an identifier (it would address another route)")
    if "/" in checked:
        raise ValidationError(field, f"must be a single path segment without '/', got {checked!r}")
    if _CONTROL.search(checked):
        raise ValidationError(field, f"must not contain control characters (such as CR or LF), got {checked!r}")
    return checked


def header_value(value: Any, field: str) -> str:
    """A string sent as an HTTP header value: no control characters (CR/LF would split the header)."""
    if not isinstance(value, str) or _CONTROL.search(value):
        raise ValidationError(field, f"must be a string without control characters, got {value!r}")
    return value


def resource_id(value: Any, field: str, prefix: str, source: str) -> str:
    """An id with its Trigger.dev prefix, e.g. ``run_…``; ``source`` says where such ids come from."""
    checked = segment(value, field)
    if not checked.startswith(prefix):
        raise ValidationError(field, f"must start with {prefix!r} (got {checked!r}); use the id returned by {source}")
    return checked


def run_id(value: Any, field: str = "run_id") -> str:
    return resource_id(value, field, "run_", "tasks.trigger() or runs.list()")


def env_slug(value: Any, field: str = "env") -> str:
    if value not in ENV_SLUGS:
        raise ValidationError(field, f"must be one of {', '.join(ENV_SLUGS)}, got {value!r}")
    return str(value)


def string_list(value: Any, field: str) -> list[str]:
    """A string or a sequence of non-empty strings, as a list."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, Sequence) or isinstance(items, bytes):
        raise ValidationError(field, f"must be a string or a list of strings, got {type(value).__name__}")
    return [text(item, f"{field}[{i}]") for i, item in enumerate(items)]


def tags(value: Any, field: str = "tags") -> list[str]:
    """At most 10 tags of 1 to 128 characters."""
    items = string_list(value, field)
    if len(items) > MAX_TAGS:
        raise ValidationError(field, f"at most {MAX_TAGS} tags per run, got {len(items)}; drop or merge some")
    for i, tag in enumerate(items):
        if len(tag) > MAX_TAG_LENGTH:
            raise ValidationError(f"{field}[{i}]", f"tags are at most {MAX_TAG_LENGTH} characters, got {len(tag)}")
    return items


def limit(value: int | None) -> int | None:
    """A listing's ``limit=``: None (all) or a count of items."""
    return None if value is None else int_range(value, "limit", 0, 2**62)


def flag(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(field, f"must be True or False, got {value!r}")
    return value


def int_range(value: Any, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, f"must be an integer from {low} to {high}, got {value!r}")
    return value


def epoch_ms(value: Any, field: str) -> int:
    """A datetime (naive means UTC) or epoch milliseconds, as epoch milliseconds."""
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
        return int(aware.timestamp() * 1000)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise ValidationError(field, f"must be a datetime or epoch milliseconds, got {value!r}")


def datetime(value: Any, field: str) -> dt.datetime:
    """``value`` if it is a datetime; a generated model writes it as :func:`iso_datetime` does."""
    if not isinstance(value, dt.datetime):
        raise ValidationError(field, f"must be a datetime, got {type(value).__name__}")
    return value


def iso_datetime(value: Any, field: str) -> str:
    """A datetime (naive means UTC) as ISO 8601 with milliseconds and Z, like JavaScript's Date."""
    moment = datetime(value, field)
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
    return aware.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
