from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.run_attempts_type_0_item_status import (
    RunAttemptsType0ItemStatus,
    parse_run_attempts_type_0_item_status,
)
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.serialized_error import SerializedError


T = TypeVar("T", bound="RunAttemptsType0Item")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "status": "status",
    "created_at": "createdAt",
    "updated_at": "updatedAt",
    "error": "error",
    "started_at": "startedAt",
    "completed_at": "completedAt",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RunAttemptsType0Item:
    """A ``RunAttemptsType0Item`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    """ The unique ID of the attempt, prefixed with `attempt_` """
    status: RunAttemptsType0ItemStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    error: SerializedError | None = None
    started_at: datetime.datetime | None = None
    completed_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

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

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

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

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = (
                (
                    self.completed_at
                    if self.completed_at.tzinfo
                    else self.completed_at.replace(tzinfo=datetime.timezone.utc)
                )
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        status = parse_run_attempts_type_0_item_status(_src["status"])

        try:
            created_at = parse_datetime(_src["createdAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"createdAt: {exc}") from exc

        try:
            updated_at = parse_datetime(_src["updatedAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"updatedAt: {exc}") from exc

        _error = _src.get("error")
        error: SerializedError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = SerializedError.from_dict(_error)

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

        _completed_at = _src.get("completedAt")
        completed_at: datetime.datetime | None | Unset
        if _completed_at is None:
            completed_at = None
        else:
            try:
                if not isinstance(_completed_at, str):
                    raise TypeError()
                completed_at_type_0 = parse_datetime(_completed_at)

                completed_at = completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                completed_at = _completed_at

        run_attempts_type_0_item = cls(
            id,
            status,
            created_at,
            updated_at,
            error,
            started_at,
            completed_at,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        run_attempts_type_0_item.additional_properties = d
        return run_attempts_type_0_item

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


from ..models.serialized_error import SerializedError
