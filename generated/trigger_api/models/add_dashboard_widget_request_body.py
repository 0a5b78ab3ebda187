from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_widget_display import DashboardWidgetDisplay
    from ..models.dashboard_widget_position import DashboardWidgetPosition


T = TypeVar("T", bound="AddDashboardWidgetRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "title": "title",
    "display": "display",
    "id": "id",
    "query": "query",
    "fill_gaps": "fillGaps",
    "position": "position",
    "revision": "revision",
}


@_attrs_define
class AddDashboardWidgetRequestBody:
    """A ``AddDashboardWidgetRequestBody`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    title: str
    """ Trimmed; 1 to 200 characters """
    display: DashboardWidgetDisplay
    """ How a widget renders its query. `table`: prettyFormatting, sorting. `chart`: chartType, xAxisColumn,
    yAxisColumns, groupByColumn, stacked, sortByColumn, sortDirection, aggregation, seriesColors. `bignumber`:
    column, aggregation, sortDirection, abbreviate, prefix, suffix. `title`: nothing else. """
    id: str | None = None
    """ Omit to generate one; unique within the dashboard """
    query: str | None = None
    """ A TRQL query; required unless display.type is `title` """
    fill_gaps: bool | None = None
    position: DashboardWidgetPosition | None = None
    """ A place on the dashboard's 12-column grid """
    revision: str | None = None
    """ The revision you last read: the write fails with 409 if the dashboard changed since """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        display = self.display.to_dict()

        id = self.id

        query = self.query

        fill_gaps = self.fill_gaps

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        revision = self.revision

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "display": display,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if query is not UNSET:
            field_dict["query"] = query
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
        title = _src["title"]

        display = DashboardWidgetDisplay.from_dict(_src["display"])

        id = _src.get("id")

        query = _src.get("query")

        fill_gaps = _src.get("fillGaps")

        _position = _src.get("position")
        position: DashboardWidgetPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = DashboardWidgetPosition.from_dict(_position)

        revision = _src.get("revision")

        add_dashboard_widget_request_body = cls(
            title,
            display,
            id,
            query,
            fill_gaps,
            position,
            revision,
        )

        return add_dashboard_widget_request_body


from ..models.dashboard_widget_display import DashboardWidgetDisplay
from ..models.dashboard_widget_position import DashboardWidgetPosition
