"""Error groups: failed runs grouped by task and error (type + message), with a lifecycle.

Rules from apps/webapp/app/routes/api.v1.errors*.ts and presenters/v3/ApiErrorListPresenter.server.ts:
``filter[status]`` values unresolved/resolved/ignored (others 400), ``filter[search]`` up to 1000 characters,
``filter[from]``/``filter[to]`` ISO or epoch ms (CoercedDate), page size 1-100 (default 25), 404 ``Not found``.
An ignore ends after ``duration`` ms or once ``totalOccurrences`` more failures arrived (the route counts
from the occurrence count at ignore time); the emulator does not model ``occurrenceRate``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from ._clock import MAX_DATE_MS, iso, parse_duration, parse_instant
from ._http import ApiError, Request, Response, Router, json_response
from ._pagination import cursor_page
from ._state import Environment, Run, Store

FAILED_STATUSES = frozenset({"FAILED", "CRASHED", "SYSTEM_FAILURE", "TIMED_OUT"})
STATUSES = ("unresolved", "resolved", "ignored")


@dataclass
class Lifecycle:
    """What resolve/ignore/unresolve recorded for one group (absent: never touched)."""

    status: str = "unresolved"
    resolved_at: float | None = None
    resolved_in_version: str | None = None
    ignored_at: float | None = None
    ignored_until: float | None = None
    ignored_reason: str | None = None
    rate: float | None = None
    total: int | None = None
    count_at_ignore: int = 0


@dataclass
class Group:
    id: str
    fingerprint: str
    task: str
    error_type: str
    message: str
    runs: list[Run]

    def times(self) -> list[float]:
        return sorted(r.finished_at or r.updated_at for r in self.runs)


def _signature(run: Run) -> tuple[str, str]:
    error = run.error or {}
    return str(error.get("name") or "Error"), str(error.get("message") or run.status)


def _query_error(path: str, message: str) -> ApiError:
    return ApiError(400, "Query Error", details=[{"code": "custom", "message": message, "path": [path]}])


class ErrorRoutes:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.lifecycles: dict[tuple[str, str], Lifecycle] = {}  # (environment id, group id) -> lifecycle

    def register(self, router: Router) -> None:
        router.add("GET", "/api/v1/errors", self.list)
        router.add("GET", "/api/v1/errors/{errorId}", self.retrieve)
        router.add("POST", "/api/v1/errors/{errorId}/resolve", self.resolve)
        router.add("POST", "/api/v1/errors/{errorId}/ignore", self.ignore)
        router.add("POST", "/api/v1/errors/{errorId}/unresolve", self.unresolve)

    def groups(self, env: Environment) -> list[Group]:
        """The environment's failed runs grouped, most recently seen first."""
        grouped: dict[str, Group] = {}
        for run in sorted(env.runs.values(), key=lambda r: r.seq):
            if run.status not in FAILED_STATUSES:
                continue
            error_type, message = _signature(run)
            fingerprint = hashlib.sha256(f"{run.task}\0{error_type}\0{message}".encode()).hexdigest()[:16]
            group = grouped.setdefault(
                fingerprint, Group(f"error_{fingerprint}", fingerprint, run.task, error_type, message, [])
            )
            group.runs.append(run)
        return sorted(grouped.values(), key=lambda g: -g.times()[-1])

    def _lifecycle(self, env: Environment, group: Group) -> Lifecycle:
        state = self.lifecycles.get((env.id, group.id), Lifecycle())
        if state.status == "ignored":
            expired = state.ignored_until is not None and state.ignored_until <= self.store.now()
            resurfaced = state.total is not None and len(group.runs) - state.count_at_ignore >= state.total
            if expired or resurfaced:
                state = Lifecycle()
                self.lifecycles[(env.id, group.id)] = state
        return state

    def _present(self, env: Environment, group: Group, *, detail: bool) -> dict[str, Any]:
        state = self._lifecycle(env, group)
        times = group.times()
        data: dict[str, Any] = {
            "id": group.id,
            "fingerprint": group.fingerprint,
            "taskIdentifier": group.task,
            "errorType": group.error_type,
            "errorMessage": group.message,
            "status": state.status,
            "count": len(group.runs),
            "firstSeen": iso(times[0]),
            "lastSeen": iso(times[-1]),
            "resolvedAt": iso(state.resolved_at),
            "ignoredUntil": iso(state.ignored_until),
        }
        if detail:
            versions = list(dict.fromkeys(r.version for r in reversed(group.runs) if r.version))[:5]
            data |= {
                "affectedVersions": versions,
                "resolvedInVersion": state.resolved_in_version,
                "resolvedBy": None,
                "ignoredAt": iso(state.ignored_at),
                "ignoredReason": state.ignored_reason,
                "ignoredByUserId": None,
                "ignoredUntilOccurrenceRate": state.rate,
                "ignoredUntilTotalOccurrences": state.total,
            }
        return data

    def _find(self, req: Request) -> Group:
        found = next((g for g in self.groups(req.env_) if g.id == req.params["errorId"]), None)
        if found is None:
            raise ApiError(404, "Not found")
        return found

    def list(self, req: Request) -> Response:
        env, now = req.env_, self.store.now()

        def values(name: str) -> set[str] | None:
            raw = req.arg(f"filter[{name}]")
            return set(raw.split(",")) if raw else None

        statuses = values("status")
        if statuses and not statuses <= set(STATUSES):
            invalid = ", ".join(sorted(statuses - set(STATUSES)))
            raise _query_error("filter[status]", f"Invalid status values: {invalid}. Allowed: {', '.join(STATUSES)}.")
        search = (req.arg("filter[search]") or "").lower()
        if len(search) > 1000:
            raise _query_error("filter[search]", "String must contain at most 1000 character(s)")
        window: list[float] = []
        period = req.arg("filter[period]")
        if period:
            seconds = parse_duration(period)
            if seconds is None:
                raise _query_error("filter[period]", f"Invalid period: {period}")
            window.append(now - seconds)
        for bound in ("from", "to"):
            raw = req.arg(f"filter[{bound}]")
            instant = parse_instant(raw, now) if raw else None
            if raw and instant is None:
                raise _query_error(f"filter[{bound}]", "Invalid date")
            if bound == "from" and instant is not None:
                window.append(instant)
        tasks, versions = values("taskIdentifier"), values("version")
        groups = [
            g
            for g in self.groups(env)
            if (not tasks or g.task in tasks)
            and (not versions or any(r.version in versions for r in g.runs))
            and (not search or search in f"{g.error_type} {g.message}".lower())
            and (not statuses or self._lifecycle(env, g).status in statuses)
            and (not window or g.times()[-1] >= max(window))
        ]
        return json_response(cursor_page(groups, req, lambda g: self._present(env, g, detail=False), lambda g: g.id))

    def retrieve(self, req: Request) -> Response:
        return json_response(self._present(req.env_, self._find(req), detail=True))

    def resolve(self, req: Request) -> Response:
        group = self._find(req)
        body = req.json_object(optional=True)
        version = body.get("resolvedInVersion")
        if version is not None and not isinstance(version, str):
            raise ApiError(400, "Invalid request body", issues=[{"path": ["resolvedInVersion"]}])
        self.lifecycles[(req.env_.id, group.id)] = Lifecycle(
            status="resolved", resolved_at=self.store.now(), resolved_in_version=version
        )
        return self.retrieve(req)

    def ignore(self, req: Request) -> Response:
        group = self._find(req)
        body = req.json_object(optional=True)
        duration, total = body.get("duration"), body.get("totalOccurrences")
        for key, value in (("duration", duration), ("totalOccurrences", total)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value <= 0):
                raise ApiError(400, "Invalid request body", issues=[{"path": [key]}])
        reason, rate = body.get("reason"), body.get("occurrenceRate")
        if reason is not None and not isinstance(reason, str):
            raise ApiError(400, "Invalid request body", issues=[{"path": ["reason"]}])
        if rate is not None and (isinstance(rate, bool) or not isinstance(rate, int | float)):
            raise ApiError(400, "Invalid request body", issues=[{"path": ["occurrenceRate"]}])
        if duration is not None and duration > MAX_DATE_MS:
            raise ApiError(400, "Invalid request body", issues=[{"path": ["duration"], "message": "Too large"}])
        now = self.store.now()
        self.lifecycles[(req.env_.id, group.id)] = Lifecycle(
            status="ignored",
            ignored_at=now,
            ignored_until=None if duration is None else now + duration / 1000,
            ignored_reason=reason,
            rate=rate,
            total=total,
            count_at_ignore=len(group.runs),
        )
        return self.retrieve(req)

    def unresolve(self, req: Request) -> Response:
        group = self._find(req)
        self.lifecycles[(req.env_.id, group.id)] = Lifecycle()
        return self.retrieve(req)
