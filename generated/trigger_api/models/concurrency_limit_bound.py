from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import parse_datetime

T = TypeVar("T", bound="ConcurrencyLimitBound")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "current": "current",
    "base": "base",
    "override": "override",
    "overridden_at": "overriddenAt",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ConcurrencyLimitBound:
    """A ``ConcurrencyLimitBound`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    current: int | None
    base: int | None
    override: int | None
    overridden_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current: int | None
        current = self.current

        base: int | None
        base = self.base

        override: int | None
        override = self.override

        overridden_at: None | str
        if isinstance(self.overridden_at, datetime.datetime):
            overridden_at = (
                (
                    self.overridden_at
                    if self.overridden_at.tzinfo
                    else self.overridden_at.replace(tzinfo=datetime.timezone.utc)
                )
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            overridden_at = self.overridden_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current": current,
                "base": base,
                "override": override,
                "overriddenAt": overridden_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        current: int | None = _src["current"]

        base: int | None = _src["base"]

        override: int | None = _src["override"]

        _overridden_at = _src["overriddenAt"]
        overridden_at: datetime.datetime | None
        if _overridden_at is None:
            overridden_at = None
        else:
            try:
                if not isinstance(_overridden_at, str):
                    raise TypeError()
                overridden_at_type_0 = parse_datetime(_overridden_at)

                overridden_at = overridden_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                overridden_at = _overridden_at

        concurrency_limit_bound = cls(
            current,
            base,
            override,
            overridden_at,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        concurrency_limit_bound.additional_properties = d
        return concurrency_limit_bound

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
