from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerTaskResponse")


@_attrs_define
class TriggerTaskResponse:
    id: str
    """ The ID of the run that was triggered. """
    is_cached: bool | None | Unset = UNSET
    """ True when an existing run was returned """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_cached: bool | None | Unset
        if isinstance(self.is_cached, Unset):
            is_cached = UNSET
        else:
            is_cached = self.is_cached

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if is_cached is not UNSET:
            field_dict["isCached"] = is_cached

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_is_cached(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_cached = _parse_is_cached(d.pop("isCached", UNSET))

        trigger_task_response = cls(
            id=id,
            is_cached=is_cached,
        )

        trigger_task_response.additional_properties = d
        return trigger_task_response

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
