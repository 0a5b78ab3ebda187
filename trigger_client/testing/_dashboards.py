"""Dashboards: the built-in list, and custom dashboards with widgets and revisions.

Shapes, defaults and limits follow ``@trigger.dev/core`` 4.8.3 ``schemas/query.js`` (the zod schemas the server
parses with); the 409 on a stale ``revision`` and the 403 past the plan's limits are from the SDK's
``docs/observability/dashboards.mdx``. The webapp at the recorded commit has only the list route
(``routes/api.v1.query.dashboards._index.ts``), so messages are the emulator's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ._clock import iso
from ._http import ApiError, Request, Response, Router, json_response
from ._state import Store

# dashboards.mdx "Limits", Pro plan: custom dashboards per organization, widgets per dashboard.
MAX_DASHBOARDS = 5
MAX_WIDGETS = 20
_WIDGET_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_WIDGET_KEYS = frozenset({"id", "title", "query", "display", "fillGaps", "position"})
_SORT = ("asc", "desc")
_CHART_AGGREGATIONS = ("sum", "avg", "count", "min", "max")
# Full width on the 12-column grid, stacked below the others (the SDK's "Omit to place … below"); the heights
# are the emulator's choice.
_HEIGHTS = {"title": 1}
_DEFAULT_HEIGHT = 4

_BUILT_IN_WIDGETS = [
    {"id": "runs", "title": "Runs", "query": "SELECT run_id, status FROM runs", "type": "table"},
    {
        "id": "failed",
        "title": "Failed runs",
        "query": "SELECT run_id FROM runs WHERE status = 'FAILED'",
        "type": "table",
    },
]


@dataclass
class CustomDashboard:
    id: str
    title: str
    description: str
    revision: str
    created_at: float
    updated_at: float
    widgets: list[dict[str, Any]] = field(default_factory=list)

    def present(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "revision": self.revision,
            "createdAt": iso(self.created_at),
            "updatedAt": iso(self.updated_at),
            "widgets": self.widgets,
        }


def _invalid(path: str, message: str) -> ApiError:
    return ApiError(400, "Invalid request body", issues=[{"path": path.split("."), "message": message}])


def _title(value: Any, path: str) -> str:
    # DashboardTitle / DashboardWidgetTitle: z.string().trim().min(1).max(200) stores the trimmed text.
    if not isinstance(value, str) or not 1 <= len(value.strip()) <= 200:
        raise _invalid(path, "must be a string of 1 to 200 characters")
    return value.strip()


def _strict(body: dict[str, Any], allowed: frozenset[str] | set[str], path: str = "") -> None:
    # z.strictObject: unknown keys are refused, not stripped.
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise _invalid(path or unknown[0], f"Unrecognized key(s) in object: {', '.join(unknown)}")


def _enum(value: Any, allowed: tuple[str, ...], path: str) -> str:
    if value not in allowed:
        raise _invalid(path, f"must be one of {', '.join(allowed)}")
    return str(value)


def _nullable_string(display: dict[str, Any], key: str, path: str) -> str | None:
    if key not in display or (display[key] is not None and not isinstance(display[key], str)):
        raise _invalid(f"{path}.{key}", "must be a string or null")
    value: str | None = display[key]
    return value


def _display(value: Any, path: str) -> dict[str, Any]:
    """DashboardWidgetDisplay: a union on ``type``; unknown keys are stripped, defaults applied, as zod does."""
    if not isinstance(value, dict):
        raise _invalid(path, "must be an object")
    kind = _enum(value.get("type"), ("table", "chart", "bignumber", "title"), f"{path}.type")
    if kind == "title":
        return {"type": "title"}
    if kind == "table":
        sorting = value.get("sorting", [])
        if not isinstance(sorting, list):
            raise _invalid(f"{path}.sorting", "must be an array")
        return {"type": "table", "prettyFormatting": value.get("prettyFormatting", True), "sorting": sorting}
    if kind == "bignumber":
        if not isinstance(value.get("column"), str):
            raise _invalid(f"{path}.column", "is required")
        out: dict[str, Any] = {
            "type": "bignumber",
            "column": value["column"],
            "aggregation": _enum(
                value.get("aggregation"), (*_CHART_AGGREGATIONS, "first", "last"), f"{path}.aggregation"
            ),
            "abbreviate": bool(value.get("abbreviate", False)),
        }
        if "sortDirection" in value:
            out["sortDirection"] = _enum(value["sortDirection"], _SORT, f"{path}.sortDirection")
        out.update({k: value[k] for k in ("prefix", "suffix") if isinstance(value.get(k), str)})
        return out
    columns = value.get("yAxisColumns")
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise _invalid(f"{path}.yAxisColumns", "must be an array of strings")
    if not isinstance(value.get("stacked"), bool):
        raise _invalid(f"{path}.stacked", "must be a boolean")
    chart: dict[str, Any] = {
        "type": "chart",
        "chartType": _enum(value.get("chartType"), ("bar", "line"), f"{path}.chartType"),
        "xAxisColumn": _nullable_string(value, "xAxisColumn", path),
        "yAxisColumns": columns,
        "groupByColumn": _nullable_string(value, "groupByColumn", path),
        "stacked": value["stacked"],
        "sortByColumn": _nullable_string(value, "sortByColumn", path),
        "sortDirection": _enum(value.get("sortDirection"), _SORT, f"{path}.sortDirection"),
        "aggregation": _enum(value.get("aggregation"), _CHART_AGGREGATIONS, f"{path}.aggregation"),
    }
    if isinstance(value.get("seriesColors"), dict):
        chart["seriesColors"] = value["seriesColors"]
    return chart


def _position(value: Any, path: str) -> dict[str, int]:
    """DashboardWidgetPosition: integers, x 0-11, y ≥ 0, w 1-12, h ≥ 1."""
    if not isinstance(value, dict):
        raise _invalid(path, "must be an object")
    out: dict[str, int] = {}
    for key, low, high in (("x", 0, 11), ("y", 0, None), ("w", 1, 12), ("h", 1, None)):
        number = value.get(key)
        if isinstance(number, bool) or not isinstance(number, int) or number < low or (high and number > high):
            raise _invalid(f"{path}.{key}", f"must be an integer from {low}" + (f" to {high}" if high else ""))
        out[key] = number
    return out


def _below(widgets: list[dict[str, Any]], kind: str) -> dict[str, int]:
    bottom = max((w["position"]["y"] + w["position"]["h"] for w in widgets), default=0)
    return {"x": 0, "y": bottom, "w": 12, "h": _HEIGHTS.get(kind, _DEFAULT_HEIGHT)}


class DashboardRoutes:
    def __init__(self, store: Store) -> None:
        self.store = store
        # Custom dashboards belong to the organization; the emulator keeps them per project.
        self.dashboards: dict[str, dict[str, CustomDashboard]] = {}

    def register(self, router: Router) -> None:
        router.add("GET", "/api/v1/query/dashboards", self.list)
        router.add("POST", "/api/v1/query/dashboards", self.create)
        router.add("GET", "/api/v1/query/dashboards/{dashboardId}", self.retrieve)
        router.add("PATCH", "/api/v1/query/dashboards/{dashboardId}", self.update)
        router.add("PUT", "/api/v1/query/dashboards/{dashboardId}", self.replace)
        router.add("DELETE", "/api/v1/query/dashboards/{dashboardId}", self.delete)
        router.add("POST", "/api/v1/query/dashboards/{dashboardId}/widgets", self.add_widget)
        router.add("PATCH", "/api/v1/query/dashboards/{dashboardId}/widgets/{widgetId}", self.update_widget)
        router.add("DELETE", "/api/v1/query/dashboards/{dashboardId}/widgets/{widgetId}", self.delete_widget)

    def _mine(self, req: Request) -> dict[str, CustomDashboard]:
        return self.dashboards.setdefault(req.env_.project.id, {})

    def _find(self, req: Request) -> CustomDashboard:
        dashboard = self._mine(req).get(req.params["dashboardId"])
        if dashboard is None:
            raise ApiError(404, "Dashboard not found")
        return dashboard

    def _check_revision(self, dashboard: CustomDashboard, revision: Any) -> None:
        # dashboards.mdx: a write with the revision you last read fails with 409 if the dashboard changed since.
        if revision is not None and revision != dashboard.revision:
            raise ApiError(
                409,
                f"Dashboard was changed since revision {revision} (now {dashboard.revision}); retrieve it and retry",
            )

    def _saved(self, dashboard: CustomDashboard) -> dict[str, Any]:
        """A write: a new revision and ``updatedAt``; answers the dashboard as DashboardObject."""
        dashboard.revision = self.store.new_id("", 12)
        dashboard.updated_at = self.store.now()
        return dashboard.present()

    def _widget(self, value: Any, path: str, taken: set[str], keys: frozenset[str] = _WIDGET_KEYS) -> dict[str, Any]:
        """DashboardWidgetInput: the stored widget, without its position when none was given."""
        if not isinstance(value, dict):
            raise _invalid(path, "must be an object")
        _strict(value, keys, path)
        widget_id = value.get("id")
        if widget_id is None:
            widget_id = self.store.new_id("", 10)
        elif not isinstance(widget_id, str) or not _WIDGET_ID.match(widget_id):
            raise _invalid(f"{path}.id", "id may only contain letters, numbers, _ and -")
        if widget_id in taken:
            raise _invalid(f"{path}.id", f"Widget id {widget_id} is already used on this dashboard")
        taken.add(widget_id)
        display = _display(value.get("display"), f"{path}.display")
        query = value.get("query", "")
        if not isinstance(query, str) or (display["type"] != "title" and not query.strip()):
            raise _invalid(f"{path}.query", "A TRQL query is required unless display.type is title")
        widget: dict[str, Any] = {"id": widget_id, "title": _title(value.get("title"), f"{path}.title")}
        widget.update({"query": query, "display": display})
        if isinstance(value.get("fillGaps"), bool):
            widget["fillGaps"] = value["fillGaps"]
        if value.get("position") is not None:
            widget["position"] = _position(value["position"], f"{path}.position")
        return widget

    def _widgets(self, values: Any, keep: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Checked widgets, placed: a kept id keeps its place unless moved; the rest stack below (replace docs)."""
        if not isinstance(values, list):
            raise _invalid("widgets", "must be an array")
        if len(values) > MAX_WIDGETS:
            raise ApiError(403, f"A dashboard can have at most {MAX_WIDGETS} widgets on your plan")
        before = {w["id"]: w["position"] for w in keep}
        taken: set[str] = set()
        widgets = [self._widget(value, f"widgets.{i}", taken) for i, value in enumerate(values)]
        placed: list[dict[str, Any]] = []
        for widget in widgets:
            if "position" not in widget:
                widget["position"] = before.get(widget["id"]) or _below(placed, widget["display"]["type"])
            placed.append(widget)
        return placed

    def list(self, req: Request) -> Response:
        # DashboardSummary: built-in dashboards first (title widgets skipped, as _index.ts does), then custom ones.
        dashboards: list[dict[str, Any]] = [
            {"key": "overview", "title": "Overview", "type": "builtIn", "widgets": _BUILT_IN_WIDGETS}
        ]
        for d in sorted(self._mine(req).values(), key=lambda d: d.created_at):
            widgets = [
                {"id": w["id"], "title": w["title"], "query": w["query"], "type": w["display"]["type"]}
                for w in d.widgets
            ]
            dashboards.append(
                {"key": d.id, "title": d.title, "type": "custom", "description": d.description, "widgets": widgets}
            )
        return json_response({"dashboards": dashboards})

    def retrieve(self, req: Request) -> Response:
        return json_response(self._find(req).present())

    def create(self, req: Request) -> Response:
        body = req.json_object()
        _strict(body, {"title", "description", "widgets"})
        mine = self._mine(req)
        if len(mine) >= MAX_DASHBOARDS:
            raise ApiError(403, f"You can have at most {MAX_DASHBOARDS} custom dashboards on your plan")
        title = _title(body.get("title"), "title")
        description = self._description(body)
        widgets = self._widgets(body.get("widgets", []), [])
        now = self.store.now()
        dashboard = CustomDashboard(self.store.new_id("dashboard_"), title, description or "", "", now, now, widgets)
        mine[dashboard.id] = dashboard
        return json_response(self._saved(dashboard))

    @staticmethod
    def _description(body: dict[str, Any]) -> str | None:
        description = body.get("description")
        if description is not None and (not isinstance(description, str) or len(description) > 2000):
            raise _invalid("description", "must be a string of at most 2000 characters")
        return description

    def update(self, req: Request) -> Response:
        body = req.json_object()
        _strict(body, {"title", "description", "revision"})
        dashboard = self._find(req)
        title = None if body.get("title") is None else _title(body["title"], "title")
        description = self._description(body)
        self._check_revision(dashboard, body.get("revision"))
        dashboard.title = title or dashboard.title
        dashboard.description = dashboard.description if description is None else description
        return json_response(self._saved(dashboard))

    def replace(self, req: Request) -> Response:
        body = req.json_object()
        _strict(body, {"title", "description", "widgets", "revision"})
        dashboard = self._find(req)
        if "widgets" not in body:
            raise _invalid("widgets", "Required")
        title = None if body.get("title") is None else _title(body["title"], "title")
        description = self._description(body)
        widgets = self._widgets(body["widgets"], dashboard.widgets)
        self._check_revision(dashboard, body.get("revision"))
        dashboard.title = title or dashboard.title
        dashboard.description = dashboard.description if description is None else description
        dashboard.widgets = widgets
        return json_response(self._saved(dashboard))

    def delete(self, req: Request) -> Response:
        dashboard = self._find(req)
        del self._mine(req)[dashboard.id]
        return json_response({"id": dashboard.id})

    def add_widget(self, req: Request) -> Response:
        body = req.json_object()
        dashboard = self._find(req)
        taken = {w["id"] for w in dashboard.widgets}
        widget = self._widget(body, "", taken, _WIDGET_KEYS | {"revision"})
        self._check_revision(dashboard, body.get("revision"))
        if len(dashboard.widgets) >= MAX_WIDGETS:
            raise ApiError(403, f"A dashboard can have at most {MAX_WIDGETS} widgets on your plan")
        widget.setdefault("position", _below(dashboard.widgets, widget["display"]["type"]))
        dashboard.widgets.append(widget)
        return json_response({"widgetId": widget["id"], "dashboard": self._saved(dashboard)})

    def _find_widget(self, req: Request, dashboard: CustomDashboard) -> dict[str, Any]:
        for widget in dashboard.widgets:
            if widget["id"] == req.params["widgetId"]:
                return widget
        raise ApiError(404, "Widget not found")

    def update_widget(self, req: Request) -> Response:
        body = req.json_object()
        _strict(body, {"title", "query", "display", "fillGaps", "position", "revision"})
        dashboard = self._find(req)
        widget = self._find_widget(req, dashboard)
        changes: dict[str, Any] = {}
        if body.get("title") is not None:
            changes["title"] = _title(body["title"], "title")
        if isinstance(body.get("query"), str):
            changes["query"] = body["query"]
        if body.get("display") is not None:
            changes["display"] = _display(body["display"], "display")
        if isinstance(body.get("fillGaps"), bool):
            changes["fillGaps"] = body["fillGaps"]
        if body.get("position") is not None:
            changes["position"] = _position(body["position"], "position")
        self._check_revision(dashboard, body.get("revision"))
        widget.update(changes)
        return json_response(self._saved(dashboard))

    def delete_widget(self, req: Request) -> Response:
        dashboard = self._find(req)
        widget = self._find_widget(req, dashboard)
        self._check_revision(dashboard, req.arg("revision"))
        dashboard.widgets.remove(widget)
        return json_response(self._saved(dashboard))
