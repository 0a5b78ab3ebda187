"""Checks of the run options that ``tasks.trigger`` and ``runs.replay`` share, each returning the wire value."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._idempotency import validate_duration

MACHINES = ("micro", "small-1x", "small-2x", "medium-1x", "medium-2x", "large-1x", "large-2x")
# TriggerConcurrencyLimitsSchema (@trigger.dev/core 4.8.3 schemas/api.js) and validateConcurrencyLimitName
# (@trigger.dev/sdk 4.8.3 concurrency-shared.js): at most two names of 1-122 letters, digits, '_' or '-'.
LIMIT_NAME = re.compile(r"[a-zA-Z0-9_-]{1,122}")
MAX_TRIGGER_LIMITS = 2


def limit_name(value: Any, field: str) -> str:
    """A named concurrency limit's name, as ``concurrencyLimit({name})`` accepts it."""
    if not isinstance(value, str) or not LIMIT_NAME.fullmatch(value):
        raise ValidationError(
            field,
            f"concurrency limit names are 1-122 characters using only letters, numbers, underscores and hyphens, "
            f"got {value!r}",
        )
    return value


def concurrency_names(value: Any, field: str) -> list[str]:
    """The ``concurrency`` trigger option: a name or a list of at most two, always sent as a list (the SDK's
    ``triggerConcurrencyBody``); an empty list runs with only the task's inline limit."""
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list | tuple):
        raise ValidationError(field, f"must be a limit name or a list of at most 2 names, got {value!r}")
    if len(names) > MAX_TRIGGER_LIMITS:
        raise ValidationError(field, f"takes at most {MAX_TRIGGER_LIMITS} limit names, got {len(names)}")
    return [limit_name(name, f"{field}[{i}]") for i, name in enumerate(names)]


def delay(value: Any, field: str) -> str:
    """A duration such as ``"5m"`` or a datetime (sent as JavaScript writes it)."""
    return v.iso_datetime(value, field) if isinstance(value, dt.datetime) else validate_duration(value, field)


def ttl(value: Any, field: str) -> str | int:
    """A duration string or whole seconds."""
    return v.int_range(value, field, 1, 2**31) if isinstance(value, int) else validate_duration(value, field)


def machine(value: Any, field: str) -> str:
    if value not in MACHINES:
        raise ValidationError(field, f"must be one of {', '.join(MACHINES)}, got {value!r}")
    return str(value)


def priority(value: Any, field: str) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, f"must be a number of seconds, got {value!r}")
    return value


def metadata(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(field, "must be a dict of JSON values")
    return dict(value)
