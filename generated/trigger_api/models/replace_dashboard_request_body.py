from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.dashboard_widget_input import DashboardWidgetInput


T = TypeVar("T", bound="ReplaceDashboardRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "widgets": "widgets",
    "title": "title",
    "description": "description",
    "revision": "revision",
}


@_attrs_define
class ReplaceDashboardRequestBody:
    """A ``ReplaceDashboardRequestBody`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    widgets: list[DashboardWidgetInput]
    title: str | None = None
    """ Trimmed; 1 to 200 characters """
    description: str | None = None
    revision: str | None = None
    """ The revision you last read: the write fails with 409 if the dashboard changed since """

    def to_dict(self) -> dict[str, Any]:
        widgets = []
        for widgets_item_data in self.widgets:
            widgets_item = widgets_item_data.to_dict()
            widgets.append(widgets_item)

        title = self.title

        description = self.description

        revision = self.revision

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "widgets": widgets,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if revision is not UNSET:
            field_dict["revision"] = revision

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        widgets = []
        _widgets = _src["widgets"]
        for widgets_item_data in _widgets:
            widgets_item = DashboardWidgetInput.from_dict(widgets_item_data)

            widgets.append(widgets_item)

        title = _src.get("title")

        description = _src.get("description")

        revision = _src.get("revision")

        replace_dashboard_request_body = cls(
            widgets,
            title,
            description,
            revision,
        )

        return replace_dashboard_request_body


from ..models.dashboard_widget_input import DashboardWidgetInput
