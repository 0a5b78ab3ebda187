from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_dashboards_v1_response_200_dashboards_type_0_item import (
        ListDashboardsV1Response200DashboardsType0Item,
    )


T = TypeVar("T", bound="ListDashboardsV1Response200")


@_attrs_define
class ListDashboardsV1Response200:
    dashboards: list[ListDashboardsV1Response200DashboardsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dashboards: list[dict[str, Any]] | None | Unset
        if isinstance(self.dashboards, Unset):
            dashboards = UNSET
        elif isinstance(self.dashboards, list):
            dashboards = []
            for dashboards_type_0_item_data in self.dashboards:
                dashboards_type_0_item = dashboards_type_0_item_data.to_dict()
                dashboards.append(dashboards_type_0_item)

        else:
            dashboards = self.dashboards

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dashboards is not UNSET:
            field_dict["dashboards"] = dashboards

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_dashboards_v1_response_200_dashboards_type_0_item import (
            ListDashboardsV1Response200DashboardsType0Item,
        )

        d = dict(src_dict)

        def _parse_dashboards(data: object) -> list[ListDashboardsV1Response200DashboardsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dashboards_type_0 = []
                _dashboards_type_0 = data
                for dashboards_type_0_item_data in _dashboards_type_0:
                    dashboards_type_0_item = ListDashboardsV1Response200DashboardsType0Item.from_dict(
                        dashboards_type_0_item_data
                    )

                    dashboards_type_0.append(dashboards_type_0_item)

                return dashboards_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ListDashboardsV1Response200DashboardsType0Item] | None | Unset, data)

        dashboards = _parse_dashboards(d.pop("dashboards", UNSET))

        list_dashboards_v1_response_200 = cls(
            dashboards=dashboards,
        )

        list_dashboards_v1_response_200.additional_properties = d
        return list_dashboards_v1_response_200

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
