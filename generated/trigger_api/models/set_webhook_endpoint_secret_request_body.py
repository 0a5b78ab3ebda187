from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET

T = TypeVar("T", bound="SetWebhookEndpointSecretRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"secret": "secret", "previous_secret_ttl_seconds": "previousSecretTtlSeconds"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class SetWebhookEndpointSecretRequestBody:
    """A ``SetWebhookEndpointSecretRequestBody`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    secret: str
    previous_secret_ttl_seconds: int | None = None
    """ Seconds the replaced secret keeps verifying deliveries (at most 7 days); 0 or absent: none """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret = self.secret

        previous_secret_ttl_seconds = self.previous_secret_ttl_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secret": secret,
            }
        )
        if previous_secret_ttl_seconds is not UNSET:
            field_dict["previousSecretTtlSeconds"] = previous_secret_ttl_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        secret = _src["secret"]

        previous_secret_ttl_seconds = _src.get("previousSecretTtlSeconds")

        set_webhook_endpoint_secret_request_body = cls(
            secret,
            previous_secret_ttl_seconds,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        set_webhook_endpoint_secret_request_body.additional_properties = d
        return set_webhook_endpoint_secret_request_body

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
