from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.session_metadata_type_0 import SessionMetadataType0
    from ..models.session_trigger_config import SessionTriggerConfig


T = TypeVar("T", bound="CreatedSession")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "type_": "type",
    "task_identifier": "taskIdentifier",
    "tags": "tags",
    "created_at": "createdAt",
    "updated_at": "updatedAt",
    "run_id": "runId",
    "public_access_token": "publicAccessToken",
    "is_cached": "isCached",
    "external_id": "externalId",
    "trigger_config": "triggerConfig",
    "current_run_id": "currentRunId",
    "metadata": "metadata",
    "closed_at": "closedAt",
    "closed_reason": "closedReason",
    "expires_at": "expiresAt",
    "pending_version": "pendingVersion",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class CreatedSession:
    """A ``CreatedSession`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    """ The session's friendly ID, prefixed with `session_`. """
    type_: str
    """ The session type discriminator. """
    task_identifier: str
    """ The task this session triggers runs against. """
    tags: list[str]
    """ Tags on the session row. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    run_id: str
    """ Friendly ID of the first run triggered alongside the session. """
    public_access_token: str
    """ Session-scoped public access token carrying `read:sessions:{key}` and `write:sessions:{key}`. Default TTL is
    1 hour. Safe to pass to frontend clients. """
    is_cached: bool
    """ `true` if an open session already existed for this `externalId` (idempotent upsert), `false` if newly
    created. """
    external_id: str | None = None
    """ Your stable identity for the session, if one was set. """
    trigger_config: SessionTriggerConfig | None = None
    """ Trigger options applied to every run a session schedules. `basePayload` is the wire payload merged into each
    run; the remaining fields map onto the standard trigger options. """
    current_run_id: str | None = None
    """ Friendly ID of the live run for this session, if any. Prefixed with `run_`. Omitted on list rows. """
    metadata: SessionMetadataType0 | None = None
    """ Arbitrary JSON metadata, or `null` if unset. """
    closed_at: datetime.datetime | None = None
    """ When the session was closed, or `null` if open. """
    closed_reason: str | None = None
    """ The optional reason recorded when the session was closed. """
    expires_at: datetime.datetime | None = None
    """ The session's retention deadline, or `null` if none. """
    pending_version: bool | None = None
    """ The session's live run waits for a deployment carrying its external deployment id """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        task_identifier = self.task_identifier

        tags = self.tags

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

        run_id = self.run_id

        public_access_token = self.public_access_token

        is_cached = self.is_cached

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        trigger_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger_config, Unset):
            trigger_config = self.trigger_config.to_dict()

        current_run_id: None | str | Unset
        if isinstance(self.current_run_id, Unset):
            current_run_id = UNSET
        else:
            current_run_id = self.current_run_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, SessionMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = (
                (self.closed_at if self.closed_at.tzinfo else self.closed_at.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            closed_at = self.closed_at

        closed_reason: None | str | Unset
        if isinstance(self.closed_reason, Unset):
            closed_reason = UNSET
        else:
            closed_reason = self.closed_reason

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = (
                (self.expires_at if self.expires_at.tzinfo else self.expires_at.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            expires_at = self.expires_at

        pending_version: bool | None | Unset
        if isinstance(self.pending_version, Unset):
            pending_version = UNSET
        else:
            pending_version = self.pending_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "taskIdentifier": task_identifier,
                "tags": tags,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "runId": run_id,
                "publicAccessToken": public_access_token,
                "isCached": is_cached,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if trigger_config is not UNSET:
            field_dict["triggerConfig"] = trigger_config
        if current_run_id is not UNSET:
            field_dict["currentRunId"] = current_run_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if closed_at is not UNSET:
            field_dict["closedAt"] = closed_at
        if closed_reason is not UNSET:
            field_dict["closedReason"] = closed_reason
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if pending_version is not UNSET:
            field_dict["pendingVersion"] = pending_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        type_ = _src["type"]

        task_identifier = _src["taskIdentifier"]

        tags: list[str] = _src["tags"]

        try:
            created_at = parse_datetime(_src["createdAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"createdAt: {exc}") from exc

        try:
            updated_at = parse_datetime(_src["updatedAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"updatedAt: {exc}") from exc

        run_id = _src["runId"]

        public_access_token = _src["publicAccessToken"]

        is_cached = _src["isCached"]

        external_id: None | str | Unset = _src.get("externalId")

        _trigger_config = _src.get("triggerConfig")
        trigger_config: SessionTriggerConfig | Unset
        if isinstance(_trigger_config, Unset):
            trigger_config = UNSET
        else:
            trigger_config = SessionTriggerConfig.from_dict(_trigger_config)

        current_run_id: None | str | Unset = _src.get("currentRunId")

        _metadata = _src.get("metadata")
        metadata: None | SessionMetadataType0 | Unset
        if _metadata is None:
            metadata = None
        else:
            try:
                if not isinstance(_metadata, dict):
                    raise TypeError()
                metadata_type_0 = SessionMetadataType0.from_dict(_metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                metadata = _metadata

        _closed_at = _src.get("closedAt")
        closed_at: datetime.datetime | None | Unset
        if _closed_at is None:
            closed_at = None
        else:
            try:
                if not isinstance(_closed_at, str):
                    raise TypeError()
                closed_at_type_0 = parse_datetime(_closed_at)

                closed_at = closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                closed_at = _closed_at

        closed_reason: None | str | Unset = _src.get("closedReason")

        _expires_at = _src.get("expiresAt")
        expires_at: datetime.datetime | None | Unset
        if _expires_at is None:
            expires_at = None
        else:
            try:
                if not isinstance(_expires_at, str):
                    raise TypeError()
                expires_at_type_0 = parse_datetime(_expires_at)

                expires_at = expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                expires_at = _expires_at

        pending_version: bool | None | Unset = _src.get("pendingVersion")

        created_session = cls(
            id,
            type_,
            task_identifier,
            tags,
            created_at,
            updated_at,
            run_id,
            public_access_token,
            is_cached,
            external_id,
            trigger_config,
            current_run_id,
            metadata,
            closed_at,
            closed_reason,
            expires_at,
            pending_version,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        created_session.additional_properties = d
        return created_session

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


from ..models.session_metadata_type_0 import SessionMetadataType0
from ..models.session_trigger_config import SessionTriggerConfig
