from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_results_items_type_0_item import BatchResultsItemsType0Item


T = TypeVar("T", bound="BatchResults")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"id": "id", "items": "items"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class BatchResults:
    """A ``BatchResults`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str | None = None
    """ The batch ID. """
    items: list[BatchResultsItemsType0Item] | None = None
    """ Execution results for each run in the batch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id: None | str | Unset = _src.get("id")

        _items = _src.get("items")
        items: list[BatchResultsItemsType0Item] | None | Unset
        if _items is None:
            items = None
        else:
            try:
                if not isinstance(_items, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = _items
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = BatchResultsItemsType0Item.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                items = items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                items = _items

        batch_results = cls(
            id,
            items,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        batch_results.additional_properties = d
        return batch_results

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


from ..models.batch_results_items_type_0_item import BatchResultsItemsType0Item
