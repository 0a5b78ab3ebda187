"""``TriggerEmulator``: the one request handler plus the controls tests use."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from ._auth import authenticate, bearer
from ._batches import BatchRoutes
from ._bulk_actions import BulkActionRoutes
from ._clock import Clock, ManualClock, RealClock
from ._concurrency import ConcurrencyLimitRoutes, declaration, declare_task_limits, task_queue
from ._dashboards import DashboardRoutes
from ._deployments import SEED_VERSION, DeploymentRoutes, add_deployment
from ._envvars import EnvVarRoutes
from ._errors import ErrorRoutes
from ._http import ApiError, DroppedConnection, Request, Response, Router, error_response, json_response
from ._limits import API_BUCKET, BATCH_ITEMS_PATH, Faults, Limits, RateDecision, TokenBucket, is_limited
from ._packets import PacketRoutes
from ._prompts import PromptRoutes
from ._public_tokens import PublicTokenRoutes
from ._query import QueryRoutes
from ._queues import QueueRoutes
from ._realtime import RealtimeRoutes
from ._reports import ReportRoutes
from ._run_io import RunIoRoutes
from ._run_traces import RunTraceRoutes
from ._run_views import RunPresenter
from ._runs import RunService
from ._schedules import ScheduleRoutes
from ._session_channels import SessionChannelRoutes
from ._session_handoff import SessionHandoffRoutes
from ._sessions import SessionRoutes
from ._state import Project, Run, Settings, Store, TaskDefinition
from ._validation import SpecMismatch, SpecValidationError, require_validator
from ._waitpoints import WaitpointRoutes
from ._webhooks import WebhookRoutes
from ._worker import Worker

if TYPE_CHECKING:
    import httpx

    from ._adapters import AsgiApp

log = logging.getLogger("trigger_client.testing")
F = TypeVar("F", bound=Callable[..., Any])
MAX_BODY_BYTES = 10 * 1024 * 1024


class TriggerEmulator:
    """An in-memory Trigger.dev API: every operation of the vendored spec plus the SDK's extra endpoints.

    Example:
        >>> import httpx
        >>> emulator = TriggerEmulator(clock=ManualClock())
        >>> @emulator.task("send-email")
        ... def send_email(payload):
        ...     return {"sent": payload["to"]}
        >>> client = httpx.Client(transport=emulator.transport, base_url=emulator.base_url,
        ...                       headers={"Authorization": f"Bearer {emulator.secret_key}"})
        >>> run_id = client.post("/api/v1/tasks/send-email/trigger",
        ...                      json={"payload": {"to": "a@b.c"}}).json()["id"]
        >>> emulator.run_pending()
        1
        >>> client.get(f"/api/v3/runs/{run_id}").json()["output"]
        {'sent': 'a@b.c'}
    """

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        validate: bool = False,
        rate_limit: int | TokenBucket | None = None,
        seed: int | None = None,
        unregistered: str = "fail",
        default_max_attempts: int = 1,
        base_url: str = "http://trigger-emulator.local",
    ) -> None:
        self.clock: Clock = clock or RealClock()
        self.store = Store(self.clock, seed)
        self.settings = Settings(default_max_attempts=default_max_attempts, base_url=base_url)
        self.unregistered = unregistered
        # None: the webapp's bucket; an int n (as before the real bucket): n requests a minute, refilled each minute.
        if isinstance(rate_limit, int):
            rate_limit = TokenBucket(max_tokens=rate_limit, refill_rate=rate_limit, interval=60.0)
        self.limits = Limits(self.clock, api=rate_limit or API_BUCKET)
        self.faults = Faults(seed)
        if validate:
            require_validator()
        self.validate = validate
        self.validation_errors: list[SpecMismatch] = []
        self._router = Router()
        self._runs = RunService(self.store, self.settings)
        self.realtime = RealtimeRoutes(self.store, self.settings)
        sessions = SessionRoutes(self.store, self._runs)
        # Seeding of what code and providers create (endpoints, deliveries, saved transcripts).
        self.webhooks = WebhookRoutes(self.store, self.settings, self._runs)
        self.transcripts = SessionHandoffRoutes(self.store, sessions, self._runs)
        self._prompts = PromptRoutes(self.store)
        for routes in (
            self._runs,
            BatchRoutes(self.store, self.settings, self._runs, self.limits),
            ScheduleRoutes(self.store, self.settings),
            EnvVarRoutes(self.store),
            QueueRoutes(self.store),
            WaitpointRoutes(self.store, self.settings),
            DeploymentRoutes(self.store, self.settings),
            QueryRoutes(self.store),
            BulkActionRoutes(self.store, self._runs),
            ErrorRoutes(self.store),
            sessions,
            SessionChannelRoutes(self.store, sessions, self.realtime),
            self.transcripts,
            self.webhooks,
            self.realtime,
            PacketRoutes(self.store, self.settings),
            PublicTokenRoutes(self.store),
            ConcurrencyLimitRoutes(self.store, self.settings),
            RunTraceRoutes(self.store),
            RunIoRoutes(self.store, self.settings, self._runs),
            DashboardRoutes(self.store),
            self._prompts,
            ReportRoutes(self.store),
        ):
            routes.register(self._router)
        self._worker = Worker(self.store, self.settings, self._runs)
        self.default_project = self.add_project(name="Emulator Project")
        self.pat = self.create_pat()
        self._transports: dict[str, Any] = {}
        if not isinstance(self.clock, ManualClock):
            self._worker.start()

    # --- configuration and controls -------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """Base URL for in-process clients (any host works; it also names callback URLs)."""
        return self.settings.base_url

    @property
    def secret_key(self) -> str:
        """Dev secret key (``tr_dev_…``) of the default project."""
        return self.default_project.secret_keys["dev"]

    @property
    def project_ref(self) -> str:
        """Ref (``proj_…``) of the default project."""
        return self.default_project.ref

    @property
    def unregistered(self) -> str:
        """What happens to runs of tasks without a function.

        ``"fail"`` (the default) fails them at once with an error naming the task, so a typo in a task id cannot
        pass unnoticed; ``"complete"`` completes them with no output; ``"queue"`` leaves them queued.
        """
        return self.settings.unregistered

    @unregistered.setter
    def unregistered(self, value: str) -> None:
        if value not in ("queue", "complete", "fail"):
            raise ValueError("unregistered must be 'queue', 'complete' or 'fail'")
        self.settings.unregistered = value

    def task(
        self, task_id: str, *, max_attempts: int | None = None, scheduled: bool = False, concurrency: Any = None
    ) -> Callable[[F], F]:
        """Register a (sync or async) function run for ``task_id``; it gets the decoded payload.

        ``scheduled=True`` declares a scheduled task: as on the real server, only those accept schedules.
        ``concurrency`` declares the task's concurrency limits as the SDK's task option does: an inline
        ``{"per_key": n, "total": m}`` (managed as ``task/<task id>``), the names of limits declared with
        :meth:`concurrency_limit`, or a list of at most one inline limit and two names. Such a task's queue is
        on the new model (``version: "V2"``).

        Example:
            >>> @emulator.task("resize", max_attempts=3, concurrency={"total": 2})  # doctest: +SKIP
            ... async def resize(payload, ctx):
            ...     return {"attempt": ctx.attempt}
        """

        def register(fn: F) -> F:
            with self.store.lock:
                named = () if concurrency is None else declare_task_limits(self.settings, task_id, concurrency)
                self.settings.tasks[task_id] = TaskDefinition(task_id, fn, max_attempts, scheduled, named)
                for project in self.store.projects.values():
                    for env in project.environments.values():
                        task_queue(self.store, self.settings, env, task_id)
                self.store.touch()
            return fn

        return register

    def concurrency_limit(self, name: str, *, per_key: int | None = None, total: int | None = None) -> str:
        """Declare a named limit tasks can share (the SDK's ``concurrencyLimit({name, perKey, total})``); returns
        its name, for ``@emulator.task(..., concurrency=[name])``.

        Example:
            >>> openai = emulator.concurrency_limit("openai", total=25)  # doctest: +SKIP
            >>> @emulator.task("summarize", concurrency=[{"total": 5}, openai])  # doctest: +SKIP
            ... def summarize(payload):
            ...     return "ok"
        """
        with self.store.lock:
            self.settings.concurrency_limits[name] = declaration(name, per_key, total)
            self.store.touch()
        return name

    def add_project(self, ref: str | None = None, name: str = "Project") -> Project:
        """Create an isolated project with a secret key per environment.

        Example:
            >>> other = emulator.add_project(name="other")  # doctest: +SKIP
            >>> other.secret_keys["prod"].startswith("tr_prod_")  # doctest: +SKIP
            True
        """
        with self.store.lock:
            project = self.store.add_project(ref, name)
            for env in project.environments.values():
                add_deployment(self.store, env, SEED_VERSION)
                for task_id in self.settings.tasks:
                    task_queue(self.store, self.settings, env, task_id)
            return project

    def create_pat(self) -> str:
        """A new personal access token (``tr_pat_…``) valid for every project."""
        with self.store.lock:
            return self.store.create_pat()

    def add_deployment(self, version: str, *, environment: str = "dev", project_ref: str | None = None) -> str:
        """Add a deployed version without promoting it; returns its ``deployment_…`` id."""
        with self.store.lock:
            project = self.store.projects[project_ref or self.project_ref]
            return add_deployment(self.store, project.environments[environment], version, promote=False).id

    def add_prompt(
        self,
        slug: str,
        content: str,
        *,
        model: str | None = None,
        config: dict[str, Any] | None = None,
        description: str | None = None,
        tags: Sequence[str] = (),
        environment: str = "dev",
        project_ref: str | None = None,
    ) -> int:
        """Deploy a prompt as ``prompts.define`` in code does: a new ``code`` version labelled ``current`` when
        its text, model or config changed. Returns the current version number.

        Example:
            >>> emulator.add_prompt("greeting", "Hello {{name}}!", model="gpt-4o")  # doctest: +SKIP
            1
        """
        with self.store.lock:
            env = self.store.projects[project_ref or self.project_ref].environments[environment]
            return self._prompts.deploy(
                env, slug, content, model=model, config=config, description=description, tags=list(tags)
            )

    def advance(self, seconds: float) -> None:
        """Move a ``ManualClock`` forward and apply what became due (delays, TTLs, timeouts, schedules)."""
        if not isinstance(self.clock, ManualClock):
            raise TypeError("advance() needs TriggerEmulator(clock=ManualClock(...))")
        self.clock.advance(seconds)
        self._worker.tick()

    def run_pending(self) -> int:
        """Execute queued runs now, synchronously; returns the number of attempts started."""
        return self._worker.run_pending()

    def start_pending(self) -> list[str]:
        """Start every queued run that its queue and concurrency limits admit, without running its function yet;
        returns their ids. They stay ``EXECUTING`` (holding their slots) until :meth:`run_pending`, so a test can
        see a limit hold the others back.

        Example:
            >>> started = emulator.start_pending()  # doctest: +SKIP
            >>> emulator.run_pending()  # doctest: +SKIP
        """
        return self._worker.start_pending()

    def get_run(self, run_id: str) -> dict[str, Any]:
        """A run as ``GET /api/v3/runs/{id}`` returns it (current API version), from any project."""
        with self.store.lock:
            run = self._find_run(run_id)
            presenter = RunPresenter(Request("GET", "", [], {"x-trigger-api-version": "2025-07-16"}, b""))
            return presenter.retrieve(run)

    def wait_for_run(self, run_id: str, timeout: float = 10.0) -> dict[str, Any]:
        """Block until a run finishes (real-time clock) and return it like ``get_run``."""
        deadline = time.monotonic() + timeout
        with self.store.lock:
            while not self._find_run(run_id).finished:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"run {run_id} did not finish within {timeout}s")
                self.store.changed.wait(min(remaining, 0.5))
            return self.get_run(run_id)

    def wait_for_change(self, since: int, timeout: float) -> int:
        """Block until the change counter passes ``since`` (or timeout); returns the counter."""
        with self.store.lock:
            self.store.changed.wait_for(lambda: self.store.version > since, timeout)
            return self.store.version

    @property
    def version(self) -> int:
        """Change counter, bumped on every state change."""
        return self.store.version

    def _find_run(self, run_id: str) -> Run:
        for project in self.store.projects.values():
            for env in project.environments.values():
                if run_id in env.runs:
                    return env.runs[run_id]
        raise KeyError(run_id)

    def close(self) -> None:
        """Stop the background worker."""
        self._worker.stop()

    def __enter__(self) -> TriggerEmulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- adapters -------------------------------------------------------------------------------

    @property
    def transport(self) -> httpx.BaseTransport:
        """``httpx`` transport for sync clients, no sockets involved."""
        from ._adapters import EmulatorTransport

        return self._transports.setdefault("sync", EmulatorTransport(self))  # type: ignore[no-any-return]

    @property
    def async_transport(self) -> httpx.AsyncBaseTransport:
        """``httpx`` transport for async clients (handling runs in a worker thread)."""
        from ._adapters import AsyncEmulatorTransport

        return self._transports.setdefault("async", AsyncEmulatorTransport(self))  # type: ignore[no-any-return]

    @property
    def asgi_app(self) -> AsgiApp:
        """Plain ASGI application (what ``serve`` runs under uvicorn)."""
        from ._adapters import AsgiApp

        return self._transports.setdefault("asgi", AsgiApp(self))  # type: ignore[no-any-return]

    @contextmanager
    def serve_in_thread(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Serve over real HTTP in a background thread; yields the base URL.

        Example:
            >>> with emulator.serve_in_thread() as url:  # doctest: +SKIP
            ...     httpx.get(f"{url}/api/v1/timezones").status_code
            200
        """
        from ._adapters import serve_in_thread

        with serve_in_thread(self, host, port) as url:
            yield url

    # --- the request handler --------------------------------------------------------------------

    def handle(
        self, method: str, path: str, query: list[tuple[str, str]], headers: Mapping[str, str], body: bytes
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        """Answer one request: ``(status, headers, body)``; raises ``DroppedConnection`` on a drop fault.

        ``path`` is the raw (still percent-encoded) path without the query string.
        """
        lowered = {k.lower(): v for k, v in headers.items()}
        if self.faults.latency > 0:
            time.sleep(self.faults.latency)
        in_spec, dropped = False, False
        with self.store.lock:
            try:
                response, decision, in_spec = self._dispatch(Request(method.upper(), path, query, lowered, body))
            except Exception as exc:
                log.exception("emulator error on %s %s", method, path)
                response, decision = json_response({"error": f"Internal emulator error: {exc!r}"}, 500), None
            dropped = self.faults.roll(self.faults.drop_rate)
        out_headers = [("content-type", response.content_type), *response.headers]
        # A route's own limiter headers (a refused batch) replace the API limiter's, as in the webapp's response.
        if decision is not None and not any(name.lower() == "x-ratelimit-limit" for name, _ in response.headers):
            out_headers += [
                ("x-ratelimit-limit", str(decision.limit)),
                ("x-ratelimit-remaining", str(decision.remaining)),
                ("x-ratelimit-reset", str(decision.reset_ms)),
            ]
        if self.validate and in_spec:
            self._check(method, path, query, lowered, body, response.status, out_headers, response.body)
        if dropped:
            raise DroppedConnection(f"{method} {path}")
        return response.status, out_headers, response.body

    def _dispatch(self, req: Request) -> tuple[Response, RateDecision | None, bool]:
        decision = self.limits.take(bearer(req) or "anonymous") if self._limited(req) else None
        if decision is not None and self.faults.burst_remaining > 0:
            self.faults.burst_remaining -= 1
            # A near-future reset so a retrying client waits briefly, then succeeds.
            decision = RateDecision(False, decision.limit, 0, int((self.store.now() + 1) * 1000))
        if decision is not None and not decision.allowed:
            return self._rate_limited(decision), decision, False
        if self.faults.roll(self.faults.error_rate):
            return json_response({"error": "Internal Server Error (injected fault)"}, 500), decision, False
        try:
            matched = self._router.match(req.method, req.path)
        except ApiError as err:
            return error_response(err), decision, False
        if matched is None:
            return json_response({"error": "Not Found"}, 404), decision, False
        route, req.params = matched
        try:
            if len(req.body) > (route.max_body or MAX_BODY_BYTES):
                raise ApiError(413, "Request body too large")
            authenticate(self.store, req, route)
            return route.handler(req), decision, route.in_spec
        except ApiError as err:
            return error_response(err), decision, route.in_spec

    def _limited(self, req: Request) -> bool:
        """Whether the API limiter applies: not to exempt paths, nor to phase 2 of a batch phase 1 admitted."""
        if not is_limited(req.path):
            return False
        items = BATCH_ITEMS_PATH.match(req.path)
        if items is None:
            return True
        # apiRateLimit.server.ts bypass: phase 1 minted a grant (batchStreamGrants.server.ts) for the env's batch;
        # the grant's attempt cap is not modelled.
        env = self.store.keys.get(bearer(req) or "")
        return env is None or items.group(1) not in env.batches

    def _rate_limited(self, decision: RateDecision) -> Response:
        seconds = max(0, round(decision.reset_ms / 1000 - self.store.now()))
        detail = f"Rate limit exceeded 0/{decision.limit} requests remaining. Retry in {seconds} seconds."
        body = {
            "title": "Rate Limit Exceeded",
            "status": 429,
            "type": "https://httpstatuses.com/429",
            "detail": detail,
            "error": detail,
            "reset": decision.reset_ms,
            "limit": decision.limit,
            "remaining": 0,
            "secondsUntilReset": seconds,
        }
        return Response(429, json.dumps(body).encode(), "application/problem+json")

    def _check(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
        status: int,
        out_headers: list[tuple[str, str]],
        out_body: bytes,
    ) -> None:
        from ._validation import check

        mismatches = check(method, path, query, headers, body, status, out_headers, out_body)
        self.validation_errors.extend(mismatches)
        bad_responses = [m for m in mismatches if m.kind == "response"]
        if bad_responses:
            raise SpecValidationError(
                "; ".join(f"{m.method} {m.path} -> {m.status}: {m.message}" for m in bad_responses)
            )
