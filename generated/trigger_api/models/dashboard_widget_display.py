from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.dashboard_widget_display_aggregation import (
    DashboardWidgetDisplayAggregation,
    parse_dashboard_widget_display_aggregation,
)
from ..models.dashboard_widget_display_chart_type import (
    DashboardWidgetDisplayChartType,
    parse_dashboard_widget_display_chart_type,
)
from ..models.dashboard_widget_display_sort_direction import (
    DashboardWidgetDisplaySortDirection,
    parse_dashboard_widget_display_sort_direction,
)
from ..models.dashboard_widget_type import (
    DashboardWidgetType,
    parse_dashboard_widget_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_widget_display_series_colors_type_0 import (
        DashboardWidgetDisplaySeriesColorsType0,
    )
    from ..models.dashboard_widget_display_sorting_type_0_item import (
        DashboardWidgetDisplaySortingType0Item,
    )


T = TypeVar("T", bound="DashboardWidgetDisplay")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "type_": "type",
    "pretty_formatting": "prettyFormatting",
    "sorting": "sorting",
    "chart_type": "chartType",
    "x_axis_column": "xAxisColumn",
    "y_axis_columns": "yAxisColumns",
    "group_by_column": "groupByColumn",
    "stacked": "stacked",
    "sort_by_column": "sortByColumn",
    "sort_direction": "sortDirection",
    "aggregation": "aggregation",
    "series_colors": "seriesColors",
    "column": "column",
    "abbreviate": "abbreviate",
    "prefix": "prefix",
    "suffix": "suffix",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class DashboardWidgetDisplay:
    """How a widget renders its query. `table`: prettyFormatting, sorting. `chart`: chartType, xAxisColumn, yAxisColumns,
    groupByColumn, stacked, sortByColumn, sortDirection, aggregation, seriesColors. `bignumber`: column, aggregation,
    sortDirection, abbreviate, prefix, suffix. `title`: nothing else.

    """

    type_: DashboardWidgetType
    """ Widget display type """
    pretty_formatting: bool | None = None
    sorting: list[DashboardWidgetDisplaySortingType0Item] | None = None
    chart_type: DashboardWidgetDisplayChartType | None = None
    x_axis_column: str | None = None
    y_axis_columns: list[str] | None = None
    group_by_column: str | None = None
    stacked: bool | None = None
    sort_by_column: str | None = None
    sort_direction: DashboardWidgetDisplaySortDirection | None = None
    aggregation: DashboardWidgetDisplayAggregation | None = None
    """ first/last only for `bignumber` """
    series_colors: DashboardWidgetDisplaySeriesColorsType0 | None = None
    column: str | None = None
    abbreviate: bool | None = None
    prefix: str | None = None
    suffix: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        pretty_formatting: bool | None | Unset
        if isinstance(self.pretty_formatting, Unset):
            pretty_formatting = UNSET
        else:
            pretty_formatting = self.pretty_formatting

        sorting: list[dict[str, Any]] | None | Unset
        if isinstance(self.sorting, Unset):
            sorting = UNSET
        elif isinstance(self.sorting, list):
            sorting = []
            for sorting_type_0_item_data in self.sorting:
                sorting_type_0_item = sorting_type_0_item_data.to_dict()
                sorting.append(sorting_type_0_item)

        else:
            sorting = self.sorting

        chart_type: str | Unset = UNSET
        if not isinstance(self.chart_type, Unset):
            chart_type = self.chart_type.value

        x_axis_column: None | str | Unset
        if isinstance(self.x_axis_column, Unset):
            x_axis_column = UNSET
        else:
            x_axis_column = self.x_axis_column

        y_axis_columns: list[str] | None | Unset
        if isinstance(self.y_axis_columns, Unset):
            y_axis_columns = UNSET
        elif isinstance(self.y_axis_columns, list):
            y_axis_columns = self.y_axis_columns

        else:
            y_axis_columns = self.y_axis_columns

        group_by_column: None | str | Unset
        if isinstance(self.group_by_column, Unset):
            group_by_column = UNSET
        else:
            group_by_column = self.group_by_column

        stacked: bool | None | Unset
        if isinstance(self.stacked, Unset):
            stacked = UNSET
        else:
            stacked = self.stacked

        sort_by_column: None | str | Unset
        if isinstance(self.sort_by_column, Unset):
            sort_by_column = UNSET
        else:
            sort_by_column = self.sort_by_column

        sort_direction: str | Unset = UNSET
        if not isinstance(self.sort_direction, Unset):
            sort_direction = self.sort_direction.value

        aggregation: str | Unset = UNSET
        if not isinstance(self.aggregation, Unset):
            aggregation = self.aggregation.value

        series_colors: dict[str, Any] | None | Unset
        if isinstance(self.series_colors, Unset):
            series_colors = UNSET
        elif isinstance(self.series_colors, DashboardWidgetDisplaySeriesColorsType0):
            series_colors = self.series_colors.to_dict()
        else:
            series_colors = self.series_colors

        column: None | str | Unset
        if isinstance(self.column, Unset):
            column = UNSET
        else:
            column = self.column

        abbreviate: bool | None | Unset
        if isinstance(self.abbreviate, Unset):
            abbreviate = UNSET
        else:
            abbreviate = self.abbreviate

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        suffix: None | str | Unset
        if isinstance(self.suffix, Unset):
            suffix = UNSET
        else:
            suffix = self.suffix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if pretty_formatting is not UNSET:
            field_dict["prettyFormatting"] = pretty_formatting
        if sorting is not UNSET:
            field_dict["sorting"] = sorting
        if chart_type is not UNSET:
            field_dict["chartType"] = chart_type
        if x_axis_column is not UNSET:
            field_dict["xAxisColumn"] = x_axis_column
        if y_axis_columns is not UNSET:
            field_dict["yAxisColumns"] = y_axis_columns
        if group_by_column is not UNSET:
            field_dict["groupByColumn"] = group_by_column
        if stacked is not UNSET:
            field_dict["stacked"] = stacked
        if sort_by_column is not UNSET:
            field_dict["sortByColumn"] = sort_by_column
        if sort_direction is not UNSET:
            field_dict["sortDirection"] = sort_direction
        if aggregation is not UNSET:
            field_dict["aggregation"] = aggregation
        if series_colors is not UNSET:
            field_dict["seriesColors"] = series_colors
        if column is not UNSET:
            field_dict["column"] = column
        if abbreviate is not UNSET:
            field_dict["abbreviate"] = abbreviate
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if suffix is not UNSET:
            field_dict["suffix"] = suffix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        type_ = parse_dashboard_widget_type(_src["type"])

        pretty_formatting: bool | None | Unset = _src.get("prettyFormatting")

        _sorting = _src.get("sorting")
        sorting: list[DashboardWidgetDisplaySortingType0Item] | None | Unset
        if _sorting is None:
            sorting = None
        else:
            try:
                if not isinstance(_sorting, list):
                    raise TypeError()
                sorting_type_0 = []
                _sorting_type_0 = _sorting
                for sorting_type_0_item_data in _sorting_type_0:
                    sorting_type_0_item = DashboardWidgetDisplaySortingType0Item.from_dict(sorting_type_0_item_data)

                    sorting_type_0.append(sorting_type_0_item)

                sorting = sorting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                sorting = _sorting

        _chart_type = _src.get("chartType")
        chart_type: DashboardWidgetDisplayChartType | Unset
        if isinstance(_chart_type, Unset):
            chart_type = UNSET
        else:
            chart_type = parse_dashboard_widget_display_chart_type(_chart_type)

        x_axis_column: None | str | Unset = _src.get("xAxisColumn")

        _y_axis_columns = _src.get("yAxisColumns")
        y_axis_columns: list[str] | None | Unset
        if _y_axis_columns is None:
            y_axis_columns = None
        else:
            try:
                if not isinstance(_y_axis_columns, list):
                    raise TypeError()
                y_axis_columns_type_0: list[str] = _y_axis_columns

                y_axis_columns = y_axis_columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                y_axis_columns = _y_axis_columns

        group_by_column: None | str | Unset = _src.get("groupByColumn")

        stacked: bool | None | Unset = _src.get("stacked")

        sort_by_column: None | str | Unset = _src.get("sortByColumn")

        _sort_direction = _src.get("sortDirection")
        sort_direction: DashboardWidgetDisplaySortDirection | Unset
        if isinstance(_sort_direction, Unset):
            sort_direction = UNSET
        else:
            sort_direction = parse_dashboard_widget_display_sort_direction(_sort_direction)

        _aggregation = _src.get("aggregation")
        aggregation: DashboardWidgetDisplayAggregation | Unset
        if isinstance(_aggregation, Unset):
            aggregation = UNSET
        else:
            aggregation = parse_dashboard_widget_display_aggregation(_aggregation)

        _series_colors = _src.get("seriesColors")
        series_colors: DashboardWidgetDisplaySeriesColorsType0 | None | Unset
        if _series_colors is None:
            series_colors = None
        else:
            try:
                if not isinstance(_series_colors, dict):
                    raise TypeError()
                series_colors_type_0 = DashboardWidgetDisplaySeriesColorsType0.from_dict(_series_colors)

                series_colors = series_colors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                series_colors = _series_colors

        column: None | str | Unset = _src.get("column")

        abbreviate: bool | None | Unset = _src.get("abbreviate")

        prefix: None | str | Unset = _src.get("prefix")

        suffix: None | str | Unset = _src.get("suffix")

        dashboard_widget_display = cls(
            type_,
            pretty_formatting,
            sorting,
            chart_type,
            x_axis_column,
            y_axis_columns,
            group_by_column,
            stacked,
            sort_by_column,
            sort_direction,
            aggregation,
            series_colors,
            column,
            abbreviate,
            prefix,
            suffix,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        dashboard_widget_display.additional_properties = d
        return dashboard_widget_display

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


from ..models.dashboard_widget_display_series_colors_type_0 import (
    DashboardWidgetDisplaySeriesColorsType0,
)
from ..models.dashboard_widget_display_sorting_type_0_item import (
    DashboardWidgetDisplaySortingType0Item,
)
