"""Imperative CRON schedules with next-run times in the schedule's IANA timezone."""

from __future__ import annotations

import zoneinfo
from datetime import datetime
from typing import Any

from croniter import croniter

from trigger_client._cron import server_timezones

from ._clock import iso
from ._http import ApiError, Request, Response, Router, json_response
from ._pagination import offset_page
from ._state import Environment, Schedule, Settings, Store


def next_run_after(cron: str, tz: str, after: float) -> float:
    """First firing strictly after ``after`` (epoch seconds), evaluated in ``tz`` (DST aware)."""
    start = datetime.fromtimestamp(after, tz=zoneinfo.ZoneInfo(tz))
    nxt: datetime = croniter(cron, start).get_next(datetime)
    return nxt.timestamp()


def describe(cron: str) -> str:
    """A short English description for the common shapes, else the expression itself."""
    minute, hour, dom, month, dow = cron.split()
    if (dom, month, dow) == ("*", "*", "*"):
        if (minute, hour) == ("*", "*"):
            return "Every minute"
        if minute.startswith("*/") and hour == "*":
            return f"Every {minute[2:]} minutes"
        if minute.isdigit() and hour == "*":
            return f"At {minute} minutes past every hour"
        if minute.isdigit() and hour.isdigit():
            return f"At {int(hour):02d}:{int(minute):02d}"
    return f"CRON {cron}"


def schedule_payload(schedule: Schedule, timestamp: float) -> dict[str, Any]:
    """The payload a scheduled task receives (``ScheduledTaskPayload``)."""
    upcoming, t = [], timestamp
    for _ in range(5):
        t = next_run_after(schedule.cron, schedule.timezone, t)
        upcoming.append(iso(t))
    return {
        "scheduleId": schedule.id,
        "type": "IMPERATIVE",
        "timestamp": iso(timestamp),
        "lastTimestamp": iso(schedule.last_run),
        "externalId": schedule.external_id,
        "timezone": schedule.timezone,
        "upcoming": upcoming,
    }


class ScheduleRoutes:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def register(self, router: Router) -> None:
        router.add("POST", "/api/v1/schedules", self.create)
        router.add("GET", "/api/v1/schedules", self.list)
        router.add("GET", "/api/v1/schedules/{schedule_id}", self.retrieve)
        router.add("PUT", "/api/v1/schedules/{schedule_id}", self.update)
        router.add("DELETE", "/api/v1/schedules/{schedule_id}", self.delete)
        router.add("POST", "/api/v1/schedules/{schedule_id}/deactivate", self.deactivate)
        router.add("POST", "/api/v1/schedules/{schedule_id}/activate", self.activate)
        router.add("GET", "/api/v1/timezones", self.timezones, auth="none")

    def present(self, env: Environment, schedule: Schedule) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": schedule.id,
            "type": "IMPERATIVE",
            "task": schedule.task,
            "active": schedule.active,
            "deduplicationKey": schedule.deduplication_key,
            "externalId": schedule.external_id,
            "generator": {"type": "CRON", "expression": schedule.cron, "description": describe(schedule.cron)},
            "timezone": schedule.timezone,
            "nextRun": iso(schedule.next_run) if schedule.active else None,
            "nextRunEffectiveAt": iso(schedule.next_run) if schedule.active else None,
            "environments": [{"id": env.id, "type": env.type, "userName": "emulator" if env.slug == "dev" else None}],
        }
        if schedule.window:
            data["window"] = schedule.window
        return data

    def _parse(self, req: Request, *, creating: bool) -> dict[str, Any]:
        body = req.json_object()
        required = ("task", "cron", "deduplicationKey") if creating else ("task", "cron")
        issues = [
            {"code": "invalid_type", "path": [name], "message": "Required"}
            for name in required
            if not isinstance(body.get(name), str) or not body.get(name)
        ]
        issues += [
            {"code": "invalid_type", "path": [name], "message": "Expected string"}
            for name in ("externalId", "timezone", "window")
            if body.get(name) is not None and not isinstance(body.get(name), str)
        ]
        if issues:
            raise ApiError(400, "Invalid request body", issues=issues)
        cron = " ".join(body["cron"].split())
        if len(cron.split()) != 5 or not croniter.is_valid(cron):
            raise ApiError(422, f"Invalid cron expression: {body['cron']}")
        # v3/services/checkSchedule.server.ts, in its order; the routes answer these 422.
        tz = body.get("timezone") or "UTC"
        if tz not in server_timezones():
            host = req.header("host")
            origin = f"http://{host}" if host else self.settings.base_url
            raise ApiError(
                422, f"Invalid IANA timezone: '{tz}'. View the list of valid timezones at {origin}/timezones"
            )
        task = self.settings.tasks.get(body["task"])
        if task is None:
            raise ApiError(422, f"Task with identifier {body['task']} not found in project.")
        if not task.scheduled:
            raise ApiError(422, f"Task with identifier {body['task']} is not a scheduled task.")
        return {**body, "cron": cron, "timezone": tz}

    @staticmethod
    def _lookup(env: Environment, key: str) -> Schedule | None:
        # models/schedules.server.ts scheduleWhereClause: a `sched_` id, else the deduplication key.
        if key.startswith("sched_"):
            return env.schedules.get(key)
        return next((s for s in env.schedules.values() if s.deduplication_key == key), None)

    def _get(self, req: Request) -> Schedule:
        schedule = self._lookup(req.env_, req.params["schedule_id"])
        if schedule is None:
            raise ApiError(404, "Schedule not found")
        return schedule

    def _apply(self, schedule: Schedule, body: dict[str, Any]) -> None:
        schedule.task, schedule.cron, schedule.timezone = body["task"], body["cron"], body["timezone"]
        schedule.external_id, schedule.window = body.get("externalId"), body.get("window")
        schedule.next_run = next_run_after(schedule.cron, schedule.timezone, self.store.now())
        self.store.touch()

    def _new(self, env: Environment, body: dict[str, Any], deduplication_key: str) -> Schedule:
        schedule = Schedule(
            id=self.store.new_id("sched_"),
            seq=self.store.next_seq(),
            task=body["task"],
            cron=body["cron"],
            timezone=body["timezone"],
            deduplication_key=deduplication_key,
            external_id=None,
            window=None,
            active=True,
            created_at=self.store.now(),
        )
        env.schedules[schedule.id] = schedule
        return schedule

    def create(self, req: Request) -> Response:
        body = self._parse(req, creating=True)
        env = req.env_
        # The deduplication key makes create an upsert.
        key = body["deduplicationKey"]
        existing = next((s for s in env.schedules.values() if s.deduplication_key == key), None)
        schedule = existing or self._new(env, body, key)
        self._apply(schedule, body)
        return json_response(self.present(env, schedule))

    def list(self, req: Request) -> Response:
        schedules = sorted(req.env_.schedules.values(), key=lambda s: -s.seq)
        # ScheduleListPresenter.server.ts: 20 a page by default.
        page = offset_page(
            schedules, req, lambda s: self.present(req.env_, s), default_per_page=20, error="Invalid request parameters"
        )
        return json_response(page)

    def retrieve(self, req: Request) -> Response:
        return json_response(self.present(req.env_, self._get(req)))

    def update(self, req: Request) -> Response:
        # routes/api.v1.schedules.$scheduleId.ts PUT: the body first; a schedule of another environment is 404
        # ("hidden"), an unknown id falls through to the upsert's create path (v3/services/upsertTaskSchedule.server.ts
        # #createNewSchedule): a new `sched_` id, not the one in the URL, and a generated deduplication key.
        body = self._parse(req, creating=False)
        env, key = req.env_, req.params["schedule_id"]
        schedule = self._lookup(env, key)
        if schedule is None:
            if any(self._lookup(other, key) for other in env.project.environments.values() if other is not env):
                raise ApiError(404, "Schedule not found")
            schedule = self._new(env, body, self.store.new_id("", 24))  # nanoid(24) in the service
        self._apply(schedule, body)
        return json_response(self.present(env, schedule))

    def delete(self, req: Request) -> Response:
        schedule = self._get(req)
        del req.env_.schedules[schedule.id]
        self.store.touch()
        return json_response({"id": schedule.id})

    def _set_active(self, req: Request, active: bool) -> Response:
        schedule = self._get(req)
        schedule.active = active
        schedule.next_run = next_run_after(schedule.cron, schedule.timezone, self.store.now())
        self.store.touch()
        return json_response(self.present(req.env_, schedule))

    def activate(self, req: Request) -> Response:
        return self._set_active(req, True)

    def deactivate(self, req: Request) -> Response:
        return self._set_active(req, False)

    def timezones(self, req: Request) -> Response:
        exclude_utc = req.arg("excludeUtc") == "true"
        return json_response({"timezones": [tz for tz in server_timezones() if not (exclude_utc and tz == "UTC")]})
