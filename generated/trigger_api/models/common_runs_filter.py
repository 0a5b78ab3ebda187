from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.run_status import RunStatus, parse_run_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.common_runs_filter_created_at import CommonRunsFilterCreatedAt


T = TypeVar("T", bound="CommonRunsFilter")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "status": "status",
    "task_identifier": "taskIdentifier",
    "version": "version",
    "bulk_action": "bulkAction",
    "tag": "tag",
    "schedule": "schedule",
    "is_test": "isTest",
    "created_at": "createdAt",
    "batch": "batch",
    "queue": "queue",
    "machine": "machine",
    "region": "region",
    "error": "error",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class CommonRunsFilter:
    """A ``CommonRunsFilter`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    status: list[RunStatus] | None = None
    task_identifier: list[str] | None = None
    """ The identifier of the task that was run """
    version: list[str] | None = None
    """ The version of the worker that executed the run """
    bulk_action: str | None = None
    """ The bulk action ID to filter the runs by """
    tag: list[str] | None = None
    """ The tags that are attached to the run """
    schedule: str | None = None
    """ The schedule ID to filter the runs by """
    is_test: bool | None = None
    """ Whether the run is a test run or not """
    created_at: CommonRunsFilterCreatedAt | None = None
    batch: str | None = None
    """ The batch ID to filter the runs by """
    queue: list[str] | None = None
    """ Queue names; task queues are written `task/<task id>`, custom queues by name """
    machine: list[str] | None = None
    """ Machine presets, e.g. `small-1x` """
    region: list[str] | None = None
    """ Regions the runs executed in """
    error: str | None = None
    """ An error group ID (starts with `error_`). Lists the runs behind that error group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.value
                status.append(status_item)

        task_identifier: list[str] | Unset = UNSET
        if not isinstance(self.task_identifier, Unset):
            task_identifier = self.task_identifier

        version: list[str] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version

        bulk_action = self.bulk_action

        tag: list[str] | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag

        schedule = self.schedule

        is_test = self.is_test

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        batch = self.batch

        queue: list[str] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue

        machine: list[str] | Unset = UNSET
        if not isinstance(self.machine, Unset):
            machine = self.machine

        region: list[str] | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if task_identifier is not UNSET:
            field_dict["taskIdentifier"] = task_identifier
        if version is not UNSET:
            field_dict["version"] = version
        if bulk_action is not UNSET:
            field_dict["bulkAction"] = bulk_action
        if tag is not UNSET:
            field_dict["tag"] = tag
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if is_test is not UNSET:
            field_dict["isTest"] = is_test
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if batch is not UNSET:
            field_dict["batch"] = batch
        if queue is not UNSET:
            field_dict["queue"] = queue
        if machine is not UNSET:
            field_dict["machine"] = machine
        if region is not UNSET:
            field_dict["region"] = region
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        _status = _src.get("status")
        status: list[RunStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = parse_run_status(status_item_data)

                status.append(status_item)

        task_identifier: list[str] = _src.get("taskIdentifier")

        version: list[str] = _src.get("version")

        bulk_action = _src.get("bulkAction")

        tag: list[str] = _src.get("tag")

        schedule = _src.get("schedule")

        is_test = _src.get("isTest")

        _created_at = _src.get("createdAt")
        created_at: CommonRunsFilterCreatedAt | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = CommonRunsFilterCreatedAt.from_dict(_created_at)

        batch = _src.get("batch")

        queue: list[str] = _src.get("queue")

        machine: list[str] = _src.get("machine")

        region: list[str] = _src.get("region")

        error = _src.get("error")

        common_runs_filter = cls(
            status,
            task_identifier,
            version,
            bulk_action,
            tag,
            schedule,
            is_test,
            created_at,
            batch,
            queue,
            machine,
            region,
            error,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        common_runs_filter.additional_properties = d
        return common_runs_filter

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


from ..models.common_runs_filter_created_at import CommonRunsFilterCreatedAt
