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
    from ..models.queue_type_name import QueueTypeName


T = TypeVar("T", bound="BulkActionFilter")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "status": "status",
    "task_identifier": "taskIdentifier",
    "version": "version",
    "from_": "from",
    "to": "to",
    "period": "period",
    "bulk_action": "bulkAction",
    "tag": "tag",
    "schedule": "schedule",
    "is_test": "isTest",
    "batch": "batch",
    "queue": "queue",
    "machine": "machine",
    "region": "region",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class BulkActionFilter:
    """Selects runs using SDK-style run-list filter fields, excluding pagination fields. In HTTP requests these fields are
    sent as JSON body properties, so time fields are top-level (`from`, `to`, `period`) instead of nested under
    `createdAt`. Provide at least one property.

    """

    status: list[RunStatus] | RunStatus | None = None
    task_identifier: list[str] | str | None = None
    """ The identifier of the task that was run. """
    version: list[str] | str | None = None
    """ The worker version that executed the run. """
    from_: datetime.datetime | float | None = None
    """ Start of the time range as an ISO date string or Unix timestamp in milliseconds. """
    to: datetime.datetime | float | None = None
    """ End of the time range as an ISO date string or Unix timestamp in milliseconds. """
    period: str | None = None
    """ Relative time period to select, such as `24h` or `30d`. """
    bulk_action: str | None = None
    """ Select runs that were processed by another bulk action. """
    tag: list[str] | str | None = None
    """ Select runs with one or more tags. """
    schedule: str | None = None
    """ Select runs created by a schedule. """
    is_test: bool | None = None
    """ Select test or non-test runs. """
    batch: str | None = None
    """ Select runs in a batch. """
    queue: list[QueueTypeName] | QueueTypeName | None = None
    machine: list[str] | str | None = None
    """ Select runs by machine preset. """
    region: list[str] | str | None = None
    """ Select runs by region. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: list[str] | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RunStatus):
            status = self.status.value
        else:
            status = []
            for status_type_1_item_data in self.status:
                status_type_1_item = status_type_1_item_data.value
                status.append(status_type_1_item)

        task_identifier: list[str] | str | Unset
        if isinstance(self.task_identifier, Unset):
            task_identifier = UNSET
        elif isinstance(self.task_identifier, list):
            task_identifier = self.task_identifier

        else:
            task_identifier = self.task_identifier

        version: list[str] | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, list):
            version = self.version

        else:
            version = self.version

        from_: float | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.datetime):
            from_ = (
                (self.from_ if self.from_.tzinfo else self.from_.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            from_ = self.from_

        to: float | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.datetime):
            to = (
                (self.to if self.to.tzinfo else self.to.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            to = self.to

        period = self.period

        bulk_action = self.bulk_action

        tag: list[str] | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        elif isinstance(self.tag, list):
            tag = self.tag

        else:
            tag = self.tag

        schedule = self.schedule

        is_test = self.is_test

        batch = self.batch

        queue: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.queue, Unset):
            queue = UNSET
        elif isinstance(self.queue, QueueTypeName):
            queue = self.queue.to_dict()
        else:
            queue = []
            for queue_type_1_item_data in self.queue:
                queue_type_1_item = queue_type_1_item_data.to_dict()
                queue.append(queue_type_1_item)

        machine: list[str] | str | Unset
        if isinstance(self.machine, Unset):
            machine = UNSET
        elif isinstance(self.machine, list):
            machine = self.machine

        else:
            machine = self.machine

        region: list[str] | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, list):
            region = self.region

        else:
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if task_identifier is not UNSET:
            field_dict["taskIdentifier"] = task_identifier
        if version is not UNSET:
            field_dict["version"] = version
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if period is not UNSET:
            field_dict["period"] = period
        if bulk_action is not UNSET:
            field_dict["bulkAction"] = bulk_action
        if tag is not UNSET:
            field_dict["tag"] = tag
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if is_test is not UNSET:
            field_dict["isTest"] = is_test
        if batch is not UNSET:
            field_dict["batch"] = batch
        if queue is not UNSET:
            field_dict["queue"] = queue
        if machine is not UNSET:
            field_dict["machine"] = machine
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict

        def _parse_status(data: object) -> list[RunStatus] | RunStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = parse_run_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            status_type_1 = []
            _status_type_1 = data
            for status_type_1_item_data in _status_type_1:
                status_type_1_item = parse_run_status(status_type_1_item_data)

                status_type_1.append(status_type_1_item)

            return status_type_1

        status = _parse_status(_src.get("status"))

        _task_identifier = _src.get("taskIdentifier")
        task_identifier: list[str] | str | Unset
        if _task_identifier is None:
            task_identifier = None
        else:
            try:
                if not isinstance(_task_identifier, list):
                    raise TypeError()
                task_identifier_type_1: list[str] = _task_identifier

                task_identifier = task_identifier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                task_identifier = _task_identifier

        _version = _src.get("version")
        version: list[str] | str | Unset
        if _version is None:
            version = None
        else:
            try:
                if not isinstance(_version, list):
                    raise TypeError()
                version_type_1: list[str] = _version

                version = version_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                version = _version

        _from_ = _src.get("from")
        from_: datetime.datetime | float | Unset
        if _from_ is None:
            from_ = None
        else:
            try:
                if not isinstance(_from_, str):
                    raise TypeError()
                from_type_0 = parse_datetime(_from_)

                from_ = from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                from_ = _from_

        _to = _src.get("to")
        to: datetime.datetime | float | Unset
        if _to is None:
            to = None
        else:
            try:
                if not isinstance(_to, str):
                    raise TypeError()
                to_type_0 = parse_datetime(_to)

                to = to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                to = _to

        period = _src.get("period")

        bulk_action = _src.get("bulkAction")

        _tag = _src.get("tag")
        tag: list[str] | str | Unset
        if _tag is None:
            tag = None
        else:
            try:
                if not isinstance(_tag, list):
                    raise TypeError()
                tag_type_1: list[str] = _tag

                tag = tag_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                tag = _tag

        schedule = _src.get("schedule")

        is_test = _src.get("isTest")

        batch = _src.get("batch")

        def _parse_queue(data: object) -> list[QueueTypeName] | QueueTypeName | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                queue_type_0 = QueueTypeName.from_dict(data)

                return queue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            queue_type_1 = []
            _queue_type_1 = data
            for queue_type_1_item_data in _queue_type_1:
                queue_type_1_item = QueueTypeName.from_dict(queue_type_1_item_data)

                queue_type_1.append(queue_type_1_item)

            return queue_type_1

        queue = _parse_queue(_src.get("queue"))

        _machine = _src.get("machine")
        machine: list[str] | str | Unset
        if _machine is None:
            machine = None
        else:
            try:
                if not isinstance(_machine, list):
                    raise TypeError()
                machine_type_1: list[str] = _machine

                machine = machine_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                machine = _machine

        _region = _src.get("region")
        region: list[str] | str | Unset
        if _region is None:
            region = None
        else:
            try:
                if not isinstance(_region, list):
                    raise TypeError()
                region_type_1: list[str] = _region

                region = region_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                region = _region

        bulk_action_filter = cls(
            status,
            task_identifier,
            version,
            from_,
            to,
            period,
            bulk_action,
            tag,
            schedule,
            is_test,
            batch,
            queue,
            machine,
            region,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        bulk_action_filter.additional_properties = d
        return bulk_action_filter

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


from ..models.queue_type_name import QueueTypeName
