"""The typed alert events :func:`trigger_client.webhooks.construct_event` returns, after the SDK's ``Webhook`` schema
(``packages/core/src/v3/schemas/webhooks.ts``); import them from :mod:`trigger_client.webhooks`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar


@dataclass(frozen=True)
class Organization:
    """The organization of the project that sent the alert."""

    id: str
    slug: str
    name: str


@dataclass(frozen=True)
class Project:
    """The project that sent the alert (``ref`` is ``proj_…``)."""

    id: str
    ref: str
    slug: str
    name: str


@dataclass(frozen=True)
class Environment:
    """The environment of a run or deployment alert (``type`` is e.g. ``PRODUCTION``)."""

    id: str
    type: str
    slug: str
    branch_name: str | None


@dataclass(frozen=True)
class AlertTask:
    """The task of a failed run (``event.object.task``)."""

    id: str
    file_path: str
    export_name: str | None
    version: str
    sdk_version: str
    cli_version: str


@dataclass(frozen=True)
class AlertRun:
    """The failed run; ``error`` is the run's error object (``type``, ``message``, ``stackTrace``…) as sent."""

    id: str
    number: int
    status: str
    created_at: datetime
    started_at: datetime | None
    completed_at: datetime | None
    is_test: bool
    idempotency_key: str | None
    tags: list[str]
    error: dict[str, Any]
    is_out_of_memory_error: bool
    machine: str
    dashboard_url: str


@dataclass(frozen=True)
class RunFailed:
    """``alert.run.failed``: the run, its task and where it ran. Example: ``event.object.run.dashboard_url``."""

    task: AlertTask
    run: AlertRun
    environment: Environment
    organization: Organization
    project: Project


@dataclass(frozen=True)
class Deployment:
    """A deployment; ``deployed_at`` is set on success, ``failed_at`` on failure."""

    id: str
    status: str
    version: str
    short_code: str
    deployed_at: datetime | None
    failed_at: datetime | None


@dataclass(frozen=True)
class DeployedTask:
    """A task of a successful deployment."""

    id: str
    file_path: str
    export_name: str | None
    trigger_source: str


@dataclass(frozen=True)
class DeployError:
    """Why a deployment failed (``event.object.error.message``)."""

    name: str
    message: str
    stack: str | None
    stderr: str | None


@dataclass(frozen=True)
class DeploymentAlert:
    """What both deployment alerts carry: the deployment, where it ran, and ``git``/``vercel`` as sent."""

    deployment: Deployment
    environment: Environment
    organization: Organization
    project: Project
    git: dict[str, Any] | None
    vercel: dict[str, Any] | None


@dataclass(frozen=True)
class DeploymentSucceeded(DeploymentAlert):
    """``alert.deployment.success``: a :class:`DeploymentAlert` with the deployed ``tasks``."""

    tasks: list[DeployedTask]


@dataclass(frozen=True)
class DeploymentFailed(DeploymentAlert):
    """``alert.deployment.failed``: a :class:`DeploymentAlert` with the ``error`` that failed it."""

    error: DeployError


@dataclass(frozen=True)
class GroupedError:
    """The error of an error-group alert, with its fingerprint and how often it occurred."""

    fingerprint: str
    type: str
    message: str
    stack_trace: str | None
    first_seen: datetime
    last_seen: datetime
    occurrence_count: int
    task_identifier: str


@dataclass(frozen=True)
class ErrorGroup:
    """An error group alert: ``classification`` is ``new_issue``, ``regression`` or ``unignored``."""

    classification: str
    error: GroupedError
    environment_id: str
    environment_name: str
    organization: Organization
    project: Project
    dashboard_url: str


T = TypeVar("T")


@dataclass(frozen=True)
class WebhookEvent(Generic[T]):
    """What every alert carries: its ``id``, when it was ``created``, ``webhook_version``, ``type`` and
    ``object``."""

    id: str
    created: datetime
    webhook_version: str
    type: str
    object: T


class RunFailedEvent(WebhookEvent[RunFailed]):
    """``alert.run.failed``."""


class DeploymentSucceededEvent(WebhookEvent[DeploymentSucceeded]):
    """``alert.deployment.success``."""


class DeploymentFailedEvent(WebhookEvent[DeploymentFailed]):
    """``alert.deployment.failed``."""


class ErrorGroupEvent(WebhookEvent[ErrorGroup]):
    """``alert.error``."""
