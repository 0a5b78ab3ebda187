"""Moves time-driven state along and executes queued runs with the registered task functions."""

from __future__ import annotations

import asyncio
import concurrent.futures
import difflib
import inspect
import json
import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._concurrency import LimitsView
from ._packets import offload_output
from ._queues import effective_limit
from ._realtime import append_stream_chunk
from ._runs import RunService
from ._schedules import next_run_after, schedule_payload
from ._state import Attempt, Run, Settings, Store

log = logging.getLogger("trigger_client.testing")


@dataclass
class TaskContext:
    """Second argument for task functions that accept two: which run and attempt this is.

    Example:
        >>> @emulator.task("flaky")  # doctest: +SKIP
        ... def flaky(payload, ctx):
        ...     if ctx.attempt < 2:
        ...         raise RuntimeError("first attempt fails")
        ...     return "ok"
    """

    run_id: str
    task: str
    attempt: int
    tags: list[str] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    stream_sink: Callable[[str, Any], None] | None = field(default=None, repr=False, compare=False)
    input_source: Callable[[str], list[Any]] | None = field(default=None, repr=False, compare=False)

    def stream(self, key: str, chunk: Any) -> None:
        """Append a JSON ``chunk`` to this run's realtime stream ``key`` (read with ``client.runs.stream``).

        Example:
            >>> @emulator.task("chat")  # doctest: +SKIP
            ... def chat(payload, ctx):
            ...     for word in ("Hello", "world"):
            ...         ctx.stream("default", word)
        """
        if self.stream_sink is None:
            raise RuntimeError("this TaskContext is not attached to an emulator run")
        self.stream_sink(key, chunk)

    def inputs(self, stream_id: str) -> list[Any]:
        """What was sent to this run's input stream ``stream_id`` so far (``client.runs.send_input``), in order.

        Example:
            >>> @emulator.task("approve")  # doctest: +SKIP
            ... def approve(payload, ctx):
            ...     return ctx.inputs("approval")
        """
        if self.input_source is None:
            raise RuntimeError("this TaskContext is not attached to an emulator run")
        return self.input_source(stream_id)


def _call(fn: Callable[..., Any], payload: Any, ctx: TaskContext) -> Any:
    params = [
        p
        for p in inspect.signature(fn).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.VAR_POSITIONAL)
    ]
    args = (payload, ctx) if len(params) >= 2 or any(p.kind == p.VAR_POSITIONAL for p in params) else (payload,)
    result = fn(*args)
    if inspect.isawaitable(result):
        return _await(result)
    return result


def _await(awaitable: Any) -> Any:
    async def wrapper() -> Any:
        return await awaitable

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(wrapper())
    # Called from inside an event loop (e.g. an async test calling run_pending): use a fresh thread.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, wrapper()).result()


# MAX_ERROR_CAUSES (@trigger.dev/core 4.8.3 errors.js): the SDK keeps at most five links of a cause chain.
MAX_ERROR_CAUSES = 5


def _causes(exc: BaseException) -> list[dict[str, Any]]:
    """``raise … from cause`` chains as the SDK flattens ``error.cause`` (extractErrorCauses: outermost first,
    bounded, cycles cut)."""
    causes: list[dict[str, Any]] = []
    seen = {id(exc)}
    current = exc.__cause__
    while current is not None and len(causes) < MAX_ERROR_CAUSES and id(current) not in seen:
        seen.add(id(current))
        causes.append({"name": type(current).__name__, "message": str(current) or type(current).__name__})
        current = current.__cause__
    return causes


def _error(exc: BaseException) -> dict[str, Any]:
    error = {
        "message": str(exc) or type(exc).__name__,
        "name": type(exc).__name__,
        "stackTrace": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
    }
    causes = _causes(exc)
    return {**error, "causes": causes} if causes else error


class Worker:
    """Timers (delays, TTLs, token timeouts, schedules) and run execution."""

    def __init__(self, store: Store, settings: Settings, runs: RunService) -> None:
        self.store = store
        self.settings = settings
        self.runs = runs
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # Runs start_pending() started whose functions have not run yet; run_pending() executes them first.
        self._started: list[Run] = []

    def tick(self) -> None:
        """Apply everything that is due at the current time."""
        with self.store.lock:
            now = self.store.now()
            for project in list(self.store.projects.values()):
                for env in project.environments.values():
                    for run in list(env.runs.values()):
                        if run.status == "DELAYED" and run.delay_until is not None and run.delay_until <= now:
                            run.status = "QUEUED"
                            self.store.touch(run)
                        if run.status == "QUEUED" and run.expires_at is not None and run.expires_at <= now:
                            run.status, run.expired_at, run.finished_at = "EXPIRED", now, now
                            self.store.touch(run)
                    for token in env.waitpoints.values():
                        if token.status == "WAITING" and token.timeout_at is not None and token.timeout_at <= now:
                            token.status, token.completed_at = "TIMED_OUT", now
                            token.output = json.dumps({"message": "Waitpoint timed out"})
                            token.output_is_error = True
                            self.store.touch()
                    for schedule in list(env.schedules.values()):
                        while schedule.active and schedule.next_run is not None and schedule.next_run <= now:
                            payload = schedule_payload(schedule, schedule.next_run)
                            body = {"payload": json.dumps(payload), "options": {"payloadType": "application/json"}}
                            self.runs.create_run(env, schedule.task, body, schedule_id=schedule.id)
                            schedule.last_run = schedule.next_run
                            schedule.next_run = next_run_after(schedule.cron, schedule.timezone, schedule.next_run)
                            self.store.touch()

    def _claim(self) -> Run | None:
        with self.store.lock:
            candidates: list[Run] = []
            for project in self.store.projects.values():
                for env in project.environments.values():
                    queues = {f"task/{q.name}" if q.type == "task" else q.name: q for q in env.queues.values()}
                    limits = LimitsView(self.store, self.settings, env)
                    running: dict[str, int] = {}
                    for run in env.runs.values():
                        if run.status in ("EXECUTING", "DEQUEUED"):
                            running[run.queue] = running.get(run.queue, 0) + 1
                    for run in env.runs.values():
                        queue = queues.get(run.queue)
                        limit = effective_limit(queue) if queue else None
                        if run.status != "QUEUED" or (queue and queue.paused):
                            continue
                        if limit is not None and running.get(run.queue, 0) >= limit:
                            continue
                        if run.task not in self.settings.tasks and self.settings.unregistered == "queue":
                            continue
                        if not limits.admits(run):
                            continue  # a concurrency limit it holds is full or paused (docs/concurrency.mdx)
                        candidates.append(run)
            if not candidates:
                return None
            run = min(candidates, key=lambda r: r.seq)
            now = self.store.now()
            run.status, run.started_at = "EXECUTING", run.started_at or now
            run.attempts.append(Attempt(number=len(run.attempts) + 1, started_at=now))
            self.store.touch(run)
            return run

    def _execute(self, run: Run) -> None:
        definition = self.settings.tasks.get(run.task)
        while True:
            attempt = run.attempts[-1]
            ok, output, error = True, None, None
            if definition is None:
                if self.settings.unregistered == "fail":
                    ok, error = False, {"message": unregistered_message(run.task, self.settings), "name": "Error"}
            else:
                ctx = TaskContext(
                    run.id,
                    run.task,
                    attempt.number,
                    list(run.tags),
                    dict(run.metadata or {}),
                    stream_sink=lambda key, chunk: append_stream_chunk(self.store, run, key, chunk),
                    input_source=lambda stream_id: list(run.inputs.get(stream_id, [])),
                )
                try:
                    output = _call(definition.fn, run.payload, ctx)
                    json.dumps(output)
                except Exception as exc:
                    ok, error = False, _error(exc)
            with self.store.lock:
                if run.status != "EXECUTING":
                    return  # cancelled while the function ran; its result is discarded
                now = self.store.now()
                attempt.completed_at = now
                if ok:
                    attempt.status = "COMPLETED"
                    run.status, run.finished_at = "COMPLETED", now
                    run.output, run.has_output = output, definition is not None
                    if run.has_output:
                        offload_output(run, attempt.number)
                    self.store.touch(run)
                    return
                attempt.status, attempt.error = "FAILED", error
                if attempt.number >= run.max_attempts:
                    run.status, run.finished_at, run.error = "FAILED", now, error
                    self.store.touch(run)
                    return
                run.attempts.append(Attempt(number=attempt.number + 1, started_at=now))
                self.store.touch(run)

    def start_pending(self) -> list[str]:
        """Start every run the queues and concurrency limits admit, leaving their functions for run_pending."""
        self.tick()
        started: list[Run] = []
        while (run := self._claim()) is not None:
            started.append(run)
        with self.store.lock:
            self._started.extend(started)
        return [run.id for run in started]

    def _next_started(self) -> Run | None:
        with self.store.lock:
            while self._started:
                run = self._started.pop(0)
                if run.status == "EXECUTING":  # not cancelled meanwhile
                    return run
            return None

    def run_pending(self) -> int:
        """Apply due timers and execute every runnable run; returns how many attempts ran."""
        executed = 0
        while True:
            self.tick()
            run = self._next_started() or self._claim()
            if run is None:
                return executed
            executed += 1
            try:
                self._execute(run)
            except Exception:  # a bug here must not kill the worker thread
                log.exception("emulator failed executing %s", run.id)

    def next_timer(self) -> float | None:
        with self.store.lock:
            due = [
                t
                for project in self.store.projects.values()
                for env in project.environments.values()
                for t in (
                    *(r.delay_until for r in env.runs.values() if r.status == "DELAYED"),
                    *(r.expires_at for r in env.runs.values() if r.status == "QUEUED"),
                    *(w.timeout_at for w in env.waitpoints.values() if w.status == "WAITING"),
                    *(s.next_run for s in env.schedules.values() if s.active),
                )
                if t is not None
            ]
            return min(due) if due else None

    def start(self) -> None:
        """Run a background thread that executes runs promptly (real-time clock only)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="trigger-emulator-worker", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        with self.store.lock:
            self.store.changed.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _loop(self) -> None:
        while not self._stop.is_set():
            # Read the counter before working so a change made meanwhile skips the wait below.
            with self.store.lock:
                seen = self.store.version
            self.run_pending()
            with self.store.lock:
                if self._stop.is_set():
                    return
                due = self.next_timer()
                timeout = 0.5 if due is None else max(0.0, min(0.5, due - self.store.now()))
                if self.store.version == seen:
                    self.store.changed.wait(timeout)


def unregistered_message(task_id: str, settings: Settings) -> str:
    """Why a run of an unregistered task failed, with the near misses and the way to allow it."""
    known = sorted(settings.tasks)
    close = difflib.get_close_matches(task_id, known, n=1)
    hint = f" Did you mean {close[0]!r}?" if close else f" Registered tasks: {', '.join(known) or 'none'}."
    return (
        f"Task {task_id!r} is not registered in the emulator.{hint} Register it with @emulator.task({task_id!r}), "
        "or pass unregistered='complete' to TriggerEmulator to complete such runs with no output."
    )
