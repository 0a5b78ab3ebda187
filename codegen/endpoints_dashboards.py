"""Custom dashboards: CRUD of ``/api/v1/query/dashboards[/{id}]`` and their widgets, and the list's new fields.

The evidence is ``@trigger.dev/core`` 4.8.3: ``dist/esm/v3/apiClient/index.js`` (``listDashboards`` …
``deleteDashboardWidget``) for routes and methods, ``dist/esm/v3/schemas/query.js`` for the shapes and limits.
The webapp at the recorded commit has only the list route
(``apps/webapp/app/routes/api.v1.query.dashboards._index.ts``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from codegen.patch_kit import PatchTargetMissing, add_path, error_responses, json_content, schema_ref
from codegen.spec import Node

_EVIDENCE = "@trigger.dev/core 4.8.3 apiClient/index.js {method}; schemas/query.js {schemas}"
_TITLE: Node = {"type": "string", "minLength": 1, "maxLength": 200, "description": "Trimmed; 1 to 200 characters"}
_DESCRIPTION: Node = {"type": "string", "maxLength": 2000}
_REVISION: Node = {
    "type": "string",
    "description": "The revision you last read: the write fails with 409 if the dashboard changed since",
}
_SORT: Node = {"type": "string", "enum": ["asc", "desc"]}
_NULLABLE_STRING: Node = {"type": "string", "nullable": True}

# DashboardWidgetDisplay is a union on `type` in the SDK; one flat object keeps it constructible by keyword.
_DISPLAY: Node = {
    "type": "object",
    "description": (
        "How a widget renders its query. `table`: prettyFormatting, sorting. `chart`: chartType, xAxisColumn, "
        "yAxisColumns, groupByColumn, stacked, sortByColumn, sortDirection, aggregation, seriesColors. "
        "`bignumber`: column, aggregation, sortDirection, abbreviate, prefix, suffix. `title`: nothing else."
    ),
    "required": ["type"],
    "properties": {
        "type": {"type": "string", "enum": ["table", "chart", "bignumber", "title"]},
        "prettyFormatting": {"type": "boolean"},
        "sorting": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "desc"],
                "properties": {"id": {"type": "string"}, "desc": {"type": "boolean"}},
            },
        },
        "chartType": {"type": "string", "enum": ["bar", "line"]},
        "xAxisColumn": copy.deepcopy(_NULLABLE_STRING),
        "yAxisColumns": {"type": "array", "items": {"type": "string"}},
        "groupByColumn": copy.deepcopy(_NULLABLE_STRING),
        "stacked": {"type": "boolean"},
        "sortByColumn": copy.deepcopy(_NULLABLE_STRING),
        "sortDirection": copy.deepcopy(_SORT),
        "aggregation": {
            "type": "string",
            "enum": ["sum", "avg", "count", "min", "max", "first", "last"],
            "description": "first/last only for `bignumber`",
        },
        "seriesColors": {"type": "object", "additionalProperties": {"type": "string"}},
        "column": {"type": "string"},
        "abbreviate": {"type": "boolean"},
        "prefix": {"type": "string"},
        "suffix": {"type": "string"},
    },
}
_POSITION: Node = {
    "type": "object",
    "description": "A place on the dashboard's 12-column grid",
    "required": ["x", "y", "w", "h"],
    "properties": {
        "x": {"type": "integer", "minimum": 0, "maximum": 11},
        "y": {"type": "integer", "minimum": 0},
        "w": {"type": "integer", "minimum": 1, "maximum": 12},
        "h": {"type": "integer", "minimum": 1},
    },
}
_WIDGET: Node = {
    "type": "object",
    "required": ["id", "title", "query", "display", "position"],
    "properties": {
        "id": {"type": "string"},
        "title": {"type": "string"},
        "query": {"type": "string"},
        "display": schema_ref("DashboardWidgetDisplay"),
        "fillGaps": {"type": "boolean"},
        "position": schema_ref("DashboardWidgetPosition"),
    },
}
_WIDGET_INPUT_PROPERTIES: Node = {
    "id": {
        "type": "string",
        "pattern": "^[A-Za-z0-9_-]{1,64}$",
        "description": "Omit to generate one; unique within the dashboard",
    },
    "title": _TITLE,
    "query": {"type": "string", "description": "A TRQL query; required unless display.type is `title`"},
    "display": schema_ref("DashboardWidgetDisplay"),
    "fillGaps": {"type": "boolean"},
    "position": schema_ref("DashboardWidgetPosition"),
}
_DASHBOARD: Node = {
    "type": "object",
    "required": ["id", "title", "description", "revision", "createdAt", "updatedAt", "widgets"],
    "properties": {
        "id": {"type": "string"},
        "title": {"type": "string"},
        "description": {"type": "string"},
        "revision": {"type": "string", "description": "Changes on every write"},
        "createdAt": {"type": "string", "format": "date-time"},
        "updatedAt": {"type": "string", "format": "date-time"},
        "widgets": {"type": "array", "items": schema_ref("DashboardWidget")},
    },
}
_SHARED_SCHEMAS: dict[str, Node] = {
    "Dashboard": _DASHBOARD,
    "DashboardWidget": _WIDGET,
    "DashboardWidgetDisplay": _DISPLAY,
    "DashboardWidgetPosition": _POSITION,
    "DashboardWidgetInput": {
        "type": "object",
        "additionalProperties": False,
        "required": ["title", "display"],
        "properties": _WIDGET_INPUT_PROPERTIES,
    },
}
_BASE = "/api/v1/query/dashboards"
_ID = "/api/v1/query/dashboards/{dashboardId}"
_WIDGET_PATH = "/api/v1/query/dashboards/{dashboardId}/widgets/{widgetId}"


def _path_param(name: str) -> Node:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


def _operation(
    operation_id: str, summary: str, *, path_params: tuple[str, ...] = (), body: str | None = None, answer: str
) -> Node:
    operation: Node = {
        "operationId": operation_id,
        "tags": ["query"],
        "summary": summary,
        "security": [{"secretKey": []}],
        "responses": {
            "200": json_content(schema_ref(answer)),
            **error_responses(*((400, 401, 403, 404) + ((409,) if body or "widget" in operation_id else ()))),
        },
    }
    if path_params:
        operation["parameters"] = [_path_param(name) for name in path_params]
    if body is not None:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": schema_ref(body)}},
        }
    return operation


def _add(spec: Node, path: str, method: str, operation: Node, schemas: dict[str, Node] | None = None) -> bool:
    return add_path(spec, path, method, operation, {**copy.deepcopy(_SHARED_SCHEMAS), **(schemas or {})})


def dashboard_summary_fields(spec: Node) -> bool:
    """``DashboardSummary`` gains ``type`` and ``description``, and a widget summary may be a ``title``."""
    try:
        answer = spec["paths"][_BASE]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        summary = answer["properties"]["dashboards"]["items"]
        widget_type = summary["properties"]["widgets"]["items"]["properties"]["type"]
    except KeyError as exc:
        raise PatchTargetMissing(f"list_dashboards_v1 answer has no {exc}") from exc
    properties = summary["properties"]
    changed = False
    added: Node = {
        "type": {
            "type": "string",
            "enum": ["builtIn", "custom"],
            "description": "`builtIn` dashboards are read-only; `custom` ones can be edited through the API",
        },
        "description": {"type": "string"},
    }
    for name, schema in added.items():
        if name not in properties:
            properties[name] = schema
            changed = True
    if "title" not in widget_type.get("enum", ["title"]):
        widget_type["enum"] = [*widget_type["enum"], "title"]
        changed = True
    return changed


def retrieve_dashboard(spec: Node) -> bool:
    """A custom dashboard with every widget (``retrieveDashboard``; ``DashboardObject``)."""
    op = _operation(
        "retrieve_dashboard_v1", "Retrieve a custom dashboard", path_params=("dashboardId",), answer="Dashboard"
    )
    return _add(spec, _ID, "get", op)


def create_dashboard(spec: Node) -> bool:
    """Create a custom dashboard, optionally with widgets (``createDashboard``; ``CreateDashboardRequestBody``)."""
    body: Node = {
        "type": "object",
        "additionalProperties": False,
        "required": ["title"],
        "properties": {
            "title": _TITLE,
            "description": _DESCRIPTION,
            "widgets": {"type": "array", "items": schema_ref("DashboardWidgetInput")},
        },
    }
    op = _operation(
        "create_dashboard_v1", "Create a custom dashboard", body="CreateDashboardRequestBody", answer="Dashboard"
    )
    return _add(spec, _BASE, "post", op, {"CreateDashboardRequestBody": body})


def update_dashboard(spec: Node) -> bool:
    """Rename a dashboard or change its description (``updateDashboard``, PATCH; ``UpdateDashboardRequestBody``)."""
    body: Node = {
        "type": "object",
        "additionalProperties": False,
        "properties": {"title": _TITLE, "description": _DESCRIPTION, "revision": _REVISION},
    }
    op = _operation(
        "update_dashboard_v1",
        "Update a custom dashboard's title or description",
        path_params=("dashboardId",),
        body="UpdateDashboardRequestBody",
        answer="Dashboard",
    )
    return _add(spec, _ID, "patch", op, {"UpdateDashboardRequestBody": body})


def replace_dashboard(spec: Node) -> bool:
    """Replace every widget (``replaceDashboard``, PUT; ``ReplaceDashboardRequestBody``)."""
    body: Node = {
        "type": "object",
        "additionalProperties": False,
        "required": ["widgets"],
        "properties": {
            "title": _TITLE,
            "description": _DESCRIPTION,
            "widgets": {"type": "array", "items": schema_ref("DashboardWidgetInput")},
            "revision": _REVISION,
        },
    }
    op = _operation(
        "replace_dashboard_v1",
        "Replace a custom dashboard's widgets",
        path_params=("dashboardId",),
        body="ReplaceDashboardRequestBody",
        answer="Dashboard",
    )
    return _add(spec, _ID, "put", op, {"ReplaceDashboardRequestBody": body})


def delete_dashboard(spec: Node) -> bool:
    """Delete a custom dashboard (``deleteDashboard``; ``DeleteDashboardResponseBody``)."""
    answer: Node = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
    op = _operation(
        "delete_dashboard_v1", "Delete a custom dashboard", path_params=("dashboardId",), answer="DeletedDashboard"
    )
    return _add(spec, _ID, "delete", op, {"DeletedDashboard": answer})


def add_dashboard_widget(spec: Node) -> bool:
    """Add one widget (``addDashboardWidget``; ``AddDashboardWidgetRequestBody``/``ResponseBody``)."""
    body: Node = {
        "type": "object",
        "additionalProperties": False,
        "required": ["title", "display"],
        "properties": {**copy.deepcopy(_WIDGET_INPUT_PROPERTIES), "revision": _REVISION},
    }
    answer: Node = {
        "type": "object",
        "required": ["widgetId", "dashboard"],
        "properties": {"widgetId": {"type": "string"}, "dashboard": schema_ref("Dashboard")},
    }
    op = _operation(
        "add_dashboard_widget_v1",
        "Add a widget to a custom dashboard",
        path_params=("dashboardId",),
        body="AddDashboardWidgetRequestBody",
        answer="AddedDashboardWidget",
    )
    schemas = {"AddDashboardWidgetRequestBody": body, "AddedDashboardWidget": answer}
    return _add(spec, f"{_ID}/widgets", "post", op, schemas)


def update_dashboard_widget(spec: Node) -> bool:
    """Change one widget (``updateDashboardWidget``; ``UpdateDashboardWidgetRequestBody``)."""
    properties = {k: copy.deepcopy(v) for k, v in _WIDGET_INPUT_PROPERTIES.items() if k != "id"}
    properties["query"] = {"type": "string"}
    body: Node = {
        "type": "object",
        "additionalProperties": False,
        "properties": {**properties, "revision": _REVISION},
    }
    op = _operation(
        "update_dashboard_widget_v1",
        "Update a widget of a custom dashboard",
        path_params=("dashboardId", "widgetId"),
        body="UpdateDashboardWidgetRequestBody",
        answer="Dashboard",
    )
    return _add(spec, _WIDGET_PATH, "patch", op, {"UpdateDashboardWidgetRequestBody": body})


def delete_dashboard_widget(spec: Node) -> bool:
    """Remove one widget, ``?revision=`` optional (``deleteDashboardWidget``; answers ``DashboardObject``)."""
    op = _operation(
        "delete_dashboard_widget_v1",
        "Remove a widget from a custom dashboard",
        path_params=("dashboardId", "widgetId"),
        answer="Dashboard",
    )
    op["parameters"].append({"name": "revision", "in": "query", "required": False, "schema": _REVISION})
    return _add(spec, _WIDGET_PATH, "delete", op)


def _row(
    name: str, fix: Callable[[Node], bool], method: str, schemas: str, scope: str
) -> tuple[str, str, Callable[[Node], bool], str]:
    return (name, _EVIDENCE.format(method=method, schemas=schemas), fix, scope)


ENDPOINTS: tuple[tuple[str, str, Callable[[Node], bool], str], ...] = (
    _row(
        "dashboard_summary_fields",
        dashboard_summary_fields,
        "listDashboards",
        "DashboardSummary, DashboardWidgetSummary (webapp: routes/api.v1.query.dashboards._index.ts)",
        "list_dashboards_v1 answer",
    ),
    _row("retrieve_dashboard", retrieve_dashboard, "retrieveDashboard", "DashboardObject", f"new path GET {_ID}"),
    _row(
        "create_dashboard", create_dashboard, "createDashboard", "CreateDashboardRequestBody", f"new path POST {_BASE}"
    ),
    _row(
        "update_dashboard", update_dashboard, "updateDashboard", "UpdateDashboardRequestBody", f"new path PATCH {_ID}"
    ),
    _row(
        "replace_dashboard", replace_dashboard, "replaceDashboard", "ReplaceDashboardRequestBody", f"new path PUT {_ID}"
    ),
    _row(
        "delete_dashboard", delete_dashboard, "deleteDashboard", "DeleteDashboardResponseBody", f"new path DELETE {_ID}"
    ),
    _row(
        "add_dashboard_widget",
        add_dashboard_widget,
        "addDashboardWidget",
        "AddDashboardWidgetRequestBody, AddDashboardWidgetResponseBody",
        f"new path POST {_ID}/widgets",
    ),
    _row(
        "update_dashboard_widget",
        update_dashboard_widget,
        "updateDashboardWidget",
        "UpdateDashboardWidgetRequestBody",
        f"new path PATCH {_WIDGET_PATH}",
    ),
    _row(
        "delete_dashboard_widget",
        delete_dashboard_widget,
        "deleteDashboardWidget",
        "DashboardObject",
        f"new path DELETE {_WIDGET_PATH}",
    ),
)
