from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_widget_input import DashboardWidgetInput


T = TypeVar("T", bound="CreateDashboardRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"title": "title", "description": "description", "widgets": "widgets"}


@_attrs_define
class CreateDashboardRequestBody:
    """A ``CreateDashboardRequestBody`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    title: str
    """ Trimmed; 1 to 200 characters """
    description: str | None = None
    widgets: list[DashboardWidgetInput] | None = None

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        widgets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.widgets, Unset):
            widgets = []
            for widgets_item_data in self.widgets:
                widgets_item = widgets_item_data.to_dict()
                widgets.append(widgets_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if widgets is not UNSET:
            field_dict["widgets"] = widgets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        title = _src["title"]

        description = _src.get("description")

        _widgets = _src.get("widgets")
        widgets: list[DashboardWidgetInput] | Unset = UNSET
        if _widgets is not UNSET:
            widgets = []
            for widgets_item_data in _widgets:
                widgets_item = DashboardWidgetInput.from_dict(widgets_item_data)

                widgets.append(widgets_item)

        create_dashboard_request_body = cls(
            title,
            description,
            widgets,
        )

        return create_dashboard_request_body


from ..models.dashboard_widget_input import DashboardWidgetInput
