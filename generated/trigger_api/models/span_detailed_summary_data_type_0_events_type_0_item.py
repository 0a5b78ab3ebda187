from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.span_detailed_summary_data_type_0_events_type_0_item_properties_type_0 import (
        SpanDetailedSummaryDataType0EventsType0ItemPropertiesType0,
    )


T = TypeVar("T", bound="SpanDetailedSummaryDataType0EventsType0Item")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"name": "name", "time": "time", "properties": "properties"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class SpanDetailedSummaryDataType0EventsType0Item:
    """A ``SpanDetailedSummaryDataType0EventsType0Item`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    name: str | None = None
    """ The event name (e.g. "exception", "cancellation", "attempt_failed"). """
    time: datetime.datetime | None = None
    """ The time the event occurred. """
    properties: SpanDetailedSummaryDataType0EventsType0ItemPropertiesType0 | None = None
    """ Event-specific properties. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        time: None | str | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        elif isinstance(self.time, datetime.datetime):
            time = (
                (self.time if self.time.tzinfo else self.time.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            time = self.time

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, SpanDetailedSummaryDataType0EventsType0ItemPropertiesType0):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if time is not UNSET:
            field_dict["time"] = time
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        name: None | str | Unset = _src.get("name")

        _time = _src.get("time")
        time: datetime.datetime | None | Unset
        if _time is None:
            time = None
        else:
            try:
                if not isinstance(_time, str):
                    raise TypeError()
                time_type_0 = parse_datetime(_time)

                time = time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                time = _time

        _properties = _src.get("properties")
        properties: None | SpanDetailedSummaryDataType0EventsType0ItemPropertiesType0 | Unset
        if _properties is None:
            properties = None
        else:
            try:
                if not isinstance(_properties, dict):
                    raise TypeError()
                properties_type_0 = SpanDetailedSummaryDataType0EventsType0ItemPropertiesType0.from_dict(_properties)

                properties = properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                properties = _properties

        span_detailed_summary_data_type_0_events_type_0_item = cls(
            name,
            time,
            properties,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        span_detailed_summary_data_type_0_events_type_0_item.additional_properties = d
        return span_detailed_summary_data_type_0_events_type_0_item

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


from ..models.span_detailed_summary_data_type_0_events_type_0_item_properties_type_0 import (
    SpanDetailedSummaryDataType0EventsType0ItemPropertiesType0,
)
