from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.list_dashboards_v1_response_200_dashboards_type_0_item_widgets_type_0_item_type import (
    ListDashboardsV1Response200DashboardsType0ItemWidgetsType0ItemType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListDashboardsV1Response200DashboardsType0ItemWidgetsType0Item")


@_attrs_define
class ListDashboardsV1Response200DashboardsType0ItemWidgetsType0Item:
    id: None | str | Unset = UNSET
    """ Widget identifier """
    title: None | str | Unset = UNSET
    """ Widget display title """
    query: None | str | Unset = UNSET
    """ The TRQL query this widget executes """
    type_: ListDashboardsV1Response200DashboardsType0ItemWidgetsType0ItemType | Unset = UNSET
    """ Widget display type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if query is not UNSET:
            field_dict["query"] = query
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        query = _parse_query(d.pop("query", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: ListDashboardsV1Response200DashboardsType0ItemWidgetsType0ItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ListDashboardsV1Response200DashboardsType0ItemWidgetsType0ItemType(_type_)

        list_dashboards_v1_response_200_dashboards_type_0_item_widgets_type_0_item = cls(
            id=id,
            title=title,
            query=query,
            type_=type_,
        )

        list_dashboards_v1_response_200_dashboards_type_0_item_widgets_type_0_item.additional_properties = d
        return list_dashboards_v1_response_200_dashboards_type_0_item_widgets_type_0_item

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
