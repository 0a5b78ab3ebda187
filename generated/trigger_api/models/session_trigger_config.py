from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_trigger_config_base_payload import (
        SessionTriggerConfigBasePayload,
    )


T = TypeVar("T", bound="SessionTriggerConfig")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "base_payload": "basePayload",
    "machine": "machine",
    "queue": "queue",
    "tags": "tags",
    "max_attempts": "maxAttempts",
    "max_duration": "maxDuration",
    "lock_to_version": "lockToVersion",
    "region": "region",
    "idle_timeout_in_seconds": "idleTimeoutInSeconds",
    "concurrency": "concurrency",
    "concurrency_key": "concurrencyKey",
    "external_deployment_id": "externalDeploymentId",
    "ttl": "ttl",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class SessionTriggerConfig:
    """Trigger options applied to every run a session schedules. `basePayload` is the wire payload merged into each run;
    the remaining fields map onto the standard trigger options.

    """

    base_payload: SessionTriggerConfigBasePayload
    """ Base payload passed to every run this session triggers. For `chat.agent` this carries `{ chatId,
    ...clientData }`. """
    machine: str | None = None
    """ Machine preset for each run, e.g. `small-1x`. """
    queue: str | None = None
    """ Queue to schedule runs on. """
    tags: list[str] | None = None
    """ Tags applied to every run this session triggers. """
    max_attempts: int | None = None
    """ Maximum retry attempts per run. """
    max_duration: int | None = None
    """ Per-run wall-clock cap in seconds. """
    lock_to_version: str | None = None
    """ Pin every run to a specific worker version. """
    region: str | None = None
    """ Region to schedule runs in. """
    idle_timeout_in_seconds: int | None = None
    """ Idle timeout surfaced to `chat.agent` via the wire payload. """
    concurrency: list[str] | None = None
    """ Named concurrency limits every run holds (TriggerConcurrencyLimitsSchema) """
    concurrency_key: str | None = None
    """ Scopes each run to its own pool under `perKey` bounds """
    external_deployment_id: str | None = None
    """ Pin runs to the deployment carrying this id """
    ttl: int | str | None = None
    """ How long a run may wait to be dequeued (a duration or seconds) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_payload = self.base_payload.to_dict()

        machine: None | str | Unset
        if isinstance(self.machine, Unset):
            machine = UNSET
        else:
            machine = self.machine

        queue: None | str | Unset
        if isinstance(self.queue, Unset):
            queue = UNSET
        else:
            queue = self.queue

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        max_attempts: int | None | Unset
        if isinstance(self.max_attempts, Unset):
            max_attempts = UNSET
        else:
            max_attempts = self.max_attempts

        max_duration: int | None | Unset
        if isinstance(self.max_duration, Unset):
            max_duration = UNSET
        else:
            max_duration = self.max_duration

        lock_to_version: None | str | Unset
        if isinstance(self.lock_to_version, Unset):
            lock_to_version = UNSET
        else:
            lock_to_version = self.lock_to_version

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        idle_timeout_in_seconds: int | None | Unset
        if isinstance(self.idle_timeout_in_seconds, Unset):
            idle_timeout_in_seconds = UNSET
        else:
            idle_timeout_in_seconds = self.idle_timeout_in_seconds

        concurrency: list[str] | None | Unset
        if isinstance(self.concurrency, Unset):
            concurrency = UNSET
        elif isinstance(self.concurrency, list):
            concurrency = self.concurrency

        else:
            concurrency = self.concurrency

        concurrency_key: None | str | Unset
        if isinstance(self.concurrency_key, Unset):
            concurrency_key = UNSET
        else:
            concurrency_key = self.concurrency_key

        external_deployment_id: None | str | Unset
        if isinstance(self.external_deployment_id, Unset):
            external_deployment_id = UNSET
        else:
            external_deployment_id = self.external_deployment_id

        ttl: int | str | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "basePayload": base_payload,
            }
        )
        if machine is not UNSET:
            field_dict["machine"] = machine
        if queue is not UNSET:
            field_dict["queue"] = queue
        if tags is not UNSET:
            field_dict["tags"] = tags
        if max_attempts is not UNSET:
            field_dict["maxAttempts"] = max_attempts
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration
        if lock_to_version is not UNSET:
            field_dict["lockToVersion"] = lock_to_version
        if region is not UNSET:
            field_dict["region"] = region
        if idle_timeout_in_seconds is not UNSET:
            field_dict["idleTimeoutInSeconds"] = idle_timeout_in_seconds
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency
        if concurrency_key is not UNSET:
            field_dict["concurrencyKey"] = concurrency_key
        if external_deployment_id is not UNSET:
            field_dict["externalDeploymentId"] = external_deployment_id
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        base_payload = SessionTriggerConfigBasePayload.from_dict(_src["basePayload"])

        machine: None | str | Unset = _src.get("machine")

        queue: None | str | Unset = _src.get("queue")

        _tags = _src.get("tags")
        tags: list[str] | None | Unset
        if _tags is None:
            tags = None
        else:
            try:
                if not isinstance(_tags, list):
                    raise TypeError()
                tags_type_0: list[str] = _tags

                tags = tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                tags = _tags

        max_attempts: int | None | Unset = _src.get("maxAttempts")

        max_duration: int | None | Unset = _src.get("maxDuration")

        lock_to_version: None | str | Unset = _src.get("lockToVersion")

        region: None | str | Unset = _src.get("region")

        idle_timeout_in_seconds: int | None | Unset = _src.get("idleTimeoutInSeconds")

        _concurrency = _src.get("concurrency")
        concurrency: list[str] | None | Unset
        if _concurrency is None:
            concurrency = None
        else:
            try:
                if not isinstance(_concurrency, list):
                    raise TypeError()
                concurrency_type_0: list[str] = _concurrency

                concurrency = concurrency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                concurrency = _concurrency

        concurrency_key: None | str | Unset = _src.get("concurrencyKey")

        external_deployment_id: None | str | Unset = _src.get("externalDeploymentId")

        ttl: int | str | Unset = _src.get("ttl")

        session_trigger_config = cls(
            base_payload,
            machine,
            queue,
            tags,
            max_attempts,
            max_duration,
            lock_to_version,
            region,
            idle_timeout_in_seconds,
            concurrency,
            concurrency_key,
            external_deployment_id,
            ttl,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        session_trigger_config.additional_properties = d
        return session_trigger_config

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


from ..models.session_trigger_config_base_payload import SessionTriggerConfigBasePayload
