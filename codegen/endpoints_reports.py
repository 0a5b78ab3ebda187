"""Reports: ``GET /api/v1/reports/{key}``, rendered as text or as the JSON view model.

The evidence is ``@trigger.dev/core`` 4.8.3 ``dist/esm/v3/apiClient/index.js`` ``getReport`` (route, query, text or
JSON answer) and ``dist/esm/v3/schemas/reports.js`` (``ReportViewModelSchema``, ``ReportPeriodSchema``), with the
webapp route ``apps/webapp/app/routes/api.v1.reports.$key.ts``.
"""

from __future__ import annotations

from collections.abc import Callable

from codegen.patch_kit import add_path, error_responses, json_content, schema_ref
from codegen.spec import Node

_STRING_MAP: Node = {"type": "object", "additionalProperties": {"type": "number"}}


def _code_item(*extra: tuple[str, Node]) -> Node:
    return {"type": "object", "required": ["code"], "properties": {"code": {"type": "string"}, **dict(extra)}}


def _report_schemas() -> dict[str, Node]:
    severity: Node = {"type": "string", "enum": ["ok", "warn", "crit"]}
    link_key = ("link", {"type": "string"})
    evidence = ("evidence", _STRING_MAP)
    metric: Node = {
        "type": "object",
        "required": ["id", "value", "unit", "severity"],
        "properties": {
            "id": {"type": "string"},
            "value": {"type": "number"},
            "unit": {"type": "string", "enum": ["ms", "count", "ratio", "perMin"]},
            "aggregation": {"type": "string", "enum": ["p95", "rate", "ratio", "count"]},
            "normal": {"type": "number"},
            "delta": {
                "type": "object",
                "required": ["dir"],
                "properties": {"dir": {"type": "string", "enum": ["up", "down", "flat"]}, "mult": {"type": "number"}},
            },
            "series": {
                "type": "object",
                "required": ["points", "kind"],
                "properties": {
                    "points": {"type": "array", "items": {"type": "number"}},
                    "kind": {"type": "string", "enum": ["measured", "estimated"]},
                },
            },
            "breakdown": _STRING_MAP,
            "annotation": _code_item(("value", {"type": "number"})),
            "availability": {"type": "string", "enum": ["measured", "unknown"]},
            "severity": severity,
        },
    }
    finding: Node = {
        "type": "object",
        "required": ["type", "severity", "reason", "metricIds"],
        "properties": {
            "type": {"type": "string", "description": "`flow`, `execution`, `liveness`…"},
            "severity": severity,
            "reason": {"type": "string"},
            "read": {"type": "string"},
            "metricIds": {"type": "array", "items": {"type": "string"}},
            "recommendation": _code_item(link_key),
            "hedge": _code_item(link_key),
            "anomalyWindow": {
                "type": "object",
                "required": ["minutes", "touchesEnd"],
                "properties": {"minutes": {"type": "number"}, "touchesEnd": {"type": "boolean"}},
            },
            "attribution": {
                "type": "object",
                "required": ["dim", "key", "share", "of"],
                "properties": {
                    "dim": {"type": "string"},
                    "key": {"type": "string"},
                    "share": {"type": "number"},
                    "of": {"type": "string"},
                },
            },
            "exclusions": {"type": "array", "items": _code_item(evidence)},
            "observations": {"type": "array", "items": _code_item(evidence)},
        },
    }
    statement: Node = {
        "type": "object",
        "required": ["findingType", "severity"],
        "properties": {"findingType": {"type": "string"}, "severity": severity, "reason": {"type": "string"}},
    }
    view: Node = {
        "type": "object",
        "required": [
            "title",
            "scope",
            "period",
            "generatedAt",
            "windowMinutes",
            "summary",
            "findings",
            "metrics",
            "facts",
            "links",
            "footer",
        ],
        "properties": {
            "title": {"type": "string"},
            "scope": {"type": "string"},
            "period": {"type": "string", "description": "e.g. `last 1h`"},
            "baselineLabel": {"type": "string"},
            "generatedAt": {"type": "string", "format": "date-time"},
            "windowMinutes": {"type": "number"},
            "summary": {
                "type": "object",
                "required": ["severity", "statements"],
                "properties": {"severity": severity, "statements": {"type": "array", "items": statement}},
            },
            "findings": {"type": "array", "items": schema_ref("ReportFinding")},
            "metrics": {"type": "array", "items": schema_ref("ReportMetric")},
            "facts": {"type": "object", "additionalProperties": True},
            "links": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["key", "label", "url"],
                    "properties": {"key": {"type": "string"}, "label": {"type": "string"}, "url": {"type": "string"}},
                },
            },
            "footer": {"type": "array", "items": _code_item(link_key, ("value", {"type": "number"}))},
        },
    }
    return {"ReportViewModel": view, "ReportFinding": finding, "ReportMetric": metric}


def get_report(spec: Node) -> bool:
    """A report rendered as markdown/ansi text or as its JSON view model (``getReport``; ``ReportViewModelSchema``).

    routes/api.v1.reports.$key.ts: 404 names the known keys; ``period`` follows ``ReportPeriodSchema`` (≤ 90d).
    """
    operation: Node = {
        "operationId": "get_report_v1",
        "tags": ["reports"],
        "summary": "Get a report",
        "description": "`format=json` answers the view model; `markdown` (default) and `ansi` answer text.",
        "security": [{"secretKey": []}],
        "parameters": [
            {"name": "key", "in": "path", "required": True, "schema": {"type": "string"}},
            {
                "name": "format",
                "in": "query",
                "required": False,
                "schema": {"type": "string", "enum": ["markdown", "json", "ansi"]},
            },
            {
                "name": "period",
                "in": "query",
                "required": False,
                "schema": {
                    "type": "string",
                    "pattern": "^[1-9]\\d*[mhdw]$",
                    "description": "e.g. `1h`, `7d`; at most 90d",
                },
            },
        ],
        "responses": {"200": json_content(schema_ref("ReportViewModel")), **error_responses(400, 401, 404)},
    }
    # reportsApi.server.ts reportResponse: markdown and ansi are text with their own content types.
    text: Node = {"schema": {"type": "string"}}
    operation["responses"]["200"]["content"].update({"text/markdown": text, "text/plain": dict(text)})
    return add_path(spec, "/api/v1/reports/{key}", "get", operation, _report_schemas())


ENDPOINTS: tuple[tuple[str, str, Callable[[Node], bool], str], ...] = (
    (
        "get_report",
        "@trigger.dev/core 4.8.3 apiClient/index.js getReport; schemas/reports.js ReportViewModelSchema; "
        "webapp routes/api.v1.reports.$key.ts",
        get_report,
        "new path GET /api/v1/reports/{key}",
    ),
)
