"""Concurrency limits: declared on tasks, overridden, paused and reset through the API, and enforced on runs.

The webapp at the commit in ``openapi/UPSTREAM.md`` has no concurrency-limit routes; the rules here follow the
official SDK 4.8.3: ``@trigger.dev/core`` 4.8.3 ``dist/esm/v3/schemas/queues.js`` (shapes and body rules) and
``@trigger.dev/sdk`` 4.8.3 ``docs/concurrency.mdx`` (what a limit does). Where those say nothing (the texts of
404s and refusals, the default page size) the emulator's choice is marked as such.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._clock import iso, parse_duration
from ._http import ApiError, Request, Response, Router, json_response
from ._pagination import offset_page
from ._queues import ensure_queue
from ._state import Environment, Run, Settings, Store

# TriggerConcurrencyLimitsSchema (schemas/api.js): at most two names at trigger time, this charset.
NAME = re.compile(r"[a-zA-Z0-9_-]{1,122}")
MAX_BOUND = 100_000  # ConcurrencyBoundSchema (schemas/queues.js)
# docs/concurrency.mdx "Overriding a limit for one key": 7 days by default, at most 30 days.
DEFAULT_KEY_TTL = 7 * 86_400.0
MAX_KEY_TTL = 30 * 86_400.0
RUNNING = ("EXECUTING", "DEQUEUED")


@dataclass(frozen=True)
class LimitDeclaration:
    """A limit as code declares it: ``concurrencyLimit({name, perKey, total})`` or a task's inline
    ``concurrency: {perKey, total}`` (named ``task/<task id>``)."""

    name: str
    per_key: int | None
    total: int | None


@dataclass
class KeyOverride:
    per_key: int
    expires_at: float


@dataclass
class LimitState:
    """What the API changed on one environment's limit (overrides, pause); the bounds come from its declaration."""

    id: str
    per_key: int | None = None
    per_key_at: float | None = None
    total: int | None = None
    total_at: float | None = None
    paused: bool = False
    keys: dict[str, KeyOverride] = field(default_factory=dict)


def declare_task_limits(settings: Settings, task_id: str, concurrency: Any) -> tuple[str, ...]:
    """Register a task's ``concurrency`` (a ``{"per_key", "total"}`` dict, a limit name, or a list of at most one
    dict and two names, as ``normalizeTaskConcurrency`` in the SDK's shared.js allows); returns the named ones."""
    items = concurrency if isinstance(concurrency, list | tuple) else [concurrency]
    inline = [item for item in items if isinstance(item, Mapping)]
    names = [item for item in items if not isinstance(item, Mapping)]
    if len(inline) > 1:
        raise ValueError(f"task {task_id!r}: concurrency accepts at most one inline limit")
    if len(names) > 2:
        raise ValueError(f"task {task_id!r}: concurrency accepts at most two named limits")
    for name in names:
        if not isinstance(name, str) or name not in settings.concurrency_limits:
            raise ValueError(f"task {task_id!r}: declare {name!r} first with emulator.concurrency_limit({name!r}, ...)")
    if inline:
        bounds = dict(inline[0])
        unknown = set(bounds) - {"per_key", "total"}
        if unknown or not bounds:
            raise ValueError(f"task {task_id!r}: an inline limit is a dict of 'per_key' and/or 'total'")
        settings.concurrency_limits[f"task/{task_id}"] = declaration(
            f"task/{task_id}", bounds.get("per_key"), bounds.get("total")
        )
    return tuple(names)


def task_queue(store: Store, settings: Settings, env: Environment, task_id: str) -> None:
    """A registered task's queue: V2 (only the line runs wait in) once the task declares concurrency limits."""
    queue = ensure_queue(store, env, task_id, "task")
    if settings.tasks[task_id].concurrency or f"task/{task_id}" in settings.concurrency_limits:
        queue.version = "V2"


def declaration(name: str, per_key: int | None, total: int | None) -> LimitDeclaration:
    for label, value in (("per_key", per_key), ("total", total)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise ValueError(f"concurrency limit {name!r}: {label} must be a non-negative integer")
    return LimitDeclaration(name, per_key, total)


def held_limits(run: Run, settings: Settings) -> list[str]:
    """The limits a run holds: its task's inline limit always, and the trigger's ``concurrency`` names instead of
    the task's declared named ones (docs/concurrency.mdx "Setting limits when you trigger a run"). A name that no
    task declared gates nothing here (the server's answer to it is not documented)."""
    held = [f"task/{run.task}"] if f"task/{run.task}" in settings.concurrency_limits else []
    chosen = run.options.get("concurrency")
    if isinstance(chosen, list):
        named: Iterable[str] = chosen
    else:
        definition = settings.tasks.get(run.task)
        named = definition.concurrency if definition else ()
    return held + [name for name in named if name in settings.concurrency_limits]


def run_key(run: Run) -> str | None:
    key = run.options.get("concurrencyKey")
    return None if key is None else str(key)


class LimitsView:
    """The limits of one environment at one instant: bounds in force, counts, and whether a run may start."""

    def __init__(self, store: Store, settings: Settings, env: Environment) -> None:
        self.store, self.settings, self.env = store, settings, env
        self.now = store.now()
        self._running: dict[str, list[Run]] | None = None

    def state(self, name: str) -> LimitState:
        """The limit's state here, created (with its id) on first use through the API."""
        state = self.env.concurrency_limits.get(name)
        if state is None:
            state = self.env.concurrency_limits[name] = LimitState(id=self.store.new_id("climit_"))
        return state

    def _peek(self, name: str) -> LimitState:
        # Reading for the worker never creates state, so runs' gating draws no ids from the seeded generator.
        return self.env.concurrency_limits.get(name) or LimitState(id="")

    def per_key(self, name: str) -> int | None:
        state, declared = self._peek(name), self.settings.concurrency_limits[name]
        return state.per_key if state.per_key is not None else declared.per_key

    def total(self, name: str) -> int | None:
        state, declared = self._peek(name), self.settings.concurrency_limits[name]
        return state.total if state.total is not None else declared.total

    def key_override(self, name: str, key: str) -> int | None:
        """A key's live override; none once it expired (by the emulator's clock) or the limit has no perKey."""
        found = self._peek(name).keys.get(key)
        if found is None or found.expires_at <= self.now or self.per_key(name) is None:
            return None
        return found.per_key

    def key_bound(self, name: str, key: str | None) -> int | None:
        override = None if key is None else self.key_override(name, key)
        return override if override is not None else self.per_key(name)

    def holders(self, name: str, statuses: Iterable[str]) -> list[Run]:
        wanted = set(statuses)
        return [r for r in self.env.runs.values() if r.status in wanted and name in held_limits(r, self.settings)]

    def running(self, name: str) -> list[Run]:
        """Executing runs holding ``name``, counted once per view (the worker asks for every queued run)."""
        if self._running is None:
            self._running = {}
            for run in self.env.runs.values():
                if run.status in RUNNING:
                    for held in held_limits(run, self.settings):
                        self._running.setdefault(held, []).append(run)
        return self._running.get(name, [])

    def admits(self, run: Run) -> bool:
        """Whether every limit the run holds has room (a run occupies a slot in each while it executes)."""
        key = run_key(run)
        for name in held_limits(run, self.settings):
            if self._peek(name).paused:
                return False
            running = self.running(name)
            total = self.total(name)
            if total is not None and len(running) >= total:
                return False
            bound = self.key_bound(name, key)
            if bound is not None and sum(1 for r in running if run_key(r) == key) >= bound:
                return False
        return True

    def present(self, name: str) -> dict[str, Any]:
        """ConcurrencyLimitItem (schemas/queues.js)."""
        state, declared = self.state(name), self.settings.concurrency_limits[name]
        return {
            "id": state.id,
            "name": name,
            "perKey": _bound(self.per_key(name), declared.per_key, state.per_key, state.per_key_at),
            "total": _bound(self.total(name), declared.total, state.total, state.total_at),
            "running": len(self.holders(name, RUNNING)),
            "queued": len(self.holders(name, ("QUEUED",))),
            "paused": state.paused,
        }

    def present_key(self, name: str, key: str) -> dict[str, Any]:
        """ConcurrencyLimitKeyItem (schemas/queues.js): ``base`` is the limit's perKey, ``current`` what applies."""
        override = self.key_override(name, key)
        found = self.state(name).keys.get(key)
        return {
            "name": name,
            "concurrencyKey": key,
            "perKey": {
                "current": self.key_bound(name, key),
                "base": self.per_key(name),
                "override": override,
                "expiresAt": iso(found.expires_at) if override is not None and found else None,
            },
            "running": sum(1 for r in self.holders(name, RUNNING) if run_key(r) == key),
            "paused": self.state(name).paused,
        }


def _bound(current: int | None, base: int | None, override: int | None, at: float | None) -> dict[str, Any]:
    return {"current": current, "base": base, "override": override, "overriddenAt": iso(at)}


def _invalid(path: str, message: str) -> ApiError:
    return ApiError(400, "Invalid request body", issues=[{"path": [path] if path else [], "message": message}])


def _bound_value(body: Mapping[str, Any], name: str) -> int | None:
    value = body.get(name)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_BOUND):
        raise _invalid(name, f"Number must be an integer from 0 to {MAX_BOUND}")
    return value


def _concurrency_key(value: Any) -> str | None:
    """OverrideConcurrencyKeySchema: a string or a number, kept as a 1-128 character string."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _invalid("concurrencyKey", "Expected string or number")
    text = str(value)
    if not 1 <= len(text) <= 128:
        raise _invalid("concurrencyKey", "String must contain between 1 and 128 characters")
    return text


def _ttl_seconds(value: Any) -> float:
    if value is None:
        return DEFAULT_KEY_TTL
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        seconds: float | None = float(value)
    else:
        seconds = parse_duration(value) if isinstance(value, str) else None
    if not seconds:
        raise _invalid("ttl", "Expected a duration such as 7d, or a positive number of seconds")
    if seconds > MAX_KEY_TTL:
        # docs/concurrency.mdx says 30 days at most; the status of a longer one is the emulator's choice.
        raise _invalid("ttl", "A per-key override lasts at most 30 days")
    return seconds


def check_trigger_concurrency(options: Mapping[str, Any]) -> None:
    """The ``concurrency`` trigger option: a list of at most 2 names of the documented charset, refused up front
    with a 400 (TriggerConcurrencyLimitsSchema, whose comment says the bad name is "a uniform up-front 400")."""
    names = options.get("concurrency")
    if names is None:
        return
    if not isinstance(names, list) or len(names) > 2:
        raise _invalid("concurrency", "Expected an array of at most 2 concurrency limit names")
    if not all(isinstance(n, str) and NAME.fullmatch(n) for n in names):
        raise _invalid(
            "concurrency",
            "Concurrency limit names are 1-122 characters using only letters, numbers, underscores and hyphens",
        )


class ConcurrencyLimitRoutes:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store, self.settings = store, settings

    def register(self, router: Router) -> None:
        router.add("GET", "/api/v1/concurrency-limits", self.list)
        router.add("GET", "/api/v1/concurrency-limits/{name}", self.retrieve)
        router.add("POST", "/api/v1/concurrency-limits/{name}/override", self.override)
        router.add("POST", "/api/v1/concurrency-limits/{name}/pause", self.pause)
        router.add("POST", "/api/v1/concurrency-limits/{name}/reset", self.reset)

    def _limits(self, req: Request) -> tuple[LimitsView, str]:
        name = req.params.get("name", "")
        if name and name not in self.settings.concurrency_limits:
            raise ApiError(404, "Concurrency limit not found")  # the text is the emulator's; the SDK names none
        return LimitsView(self.store, self.settings, req.env_), name

    def list(self, req: Request) -> Response:
        limits, _ = self._limits(req)
        names = sorted(self.settings.concurrency_limits)
        # The page size the server defaults to is not documented; 25 as the queue list.
        return json_response(offset_page(names, req, limits.present, default_per_page=25, error="Query Error"))

    def retrieve(self, req: Request) -> Response:
        limits, name = self._limits(req)
        key = _concurrency_key(req.arg("concurrencyKey"))
        return json_response(limits.present(name) if key is None else limits.present_key(name, key))

    def override(self, req: Request) -> Response:
        limits, name = self._limits(req)
        body = req.json_object()
        per_key, total = _bound_value(body, "perKey"), _bound_value(body, "total")
        key = _concurrency_key(body.get("concurrencyKey"))
        state = limits.state(name)
        # OverrideConcurrencyLimitRequestBody's cross-field rules and messages (schemas/queues.js).
        if key is not None:
            if per_key is None:
                raise _invalid("perKey", "A per-key override needs `perKey`")
            if total is not None:
                raise _invalid("total", "`total` is not per key; omit it when overriding one concurrencyKey")
            if limits.per_key(name) is None:
                # docs/concurrency.mdx: a limit with only a `total` has no per-key bound, "so the call is rejected".
                raise ApiError(400, f"Concurrency limit {name} has no perKey bound to override for a key")
            state.keys[key] = KeyOverride(per_key, limits.now + _ttl_seconds(body.get("ttl")))
            self.store.touch()
            return json_response(limits.present_key(name, key))
        if body.get("ttl") is not None:
            raise _invalid("ttl", "`ttl` only applies to a per-key override; pass `concurrencyKey` with it")
        if per_key is None and total is None:
            raise _invalid("", "Provide at least one of `perKey` or `total`")
        # "Overrides change only the fields you pass" (docs/concurrency.mdx).
        if per_key is not None:
            state.per_key, state.per_key_at = per_key, limits.now
        if total is not None:
            state.total, state.total_at = total, limits.now
        self.store.touch()
        return json_response(limits.present(name))

    def pause(self, req: Request) -> Response:
        limits, name = self._limits(req)
        action = req.json_object().get("action")
        if action not in ("pause", "resume"):
            raise _invalid("action", "Expected 'pause' | 'resume'")
        limits.state(name).paused = action == "pause"
        self.store.touch()
        return json_response(limits.present(name))

    def reset(self, req: Request) -> Response:
        limits, name = self._limits(req)
        key = _concurrency_key(req.json_object(optional=True).get("concurrencyKey"))
        state = limits.state(name)
        if key is not None:
            state.keys.pop(key, None)
            self.store.touch()
            return json_response(limits.present_key(name, key))
        # Without a key the limit's own overrides go and keys' overrides stay (docs/concurrency.mdx).
        state.per_key = state.per_key_at = state.total = state.total_at = None
        self.store.touch()
        return json_response(limits.present(name))
