from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.create_session_request_body_metadata import (
        CreateSessionRequestBodyMetadata,
    )
    from ..models.session_trigger_config import SessionTriggerConfig


T = TypeVar("T", bound="CreateSessionRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "type_": "type",
    "task_identifier": "taskIdentifier",
    "trigger_config": "triggerConfig",
    "external_id": "externalId",
    "tags": "tags",
    "metadata": "metadata",
    "expires_at": "expiresAt",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class CreateSessionRequestBody:
    """Body for `POST /api/v1/sessions`. The whole body must be 32KB or smaller."""

    type_: str
    """ Free-form discriminator for the session, e.g. `chat.agent`. Not validated against an enum. """
    task_identifier: str
    """ The task this session triggers runs against. """
    trigger_config: SessionTriggerConfig
    """ Trigger options applied to every run a session schedules. `basePayload` is the wire payload merged into each
    run; the remaining fields map onto the standard trigger options. """
    external_id: str | None = None
    """ Your stable identity for the session, unique per environment. Cannot start with the reserved `session_`
    prefix. Reusing an `externalId` makes create idempotent; reusing one whose session is closed or expired returns
    `409`. """
    tags: list[str] | None = None
    """ Up to 10 tags on the session row, for dashboard filtering. """
    metadata: CreateSessionRequestBodyMetadata | None = None
    """ Arbitrary JSON metadata. """
    expires_at: datetime.datetime | None = None
    """ Absolute expiry timestamp for retention. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        task_identifier = self.task_identifier

        trigger_config = self.trigger_config.to_dict()

        external_id = self.external_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = (
                (self.expires_at if self.expires_at.tzinfo else self.expires_at.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "taskIdentifier": task_identifier,
                "triggerConfig": trigger_config,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        type_ = _src["type"]

        task_identifier = _src["taskIdentifier"]

        trigger_config = SessionTriggerConfig.from_dict(_src["triggerConfig"])

        external_id = _src.get("externalId")

        tags: list[str] = _src.get("tags")

        _metadata = _src.get("metadata")
        metadata: CreateSessionRequestBodyMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateSessionRequestBodyMetadata.from_dict(_metadata)

        _expires_at = _src.get("expiresAt")
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = parse_datetime(_expires_at)

        create_session_request_body = cls(
            type_,
            task_identifier,
            trigger_config,
            external_id,
            tags,
            metadata,
            expires_at,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        create_session_request_body.additional_properties = d
        return create_session_request_body

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


from ..models.create_session_request_body_metadata import (
    CreateSessionRequestBodyMetadata,
)
from ..models.session_trigger_config import SessionTriggerConfig
