from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_widget_display import DashboardWidgetDisplay
    from ..models.dashboard_widget_position import DashboardWidgetPosition


T = TypeVar("T", bound="DashboardWidget")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "title": "title",
    "query": "query",
    "display": "display",
    "position": "position",
    "fill_gaps": "fillGaps",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class DashboardWidget:
    """A ``DashboardWidget`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    title: str
    query: str
    display: DashboardWidgetDisplay
    """ How a widget renders its query. `table`: prettyFormatting, sorting. `chart`: chartType, xAxisColumn,
    yAxisColumns, groupByColumn, stacked, sortByColumn, sortDirection, aggregation, seriesColors. `bignumber`:
    column, aggregation, sortDirection, abbreviate, prefix, suffix. `title`: nothing else. """
    position: DashboardWidgetPosition
    """ A place on the dashboard's 12-column grid """
    fill_gaps: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        query = self.query

        display = self.display.to_dict()

        position = self.position.to_dict()

        fill_gaps: bool | None | Unset
        if isinstance(self.fill_gaps, Unset):
            fill_gaps = UNSET
        else:
            fill_gaps = self.fill_gaps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "query": query,
                "display": display,
                "position": position,
            }
        )
        if fill_gaps is not UNSET:
            field_dict["fillGaps"] = fill_gaps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        title = _src["title"]

        query = _src["query"]

        display = DashboardWidgetDisplay.from_dict(_src["display"])

        position = DashboardWidgetPosition.from_dict(_src["position"])

        fill_gaps: bool | None | Unset = _src.get("fillGaps")

        dashboard_widget = cls(
            id,
            title,
            query,
            display,
            position,
            fill_gaps,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        dashboard_widget.additional_properties = d
        return dashboard_widget

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


from ..models.dashboard_widget_display import DashboardWidgetDisplay
from ..models.dashboard_widget_position import DashboardWidgetPosition
