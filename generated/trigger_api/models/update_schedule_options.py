from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET

T = TypeVar("T", bound="UpdateScheduleOptions")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "task": "task",
    "cron": "cron",
    "external_id": "externalId",
    "timezone": "timezone",
    "window": "window",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class UpdateScheduleOptions:
    """A ``UpdateScheduleOptions`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    task: str
    cron: str
    external_id: str | None = None
    timezone: str | None = None
    """ Defaults to "UTC". In IANA format ("America/New_York"). If set then it will trigger at the CRON frequency in
    that timezone and respect daylight savings time. """
    window: str | None = None
    """ Spread runs over a window after the cron time, e.g. `30m` or `30%` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        cron = self.cron

        external_id = self.external_id

        timezone = self.timezone

        window = self.window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task": task,
                "cron": cron,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if window is not UNSET:
            field_dict["window"] = window

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        task = _src["task"]

        cron = _src["cron"]

        external_id = _src.get("externalId")

        timezone = _src.get("timezone")

        window = _src.get("window")

        update_schedule_options = cls(
            task,
            cron,
            external_id,
            timezone,
            window,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        update_schedule_options.additional_properties = d
        return update_schedule_options

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
