from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.dashboard_widget_type import (
    DashboardWidgetType,
    parse_dashboard_widget_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardsDashboardsType0ItemWidgetsType0Item")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"id": "id", "title": "title", "query": "query", "type_": "type"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class DashboardsDashboardsType0ItemWidgetsType0Item:
    """A ``DashboardsDashboardsType0ItemWidgetsType0Item`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str | None = None
    """ Widget identifier """
    title: str | None = None
    """ Widget display title """
    query: str | None = None
    """ The TRQL query this widget executes """
    type_: DashboardWidgetType | None = None
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
        _src: Any = src_dict
        id: None | str | Unset = _src.get("id")

        title: None | str | Unset = _src.get("title")

        query: None | str | Unset = _src.get("query")

        _type_ = _src.get("type")
        type_: DashboardWidgetType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = parse_dashboard_widget_type(_type_)

        dashboards_dashboards_type_0_item_widgets_type_0_item = cls(
            id,
            title,
            query,
            type_,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        dashboards_dashboards_type_0_item_widgets_type_0_item.additional_properties = d
        return dashboards_dashboards_type_0_item_widgets_type_0_item

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
