from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboards_dashboards_type_0_item import DashboardsDashboardsType0Item


T = TypeVar("T", bound="Dashboards")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"dashboards": "dashboards"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class Dashboards:
    """A ``Dashboards`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    dashboards: list[DashboardsDashboardsType0Item] | None = None
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
        _src: Any = src_dict
        _dashboards = _src.get("dashboards")
        dashboards: list[DashboardsDashboardsType0Item] | None | Unset
        if _dashboards is None:
            dashboards = None
        else:
            try:
                if not isinstance(_dashboards, list):
                    raise TypeError()
                dashboards_type_0 = []
                _dashboards_type_0 = _dashboards
                for dashboards_type_0_item_data in _dashboards_type_0:
                    dashboards_type_0_item = DashboardsDashboardsType0Item.from_dict(dashboards_type_0_item_data)

                    dashboards_type_0.append(dashboards_type_0_item)

                dashboards = dashboards_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                dashboards = _dashboards

        dashboard_list = cls(
            dashboards,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        dashboard_list.additional_properties = d
        return dashboard_list

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


from ..models.dashboards_dashboards_type_0_item import DashboardsDashboardsType0Item
