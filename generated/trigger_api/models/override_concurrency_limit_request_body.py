from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="OverrideConcurrencyLimitRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"per_key": "perKey", "total": "total", "concurrency_key": "concurrencyKey", "ttl": "ttl"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class OverrideConcurrencyLimitRequestBody:
    """A ``OverrideConcurrencyLimitRequestBody`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    per_key: int | None = None
    total: int | None = None
    concurrency_key: float | str | None = None
    ttl: int | str | None = None
    """ How long a per-key override lasts: a duration such as `7d` or seconds (default 7 days, at most 30 days) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_key = self.per_key

        total = self.total

        concurrency_key: float | str | Unset
        if isinstance(self.concurrency_key, Unset):
            concurrency_key = UNSET
        else:
            concurrency_key = self.concurrency_key

        ttl: int | str | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per_key is not UNSET:
            field_dict["perKey"] = per_key
        if total is not UNSET:
            field_dict["total"] = total
        if concurrency_key is not UNSET:
            field_dict["concurrencyKey"] = concurrency_key
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        per_key = _src.get("perKey")

        total = _src.get("total")

        concurrency_key: float | str | Unset = _src.get("concurrencyKey")

        ttl: int | str | Unset = _src.get("ttl")

        override_concurrency_limit_request_body = cls(
            per_key,
            total,
            concurrency_key,
            ttl,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        override_concurrency_limit_request_body.additional_properties = d
        return override_concurrency_limit_request_body

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
