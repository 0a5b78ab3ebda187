from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWaitpointTokenRequest")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "idempotency_key": "idempotencyKey",
    "idempotency_key_ttl": "idempotencyKeyTTL",
    "timeout": "timeout",
    "tags": "tags",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class CreateWaitpointTokenRequest:
    """A ``CreateWaitpointTokenRequest`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    idempotency_key: str | None = None
    """ An optional idempotency key. If you pass the same key twice before it expires, you will receive the original
    token back. The returned token may already be completed, in which case `wait.forToken()` will continue
    immediately. """
    idempotency_key_ttl: str | None = None
    """ How long the idempotency key is valid, after which passing the same key creates a new waitpoint. Accepts
    durations like "30s", "1m", "2h", "3d". """
    timeout: str | None = None
    """ How long to wait before the token times out. When a run is waiting for a timed-out token, `wait.forToken()`
    returns with `ok: false`. Accepts an ISO 8601 date string or duration shorthand like "30s", "1m", "2h", "3d",
    "4w". """
    tags: list[str] | str | None = None
    """ Tags to attach to the waitpoint. You can set up to 10 tags, each under 128 characters. We recommend
    namespacing tags with a prefix like `user:1234567` or `org_9876543`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idempotency_key = self.idempotency_key

        idempotency_key_ttl = self.idempotency_key_ttl

        timeout = self.timeout

        tags: list[str] | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key
        if idempotency_key_ttl is not UNSET:
            field_dict["idempotencyKeyTTL"] = idempotency_key_ttl
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        idempotency_key = _src.get("idempotencyKey")

        idempotency_key_ttl = _src.get("idempotencyKeyTTL")

        timeout = _src.get("timeout")

        _tags = _src.get("tags")
        tags: list[str] | str | Unset
        if _tags is None:
            tags = None
        else:
            try:
                if not isinstance(_tags, list):
                    raise TypeError()
                tags_type_1: list[str] = _tags

                tags = tags_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                tags = _tags

        create_waitpoint_token_request = cls(
            idempotency_key,
            idempotency_key_ttl,
            timeout,
            tags,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        create_waitpoint_token_request.additional_properties = d
        return create_waitpoint_token_request

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
