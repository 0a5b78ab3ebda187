from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="QueueConcurrencyType0")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "current": "current",
    "base": "base",
    "override": "override",
    "overridden_at": "overriddenAt",
    "overridden_by": "overriddenBy",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class QueueConcurrencyType0:
    """Detailed concurrency information"""

    current: int | None = None
    """ The effective/current concurrency limit """
    base: int | None = None
    """ The base concurrency limit defined in code """
    override: int | None = None
    """ The override concurrency limit (if set) """
    overridden_at: datetime.datetime | None = None
    """ When the concurrency limit was overridden """
    overridden_by: str | None = None
    """ Who overrode the concurrency limit (null if via API) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current: int | None | Unset
        if isinstance(self.current, Unset):
            current = UNSET
        else:
            current = self.current

        base: int | None | Unset
        if isinstance(self.base, Unset):
            base = UNSET
        else:
            base = self.base

        override: int | None | Unset
        if isinstance(self.override, Unset):
            override = UNSET
        else:
            override = self.override

        overridden_at: None | str | Unset
        if isinstance(self.overridden_at, Unset):
            overridden_at = UNSET
        elif isinstance(self.overridden_at, datetime.datetime):
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

        overridden_by: None | str | Unset
        if isinstance(self.overridden_by, Unset):
            overridden_by = UNSET
        else:
            overridden_by = self.overridden_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current is not UNSET:
            field_dict["current"] = current
        if base is not UNSET:
            field_dict["base"] = base
        if override is not UNSET:
            field_dict["override"] = override
        if overridden_at is not UNSET:
            field_dict["overriddenAt"] = overridden_at
        if overridden_by is not UNSET:
            field_dict["overriddenBy"] = overridden_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        current: int | None | Unset = _src.get("current")

        base: int | None | Unset = _src.get("base")

        override: int | None | Unset = _src.get("override")

        _overridden_at = _src.get("overriddenAt")
        overridden_at: datetime.datetime | None | Unset
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

        overridden_by: None | str | Unset = _src.get("overriddenBy")

        queue_concurrency_type_0 = cls(
            current,
            base,
            override,
            overridden_at,
            overridden_by,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        queue_concurrency_type_0.additional_properties = d
        return queue_concurrency_type_0

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
