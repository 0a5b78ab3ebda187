from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.run_status import RunStatus, parse_run_status
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.run_list_item_env import RunListItemEnv
    from ..models.run_list_item_metadata_type_0 import RunListItemMetadataType0


T = TypeVar("T", bound="RunListItem")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "status": "status",
    "task_identifier": "taskIdentifier",
    "env": "env",
    "is_test": "isTest",
    "created_at": "createdAt",
    "updated_at": "updatedAt",
    "tags": "tags",
    "cost_in_cents": "costInCents",
    "base_cost_in_cents": "baseCostInCents",
    "duration_ms": "durationMs",
    "is_queued": "isQueued",
    "is_executing": "isExecuting",
    "is_waiting": "isWaiting",
    "is_completed": "isCompleted",
    "is_success": "isSuccess",
    "is_failed": "isFailed",
    "is_cancelled": "isCancelled",
    "version": "version",
    "idempotency_key": "idempotencyKey",
    "started_at": "startedAt",
    "finished_at": "finishedAt",
    "delayed_until": "delayedUntil",
    "ttl": "ttl",
    "expired_at": "expiredAt",
    "metadata": "metadata",
    "task_kind": "taskKind",
    "region": "region",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RunListItem:
    """A ``RunListItem`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    """ The unique ID of the run, prefixed with `run_` """
    status: RunStatus
    """ The status of the run """
    task_identifier: str
    """ The identifier of the task that was run """
    env: RunListItemEnv
    """ The environment of the run """
    is_test: bool
    """ Whether the run is a test run or not """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    tags: list[str]
    """ Tags can be attached to a run to make it easy to find runs (in the dashboard or using SDK functions like
    `runs.list`) """
    cost_in_cents: float
    """ The compute cost of the run (so far) in cents. This cost does not apply to DEV runs. """
    base_cost_in_cents: float
    """ The invocation cost of the run in cents. This cost does not apply to DEV runs. """
    duration_ms: float
    """ The duration of compute (so far) in milliseconds. This does not include waits. """
    is_queued: bool
    """ Waiting to execute (queued, delayed or pending a version) """
    is_executing: bool
    """ Executing now """
    is_waiting: bool
    """ Paused on a wait """
    is_completed: bool
    """ Finished (server definition: excludes EXPIRED and TIMED_OUT) """
    is_success: bool
    """ Completed successfully """
    is_failed: bool
    """ Finished unsuccessfully """
    is_cancelled: bool
    """ Canceled """
    version: str | None = None
    """ The version of the worker that executed the run """
    idempotency_key: str | None = None
    """ The idempotency key used to prevent creating duplicate runs, if provided """
    started_at: datetime.datetime | None = None
    """ The time the run started """
    finished_at: datetime.datetime | None = None
    """ The time the run finished """
    delayed_until: datetime.datetime | None = None
    """ If the run was triggered with a delay, this will be the time the run will be enqueued to execute """
    ttl: float | str | None = None
    """ The time-to-live for this run. If the run is not executed within this time, it will be removed from the
    queue and never execute. You can use a string in this format: `1h`, `1m`, `1h42m` or a number of seconds (min.
    1). """
    expired_at: datetime.datetime | None = None
    """ If the run had a TTL and that time has passed, when the run "expired". """
    metadata: RunListItemMetadataType0 | None = None
    """ The run's metadata """
    task_kind: str | None = None
    """ STANDARD, SCHEDULED or AGENT """
    region: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        task_identifier = self.task_identifier

        env = self.env.to_dict()

        is_test = self.is_test

        created_at = (
            (self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        updated_at = (
            (self.updated_at if self.updated_at.tzinfo else self.updated_at.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        tags = self.tags

        cost_in_cents = self.cost_in_cents

        base_cost_in_cents = self.base_cost_in_cents

        duration_ms = self.duration_ms

        is_queued = self.is_queued

        is_executing = self.is_executing

        is_waiting = self.is_waiting

        is_completed = self.is_completed

        is_success = self.is_success

        is_failed = self.is_failed

        is_cancelled = self.is_cancelled

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = (
                (self.started_at if self.started_at.tzinfo else self.started_at.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = (
                (
                    self.finished_at
                    if self.finished_at.tzinfo
                    else self.finished_at.replace(tzinfo=datetime.timezone.utc)
                )
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            finished_at = self.finished_at

        delayed_until: None | str | Unset
        if isinstance(self.delayed_until, Unset):
            delayed_until = UNSET
        elif isinstance(self.delayed_until, datetime.datetime):
            delayed_until = (
                (
                    self.delayed_until
                    if self.delayed_until.tzinfo
                    else self.delayed_until.replace(tzinfo=datetime.timezone.utc)
                )
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            delayed_until = self.delayed_until

        ttl: float | str | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, datetime.datetime):
            expired_at = (
                (self.expired_at if self.expired_at.tzinfo else self.expired_at.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            expired_at = self.expired_at

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, RunListItemMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        task_kind: None | str | Unset
        if isinstance(self.task_kind, Unset):
            task_kind = UNSET
        else:
            task_kind = self.task_kind

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "taskIdentifier": task_identifier,
                "env": env,
                "isTest": is_test,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "tags": tags,
                "costInCents": cost_in_cents,
                "baseCostInCents": base_cost_in_cents,
                "durationMs": duration_ms,
                "isQueued": is_queued,
                "isExecuting": is_executing,
                "isWaiting": is_waiting,
                "isCompleted": is_completed,
                "isSuccess": is_success,
                "isFailed": is_failed,
                "isCancelled": is_cancelled,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if delayed_until is not UNSET:
            field_dict["delayedUntil"] = delayed_until
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if expired_at is not UNSET:
            field_dict["expiredAt"] = expired_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if task_kind is not UNSET:
            field_dict["taskKind"] = task_kind
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        status = parse_run_status(_src["status"])

        task_identifier = _src["taskIdentifier"]

        env = RunListItemEnv.from_dict(_src["env"])

        is_test = _src["isTest"]

        try:
            created_at = parse_datetime(_src["createdAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"createdAt: {exc}") from exc

        try:
            updated_at = parse_datetime(_src["updatedAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"updatedAt: {exc}") from exc

        tags: list[str] = _src["tags"]

        cost_in_cents = _src["costInCents"]

        base_cost_in_cents = _src["baseCostInCents"]

        duration_ms = _src["durationMs"]

        is_queued = _src["isQueued"]

        is_executing = _src["isExecuting"]

        is_waiting = _src["isWaiting"]

        is_completed = _src["isCompleted"]

        is_success = _src["isSuccess"]

        is_failed = _src["isFailed"]

        is_cancelled = _src["isCancelled"]

        version: None | str | Unset = _src.get("version")

        idempotency_key: None | str | Unset = _src.get("idempotencyKey")

        _started_at = _src.get("startedAt")
        started_at: datetime.datetime | None | Unset
        if _started_at is None:
            started_at = None
        else:
            try:
                if not isinstance(_started_at, str):
                    raise TypeError()
                started_at_type_0 = parse_datetime(_started_at)

                started_at = started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                started_at = _started_at

        _finished_at = _src.get("finishedAt")
        finished_at: datetime.datetime | None | Unset
        if _finished_at is None:
            finished_at = None
        else:
            try:
                if not isinstance(_finished_at, str):
                    raise TypeError()
                finished_at_type_0 = parse_datetime(_finished_at)

                finished_at = finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                finished_at = _finished_at

        _delayed_until = _src.get("delayedUntil")
        delayed_until: datetime.datetime | None | Unset
        if _delayed_until is None:
            delayed_until = None
        else:
            try:
                if not isinstance(_delayed_until, str):
                    raise TypeError()
                delayed_until_type_0 = parse_datetime(_delayed_until)

                delayed_until = delayed_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                delayed_until = _delayed_until

        ttl: float | str | Unset = _src.get("ttl")

        _expired_at = _src.get("expiredAt")
        expired_at: datetime.datetime | None | Unset
        if _expired_at is None:
            expired_at = None
        else:
            try:
                if not isinstance(_expired_at, str):
                    raise TypeError()
                expired_at_type_0 = parse_datetime(_expired_at)

                expired_at = expired_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                expired_at = _expired_at

        _metadata = _src.get("metadata")
        metadata: None | RunListItemMetadataType0 | Unset
        if _metadata is None:
            metadata = None
        else:
            try:
                if not isinstance(_metadata, dict):
                    raise TypeError()
                metadata_type_0 = RunListItemMetadataType0.from_dict(_metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                metadata = _metadata

        task_kind: None | str | Unset = _src.get("taskKind")

        region: None | str | Unset = _src.get("region")

        run_list_item = cls(
            id,
            status,
            task_identifier,
            env,
            is_test,
            created_at,
            updated_at,
            tags,
            cost_in_cents,
            base_cost_in_cents,
            duration_ms,
            is_queued,
            is_executing,
            is_waiting,
            is_completed,
            is_success,
            is_failed,
            is_cancelled,
            version,
            idempotency_key,
            started_at,
            finished_at,
            delayed_until,
            ttl,
            expired_at,
            metadata,
            task_kind,
            region,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        run_list_item.additional_properties = d
        return run_list_item

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


from ..models.run_list_item_env import RunListItemEnv
from ..models.run_list_item_metadata_type_0 import RunListItemMetadataType0
