"""The overrides a replay takes: ReplayRunRequestBody (``@trigger.dev/core`` 4.8.3 ``schemas/api.js``, a strict
object) read into trigger options, with the rules of the SDK 4.8.3 ``docs/replaying.mdx``.

The webapp at the commit in ``openapi/UPSTREAM.md`` reads no replay body (``api.v1.runs.$runParam.replay.ts``);
SDK 4.8.3 sends one, so its schema and docs are the evidence. Its errors are answered 400, as the route answers
the replay service's; their texts are the emulator's (the docs say only that the replay fails).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ._http import ApiError
from ._queues import queue_key
from ._run_creation import MACHINES
from ._state import Environment, Queue

# The option names a replay body and a trigger body share.
_SAME_AS_TRIGGER = (
    "metadata",
    "tags",
    "concurrencyKey",
    "machine",
    "region",
    "delay",
    "ttl",
    "idempotencyKey",
    "idempotencyKeyTTL",
    "maxAttempts",
    "maxDuration",
    "priority",
)
ALLOWED = frozenset({"payload", "payloadType", "queue", "version", *_SAME_AS_TRIGGER})
_UNSET = object()


@dataclass
class ReplayOverrides:
    options: dict[str, Any] = field(default_factory=dict)
    raw_payload: Any = _UNSET
    queue: Queue | None = None
    version: str | None = None

    @property
    def has_payload(self) -> bool:
        return self.raw_payload is not _UNSET


def _invalid(path: str, message: str) -> ApiError:
    return ApiError(400, "Invalid request body", issues=[{"path": [path], "message": message}])


def read_overrides(body: dict[str, Any], env: Environment) -> ReplayOverrides:
    """The replay's overrides; a 400 for a key the strict schema refuses, a bad value, or (docs/replaying.mdx) a
    queue that does not exist or a version not deployed to the environment."""
    unknown = sorted(set(body) - ALLOWED)
    if unknown:
        raise _invalid(unknown[0], f"Unrecognized key: {unknown[0]!r}")
    found = ReplayOverrides(options={k: body[k] for k in _SAME_AS_TRIGGER if body.get(k) is not None})
    if found.options.get("machine") not in (None, *MACHINES):
        raise _invalid("machine", f"Invalid machine preset: {found.options['machine']!r}")
    if "metadata" in found.options and not isinstance(found.options["metadata"], dict):
        raise _invalid("metadata", "Expected object")
    attempts = found.options.get("maxAttempts")
    if attempts is not None and (isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1):
        raise _invalid("maxAttempts", "Number must be an integer of at least 1")
    payload_type = body.get("payloadType")
    if "payload" in body:
        if payload_type == "application/super+json":
            if not isinstance(body["payload"], str):
                message = "payload must be a SuperJSON string when payloadType is application/super+json"
                raise _invalid("payload", message)  # the schema's superRefine message
            found.raw_payload = body["payload"]
        elif payload_type in (None, "application/json"):
            payload_type, found.raw_payload = "application/json", json.dumps(body["payload"])
        else:
            raise _invalid("payloadType", "Expected 'application/json' | 'application/super+json'")
        found.options["payloadType"] = payload_type
    if body.get("queue") is not None:
        found.queue = _existing_queue(env, body["queue"])
    if body.get("version") is not None:
        if not any(d.version == body["version"] for d in env.deployments):
            raise ApiError(400, f"Version {body['version']} is not deployed to this environment")
        found.version = str(body["version"])
    return found


def _existing_queue(env: Environment, name: Any) -> Queue:
    for queue in env.queues.values():
        if name in (queue.name if queue.type == "custom" else None, queue_key(queue.name, queue.type)):
            return queue
    raise ApiError(400, f"Queue {name} does not exist in this environment")
