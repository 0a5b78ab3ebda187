from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_widget_display import DashboardWidgetDisplay
    from ..models.dashboard_widget_position import DashboardWidgetPosition


T = TypeVar("T", bound="UpdateDashboardWidgetRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "title": "title",
    "query": "query",
    "display": "display",
    "fill_gaps": "fillGaps",
    "position": "position",
    "revision": "revision",
}


@_attrs_define
class UpdateDashboardWidgetRequestBody:
    """A ``UpdateDashboardWidgetRequestBody`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    title: str | None = None
    """ Trimmed; 1 to 200 characters """
    query: str | None = None
    display: DashboardWidgetDisplay | None = None
    """ How a widget renders its query. `table`: prettyFormatting, sorting. `chart`: chartType, xAxisColumn,
    yAxisColumns, groupByColumn, stacked, sortByColumn, sortDirection, aggregation, seriesColors. `bignumber`:
    column, aggregation, sortDirection, abbreviate, prefix, suffix. `title`: nothing else. """
    fill_gaps: bool | None = None
    position: DashboardWidgetPosition | None = None
    """ A place on the dashboard's 12-column grid """
    revision: str | None = None
    """ The revision you last read: the write fails with 409 if the dashboard changed since """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        query = self.query

        display: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display, Unset):
            display = self.display.to_dict()

        fill_gaps = self.fill_gaps

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        revision = self.revision

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if query is not UNSET:
            field_dict["query"] = query
        if display is not UNSET:
            field_dict["display"] = display
        if fill_gaps is not UNSET:
            field_dict["fillGaps"] = fill_gaps
        if position is not UNSET:
            field_dict["position"] = position
        if revision is not UNSET:
            field_dict["revision"] = revision

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        title = _src.get("title")

        query = _src.get("query")

        _display = _src.get("display")
        display: DashboardWidgetDisplay | Unset
        if isinstance(_display, Unset):
            display = UNSET
        else:
            display = DashboardWidgetDisplay.from_dict(_display)

        fill_gaps = _src.get("fillGaps")

        _position = _src.get("position")
        position: DashboardWidgetPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = DashboardWidgetPosition.from_dict(_position)

        revision = _src.get("revision")

        update_dashboard_widget_request_body = cls(
            title,
            query,
            display,
            fill_gaps,
            position,
            revision,
        )

        return update_dashboard_widget_request_body


from ..models.dashboard_widget_display import DashboardWidgetDisplay
from ..models.dashboard_widget_position import DashboardWidgetPosition
