from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_dashboards_v1_response_200_dashboards_type_0_item_widgets_type_0_item import (
        ListDashboardsV1Response200DashboardsType0ItemWidgetsType0Item,
    )


T = TypeVar("T", bound="ListDashboardsV1Response200DashboardsType0Item")


@_attrs_define
class ListDashboardsV1Response200DashboardsType0Item:
    key: None | str | Unset = UNSET
    """ Dashboard identifier (e.g. "overview", "llm") """
    title: None | str | Unset = UNSET
    """ Dashboard display title """
    widgets: list[ListDashboardsV1Response200DashboardsType0ItemWidgetsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        widgets: list[dict[str, Any]] | None | Unset
        if isinstance(self.widgets, Unset):
            widgets = UNSET
        elif isinstance(self.widgets, list):
            widgets = []
            for widgets_type_0_item_data in self.widgets:
                widgets_type_0_item = widgets_type_0_item_data.to_dict()
                widgets.append(widgets_type_0_item)

        else:
            widgets = self.widgets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if title is not UNSET:
            field_dict["title"] = title
        if widgets is not UNSET:
            field_dict["widgets"] = widgets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_dashboards_v1_response_200_dashboards_type_0_item_widgets_type_0_item import (
            ListDashboardsV1Response200DashboardsType0ItemWidgetsType0Item,
        )

        d = dict(src_dict)

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_widgets(
            data: object,
        ) -> list[ListDashboardsV1Response200DashboardsType0ItemWidgetsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                widgets_type_0 = []
                _widgets_type_0 = data
                for widgets_type_0_item_data in _widgets_type_0:
                    widgets_type_0_item = ListDashboardsV1Response200DashboardsType0ItemWidgetsType0Item.from_dict(
                        widgets_type_0_item_data
                    )

                    widgets_type_0.append(widgets_type_0_item)

                return widgets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ListDashboardsV1Response200DashboardsType0ItemWidgetsType0Item] | None | Unset, data)

        widgets = _parse_widgets(d.pop("widgets", UNSET))

        list_dashboards_v1_response_200_dashboards_type_0_item = cls(
            key=key,
            title=title,
            widgets=widgets,
        )

        list_dashboards_v1_response_200_dashboards_type_0_item.additional_properties = d
        return list_dashboards_v1_response_200_dashboards_type_0_item

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
