from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

if TYPE_CHECKING:
    from ..models.dashboard import Dashboard


T = TypeVar("T", bound="AddedDashboardWidget")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"widget_id": "widgetId", "dashboard": "dashboard"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class AddedDashboardWidget:
    """A ``AddedDashboardWidget`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    widget_id: str
    dashboard: Dashboard
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        widget_id = self.widget_id

        dashboard = self.dashboard.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "widgetId": widget_id,
                "dashboard": dashboard,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        widget_id = _src["widgetId"]

        dashboard = Dashboard.from_dict(_src["dashboard"])

        added_dashboard_widget = cls(
            widget_id,
            dashboard,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        added_dashboard_widget.additional_properties = d
        return added_dashboard_widget

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


from ..models.dashboard import Dashboard
