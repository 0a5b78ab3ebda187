from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.error_group_status import ErrorGroupStatus, parse_error_group_status
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ErrorGroup")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "fingerprint": "fingerprint",
    "task_identifier": "taskIdentifier",
    "error_type": "errorType",
    "error_message": "errorMessage",
    "count": "count",
    "first_seen": "firstSeen",
    "last_seen": "lastSeen",
    "affected_versions": "affectedVersions",
    "status": "status",
    "resolved_at": "resolvedAt",
    "resolved_in_version": "resolvedInVersion",
    "resolved_by": "resolvedBy",
    "ignored_at": "ignoredAt",
    "ignored_until": "ignoredUntil",
    "ignored_reason": "ignoredReason",
    "ignored_by_user_id": "ignoredByUserId",
    "ignored_until_occurrence_rate": "ignoredUntilOccurrenceRate",
    "ignored_until_total_occurrences": "ignoredUntilTotalOccurrences",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ErrorGroup:
    """A ``ErrorGroup`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

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
    count: int
    """ The total number of occurrences of this error group """
    first_seen: datetime.datetime
    last_seen: datetime.datetime
    affected_versions: list[str]
    """ The most recent worker versions the error has occurred in (up to five) """
    status: ErrorGroupStatus
    resolved_at: datetime.datetime | None = None
    resolved_in_version: str | None = None
    resolved_by: str | None = None
    """ The ID of the user who resolved the error, when attributable """
    ignored_at: datetime.datetime | None = None
    ignored_until: datetime.datetime | None = None
    ignored_reason: str | None = None
    ignored_by_user_id: str | None = None
    ignored_until_occurrence_rate: float | None = None
    ignored_until_total_occurrences: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        fingerprint = self.fingerprint

        task_identifier = self.task_identifier

        error_type = self.error_type

        error_message = self.error_message

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

        affected_versions = self.affected_versions

        status = self.status.value

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

        resolved_in_version: None | str | Unset
        if isinstance(self.resolved_in_version, Unset):
            resolved_in_version = UNSET
        else:
            resolved_in_version = self.resolved_in_version

        resolved_by: None | str | Unset
        if isinstance(self.resolved_by, Unset):
            resolved_by = UNSET
        else:
            resolved_by = self.resolved_by

        ignored_at: None | str | Unset
        if isinstance(self.ignored_at, Unset):
            ignored_at = UNSET
        elif isinstance(self.ignored_at, datetime.datetime):
            ignored_at = (
                (self.ignored_at if self.ignored_at.tzinfo else self.ignored_at.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            ignored_at = self.ignored_at

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

        ignored_reason: None | str | Unset
        if isinstance(self.ignored_reason, Unset):
            ignored_reason = UNSET
        else:
            ignored_reason = self.ignored_reason

        ignored_by_user_id: None | str | Unset
        if isinstance(self.ignored_by_user_id, Unset):
            ignored_by_user_id = UNSET
        else:
            ignored_by_user_id = self.ignored_by_user_id

        ignored_until_occurrence_rate: float | None | Unset
        if isinstance(self.ignored_until_occurrence_rate, Unset):
            ignored_until_occurrence_rate = UNSET
        else:
            ignored_until_occurrence_rate = self.ignored_until_occurrence_rate

        ignored_until_total_occurrences: int | None | Unset
        if isinstance(self.ignored_until_total_occurrences, Unset):
            ignored_until_total_occurrences = UNSET
        else:
            ignored_until_total_occurrences = self.ignored_until_total_occurrences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "fingerprint": fingerprint,
                "taskIdentifier": task_identifier,
                "errorType": error_type,
                "errorMessage": error_message,
                "count": count,
                "firstSeen": first_seen,
                "lastSeen": last_seen,
                "affectedVersions": affected_versions,
                "status": status,
            }
        )
        if resolved_at is not UNSET:
            field_dict["resolvedAt"] = resolved_at
        if resolved_in_version is not UNSET:
            field_dict["resolvedInVersion"] = resolved_in_version
        if resolved_by is not UNSET:
            field_dict["resolvedBy"] = resolved_by
        if ignored_at is not UNSET:
            field_dict["ignoredAt"] = ignored_at
        if ignored_until is not UNSET:
            field_dict["ignoredUntil"] = ignored_until
        if ignored_reason is not UNSET:
            field_dict["ignoredReason"] = ignored_reason
        if ignored_by_user_id is not UNSET:
            field_dict["ignoredByUserId"] = ignored_by_user_id
        if ignored_until_occurrence_rate is not UNSET:
            field_dict["ignoredUntilOccurrenceRate"] = ignored_until_occurrence_rate
        if ignored_until_total_occurrences is not UNSET:
            field_dict["ignoredUntilTotalOccurrences"] = ignored_until_total_occurrences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        fingerprint = _src["fingerprint"]

        task_identifier = _src["taskIdentifier"]

        error_type = _src["errorType"]

        error_message = _src["errorMessage"]

        count = _src["count"]

        try:
            first_seen = parse_datetime(_src["firstSeen"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"firstSeen: {exc}") from exc

        try:
            last_seen = parse_datetime(_src["lastSeen"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"lastSeen: {exc}") from exc

        affected_versions: list[str] = _src["affectedVersions"]

        status = parse_error_group_status(_src["status"])

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

        resolved_in_version: None | str | Unset = _src.get("resolvedInVersion")

        resolved_by: None | str | Unset = _src.get("resolvedBy")

        _ignored_at = _src.get("ignoredAt")
        ignored_at: datetime.datetime | None | Unset
        if _ignored_at is None:
            ignored_at = None
        else:
            try:
                if not isinstance(_ignored_at, str):
                    raise TypeError()
                ignored_at_type_0 = parse_datetime(_ignored_at)

                ignored_at = ignored_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                ignored_at = _ignored_at

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

        ignored_reason: None | str | Unset = _src.get("ignoredReason")

        ignored_by_user_id: None | str | Unset = _src.get("ignoredByUserId")

        ignored_until_occurrence_rate: float | None | Unset = _src.get("ignoredUntilOccurrenceRate")

        ignored_until_total_occurrences: int | None | Unset = _src.get("ignoredUntilTotalOccurrences")

        error_group = cls(
            id,
            fingerprint,
            task_identifier,
            error_type,
            error_message,
            count,
            first_seen,
            last_seen,
            affected_versions,
            status,
            resolved_at,
            resolved_in_version,
            resolved_by,
            ignored_at,
            ignored_until,
            ignored_reason,
            ignored_by_user_id,
            ignored_until_occurrence_rate,
            ignored_until_total_occurrences,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        error_group.additional_properties = d
        return error_group

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
