"""A session's trigger configuration: the settings the server applies to every run the session triggers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trigger_api.models import SessionTriggerConfig, SessionTriggerConfigBasePayload
from trigger_client._exceptions import ValidationError

# SessionTriggerConfig (@trigger.dev/core 4.8.3 schemas/api.js) beside basePayload, under the wire names run_options
# takes; zod drops any other key, so one is refused here rather than silently lost.
RUN_OPTIONS = (
    "machine",
    "queue",
    "tags",
    "maxAttempts",
    "maxDuration",
    "lockToVersion",
    "region",
    "idleTimeoutInSeconds",
    "concurrency",
    "concurrencyKey",
    "externalDeploymentId",
    "ttl",
)


def trigger_config(base_payload: Mapping[str, Any], run_options: Mapping[str, Any] | None) -> SessionTriggerConfig:
    """The session's trigger settings; ``run_options`` values are the caller's own, passed as given."""
    # The base payload is the caller's free-form JSON object (additionalProperties in the spec).
    payload = SessionTriggerConfigBasePayload.from_dict(json_object(base_payload, "base_payload"))
    options = json_object(run_options or {}, "run_options")
    unknown = options.keys() - set(RUN_OPTIONS)
    if unknown:
        raise ValidationError(
            f"run_options.{sorted(unknown)[0]}", f"is not a session run option; use {', '.join(RUN_OPTIONS)}"
        )
    return SessionTriggerConfig(
        base_payload=payload,
        machine=options.get("machine"),
        queue=options.get("queue"),
        tags=options.get("tags"),
        max_attempts=options.get("maxAttempts"),
        max_duration=options.get("maxDuration"),
        lock_to_version=options.get("lockToVersion"),
        region=options.get("region"),
        idle_timeout_in_seconds=options.get("idleTimeoutInSeconds"),
        concurrency=options.get("concurrency"),
        concurrency_key=options.get("concurrencyKey"),
        external_deployment_id=options.get("externalDeploymentId"),
        ttl=options.get("ttl"),
    )


def json_object(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(field, f"must be a dict of JSON values, got {type(value).__name__}")
    return dict(value)
