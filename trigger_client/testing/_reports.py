"""``GET /api/v1/reports/{key}``: a small health report over the emulator's runs.

The route's contract follows ``routes/api.v1.reports.$key.ts`` and ``presenters/v3/reports/reportsApi.server.ts``
(known keys, 404 naming them, ``format`` markdown/json/ansi with their content types, default period 1h) and
``@trigger.dev/core`` 4.8.3 ``schemas/reports.js`` (period grammar, the JSON view model). The verdict itself is
the emulator's simplification: it reads only its runs in the window, with the webapp's finding and metric codes
(``presenters/v3/reports/health/health-messages.ts``); there is no baseline, concurrency or telemetry here.
"""

from __future__ import annotations

import re
from typing import Any

from ._clock import iso
from ._http import ApiError, Request, Response, Router, json_response
from ._state import FINISHED, Store

REPORT_KEYS = ("health",)
_PERIOD = re.compile(r"^([1-9]\d*)([mhdw])$")
_UNIT_MINUTES = {"m": 1, "h": 60, "d": 1440, "w": 10080}
_MAX_MINUTES = 90 * 1440
_FAILED = frozenset({"FAILED", "CRASHED", "SYSTEM_FAILURE", "TIMED_OUT"})
_MARK = {"ok": "🟢", "warn": "🟡", "crit": "🔴"}  # renderMarkdown.ts: the markdown surface's status emoji
_SAY = {
    "flow/healthy": "starting normally",
    "flow/backlog": "backlog is growing",
    "execution/healthy": "runs are executing normally",
    "execution/failures_up": "runs are failing more than usual",
    "liveness/fresh": "fresh — telemetry current",
}


def _minutes(period: str) -> int:
    """ReportPeriodSchema: a positive integer and m/h/d/w, at most 90 days; else the route's 400."""
    match = _PERIOD.match(period)
    if match is None or int(match[1]) * _UNIT_MINUTES[match[2]] > _MAX_MINUTES:
        raise ApiError(400, "Invalid search query parameter: period must be like '30m', '1h' or '7d' (max 90d)")
    return int(match[1]) * _UNIT_MINUTES[match[2]]


def _finding(kind: str, severity: str, reason: str, metric_ids: list[str]) -> dict[str, Any]:
    return {"type": kind, "severity": severity, "reason": reason, "metricIds": metric_ids}


def _markdown(vm: dict[str, Any]) -> str:
    lines = [f"/report {vm['title']}        {vm['scope']} · {vm['period']}", ""]
    for finding in vm["findings"]:
        text = _SAY.get(f"{finding['type']}/{finding['reason']}", finding["reason"])
        lines.append(f"{_MARK[finding['severity']]} {finding['type'].upper():<9}   {text}")
    lines.append("")
    lines += [f"  {metric['id']:<12} {metric['value']:g}" for metric in vm["metrics"]]
    return "\n".join(lines) + "\n"


class ReportRoutes:
    def __init__(self, store: Store) -> None:
        self.store = store

    def register(self, router: Router) -> None:
        router.add("GET", "/api/v1/reports/{key}", self.retrieve)

    def retrieve(self, req: Request) -> Response:
        fmt = req.arg("format") or "markdown"
        if fmt not in ("markdown", "json", "ansi"):
            raise ApiError(400, "Invalid search query parameter: format must be markdown, json or ansi")
        period = req.arg("period") or "1h"
        minutes = _minutes(period)
        key = req.params["key"]
        if key not in REPORT_KEYS:
            raise ApiError(404, f'Unknown report "{key}". Available: {", ".join(REPORT_KEYS)}.')
        vm = self._health(req, period, minutes)
        if fmt == "json":
            return json_response(vm)
        content_type = "text/markdown" if fmt == "markdown" else "text/plain"
        return Response(200, _markdown(vm).encode(), f"{content_type}; charset=utf-8")

    def _health(self, req: Request, period: str, minutes: int) -> dict[str, Any]:
        now = self.store.now()
        runs = [r for r in req.env_.runs.values() if r.created_at >= now - minutes * 60]
        failed = sum(1 for r in runs if r.status in _FAILED)
        done = sum(1 for r in runs if r.status in FINISHED)
        pending = sum(1 for r in runs if r.status in ("QUEUED", "PENDING_VERSION", "DELAYED"))
        execution = ("warn", "failures_up") if failed else ("ok", "healthy")
        findings = [
            _finding("flow", "ok", "healthy", ["pending"]),
            _finding("execution", *execution, ["failures"]),
            _finding("liveness", "ok", "fresh", []),
        ]
        severity = "warn" if failed else "ok"
        metrics = [
            {"id": "triggered", "value": len(runs), "unit": "count", "aggregation": "count", "severity": "ok"},
            {"id": "pending", "value": pending, "unit": "count", "aggregation": "count", "severity": "ok"},
            {"id": "throughput", "value": round(done / minutes, 3), "unit": "perMin", "severity": "ok"},
            {"id": "failures", "value": failed, "unit": "count", "aggregation": "count", "severity": execution[0]},
        ]
        return {
            "title": "health",
            "scope": req.env_.slug,
            "period": f"last {period}",
            "generatedAt": iso(now),
            "windowMinutes": minutes,
            "summary": {
                "severity": severity,
                "statements": [{"findingType": f["type"], "severity": f["severity"]} for f in findings],
            },
            "findings": findings,
            "metrics": metrics,
            "facts": {"runs": len(runs), "failed": failed, "finished": done},
            "links": [],
            "footer": [],
        }
