from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.bulk_replay_action import BulkReplayAction, parse_bulk_replay_action
from ..types import UNSET

T = TypeVar("T", bound="ReplayByRunIDs")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"action": "action", "run_ids": "runIds", "name": "name", "target_region": "targetRegion"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ReplayByRunIDs:
    """A ``ReplayByRunIDs`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    action: BulkReplayAction
    run_ids: list[str]
    name: str | None = None
    target_region: str | None = None
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
        _src: Any = src_dict
        action = parse_bulk_replay_action(_src["action"])

        run_ids: list[str] = _src["runIds"]

        name = _src.get("name")

        target_region = _src.get("targetRegion")

        replay_by_run_i_ds = cls(
            action,
            run_ids,
            name,
            target_region,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

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
