from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_list_item import RunListItem
    from ..models.run_list_page_pagination_type_0 import RunListPagePaginationType0


T = TypeVar("T", bound="RunListPage")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"data": "data", "pagination": "pagination"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RunListPage:
    """A ``RunListPage`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    data: list[RunListItem] | None = None
    pagination: RunListPagePaginationType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, RunListPagePaginationType0):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        _data = _src.get("data")
        data: list[RunListItem] | None | Unset
        if _data is None:
            data = None
        else:
            try:
                if not isinstance(_data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = _data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = RunListItem.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data = _data

        _pagination = _src.get("pagination")
        pagination: None | RunListPagePaginationType0 | Unset
        if _pagination is None:
            pagination = None
        else:
            try:
                if not isinstance(_pagination, dict):
                    raise TypeError()
                pagination_type_0 = RunListPagePaginationType0.from_dict(_pagination)

                pagination = pagination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pagination = _pagination

        run_list_page = cls(
            data,
            pagination,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        run_list_page.additional_properties = d
        return run_list_page

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


from ..models.run_list_item import RunListItem
from ..models.run_list_page_pagination_type_0 import RunListPagePaginationType0
