from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="RescheduleRunRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"delay": "delay"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RescheduleRunRequestBody:
    """A ``RescheduleRunRequestBody`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    delay: datetime.datetime | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delay: str | Unset
        if isinstance(self.delay, Unset):
            delay = UNSET
        elif isinstance(self.delay, datetime.datetime):
            delay = (
                (self.delay if self.delay.tzinfo else self.delay.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            delay = self.delay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delay is not UNSET:
            field_dict["delay"] = delay

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        _delay = _src.get("delay")
        delay: datetime.datetime | str | Unset
        if _delay is None:
            delay = None
        else:
            try:
                if not isinstance(_delay, str):
                    raise TypeError()
                delay_type_1 = parse_datetime(_delay)

                delay = delay_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                delay = _delay

        reschedule_run_request_body = cls(
            delay,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        reschedule_run_request_body.additional_properties = d
        return reschedule_run_request_body

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
