from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.waitpoint_token_status import (
    WaitpointTokenStatus,
    parse_waitpoint_token_status,
)
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="WaitpointToken")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "url": "url",
    "status": "status",
    "tags": "tags",
    "created_at": "createdAt",
    "idempotency_key": "idempotencyKey",
    "idempotency_key_expires_at": "idempotencyKeyExpiresAt",
    "timeout_at": "timeoutAt",
    "completed_at": "completedAt",
    "output": "output",
    "output_type": "outputType",
    "output_is_error": "outputIsError",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class WaitpointToken:
    """A ``WaitpointToken`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    """ The unique ID of the waitpoint token. """
    url: str
    """ An HTTP callback URL. A POST request to this URL (with an optional JSON body) will complete the waitpoint
    without needing an API key. """
    status: WaitpointTokenStatus
    """ The current status of the waitpoint token. """
    tags: list[str]
    """ Tags attached to the waitpoint. """
    created_at: datetime.datetime
    """ When the waitpoint token was created. """
    idempotency_key: str | None = None
    """ The idempotency key used when creating the token, if any. """
    idempotency_key_expires_at: datetime.datetime | None = None
    """ When the idempotency key expires. """
    timeout_at: datetime.datetime | None = None
    """ When the token will time out, if a timeout was set. """
    completed_at: datetime.datetime | None = None
    """ When the token was completed, if it has been completed. """
    output: str | None = None
    """ The serialized output data passed when completing the token. Only present when `status` is `COMPLETED`. """
    output_type: str | None = None
    """ The content type of the output (e.g. `"application/json"`). """
    output_is_error: bool | None = None
    """ Whether the output represents an error (e.g. a timeout). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        status = self.status.value

        tags = self.tags

        created_at = (
            (self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        idempotency_key_expires_at: None | str | Unset
        if isinstance(self.idempotency_key_expires_at, Unset):
            idempotency_key_expires_at = UNSET
        elif isinstance(self.idempotency_key_expires_at, datetime.datetime):
            idempotency_key_expires_at = (
                (
                    self.idempotency_key_expires_at
                    if self.idempotency_key_expires_at.tzinfo
                    else self.idempotency_key_expires_at.replace(tzinfo=datetime.timezone.utc)
                )
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            idempotency_key_expires_at = self.idempotency_key_expires_at

        timeout_at: None | str | Unset
        if isinstance(self.timeout_at, Unset):
            timeout_at = UNSET
        elif isinstance(self.timeout_at, datetime.datetime):
            timeout_at = (
                (self.timeout_at if self.timeout_at.tzinfo else self.timeout_at.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            timeout_at = self.timeout_at

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

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        output_type: None | str | Unset
        if isinstance(self.output_type, Unset):
            output_type = UNSET
        else:
            output_type = self.output_type

        output_is_error: bool | None | Unset
        if isinstance(self.output_is_error, Unset):
            output_is_error = UNSET
        else:
            output_is_error = self.output_is_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "status": status,
                "tags": tags,
                "createdAt": created_at,
            }
        )
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key
        if idempotency_key_expires_at is not UNSET:
            field_dict["idempotencyKeyExpiresAt"] = idempotency_key_expires_at
        if timeout_at is not UNSET:
            field_dict["timeoutAt"] = timeout_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if output is not UNSET:
            field_dict["output"] = output
        if output_type is not UNSET:
            field_dict["outputType"] = output_type
        if output_is_error is not UNSET:
            field_dict["outputIsError"] = output_is_error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        url = _src["url"]

        status = parse_waitpoint_token_status(_src["status"])

        tags: list[str] = _src["tags"]

        try:
            created_at = parse_datetime(_src["createdAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"createdAt: {exc}") from exc

        idempotency_key: None | str | Unset = _src.get("idempotencyKey")

        _idempotency_key_expires_at = _src.get("idempotencyKeyExpiresAt")
        idempotency_key_expires_at: datetime.datetime | None | Unset
        if _idempotency_key_expires_at is None:
            idempotency_key_expires_at = None
        else:
            try:
                if not isinstance(_idempotency_key_expires_at, str):
                    raise TypeError()
                idempotency_key_expires_at_type_0 = parse_datetime(_idempotency_key_expires_at)

                idempotency_key_expires_at = idempotency_key_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                idempotency_key_expires_at = _idempotency_key_expires_at

        _timeout_at = _src.get("timeoutAt")
        timeout_at: datetime.datetime | None | Unset
        if _timeout_at is None:
            timeout_at = None
        else:
            try:
                if not isinstance(_timeout_at, str):
                    raise TypeError()
                timeout_at_type_0 = parse_datetime(_timeout_at)

                timeout_at = timeout_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                timeout_at = _timeout_at

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

        output: None | str | Unset = _src.get("output")

        output_type: None | str | Unset = _src.get("outputType")

        output_is_error: bool | None | Unset = _src.get("outputIsError")

        waitpoint_token = cls(
            id,
            url,
            status,
            tags,
            created_at,
            idempotency_key,
            idempotency_key_expires_at,
            timeout_at,
            completed_at,
            output,
            output_type,
            output_is_error,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        waitpoint_token.additional_properties = d
        return waitpoint_token

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
