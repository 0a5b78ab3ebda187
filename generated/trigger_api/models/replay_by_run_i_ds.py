from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.replay_by_run_i_ds_action import ReplayByRunIDsAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplayByRunIDs")


@_attrs_define
class ReplayByRunIDs:
    action: ReplayByRunIDsAction
    run_ids: list[str]
    name: str | Unset = UNSET
    target_region: str | Unset = UNSET
    """ Region identifier to replay runs in. When omitted, each replay keeps the original run's region. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        run_ids = self.run_ids

        name = self.name

        target_region = self.target_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "runIds": run_ids,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if target_region is not UNSET:
            field_dict["targetRegion"] = target_region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = ReplayByRunIDsAction(d.pop("action"))

        run_ids = cast(list[str], d.pop("runIds"))

        name = d.pop("name", UNSET)

        target_region = d.pop("targetRegion", UNSET)

        replay_by_run_i_ds = cls(
            action=action,
            run_ids=run_ids,
            name=name,
            target_region=target_region,
        )

        replay_by_run_i_ds.additional_properties = d
        return replay_by_run_i_ds

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
