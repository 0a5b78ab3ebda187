"""``POST /api/v1/query``: an honest, tiny TRQL subset over the emulator's runs."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from typing import Any

from ._auth import authorize
from ._clock import iso, parse_duration, parse_instant
from ._http import ApiError, Request, Response, Router, json_response
from ._run_views import duration_ms
from ._state import Run, Store

_COLUMNS: dict[str, Callable[[Run], Any]] = {
    "run_id": lambda r: r.id,
    "status": lambda r: r.status,
    "task_identifier": lambda r: r.task,
    "triggered_at": lambda r: iso(r.created_at),
    "created_at": lambda r: iso(r.created_at),
    "started_at": lambda r: iso(r.started_at),
    "completed_at": lambda r: iso(r.finished_at),
    "tags": lambda r: list(r.tags),
    "is_test": lambda r: r.is_test,
    "version": lambda r: r.version,
    "batch_id": lambda r: r.batch_id,
    "idempotency_key": lambda r: r.idempotency_key,
    "duration_ms": duration_ms,
}
_COLUMN_TYPES = {"tags": "Array(String)", "is_test": "UInt8", "duration_ms": "UInt64"}
_CORE_COLUMNS = ("run_id", "status", "task_identifier", "triggered_at")
_QUERY = re.compile(
    r"^\s*SELECT\s+(?P<cols>.+?)\s+FROM\s+(?P<table>\w+)"
    r"(?:\s+WHERE\s+(?P<where>.+?))?(?:\s+LIMIT\s+(?P<limit>\d+))?\s*;?\s*$",
    re.IGNORECASE | re.DOTALL,
)
_TABLES = re.compile(r"\b(?:FROM|JOIN)\s+([A-Za-z_]\w*)", re.IGNORECASE)
_CONDITION = re.compile(r"^\s*(\w+)\s*=\s*'([^']*)'\s*$")
SUPPORTED = "SELECT <columns|*> FROM runs [WHERE <column> = '<value>' [AND ...]] [LIMIT n]"


def _unsupported(what: str) -> ApiError:
    return ApiError(400, f"Unsupported by the emulator: {what}. Supported: {SUPPORTED}")


def _normalize(value: Any) -> str:
    return str(value).upper().replace(" ", "_")


class QueryRoutes:
    def __init__(self, store: Store) -> None:
        self.store = store

    def register(self, router: Router) -> None:
        router.add("POST", "/api/v1/query", self.execute, auth="env_or_public")
        router.add("GET", "/api/v1/query/schema", self.schema, auth="env_or_public")

    def schema(self, req: Request) -> Response:
        """The one table this emulator can query, in the shape of api.v1.query.schema.ts (a JWT needs read on
        ``query:schema``)."""
        authorize(req, "read", "query", ["schema"])
        columns = [
            {"name": name, "type": _COLUMN_TYPES.get(name, "String"), "coreColumn": name in _CORE_COLUMNS}
            for name in _COLUMNS
        ]
        table = {"name": "runs", "description": "Task runs", "timeColumn": "triggered_at", "columns": columns}
        return json_response({"tables": [table]})

    def execute(self, req: Request) -> Response:
        body = req.json_object()
        query, fmt = body.get("query"), body.get("format") or "json"
        if not isinstance(query, str) or not query.strip():
            raise ApiError(400, "Invalid request body: query is required")
        if fmt not in ("json", "csv"):
            raise ApiError(400, f"Invalid format: {fmt}")
        # routes/api.v1.query.ts: a JWT needs read on every table the query reads (everyResource), `query:all`
        # when it names none.
        authorize(req, "read", "query", _TABLES.findall(query) or ["all"])
        parsed = _QUERY.match(query)
        if parsed is None:
            raise _unsupported("query shape")
        if parsed["table"].lower() != "runs":
            raise _unsupported(f"table {parsed['table']}")
        columns = [c.strip() for c in parsed["cols"].split(",")]
        columns = list(_COLUMNS) if columns == ["*"] else columns
        unknown = [c for c in columns if c not in _COLUMNS]
        if unknown:
            raise _unsupported(f"columns {', '.join(unknown)}")
        conditions: list[tuple[str, str]] = []
        for part in re.split(r"\s+AND\s+", parsed["where"] or "", flags=re.IGNORECASE) if parsed["where"] else []:
            condition = _CONDITION.match(part)
            if condition is None or condition[1] not in _COLUMNS:
                raise _unsupported(f"condition {part.strip()!r}")
            conditions.append((condition[1], condition[2]))
        runs = self._scoped_runs(req, body)
        rows = [
            {c: _COLUMNS[c](run) for c in columns}
            for run in runs
            if all(_normalize(_COLUMNS[col](run)) == _normalize(value) for col, value in conditions)
        ]
        if parsed["limit"]:
            rows = rows[: int(parsed["limit"])]
        if fmt == "json":
            return json_response({"format": "json", "results": rows})
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return json_response({"format": "csv", "results": out.getvalue()})

    def _scoped_runs(self, req: Request, body: dict[str, Any]) -> list[Run]:
        scope = body.get("scope") or "environment"
        if scope not in ("environment", "project", "organization"):
            raise ApiError(400, f"Invalid scope: {scope}")
        if req.scopes is not None and scope != "environment":  # v3/queryScope.ts: a JWT's ceiling
            raise ApiError(
                403,
                f"This token is scoped to one environment, so it can't run a {scope}-scoped query. "
                'Use scope "environment", or a secret key.',
            )
        env = req.env_
        envs = [env] if scope == "environment" else list(env.project.environments.values())
        if scope == "organization":
            envs = [e for p in self.store.projects.values() for e in p.environments.values()]
        now = self.store.now()
        lower = now - (parse_duration(str(body.get("period") or "")) or now)
        upper = now + 1
        if body.get("from") and body.get("to"):
            lower = parse_instant(body["from"], now) or lower
            upper = parse_instant(body["to"], now) or upper
        runs = [r for e in envs for r in e.runs.values() if lower <= r.created_at <= upper]
        return sorted(runs, key=lambda r: -r.seq)
