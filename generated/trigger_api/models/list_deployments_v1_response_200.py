from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_deployments_v1_response_200_data_type_0_item import (
        ListDeploymentsV1Response200DataType0Item,
    )
    from ..models.list_deployments_v1_response_200_pagination_type_0 import (
        ListDeploymentsV1Response200PaginationType0,
    )


T = TypeVar("T", bound="ListDeploymentsV1Response200")


@_attrs_define
class ListDeploymentsV1Response200:
    data: list[ListDeploymentsV1Response200DataType0Item] | None | Unset = UNSET
    pagination: ListDeploymentsV1Response200PaginationType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_deployments_v1_response_200_pagination_type_0 import (
            ListDeploymentsV1Response200PaginationType0,
        )

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
        elif isinstance(self.pagination, ListDeploymentsV1Response200PaginationType0):
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
        from ..models.list_deployments_v1_response_200_data_type_0_item import (
            ListDeploymentsV1Response200DataType0Item,
        )
        from ..models.list_deployments_v1_response_200_pagination_type_0 import (
            ListDeploymentsV1Response200PaginationType0,
        )

        d = dict(src_dict)

        def _parse_data(data: object) -> list[ListDeploymentsV1Response200DataType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = ListDeploymentsV1Response200DataType0Item.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ListDeploymentsV1Response200DataType0Item] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_pagination(data: object) -> ListDeploymentsV1Response200PaginationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pagination_type_0 = ListDeploymentsV1Response200PaginationType0.from_dict(data)

                return pagination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListDeploymentsV1Response200PaginationType0 | None | Unset, data)

        pagination = _parse_pagination(d.pop("pagination", UNSET))

        list_deployments_v1_response_200 = cls(
            data=data,
            pagination=pagination,
        )

        list_deployments_v1_response_200.additional_properties = d
        return list_deployments_v1_response_200

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
