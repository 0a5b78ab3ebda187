from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_public_token_v1_body_realtime import (
        CreatePublicTokenV1BodyRealtime,
    )


T = TypeVar("T", bound="CreatePublicTokenV1Body")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "scopes": "scopes",
    "expiration_time": "expirationTime",
    "one_time_use": "oneTimeUse",
    "realtime": "realtime",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class CreatePublicTokenV1Body:
    """A ``CreatePublicTokenV1Body`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    scopes: list[str]
    expiration_time: int | str | None = None
    one_time_use: bool | None = None
    realtime: CreatePublicTokenV1BodyRealtime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scopes = self.scopes

        expiration_time: int | str | Unset
        if isinstance(self.expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = self.expiration_time

        one_time_use = self.one_time_use

        realtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.realtime, Unset):
            realtime = self.realtime.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scopes": scopes,
            }
        )
        if expiration_time is not UNSET:
            field_dict["expirationTime"] = expiration_time
        if one_time_use is not UNSET:
            field_dict["oneTimeUse"] = one_time_use
        if realtime is not UNSET:
            field_dict["realtime"] = realtime

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        scopes: list[str] = _src["scopes"]

        expiration_time: int | str | Unset = _src.get("expirationTime")

        one_time_use = _src.get("oneTimeUse")

        _realtime = _src.get("realtime")
        realtime: CreatePublicTokenV1BodyRealtime | Unset
        if isinstance(_realtime, Unset):
            realtime = UNSET
        else:
            realtime = CreatePublicTokenV1BodyRealtime.from_dict(_realtime)

        create_public_token_v1_body = cls(
            scopes,
            expiration_time,
            one_time_use,
            realtime,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        create_public_token_v1_body.additional_properties = d
        return create_public_token_v1_body

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


from ..models.create_public_token_v1_body_realtime import (
    CreatePublicTokenV1BodyRealtime,
)
