from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.error_group_status import ErrorGroupStatus, parse_error_group_status
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ErrorsFilter")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "task_identifier": "taskIdentifier",
    "version": "version",
    "status": "status",
    "search": "search",
    "from_": "from",
    "to": "to",
    "period": "period",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ErrorsFilter:
    """A ``ErrorsFilter`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    task_identifier: list[str] | None = None
    """ The identifier of the task the error belongs to """
    version: list[str] | None = None
    """ The worker version the error occurred in """
    status: list[ErrorGroupStatus] | None = None
    """ The lifecycle status of the error group """
    search: str | None = None
    """ Free-text search across the error type and message """
    from_: datetime.datetime | None = None
    """ The start of the time range to count occurrences within """
    to: datetime.datetime | None = None
    """ The end of the time range to count occurrences within """
    period: str | None = None
    """ A relative time range to count occurrences within """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_identifier: list[str] | Unset = UNSET
        if not isinstance(self.task_identifier, Unset):
            task_identifier = self.task_identifier

        version: list[str] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version

        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.value
                status.append(status_item)

        search = self.search

        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = (
                (self.from_ if self.from_.tzinfo else self.from_.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )

        to: str | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = (
                (self.to if self.to.tzinfo else self.to.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )

        period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_identifier is not UNSET:
            field_dict["taskIdentifier"] = task_identifier
        if version is not UNSET:
            field_dict["version"] = version
        if status is not UNSET:
            field_dict["status"] = status
        if search is not UNSET:
            field_dict["search"] = search
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        task_identifier: list[str] = _src.get("taskIdentifier")

        version: list[str] = _src.get("version")

        _status = _src.get("status")
        status: list[ErrorGroupStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = parse_error_group_status(status_item_data)

                status.append(status_item)

        search = _src.get("search")

        _from_ = _src.get("from")
        from_: datetime.datetime | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = parse_datetime(_from_)

        _to = _src.get("to")
        to: datetime.datetime | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = parse_datetime(_to)

        period = _src.get("period")

        errors_filter = cls(
            task_identifier,
            version,
            status,
            search,
            from_,
            to,
            period,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        errors_filter.additional_properties = d
        return errors_filter

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
