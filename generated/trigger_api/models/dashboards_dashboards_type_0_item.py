from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.dashboards_dashboards_type_0_item_type import (
    DashboardsDashboardsType0ItemType,
    parse_dashboards_dashboards_type_0_item_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboards_dashboards_type_0_item_widgets_type_0_item import (
        DashboardsDashboardsType0ItemWidgetsType0Item,
    )


T = TypeVar("T", bound="DashboardsDashboardsType0Item")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "key": "key",
    "title": "title",
    "widgets": "widgets",
    "type_": "type",
    "description": "description",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class DashboardsDashboardsType0Item:
    """A ``DashboardsDashboardsType0Item`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    key: str | None = None
    """ Dashboard identifier (e.g. "overview", "llm") """
    title: str | None = None
    """ Dashboard display title """
    widgets: list[DashboardsDashboardsType0ItemWidgetsType0Item] | None = None
    type_: DashboardsDashboardsType0ItemType | None = None
    """ `builtIn` dashboards are read-only; `custom` ones can be edited through the API """
    description: str | None = None
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

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if title is not UNSET:
            field_dict["title"] = title
        if widgets is not UNSET:
            field_dict["widgets"] = widgets
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        key: None | str | Unset = _src.get("key")

        title: None | str | Unset = _src.get("title")

        _widgets = _src.get("widgets")
        widgets: list[DashboardsDashboardsType0ItemWidgetsType0Item] | None | Unset
        if _widgets is None:
            widgets = None
        else:
            try:
                if not isinstance(_widgets, list):
                    raise TypeError()
                widgets_type_0 = []
                _widgets_type_0 = _widgets
                for widgets_type_0_item_data in _widgets_type_0:
                    widgets_type_0_item = DashboardsDashboardsType0ItemWidgetsType0Item.from_dict(
                        widgets_type_0_item_data
                    )

                    widgets_type_0.append(widgets_type_0_item)

                widgets = widgets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                widgets = _widgets

        _type_ = _src.get("type")
        type_: DashboardsDashboardsType0ItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = parse_dashboards_dashboards_type_0_item_type(_type_)

        description: None | str | Unset = _src.get("description")

        dashboards_dashboards_type_0_item = cls(
            key,
            title,
            widgets,
            type_,
            description,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        dashboards_dashboards_type_0_item.additional_properties = d
        return dashboards_dashboards_type_0_item

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


from ..models.dashboards_dashboards_type_0_item_widgets_type_0_item import (
    DashboardsDashboardsType0ItemWidgetsType0Item,
)
