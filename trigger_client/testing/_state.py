"""In-memory data model of the emulator, guarded by one lock."""

from __future__ import annotations

import random
import string
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._clock import Clock

if TYPE_CHECKING:
    from ._concurrency import LimitDeclaration, LimitState

# Real friendly ids use 21 lowercase alphanumerics after the prefix.
_ID_ALPHABET = string.digits + string.ascii_lowercase
_KEY_ALPHABET = string.ascii_letters + string.digits

ENV_SLUGS = ("dev", "stg", "prod", "preview")
ENV_TYPES = {"dev": "DEVELOPMENT", "stg": "STAGING", "prod": "PRODUCTION", "preview": "PREVIEW"}
# URL slugs the API accepts for an environment, mapped to the stored slug.
SLUG_ALIASES = {"dev": "dev", "stg": "stg", "staging": "stg", "prod": "prod", "preview": "preview"}

FINISHED = frozenset({"COMPLETED", "CANCELED", "FAILED", "CRASHED", "SYSTEM_FAILURE", "EXPIRED", "TIMED_OUT"})


@dataclass
class Attempt:
    number: int
    started_at: float
    completed_at: float | None = None
    status: str = "EXECUTING"
    error: dict[str, Any] | None = None


@dataclass
class Run:
    id: str
    seq: int
    env: Environment
    task: str
    status: str
    payload: Any
    payload_type: str
    raw_payload: Any
    options: dict[str, Any]
    created_at: float
    updated_at: float
    queue: str
    max_attempts: int
    tags: list[str] = field(default_factory=list)
    metadata: dict[str, Any] | None = None
    idempotency_key: str | None = None
    idempotency_expires_at: float | None = None
    delay_until: float | None = None
    ttl: str | int | float | None = None
    expires_at: float | None = None
    expired_at: float | None = None
    started_at: float | None = None
    finished_at: float | None = None
    attempts: list[Attempt] = field(default_factory=list)
    output: Any = None
    has_output: bool = False
    # Where the output is kept when it is too large to answer inline (its object-store path).
    output_path: str | None = None
    error: dict[str, Any] | None = None
    batch_id: str | None = None
    schedule_id: str | None = None
    is_test: bool = False
    version: str | None = None
    trigger_function: str = "trigger"
    rev: int = 0
    # Realtime stream key -> chunks the task wrote (ctx.stream), read over SSE.
    streams: dict[str, list[Any]] = field(default_factory=dict)
    # Input stream id -> what runs.send_input sent, in order (ctx.inputs).
    inputs: dict[str, list[Any]] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return self.status in FINISHED


@dataclass
class Schedule:
    id: str
    seq: int
    task: str
    cron: str
    timezone: str
    deduplication_key: str | None
    external_id: str | None
    window: str | None
    active: bool
    created_at: float
    next_run: float | None = None
    last_run: float | None = None


@dataclass
class EnvVar:
    value: str
    is_secret: bool


@dataclass
class Queue:
    id: str
    seq: int
    name: str
    type: str
    paused: bool = False
    base_limit: int | None = None
    override_limit: int | None = None
    overridden_at: float | None = None
    # "V2": the queue is only the line runs wait in; its task's concurrency limits apply (schemas/queues.js).
    version: str = "V1"


@dataclass
class Waitpoint:
    id: str
    seq: int
    callback_hash: str
    created_at: float
    tags: list[str]
    status: str = "WAITING"
    idempotency_key: str | None = None
    idempotency_expires_at: float | None = None
    timeout_at: float | None = None
    completed_at: float | None = None
    output: str | None = None
    output_is_error: bool = False


@dataclass
class Batch:
    id: str
    seq: int
    run_count: int
    created_at: float
    updated_at: float
    task_identifiers: list[str]
    idempotency_key: str | None = None
    items: dict[int, str] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    sealed_at: float | None = None

    def run_ids(self) -> list[str]:
        return [self.items[i] for i in sorted(self.items)]


@dataclass
class Deployment:
    id: str
    short_code: str
    version: str
    created_at: float
    content_hash: str
    deployed_at: float


@dataclass
class Environment:
    id: str
    slug: str
    api_key: str
    project: Project
    runs: dict[str, Run] = field(default_factory=dict)
    schedules: dict[str, Schedule] = field(default_factory=dict)
    envvars: dict[str, EnvVar] = field(default_factory=dict)
    queues: dict[str, Queue] = field(default_factory=dict)
    waitpoints: dict[str, Waitpoint] = field(default_factory=dict)
    batches: dict[str, Batch] = field(default_factory=dict)
    deployments: list[Deployment] = field(default_factory=list)
    current_deployment: Deployment | None = None
    # (task, idempotency key) -> run id; request-level key -> recorded response.
    idempotent_runs: dict[tuple[str, str], str] = field(default_factory=dict)
    request_replies: dict[str, tuple[int, bytes]] = field(default_factory=dict)
    # Uploaded packets (large payloads): storage path -> (data, content type).
    packets: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    # Hashes of spent one-time-use public tokens.
    used_tokens: set[str] = field(default_factory=set)
    # Concurrency limit name -> its overrides and pause state here (the bounds are declared in Settings).
    concurrency_limits: dict[str, LimitState] = field(default_factory=dict)

    @property
    def type(self) -> str:
        return ENV_TYPES[self.slug]


@dataclass
class Project:
    """A project with one environment (and secret key) per slug.

    Example:
        >>> project = emulator.add_project(name="billing")  # doctest: +SKIP
        >>> project.secret_keys["prod"]  # doctest: +SKIP
        'tr_prod_...'
    """

    id: str
    ref: str
    name: str
    environments: dict[str, Environment] = field(default_factory=dict)

    @property
    def secret_keys(self) -> dict[str, str]:
        """Secret key per environment slug (``dev``, ``stg``, ``prod``, ``preview``)."""
        return {slug: env.api_key for slug, env in self.environments.items()}


class Store:
    """All emulator state plus the lock, change counter and condition variable."""

    def __init__(self, clock: Clock, seed: int | None) -> None:
        self.clock = clock
        self.lock = threading.RLock()
        # Signalled on every state change, for waiters such as a future realtime long-poll.
        self.changed = threading.Condition(self.lock)
        self.version = 0
        self.rng = random.Random(seed)
        self.projects: dict[str, Project] = {}
        self.keys: dict[str, Environment] = {}
        self.pats: set[str] = set()
        self._seq = 0

    def now(self) -> float:
        return self.clock.now()

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def new_id(self, prefix: str, length: int = 21) -> str:
        return prefix + "".join(self.rng.choice(_ID_ALPHABET) for _ in range(length))

    def new_key(self, prefix: str, length: int) -> str:
        return prefix + "".join(self.rng.choice(_KEY_ALPHABET) for _ in range(length))

    def touch(self, run: Run | None = None) -> None:
        """Record a change (caller holds the lock) and wake waiters."""
        self.version += 1
        if run is not None:
            run.rev += 1
            run.updated_at = self.now()
        self.changed.notify_all()

    def add_project(self, ref: str | None, name: str) -> Project:
        project_ref = ref or self.new_id("proj_", 20)
        if project_ref in self.projects:
            raise ValueError(f"project {project_ref!r} already exists")
        project = Project(id=self.new_id("c", 24), ref=project_ref, name=name)
        for slug in ENV_SLUGS:
            env = Environment(
                id=self.new_id("c", 24), slug=slug, api_key=self.new_key(f"tr_{slug}_", 20), project=project
            )
            project.environments[slug] = env
            self.keys[env.api_key] = env
        self.projects[project_ref] = project
        self.touch()
        return project

    def create_pat(self) -> str:
        pat = self.new_key("tr_pat_", 40)
        self.pats.add(pat)
        return pat


@dataclass
class TaskDefinition:
    id: str
    fn: Any
    max_attempts: int | None = None
    # A schedules.task(): only these may get schedules (webapp v3/services/checkSchedule.server.ts).
    scheduled: bool = False
    # The named concurrency limits the task holds (its inline limit is Settings.concurrency_limits["task/<id>"]).
    concurrency: tuple[str, ...] = ()


@dataclass
class Settings:
    """Behaviour switches shared by the route modules (owned by ``TriggerEmulator``)."""

    unregistered: str = "fail"
    default_max_attempts: int = 1
    max_payload_bytes: int = 3 * 1024 * 1024
    max_batch_items: int = 1000
    max_v1_batch_items: int = 500
    base_url: str = "http://trigger-emulator.local"
    tasks: dict[str, TaskDefinition] = field(default_factory=dict)
    # Declared concurrency limits by name: named ones and tasks' inline ones (``task/<id>``).
    concurrency_limits: dict[str, LimitDeclaration] = field(default_factory=dict)
