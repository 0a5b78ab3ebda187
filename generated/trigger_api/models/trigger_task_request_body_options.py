from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.machine_preset_name import MachinePresetName, parse_machine_preset_name
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_options import QueueOptions
    from ..models.trigger_task_request_body_options_debounce import (
        TriggerTaskRequestBodyOptionsDebounce,
    )
    from ..models.trigger_task_request_body_options_idempotency_key_options import (
        TriggerTaskRequestBodyOptionsIdempotencyKeyOptions,
    )
    from ..models.trigger_task_request_body_options_metadata import (
        TriggerTaskRequestBodyOptionsMetadata,
    )


T = TypeVar("T", bound="TriggerTaskRequestBodyOptions")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "queue": "queue",
    "concurrency": "concurrency",
    "concurrency_key": "concurrencyKey",
    "test": "test",
    "payload_type": "payloadType",
    "payload_size": "payloadSize",
    "idempotency_key": "idempotencyKey",
    "idempotency_key_ttl": "idempotencyKeyTTL",
    "idempotency_key_options": "idempotencyKeyOptions",
    "delay": "delay",
    "ttl": "ttl",
    "tags": "tags",
    "max_attempts": "maxAttempts",
    "metadata": "metadata",
    "max_duration": "maxDuration",
    "parent_run_id": "parentRunId",
    "machine": "machine",
    "priority": "priority",
    "region": "region",
    "lock_to_version": "lockToVersion",
    "external_deployment_id": "externalDeploymentId",
    "debounce": "debounce",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class TriggerTaskRequestBodyOptions:
    """A ``TriggerTaskRequestBodyOptions`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    queue: QueueOptions | None = None
    concurrency: list[str] | None = None
    """ Named concurrency limits this run holds instead of the task's declared named limits """
    concurrency_key: str | None = None
    """ Scope the concurrency limit to a specific key. """
    test: bool | None = None
    """ Mark the run as a test run """
    payload_type: str | None = None
    """ application/json, application/super+json, text/plain or application/store """
    payload_size: int | None = None
    """ UTF-8 byte length of the serialized payload """
    idempotency_key: str | None = None
    """ An optional property that specifies the idempotency key used to prevent creating duplicate runs. If you
    provide an existing idempotency key, we will return the existing run ID. """
    idempotency_key_ttl: str | None = None
    """ How long the idempotency key is kept, e.g. `1h` """
    idempotency_key_options: TriggerTaskRequestBodyOptionsIdempotencyKeyOptions | None = None
    delay: str | None = None
    """ The delay before the task is executed. This can be a Date object, a string like `1h` or a date-time string.

    * "1h" - 1 hour
    * "30d" - 30 days
    * "15m" - 15 minutes
    * "2w" - 2 weeks
    * "60s" - 60 seconds
    * new Date("2025-01-01T00:00:00Z")
     """
    ttl: float | str | None = None
    """ The time-to-live for this run. If the run is not executed within this time, it will be removed from the
    queue and never execute. You can use a string in this format: `1h`, `1m`, `1h42m` or a number of seconds (min.
    1). """
    tags: list[str] | str | None = None
    """ One or more tags to attach to a run. Runs can have a maximum of 10 tags. """
    max_attempts: int | None = None
    """ Override the task's retry attempts """
    metadata: TriggerTaskRequestBodyOptionsMetadata | None = None
    """ Run metadata (plain JSON) """
    max_duration: int | None = None
    """ Maximum compute seconds """
    parent_run_id: str | None = None
    machine: MachinePresetName | None = None
    """ The machine preset to use for this run. This will override the task's machine preset and any defaults. """
    priority: float | None = None
    """ Queue priority offset in seconds """
    region: str | None = None
    lock_to_version: str | None = None
    """ Run on this deployed version, e.g. `20250101.1` """
    external_deployment_id: str | None = None
    debounce: TriggerTaskRequestBodyOptionsDebounce | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        concurrency: list[str] | Unset = UNSET
        if not isinstance(self.concurrency, Unset):
            concurrency = self.concurrency

        concurrency_key = self.concurrency_key

        test = self.test

        payload_type = self.payload_type

        payload_size = self.payload_size

        idempotency_key = self.idempotency_key

        idempotency_key_ttl = self.idempotency_key_ttl

        idempotency_key_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.idempotency_key_options, Unset):
            idempotency_key_options = self.idempotency_key_options.to_dict()

        delay = self.delay

        ttl: float | str | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        tags: list[str] | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        max_attempts = self.max_attempts

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        max_duration = self.max_duration

        parent_run_id = self.parent_run_id

        machine: str | Unset = UNSET
        if not isinstance(self.machine, Unset):
            machine = self.machine.value

        priority = self.priority

        region = self.region

        lock_to_version = self.lock_to_version

        external_deployment_id = self.external_deployment_id

        debounce: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debounce, Unset):
            debounce = self.debounce.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queue is not UNSET:
            field_dict["queue"] = queue
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency
        if concurrency_key is not UNSET:
            field_dict["concurrencyKey"] = concurrency_key
        if test is not UNSET:
            field_dict["test"] = test
        if payload_type is not UNSET:
            field_dict["payloadType"] = payload_type
        if payload_size is not UNSET:
            field_dict["payloadSize"] = payload_size
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key
        if idempotency_key_ttl is not UNSET:
            field_dict["idempotencyKeyTTL"] = idempotency_key_ttl
        if idempotency_key_options is not UNSET:
            field_dict["idempotencyKeyOptions"] = idempotency_key_options
        if delay is not UNSET:
            field_dict["delay"] = delay
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if tags is not UNSET:
            field_dict["tags"] = tags
        if max_attempts is not UNSET:
            field_dict["maxAttempts"] = max_attempts
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration
        if parent_run_id is not UNSET:
            field_dict["parentRunId"] = parent_run_id
        if machine is not UNSET:
            field_dict["machine"] = machine
        if priority is not UNSET:
            field_dict["priority"] = priority
        if region is not UNSET:
            field_dict["region"] = region
        if lock_to_version is not UNSET:
            field_dict["lockToVersion"] = lock_to_version
        if external_deployment_id is not UNSET:
            field_dict["externalDeploymentId"] = external_deployment_id
        if debounce is not UNSET:
            field_dict["debounce"] = debounce

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        _queue = _src.get("queue")
        queue: QueueOptions | Unset
        if isinstance(_queue, Unset):
            queue = UNSET
        else:
            queue = QueueOptions.from_dict(_queue)

        concurrency: list[str] = _src.get("concurrency")

        concurrency_key = _src.get("concurrencyKey")

        test = _src.get("test")

        payload_type = _src.get("payloadType")

        payload_size = _src.get("payloadSize")

        idempotency_key = _src.get("idempotencyKey")

        idempotency_key_ttl = _src.get("idempotencyKeyTTL")

        _idempotency_key_options = _src.get("idempotencyKeyOptions")
        idempotency_key_options: TriggerTaskRequestBodyOptionsIdempotencyKeyOptions | Unset
        if isinstance(_idempotency_key_options, Unset):
            idempotency_key_options = UNSET
        else:
            idempotency_key_options = TriggerTaskRequestBodyOptionsIdempotencyKeyOptions.from_dict(
                _idempotency_key_options
            )

        delay = _src.get("delay")

        ttl: float | str | Unset = _src.get("ttl")

        _tags = _src.get("tags")
        tags: list[str] | str | Unset
        if _tags is None:
            tags = None
        else:
            try:
                if not isinstance(_tags, list):
                    raise TypeError()
                componentsschemas_run_tags_type_1: list[str] = _tags

                tags = componentsschemas_run_tags_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                tags = _tags

        max_attempts = _src.get("maxAttempts")

        _metadata = _src.get("metadata")
        metadata: TriggerTaskRequestBodyOptionsMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TriggerTaskRequestBodyOptionsMetadata.from_dict(_metadata)

        max_duration = _src.get("maxDuration")

        parent_run_id = _src.get("parentRunId")

        _machine = _src.get("machine")
        machine: MachinePresetName | Unset
        if isinstance(_machine, Unset):
            machine = UNSET
        else:
            machine = parse_machine_preset_name(_machine)

        priority = _src.get("priority")

        region = _src.get("region")

        lock_to_version = _src.get("lockToVersion")

        external_deployment_id = _src.get("externalDeploymentId")

        _debounce = _src.get("debounce")
        debounce: TriggerTaskRequestBodyOptionsDebounce | Unset
        if isinstance(_debounce, Unset):
            debounce = UNSET
        else:
            debounce = TriggerTaskRequestBodyOptionsDebounce.from_dict(_debounce)

        trigger_task_request_body_options = cls(
            queue,
            concurrency,
            concurrency_key,
            test,
            payload_type,
            payload_size,
            idempotency_key,
            idempotency_key_ttl,
            idempotency_key_options,
            delay,
            ttl,
            tags,
            max_attempts,
            metadata,
            max_duration,
            parent_run_id,
            machine,
            priority,
            region,
            lock_to_version,
            external_deployment_id,
            debounce,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        trigger_task_request_body_options.additional_properties = d
        return trigger_task_request_body_options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.queue_options import QueueOptions
from ..models.trigger_task_request_body_options_debounce import (
    TriggerTaskRequestBodyOptionsDebounce,
)
from ..models.trigger_task_request_body_options_idempotency_key_options import (
    TriggerTaskRequestBodyOptionsIdempotencyKeyOptions,
)
from ..models.trigger_task_request_body_options_metadata import (
    TriggerTaskRequestBodyOptionsMetadata,
)
