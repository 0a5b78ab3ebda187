from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.error_group_status import ErrorGroupStatus, parse_error_group_status
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ErrorGroupListItem")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "fingerprint": "fingerprint",
    "task_identifier": "taskIdentifier",
    "error_type": "errorType",
    "error_message": "errorMessage",
    "status": "status",
    "count": "count",
    "first_seen": "firstSeen",
    "last_seen": "lastSeen",
    "resolved_at": "resolvedAt",
    "ignored_until": "ignoredUntil",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ErrorGroupListItem:
    """A ``ErrorGroupListItem`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    """ The unique ID of the error group, prefixed with `error_` """
    fingerprint: str
    """ The raw fingerprint the error is grouped by """
    task_identifier: str
    """ The identifier of the task the error belongs to """
    error_type: str
    """ The error type or name (e.g. `TypeError`) """
    error_message: str
    """ The normalized error message """
    status: ErrorGroupStatus
    count: int
    """ The number of occurrences within the requested time range """
    first_seen: datetime.datetime
    """ When the error group was first seen (global) """
    last_seen: datetime.datetime
    """ When the error group was last seen (global) """
    resolved_at: datetime.datetime | None = None
    ignored_until: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        fingerprint = self.fingerprint

        task_identifier = self.task_identifier

        error_type = self.error_type

        error_message = self.error_message

        status = self.status.value

        count = self.count

        first_seen = (
            (self.first_seen if self.first_seen.tzinfo else self.first_seen.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        last_seen = (
            (self.last_seen if self.last_seen.tzinfo else self.last_seen.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        resolved_at: None | str | Unset
        if isinstance(self.resolved_at, Unset):
            resolved_at = UNSET
        elif isinstance(self.resolved_at, datetime.datetime):
            resolved_at = (
                (
                    self.resolved_at
                    if self.resolved_at.tzinfo
                    else self.resolved_at.replace(tzinfo=datetime.timezone.utc)
                )
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            resolved_at = self.resolved_at

        ignored_until: None | str | Unset
        if isinstance(self.ignored_until, Unset):
            ignored_until = UNSET
        elif isinstance(self.ignored_until, datetime.datetime):
            ignored_until = (
                (
                    self.ignored_until
                    if self.ignored_until.tzinfo
                    else self.ignored_until.replace(tzinfo=datetime.timezone.utc)
                )
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            ignored_until = self.ignored_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "fingerprint": fingerprint,
                "taskIdentifier": task_identifier,
                "errorType": error_type,
                "errorMessage": error_message,
                "status": status,
                "count": count,
                "firstSeen": first_seen,
                "lastSeen": last_seen,
            }
        )
        if resolved_at is not UNSET:
            field_dict["resolvedAt"] = resolved_at
        if ignored_until is not UNSET:
            field_dict["ignoredUntil"] = ignored_until

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        fingerprint = _src["fingerprint"]

        task_identifier = _src["taskIdentifier"]

        error_type = _src["errorType"]

        error_message = _src["errorMessage"]

        status = parse_error_group_status(_src["status"])

        count = _src["count"]

        try:
            first_seen = parse_datetime(_src["firstSeen"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"firstSeen: {exc}") from exc

        try:
            last_seen = parse_datetime(_src["lastSeen"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"lastSeen: {exc}") from exc

        _resolved_at = _src.get("resolvedAt")
        resolved_at: datetime.datetime | None | Unset
        if _resolved_at is None:
            resolved_at = None
        else:
            try:
                if not isinstance(_resolved_at, str):
                    raise TypeError()
                resolved_at_type_0 = parse_datetime(_resolved_at)

                resolved_at = resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                resolved_at = _resolved_at

        _ignored_until = _src.get("ignoredUntil")
        ignored_until: datetime.datetime | None | Unset
        if _ignored_until is None:
            ignored_until = None
        else:
            try:
                if not isinstance(_ignored_until, str):
                    raise TypeError()
                ignored_until_type_0 = parse_datetime(_ignored_until)

                ignored_until = ignored_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                ignored_until = _ignored_until

        error_group_list_item = cls(
            id,
            fingerprint,
            task_identifier,
            error_type,
            error_message,
            status,
            count,
            first_seen,
            last_seen,
            resolved_at,
            ignored_until,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        error_group_list_item.additional_properties = d
        return error_group_list_item

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
