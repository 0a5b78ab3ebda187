"""Checked request bodies and operations of the dashboards API (``@trigger.dev/core`` 4.8.3 ``schemas/query.js``)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from trigger_api.api.query import (
    add_dashboard_widget_v1,
    create_dashboard_v1,
    delete_dashboard_v1,
    delete_dashboard_widget_v1,
    replace_dashboard_v1,
    retrieve_dashboard_v1,
    update_dashboard_v1,
    update_dashboard_widget_v1,
)
from trigger_api.models import (
    AddDashboardWidgetRequestBody,
    AddedDashboardWidget,
    CreateDashboardRequestBody,
    Dashboard,
    DashboardWidgetDisplay,
    DashboardWidgetInput,
    DashboardWidgetPosition,
    DeletedDashboard,
    ReplaceDashboardRequestBody,
    UpdateDashboardRequestBody,
    UpdateDashboardWidgetRequestBody,
)
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Operation, call

DisplayParam = DashboardWidgetDisplay | Mapping[str, Any]
PositionParam = DashboardWidgetPosition | Mapping[str, Any]
WidgetParam = DashboardWidgetInput | Mapping[str, Any]

_WIDGET_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
# DashboardChartConfig: these columns are nullable but not optional, so a chart sends null for each one unset.
_CHART_NULLABLE = ("xAxisColumn", "groupByColumn", "sortByColumn")
_WIDGET_KEYS = frozenset({"id", "title", "query", "display", "fillGaps", "position"})
# (field, low, high): DashboardWidgetPosition's bounds on the 12-column grid.
_GRID = (("x", 0, 11), ("y", 0, None), ("w", 1, 12), ("h", 1, None))


def _title(value: Any, field: str) -> str:
    """DashboardTitle / DashboardWidgetTitle: trimmed, 1 to 200 characters."""
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > 200:
        raise ValidationError(field, f"must be a string of 1 to 200 characters (after trimming), got {value!r}")
    return value


def _description(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > 2000:
        raise ValidationError("description", f"must be a string of at most 2000 characters, got {type(value).__name__}")
    return value


def _revision(value: Any) -> str | None:
    return None if value is None else v.text(value, "revision")


def _model(kind: type[Any], value: Any, field: str) -> Any:
    if isinstance(value, kind):
        return value
    if not isinstance(value, Mapping):
        raise ValidationError(field, f"must be a {kind.__name__} or a mapping, got {type(value).__name__}")
    try:
        return kind.from_dict(value)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(field, f"is not a valid {kind.__name__} ({type(exc).__name__}: {exc})") from None


# DashboardWidgetDisplay: per type, the fields zod requires and the allowed values of its enums.
_REQUIRED = {
    "table": (),
    "title": (),
    "bignumber": ("column", "aggregation"),
    "chart": ("chartType", "yAxisColumns", "stacked", "sortDirection", "aggregation"),
}
_ENUMS = {
    "chartType": ("bar", "line"),
    "sortDirection": ("asc", "desc"),
    "aggregation": ("sum", "avg", "count", "min", "max", "first", "last"),
}


def _display(value: Any, field: str = "display") -> DashboardWidgetDisplay:
    display: DashboardWidgetDisplay = _model(DashboardWidgetDisplay, value, field)
    wire = display.to_dict()
    kind = wire["type"]
    if kind not in _REQUIRED:
        raise ValidationError(f"{field}.type", f"must be one of {', '.join(_REQUIRED)}, got {kind!r}")
    for key in _REQUIRED[kind]:
        if wire.get(key) is None:
            raise ValidationError(f"{field}.{key}", f"is required for a {kind} widget")
    for key, allowed in _ENUMS.items():
        if key in wire and wire[key] not in allowed:
            raise ValidationError(f"{field}.{key}", f"must be one of {', '.join(allowed)}, got {wire[key]!r}")
    if kind == "chart":
        if wire["aggregation"] in ("first", "last"):
            raise ValidationError(f"{field}.aggregation", "first and last are for bignumber widgets only")
        for key in _CHART_NULLABLE:
            if wire.get(key) is None:
                display.additional_properties[key] = None
    return display


def _position(value: Any, field: str = "position") -> DashboardWidgetPosition | None:
    if value is None:
        return None
    position: DashboardWidgetPosition = _model(DashboardWidgetPosition, value, field)
    for name, low, high in _GRID:
        number = getattr(position, name)
        if isinstance(number, bool) or not isinstance(number, int) or number < low or (high and number > high):
            bound = f"{low} to {high}" if high else f"at least {low}"
            raise ValidationError(f"{field}.{name}", f"must be an integer {bound}, got {number!r}")
    return position


def _widget_id(value: Any, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _WIDGET_ID.match(value):
        raise ValidationError(field, "may only contain letters, numbers, _ and - (1 to 64 characters)")
    return value


def _query(value: Any, display: DashboardWidgetDisplay | None, field: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValidationError(field, f"must be a TRQL query string, got {type(value).__name__}")
    # DashboardWidgetInput: the query is required unless the widget is a title.
    if display is not None and display.type_.value != "title" and not (value or "").strip():
        raise ValidationError(field, "a TRQL query is required unless display type is 'title'")
    return value


def _widget_input(value: Any, index: int) -> DashboardWidgetInput:
    field = f"widgets[{index}]"
    unknown = sorted(set(value) - _WIDGET_KEYS) if isinstance(value, Mapping) else []
    if unknown:
        # DashboardWidgetInput is a strict object: the server refuses keys it does not know.
        raise ValidationError(f"{field}.{unknown[0]}", f"is not a widget field; use {', '.join(sorted(_WIDGET_KEYS))}")
    raw = _model(DashboardWidgetInput, value, field)
    display = _display(raw.display, f"{field}.display")
    return DashboardWidgetInput(
        title=_title(raw.title, f"{field}.title"),
        display=display,
        id=_widget_id(raw.id, f"{field}.id"),
        query=_query(raw.query, display, f"{field}.query"),
        fill_gaps=raw.fill_gaps,
        position=_position(raw.position, f"{field}.position"),
    )


def _widgets(values: Any) -> list[DashboardWidgetInput]:
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Sequence):
        raise ValidationError("widgets", "must be a list of DashboardWidgetInput or mappings")
    return [_widget_input(value, i) for i, value in enumerate(values)]


def _dashboard_id(value: Any) -> str:
    return v.segment(value, "dashboard_id")


def retrieve(dashboard_id: str) -> Operation[Dashboard]:
    return call(retrieve_dashboard_v1.build(_dashboard_id(dashboard_id)))


def create(title: str, description: str | None, widgets: Sequence[WidgetParam] | None) -> Operation[Dashboard]:
    body = CreateDashboardRequestBody(
        title=_title(title, "title"),
        description=_description(description),
        widgets=None if widgets is None else _widgets(widgets),
    )
    return call(create_dashboard_v1.build(body=body))


def update(dashboard_id: str, title: str | None, description: str | None, revision: str | None) -> Operation[Dashboard]:
    if title is None and description is None:
        raise ValidationError("title", "pass title and/or description to change")
    body = UpdateDashboardRequestBody(
        title=None if title is None else _title(title, "title"),
        description=_description(description),
        revision=_revision(revision),
    )
    return call(update_dashboard_v1.build(_dashboard_id(dashboard_id), body=body))


def replace(
    dashboard_id: str,
    widgets: Sequence[WidgetParam],
    title: str | None,
    description: str | None,
    revision: str | None,
) -> Operation[Dashboard]:
    body = ReplaceDashboardRequestBody(
        widgets=_widgets(widgets),
        title=None if title is None else _title(title, "title"),
        description=_description(description),
        revision=_revision(revision),
    )
    return call(replace_dashboard_v1.build(_dashboard_id(dashboard_id), body=body))


def delete(dashboard_id: str) -> Operation[DeletedDashboard]:
    return call(delete_dashboard_v1.build(_dashboard_id(dashboard_id)))


def add_widget(
    dashboard_id: str,
    title: str,
    display: DisplayParam,
    query: str | None,
    id: str | None,
    position: PositionParam | None,
    fill_gaps: bool | None,
    revision: str | None,
) -> Operation[AddedDashboardWidget]:
    checked = _display(display)
    body = AddDashboardWidgetRequestBody(
        title=_title(title, "title"),
        display=checked,
        id=_widget_id(id, "id"),
        query=_query(query, checked, "query"),
        fill_gaps=None if fill_gaps is None else v.flag(fill_gaps, "fill_gaps"),
        position=_position(position),
        revision=_revision(revision),
    )
    return call(add_dashboard_widget_v1.build(_dashboard_id(dashboard_id), body=body))


def update_widget(
    dashboard_id: str,
    widget_id: str,
    title: str | None,
    query: str | None,
    display: DisplayParam | None,
    position: PositionParam | None,
    fill_gaps: bool | None,
    revision: str | None,
) -> Operation[Dashboard]:
    body = UpdateDashboardWidgetRequestBody(
        title=None if title is None else _title(title, "title"),
        query=_query(query, None, "query"),
        display=None if display is None else _display(display),
        fill_gaps=None if fill_gaps is None else v.flag(fill_gaps, "fill_gaps"),
        position=_position(position),
        revision=_revision(revision),
    )
    return call(
        update_dashboard_widget_v1.build(_dashboard_id(dashboard_id), v.segment(widget_id, "widget_id"), body=body)
    )


def delete_widget(dashboard_id: str, widget_id: str, revision: str | None) -> Operation[Dashboard]:
    return call(
        delete_dashboard_widget_v1.build(
            _dashboard_id(dashboard_id), v.segment(widget_id, "widget_id"), revision=_revision(revision)
        )
    )
