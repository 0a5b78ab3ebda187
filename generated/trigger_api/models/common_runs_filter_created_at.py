from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CommonRunsFilterCreatedAt")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"from_": "from", "to": "to", "period": "period"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class CommonRunsFilterCreatedAt:
    """A ``CommonRunsFilterCreatedAt`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    from_: datetime.datetime | None = None
    """ The start date to filter the runs by """
    to: datetime.datetime | None = None
    """ The end date to filter the runs by """
    period: str | None = None
    """ The period to filter the runs by """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = (
                (self.from_ if self.from_.tzinfo else self.from_.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )

        to: str | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = (
                (self.to if self.to.tzinfo else self.to.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )

        period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        _from_ = _src.get("from")
        from_: datetime.datetime | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = parse_datetime(_from_)

        _to = _src.get("to")
        to: datetime.datetime | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = parse_datetime(_to)

        period = _src.get("period")

        common_runs_filter_created_at = cls(
            from_,
            to,
            period,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        common_runs_filter_created_at.additional_properties = d
        return common_runs_filter_created_at

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
