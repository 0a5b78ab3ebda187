"""The body of ``runs.replay``: the overrides of ReplayRunRequestBody, built as the SDK 4.8.3 builds it.

``@trigger.dev/core`` 4.8.3 ``dist/esm/v3/apiClient/index.js`` ``replayRun`` sends no body for a bare replay and
otherwise ``withSuperJsonPayload(body)``: a given payload becomes a superjson string (strings too) with
``payloadType: application/super+json``. The other fields go out as given (``runs.replay`` in
``@trigger.dev/sdk`` 4.8.3 ``dist/esm/v3/runs.js`` passes them through; the idempotency key is not hashed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

from trigger_api.api.runs import replay_run_v1
from trigger_api.models import (
    MachinePresetName,
    ReplayedRun,
    ReplayRunRequestBody,
    ReplayRunRequestBodyMetadata,
    ReplayRunRequestBodyPayloadType,
)
from trigger_client import _run_options as opt
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._idempotency import validate_idempotency_key_ttl
from trigger_client._operation import Operation, call
from trigger_client._payloads import check_payload_size
from trigger_client._superjson import superjson_dumps


class ReplayOptions(TypedDict, total=False):
    """What a replay may change (all optional). Left out, ``payload``, ``metadata``, ``tags``, ``queue``,
    ``concurrency_key`` and ``machine`` are the original run's; the rest are the task's current defaults, and
    the replay runs on the current version (SDK 4.8.3 ``docs/replaying.mdx``)."""

    payload: Any
    """The new payload, sent as superjson like a trigger's (any JSON-like value, datetimes, sets…)."""
    metadata: Mapping[str, Any]
    tags: str | Sequence[str]
    queue: str
    """The name of a queue that exists in the environment."""
    concurrency_key: str
    machine: Literal["micro", "small-1x", "small-2x", "medium-1x", "medium-2x", "large-1x", "large-2x"]
    version: str
    """A version deployed to the environment, e.g. ``"20250101.1"``."""
    region: str
    delay: str | dt.datetime
    ttl: str | int
    idempotency_key: str
    """Sent as given (the SDK does not hash a replay's key), at most 2,048 characters."""
    idempotency_key_ttl: str
    max_attempts: int
    max_duration: int
    """Maximum compute seconds."""
    priority: int | float


def replay_body(options: Mapping[str, Any]) -> ReplayRunRequestBody | None:
    """The request body for ``options``; None (no body at all) when there are none."""
    unknown = set(options) - set(ReplayOptions.__annotations__)
    if unknown:
        name = sorted(unknown)[0]
        raise ValidationError(name, f"is not a replay option; use {', '.join(ReplayOptions.__annotations__)}")
    if not options:
        return None
    body = ReplayRunRequestBody()
    if "payload" in options:
        body.payload = superjson_dumps(options["payload"])
        check_payload_size(body.payload)
        body.payload_type = ReplayRunRequestBodyPayloadType.APPLICATIONSUPERJSON
    if "metadata" in options:
        body.metadata = ReplayRunRequestBodyMetadata.from_dict(opt.metadata(options["metadata"], "metadata"))
    if "tags" in options:
        body.tags = v.tags(options["tags"])
    if "queue" in options:
        body.queue = v.text(options["queue"], "queue")
    if "concurrency_key" in options:
        body.concurrency_key = v.text(options["concurrency_key"], "concurrency_key")
    if "machine" in options:
        body.machine = MachinePresetName(opt.machine(options["machine"], "machine"))
    if "version" in options:
        body.version = v.text(options["version"], "version")
    if "region" in options:
        body.region = v.text(options["region"], "region")
    if "delay" in options:
        body.delay = opt.delay(options["delay"], "delay")
    if "ttl" in options:
        body.ttl = opt.ttl(options["ttl"], "ttl")
    if "idempotency_key" in options:
        key = v.text(options["idempotency_key"], "idempotency_key")
        if len(key) > 2048:
            raise ValidationError("idempotency_key", f"must be at most 2048 characters, got {len(key)}")
        body.idempotency_key = key
    if "idempotency_key_ttl" in options:
        body.idempotency_key_ttl = validate_idempotency_key_ttl(options["idempotency_key_ttl"])
    if "max_attempts" in options:
        body.max_attempts = v.int_range(options["max_attempts"], "max_attempts", 1, 1000)
    if "max_duration" in options:
        body.max_duration = v.int_range(options["max_duration"], "max_duration", 1, 2**31)
    if "priority" in options:
        body.priority = opt.priority(options["priority"], "priority")
    return body


def replay(run_id: str, options: Mapping[str, Any]) -> Operation[ReplayedRun]:
    checked = v.run_id(run_id)
    return call(replay_run_v1.build(checked, body=replay_body(options)))
