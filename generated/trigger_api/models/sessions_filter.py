from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.session_status import SessionStatus, parse_session_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sessions_filter_created_at import SessionsFilterCreatedAt


T = TypeVar("T", bound="SessionsFilter")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "type_": "type",
    "tags": "tags",
    "task_identifier": "taskIdentifier",
    "external_id": "externalId",
    "status": "status",
    "created_at": "createdAt",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class SessionsFilter:
    """A ``SessionsFilter`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    type_: list[str] | None = None
    """ The session type(s) to filter by. """
    tags: list[str] | None = None
    """ The tags to filter by. """
    task_identifier: list[str] | None = None
    """ The task identifier(s) to filter by. """
    external_id: str | None = None
    """ Exact match on your `externalId`. """
    status: list[SessionStatus] | None = None
    """ The lifecycle status(es) to filter by. """
    created_at: SessionsFilterCreatedAt | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: list[str] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        task_identifier: list[str] | Unset = UNSET
        if not isinstance(self.task_identifier, Unset):
            task_identifier = self.task_identifier

        external_id = self.external_id

        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.value
                status.append(status_item)

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tags is not UNSET:
            field_dict["tags"] = tags
        if task_identifier is not UNSET:
            field_dict["taskIdentifier"] = task_identifier
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        type_: list[str] = _src.get("type")

        tags: list[str] = _src.get("tags")

        task_identifier: list[str] = _src.get("taskIdentifier")

        external_id = _src.get("externalId")

        _status = _src.get("status")
        status: list[SessionStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = parse_session_status(status_item_data)

                status.append(status_item)

        _created_at = _src.get("createdAt")
        created_at: SessionsFilterCreatedAt | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = SessionsFilterCreatedAt.from_dict(_created_at)

        sessions_filter = cls(
            type_,
            tags,
            task_identifier,
            external_id,
            status,
            created_at,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        sessions_filter.additional_properties = d
        return sessions_filter

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


from ..models.sessions_filter_created_at import SessionsFilterCreatedAt
