from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateScheduleOptions")


@_attrs_define
class CreateScheduleOptions:
    task: str
    cron: str
    deduplication_key: str
    external_id: str | Unset = UNSET
    timezone: str | Unset = UNSET
    """ Defaults to "UTC". In IANA format ("America/New_York"). If set then it will trigger at the CRON frequency in
    that timezone and respect daylight savings time. """
    window: str | Unset = UNSET
    """ Spread runs over a window after the cron time, e.g. `30m` or `30%` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        cron = self.cron

        deduplication_key = self.deduplication_key

        external_id = self.external_id

        timezone = self.timezone

        window = self.window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task": task,
                "cron": cron,
                "deduplicationKey": deduplication_key,
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
        d = dict(src_dict)
        task = d.pop("task")

        cron = d.pop("cron")

        deduplication_key = d.pop("deduplicationKey")

        external_id = d.pop("externalId", UNSET)

        timezone = d.pop("timezone", UNSET)

        window = d.pop("window", UNSET)

        create_schedule_options = cls(
            task=task,
            cron=cron,
            deduplication_key=deduplication_key,
            external_id=external_id,
            timezone=timezone,
            window=window,
        )

        create_schedule_options.additional_properties = d
        return create_schedule_options

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
