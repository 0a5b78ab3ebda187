from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.machine_preset_name import MachinePresetName, parse_machine_preset_name
from ..models.replay_run_request_body_payload_type import (
    ReplayRunRequestBodyPayloadType,
    parse_replay_run_request_body_payload_type,
)
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.replay_run_request_body_metadata import ReplayRunRequestBodyMetadata


T = TypeVar("T", bound="ReplayRunRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "payload": "payload",
    "payload_type": "payloadType",
    "metadata": "metadata",
    "tags": "tags",
    "queue": "queue",
    "concurrency_key": "concurrencyKey",
    "machine": "machine",
    "version": "version",
    "region": "region",
    "delay": "delay",
    "ttl": "ttl",
    "idempotency_key": "idempotencyKey",
    "idempotency_key_ttl": "idempotencyKeyTTL",
    "max_attempts": "maxAttempts",
    "max_duration": "maxDuration",
    "priority": "priority",
}


@_attrs_define
class ReplayRunRequestBody:
    """A ``ReplayRunRequestBody`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    payload: Any = None
    """ The new payload; a superjson string with payloadType application/super+json """
    payload_type: ReplayRunRequestBodyPayloadType | None = None
    metadata: ReplayRunRequestBodyMetadata | None = None
    tags: list[str] | None = None
    queue: str | None = None
    """ The name of a queue that exists in the environment """
    concurrency_key: str | None = None
    machine: MachinePresetName | None = None
    """ The machine preset to use for this run. This will override the task's machine preset and any defaults. """
    version: str | None = None
    """ A version deployed to the environment """
    region: str | None = None
    delay: datetime.datetime | str | None = None
    ttl: int | str | None = None
    idempotency_key: str | None = None
    idempotency_key_ttl: str | None = None
    max_attempts: int | None = None
    max_duration: float | None = None
    priority: float | None = None

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        payload_type: str | Unset = UNSET
        if not isinstance(self.payload_type, Unset):
            payload_type = self.payload_type.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        queue = self.queue

        concurrency_key = self.concurrency_key

        machine: str | Unset = UNSET
        if not isinstance(self.machine, Unset):
            machine = self.machine.value

        version = self.version

        region = self.region

        delay: str | Unset
        if isinstance(self.delay, Unset):
            delay = UNSET
        elif isinstance(self.delay, datetime.datetime):
            delay = (
                (self.delay if self.delay.tzinfo else self.delay.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            delay = self.delay

        ttl: int | str | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        idempotency_key = self.idempotency_key

        idempotency_key_ttl = self.idempotency_key_ttl

        max_attempts = self.max_attempts

        max_duration = self.max_duration

        priority = self.priority

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if payload is not UNSET:
            field_dict["payload"] = payload
        if payload_type is not UNSET:
            field_dict["payloadType"] = payload_type
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tags is not UNSET:
            field_dict["tags"] = tags
        if queue is not UNSET:
            field_dict["queue"] = queue
        if concurrency_key is not UNSET:
            field_dict["concurrencyKey"] = concurrency_key
        if machine is not UNSET:
            field_dict["machine"] = machine
        if version is not UNSET:
            field_dict["version"] = version
        if region is not UNSET:
            field_dict["region"] = region
        if delay is not UNSET:
            field_dict["delay"] = delay
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key
        if idempotency_key_ttl is not UNSET:
            field_dict["idempotencyKeyTTL"] = idempotency_key_ttl
        if max_attempts is not UNSET:
            field_dict["maxAttempts"] = max_attempts
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        payload = _src.get("payload")

        _payload_type = _src.get("payloadType")
        payload_type: ReplayRunRequestBodyPayloadType | Unset
        if isinstance(_payload_type, Unset):
            payload_type = UNSET
        else:
            payload_type = parse_replay_run_request_body_payload_type(_payload_type)

        _metadata = _src.get("metadata")
        metadata: ReplayRunRequestBodyMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ReplayRunRequestBodyMetadata.from_dict(_metadata)

        tags: list[str] = _src.get("tags")

        queue = _src.get("queue")

        concurrency_key = _src.get("concurrencyKey")

        _machine = _src.get("machine")
        machine: MachinePresetName | Unset
        if isinstance(_machine, Unset):
            machine = UNSET
        else:
            machine = parse_machine_preset_name(_machine)

        version = _src.get("version")

        region = _src.get("region")

        _delay = _src.get("delay")
        delay: datetime.datetime | str | Unset
        if _delay is None:
            delay = None
        else:
            try:
                if not isinstance(_delay, str):
                    raise TypeError()
                delay_type_1 = parse_datetime(_delay)

                delay = delay_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                delay = _delay

        ttl: int | str | Unset = _src.get("ttl")

        idempotency_key = _src.get("idempotencyKey")

        idempotency_key_ttl = _src.get("idempotencyKeyTTL")

        max_attempts = _src.get("maxAttempts")

        max_duration = _src.get("maxDuration")

        priority = _src.get("priority")

        replay_run_request_body = cls(
            payload,
            payload_type,
            metadata,
            tags,
            queue,
            concurrency_key,
            machine,
            version,
            region,
            delay,
            ttl,
            idempotency_key,
            idempotency_key_ttl,
            max_attempts,
            max_duration,
            priority,
        )

        return replay_run_request_body


from ..models.replay_run_request_body_metadata import ReplayRunRequestBodyMetadata
