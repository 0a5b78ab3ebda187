from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

if TYPE_CHECKING:
    from ..models.batch_trigger_task_request_body_item import (
        BatchTriggerTaskRequestBodyItem,
    )


T = TypeVar("T", bound="BatchTriggerV2RequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"items": "items"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class BatchTriggerV2RequestBody:
    """A ``BatchTriggerV2RequestBody`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    items: list[BatchTriggerTaskRequestBodyItem]
    """ An array of payloads to trigger the task with """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        items = []
        _items = _src["items"]
        for items_item_data in _items:
            items_item = BatchTriggerTaskRequestBodyItem.from_dict(items_item_data)

            items.append(items_item)

        batch_trigger_v2_request_body = cls(
            items,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        batch_trigger_v2_request_body.additional_properties = d
        return batch_trigger_v2_request_body

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


from ..models.batch_trigger_task_request_body_item import (
    BatchTriggerTaskRequestBodyItem,
)
