"""Checks of the run options that ``tasks.trigger`` and ``runs.replay`` share, each returning the wire value, and the
typed options model of a trigger and of every batch item (:func:`trigger_options`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from trigger_api.models import (
    QueueOptions,
    TriggerTaskRequestBodyOptions,
    TriggerTaskRequestBodyOptionsDebounce,
    TriggerTaskRequestBodyOptionsIdempotencyKeyOptions,
    TriggerTaskRequestBodyOptionsMetadata,
)
from trigger_api.models.idempotency_key_scope import parse_idempotency_key_scope
from trigger_api.models.machine_preset_name import parse_machine_preset_name
from trigger_api.models.trigger_task_request_body_options_debounce_mode import (
    parse_trigger_task_request_body_options_debounce_mode as parse_debounce_mode,
)
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._idempotency import (
    IdempotencyScope,
    make_idempotency_key,
    validate_duration,
    validate_idempotency_key_ttl,
)

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


def trigger_options(
    options: Mapping[str, Any], payload_type: str, payload_size: int, prefix: str = ""
) -> TriggerTaskRequestBodyOptions:
    """The checked ``options`` of one trigger or batch item (``TriggerOptions`` keys), built by keyword so a field the
    spec renames is a type error; ``prefix`` (e.g. ``"items[3]."``) leads the field named in errors."""
    if not options:  # the bare trigger, the hot case: nothing to check
        return TriggerTaskRequestBodyOptions(payload_type=payload_type, payload_size=payload_size)
    # Checked in the body's field order (keywords are evaluated in order): of two bad options, the first is named.
    queue = concurrency = concurrency_key = test = None
    if "queue" in options:
        queue = QueueOptions(name=v.text(options["queue"], f"{prefix}queue"))
    if "concurrency" in options:
        concurrency = concurrency_names(options["concurrency"], f"{prefix}concurrency")
    if "concurrency_key" in options:
        concurrency_key = v.text(options["concurrency_key"], f"{prefix}concurrency_key")
    if "test" in options:
        test = bool(options["test"])
    key, key_ttl, key_options = _idempotency(options, prefix)
    return TriggerTaskRequestBodyOptions(
        queue=queue,
        concurrency=concurrency,
        concurrency_key=concurrency_key,
        test=test,
        payload_type=payload_type,
        payload_size=payload_size,
        idempotency_key=key,
        idempotency_key_ttl=key_ttl,
        idempotency_key_options=key_options,
        delay=delay(options["delay"], f"{prefix}delay") if "delay" in options else None,
        ttl=ttl(options["ttl"], f"{prefix}ttl") if "ttl" in options else None,
        tags=v.tags(options["tags"], f"{prefix}tags") if "tags" in options else None,
        max_attempts=v.int_range(options["max_attempts"], f"{prefix}max_attempts", 1, 1000)
        if "max_attempts" in options
        else None,
        # Run metadata is a free-form JSON map (additionalProperties in the spec): its keys are the caller's.
        metadata=TriggerTaskRequestBodyOptionsMetadata.from_dict(metadata(options["metadata"], f"{prefix}metadata"))
        if "metadata" in options
        else None,
        max_duration=v.int_range(options["max_duration"], f"{prefix}max_duration", 1, 2**31)
        if "max_duration" in options
        else None,
        machine=parse_machine_preset_name(machine(options["machine"], f"{prefix}machine"))
        if "machine" in options
        else None,
        priority=priority(options["priority"], f"{prefix}priority") if "priority" in options else None,
        region=v.text(options["region"], f"{prefix}region") if "region" in options else None,
        lock_to_version=v.text(options["version"], f"{prefix}version") if "version" in options else None,
        debounce=_debounce(options["debounce"], f"{prefix}debounce") if "debounce" in options else None,
    )


def _idempotency(
    options: Mapping[str, Any], prefix: str
) -> tuple[str | None, str | None, TriggerTaskRequestBodyOptionsIdempotencyKeyOptions | None]:
    """``idempotencyKey``, ``idempotencyKeyTTL`` and ``idempotencyKeyOptions``, hashed like the SDK's key."""
    if not options.get("idempotency_key"):
        for name in ("idempotency_key_ttl", "idempotency_key_scope"):
            if name in options:
                raise ValidationError(f"{prefix}{name}", "only applies with idempotency_key; pass both")
        return None, None, None
    scope: IdempotencyScope = options.get("idempotency_key_scope", "run")
    key, raw = make_idempotency_key(options["idempotency_key"], scope=scope)
    key_ttl = (
        validate_idempotency_key_ttl(options["idempotency_key_ttl"], f"{prefix}idempotency_key_ttl")
        if "idempotency_key_ttl" in options
        else None
    )
    key_options = (
        None
        if raw is None
        else TriggerTaskRequestBodyOptionsIdempotencyKeyOptions(
            key=raw["key"], scope=parse_idempotency_key_scope(raw["scope"])
        )
    )
    return key, key_ttl, key_options


def _debounce(value: Any, field: str) -> TriggerTaskRequestBodyOptionsDebounce:
    # TriggerTaskRequestBody.options.debounce in @trigger.dev/core 4.8.3 schemas/api.js: key (≤ 512), delay, mode,
    # maxDelay.
    if not isinstance(value, Mapping) or not {"key", "delay"} <= set(value):
        raise ValidationError(field, "must be a dict with 'key' and 'delay' (and optional 'mode', 'max_delay')")
    unknown = set(value) - {"key", "delay", "mode", "max_delay"}
    if unknown:
        raise ValidationError(f"{field}.{sorted(unknown)[0]}", "unknown key; use key, delay, mode, max_delay")
    key = v.text(value["key"], f"{field}.key")
    if len(key) > 512:
        raise ValidationError(f"{field}.key", f"must be at most 512 characters, got {len(key)}")
    wait = validate_duration(value["delay"], f"{field}.delay")
    if "mode" in value and value["mode"] not in ("leading", "trailing"):
        raise ValidationError(f"{field}.mode", f"must be 'leading' or 'trailing', got {value['mode']!r}")
    return TriggerTaskRequestBodyOptionsDebounce(
        key=key,
        delay=wait,
        mode=parse_debounce_mode(value["mode"]) if "mode" in value else None,
        max_delay=validate_duration(value["max_delay"], f"{field}.max_delay") if "max_delay" in value else None,
    )
