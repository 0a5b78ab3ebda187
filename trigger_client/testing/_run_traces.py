"""A run's trace, whole or paged, and one span's detail.

Without ``page[size]``/``page[after]`` the trace route answers the span tree (apps/webapp/app/routes/
api.v1.runs.$runId.trace.ts). With them it answers pages of lean spans, as SDK 4.8.3's ``retrieveRunTracePage``
reads them (``@trigger.dev/core`` 4.8.3 ``schemas/api.js`` RetrieveRunTracePageResponseBody): ``data`` in start
order, the failed attempts, and ``pagination.next`` while spans remain. The emulator's cursor is the last span's id.
"""

from __future__ import annotations

from typing import Any

from ._http import ApiError, Request, Response, Router, json_response
from ._run_views import run_spans, run_trace
from ._runs import RunService
from ._state import Run, Store

# retrieveRunTracePage sends page[size]=10000 unless told otherwise (apiClient/index.js).
DEFAULT_TRACE_PAGE = 10_000
_LEAN = ("message", "startTime", "duration", "isError", "isPartial", "isCancelled", "level")


def _page_size(raw: str | None) -> int:
    if raw is None:
        return DEFAULT_TRACE_PAGE
    if not raw.isascii() or not raw.isdigit() or int(raw) < 1:
        raise ApiError(400, "Invalid page[size]: a whole number of at least 1")
    return int(raw)


def _lean(span: dict[str, Any]) -> dict[str, Any]:
    """RetrieveRunTracePageSpan: parentId and attemptNumber are optional there, never null."""
    lean = {"id": span["spanId"], "runId": span["runId"], **{k: span[k] for k in _LEAN}}
    if span["parentId"] is not None:
        lean["parentId"] = span["parentId"]
    if span.get("attemptNumber") is not None:
        lean["attemptNumber"] = span["attemptNumber"]
    return lean


def _failures(run: Run, run_span: str, page: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """RetrieveRunTraceAttemptFailure for each failed attempt on the page: the run's span failed that attempt."""
    failed = {a.number for a in run.attempts if a.status == "FAILED"}
    return [
        {"spanId": run_span, "attemptNumber": s["attemptNumber"], "runId": run.id}
        for s in page
        if s.get("attemptNumber") in failed
    ]


def span_detail(run: Run, span: dict[str, Any]) -> dict[str, Any]:
    """RetrieveSpanDetailResponseBody as api.v1.runs.$runId.spans.$spanId.ts builds it (absent parts left out)."""
    detail = {
        "spanId": span["spanId"],
        "parentId": span["parentId"],
        "runId": run.id,
        **{k: span[k] for k in ("message", "isError", "isPartial", "isCancelled", "level", "startTime")},
        "durationMs": span["duration"] / 1_000_000,  # the store's nanoseconds, as the route divides them
    }
    if span.get("events"):
        detail["events"] = span["events"]
    return detail


class RunTraceRoutes:
    def __init__(self, store: Store) -> None:
        self.store = store

    def register(self, router: Router) -> None:
        router.add("GET", "/api/v1/runs/{runId}/trace", self.trace, auth="env_or_public")
        router.add("GET", "/api/v1/runs/{runId}/spans/{spanId}", self.span, auth="env_or_public")

    def trace(self, req: Request) -> Response:
        run = RunService.found_run(req)
        size, after = req.arg("page[size]"), req.arg("page[after]")
        if size is None and after is None:
            return json_response(run_trace(run, self.store.now()))
        spans = run_spans(run, self.store.now())
        start = 0
        if after is not None:
            ids = [s["spanId"] for s in spans]
            if after not in ids:
                raise ApiError(400, "Invalid page[after] cursor")
            start = ids.index(after) + 1
        page = spans[start : start + _page_size(size)]
        more = start + len(page) < len(spans)
        return json_response(
            {
                "data": [_lean(s) for s in page],
                "attemptFailures": _failures(run, spans[0]["spanId"], page),
                "pagination": {"next": page[-1]["spanId"]} if more and page else {},
            }
        )

    def span(self, req: Request) -> Response:
        # The route authorizes like the trace (allowJWT, anyResource of the run) and answers 404 "Span not found".
        run = RunService.found_run(req)
        for span in run_spans(run, self.store.now()):
            if span["spanId"] == req.params["spanId"]:
                return json_response(span_detail(run, span))
        raise ApiError(404, "Span not found")
