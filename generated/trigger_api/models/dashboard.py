from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.dashboard_widget import DashboardWidget


T = TypeVar("T", bound="Dashboard")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "title": "title",
    "description": "description",
    "revision": "revision",
    "created_at": "createdAt",
    "updated_at": "updatedAt",
    "widgets": "widgets",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class Dashboard:
    """A ``Dashboard`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    title: str
    description: str
    revision: str
    """ Changes on every write """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    widgets: list[DashboardWidget]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        revision = self.revision

        created_at = (
            (self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        updated_at = (
            (self.updated_at if self.updated_at.tzinfo else self.updated_at.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        widgets = []
        for widgets_item_data in self.widgets:
            widgets_item = widgets_item_data.to_dict()
            widgets.append(widgets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "revision": revision,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "widgets": widgets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        title = _src["title"]

        description = _src["description"]

        revision = _src["revision"]

        try:
            created_at = parse_datetime(_src["createdAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"createdAt: {exc}") from exc

        try:
            updated_at = parse_datetime(_src["updatedAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"updatedAt: {exc}") from exc

        widgets = []
        _widgets = _src["widgets"]
        for widgets_item_data in _widgets:
            widgets_item = DashboardWidget.from_dict(widgets_item_data)

            widgets.append(widgets_item)

        dashboard = cls(
            id,
            title,
            description,
            revision,
            created_at,
            updated_at,
            widgets,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        dashboard.additional_properties = d
        return dashboard

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


from ..models.dashboard_widget import DashboardWidget
