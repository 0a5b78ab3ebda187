from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="RotatedWebhookSecret")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "secret_set": "secretSet",
    "secret": "secret",
    "previous_secret_expires_at": "previousSecretExpiresAt",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RotatedWebhookSecret:
    """A ``RotatedWebhookSecret`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    secret_set: bool
    secret: str
    """ The new secret, returned once and never readable again """
    previous_secret_expires_at: str | None = None
    """ When the replaced secret stops working """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        secret_set = self.secret_set

        secret = self.secret

        previous_secret_expires_at: None | str | Unset
        if isinstance(self.previous_secret_expires_at, Unset):
            previous_secret_expires_at = UNSET
        else:
            previous_secret_expires_at = self.previous_secret_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "secretSet": secret_set,
                "secret": secret,
            }
        )
        if previous_secret_expires_at is not UNSET:
            field_dict["previousSecretExpiresAt"] = previous_secret_expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        secret_set = _src["secretSet"]

        secret = _src["secret"]

        previous_secret_expires_at: None | str | Unset = _src.get("previousSecretExpiresAt")

        rotated_webhook_secret = cls(
            id,
            secret_set,
            secret,
            previous_secret_expires_at,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        rotated_webhook_secret.additional_properties = d
        return rotated_webhook_secret

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
