"""Trigger.dev alert webhooks: verify the signature and get a typed event.

Trigger.dev signs each alert it POSTs to your webhook URL with HMAC-SHA256 over the raw body, keyed with the
webhook's secret, sent hex-encoded in ``x-trigger-signature-hmacsha256``
(``apps/webapp/app/v3/services/alerts/deliverAlert.server.ts``). :func:`construct_event` checks it the way the
SDK's ``webhooks.constructEvent`` does, in constant time, and parses the body into one of four events, following
the SDK's ``Webhook`` schema (``packages/core/src/v3/schemas/webhooks.ts``): :class:`RunFailedEvent`,
:class:`DeploymentSucceededEvent`, :class:`DeploymentFailedEvent`, :class:`ErrorGroupEvent`.

Example::

    from trigger_client import webhooks

    event = webhooks.construct_event(raw_body, request_headers, secret=os.environ["TRIGGER_WEBHOOK_SECRET"])
    if isinstance(event, webhooks.RunFailedEvent):
        print(event.object.run.id, event.object.run.error.get("message"))
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

from trigger_client._exceptions import TriggerError
from trigger_client._webhook_events import (
    AlertRun,
    AlertTask,
    DeployedTask,
    DeployError,
    Deployment,
    DeploymentAlert,
    DeploymentFailed,
    DeploymentFailedEvent,
    DeploymentSucceeded,
    DeploymentSucceededEvent,
    Environment,
    ErrorGroup,
    ErrorGroupEvent,
    GroupedError,
    Organization,
    Project,
    RunFailed,
    RunFailedEvent,
    WebhookEvent,
)

__all__ = [
    "SIGNATURE_HEADER",
    "AlertRun",
    "AlertTask",
    "DeployError",
    "DeployedTask",
    "Deployment",
    "DeploymentAlert",
    "DeploymentFailed",
    "DeploymentFailedEvent",
    "DeploymentSucceeded",
    "DeploymentSucceededEvent",
    "Environment",
    "ErrorGroup",
    "ErrorGroupEvent",
    "GroupedError",
    "Organization",
    "Project",
    "RunFailed",
    "RunFailedEvent",
    "WebhookError",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "construct_event",
    "sign",
]

SIGNATURE_HEADER = "x-trigger-signature-hmacsha256"


class WebhookError(TriggerError):
    """A webhook request that cannot be trusted or read."""


class WebhookSignatureError(WebhookError):
    """The signature header is missing or does not match the body and secret (answer 400 or 401)."""


class WebhookPayloadError(WebhookError):
    """The body is correctly signed but is not an alert event this client knows (names the bad field)."""


def sign(body: bytes | str, secret: str) -> str:
    """The signature Trigger.dev sends for ``body``: hex HMAC-SHA256 keyed with the UTF-8 ``secret``.

    Example::

        headers = {webhooks.SIGNATURE_HEADER: webhooks.sign(body, secret)}  # e.g. to test your endpoint
    """
    data = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    return hmac.new(secret.encode("utf-8"), data, hashlib.sha256).hexdigest()


def _header(headers: Mapping[str, str] | Iterable[tuple[str, str]], name: str) -> str | None:
    # Django's request.headers, Starlette's Headers and plain dicts all work: names compare case-insensitively.
    items = headers.items() if isinstance(headers, Mapping) else headers
    found = [value for key, value in items if key.lower() == name]
    if len(found) > 1:
        raise WebhookSignatureError(f"{name} was sent {len(found)} times; expected one signature")
    return found[0] if found else None


# --- parsing -------------------------------------------------------------------------------------------------


class _Fields:
    """Typed access to one JSON object; errors name the field's path."""

    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, dict):
            raise WebhookPayloadError(f"{path}: expected an object, got {type(data).__name__}")
        self.data, self.path = data, path

    def _get(self, key: str, kind: type | tuple[type, ...], what: str, optional: bool) -> Any:
        value = self.data.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise WebhookPayloadError(f"{self.path}.{key}: expected {what}, got {json.dumps(value)[:60]}")
        return value

    def text(self, key: str, optional: bool = False) -> Any:
        return self._get(key, str, "a string", optional)

    def number(self, key: str) -> int:
        return int(self._get(key, (int, float), "a number", False))

    def flag(self, key: str) -> bool:
        return bool(self._get(key, bool, "a boolean", False))

    def mapping(self, key: str, optional: bool = False) -> Any:
        return self._get(key, dict, "an object", optional)

    def obj(self, key: str) -> _Fields:
        return _Fields(self.data.get(key), f"{self.path}.{key}")

    def array(self, key: str) -> list[Any]:
        return list(self._get(key, list, "an array", False))

    def date(self, key: str, optional: bool = False) -> Any:
        value = self._get(key, (str, int, float), "a date", optional)
        if value is None:
            return None
        try:
            if isinstance(value, str):
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
                return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
            return datetime.fromtimestamp(value / 1000, tz=timezone.utc)  # z.coerce.date: epoch milliseconds
        except (ValueError, OverflowError):
            raise WebhookPayloadError(f"{self.path}.{key}: {value!r} is not a date") from None


def _organization(f: _Fields) -> Organization:
    return Organization(f.text("id"), f.text("slug"), f.text("name"))


def _project(f: _Fields) -> Project:
    return Project(f.text("id"), f.text("ref"), f.text("slug"), f.text("name"))


def _environment(f: _Fields) -> Environment:
    return Environment(f.text("id"), f.text("type"), f.text("slug"), f.text("branchName", optional=True))


def _run_failed(o: _Fields) -> RunFailed:
    t, r = o.obj("task"), o.obj("run")
    task = AlertTask(
        t.text("id"),
        t.text("filePath"),
        t.text("exportName", optional=True),
        t.text("version"),
        t.text("sdkVersion"),
        t.text("cliVersion"),
    )
    tags = r.array("tags")
    if not all(isinstance(tag, str) for tag in tags):
        raise WebhookPayloadError(f"{r.path}.tags: expected an array of strings")
    run = AlertRun(
        r.text("id"),
        r.number("number"),
        r.text("status"),
        r.date("createdAt"),
        r.date("startedAt", optional=True),
        r.date("completedAt", optional=True),
        r.flag("isTest"),
        r.text("idempotencyKey", optional=True),
        tags,
        r.mapping("error"),
        r.flag("isOutOfMemoryError"),
        r.text("machine"),
        r.text("dashboardUrl"),
    )
    return RunFailed(
        task, run, _environment(o.obj("environment")), _organization(o.obj("organization")), _project(o.obj("project"))
    )


def _deployment(f: _Fields) -> Deployment:
    return Deployment(
        f.text("id"),
        f.text("status"),
        f.text("version"),
        f.text("shortCode"),
        f.date("deployedAt", optional=True),
        f.date("failedAt", optional=True),
    )


_Shared = tuple[Deployment, Environment, Organization, Project, dict[str, Any] | None, dict[str, Any] | None]


def _deployment_alert(o: _Fields, state: str) -> _Shared:
    """The fields of :class:`DeploymentAlert`, in order; ``state`` is the date the deployment must have
    (deployedAt on success, failedAt on failure)."""
    deployment = o.obj("deployment")
    deployment.date(state)
    return (
        _deployment(deployment),
        _environment(o.obj("environment")),
        _organization(o.obj("organization")),
        _project(o.obj("project")),
        o.mapping("git", optional=True),
        o.mapping("vercel", optional=True),
    )


def _deployment_succeeded(o: _Fields) -> DeploymentSucceeded:
    alert = _deployment_alert(o, "deployedAt")
    tasks = [_Fields(task, f"{o.path}.tasks[{i}]") for i, task in enumerate(o.array("tasks"))]
    deployed = [
        DeployedTask(t.text("id"), t.text("filePath"), t.text("exportName", optional=True), t.text("triggerSource"))
        for t in tasks
    ]
    return DeploymentSucceeded(*alert, tasks=deployed)


def _deployment_failed(o: _Fields) -> DeploymentFailed:
    alert, e = _deployment_alert(o, "failedAt"), o.obj("error")
    error = DeployError(
        e.text("name"), e.text("message"), e.text("stack", optional=True), e.text("stderr", optional=True)
    )
    return DeploymentFailed(*alert, error=error)


_CLASSIFICATIONS = ("new_issue", "regression", "unignored")


def _error_group(o: _Fields) -> ErrorGroup:
    classification = o.text("classification")
    if classification not in _CLASSIFICATIONS:
        raise WebhookPayloadError(f"{o.path}.classification: expected one of {', '.join(_CLASSIFICATIONS)}")
    e, env = o.obj("error"), o.obj("environment")
    error = GroupedError(
        e.text("fingerprint"),
        e.text("type"),
        e.text("message"),
        e.text("stackTrace", optional=True),
        e.date("firstSeen"),
        e.date("lastSeen"),
        e.number("occurrenceCount"),
        e.text("taskIdentifier"),
    )
    return ErrorGroup(
        classification,
        error,
        env.text("id"),
        env.text("name"),
        _organization(o.obj("organization")),
        _project(o.obj("project")),
        o.text("dashboardUrl"),
    )


_EVENTS: dict[str, tuple[type[WebhookEvent[Any]], Any]] = {
    "alert.run.failed": (RunFailedEvent, _run_failed),
    "alert.deployment.success": (DeploymentSucceededEvent, _deployment_succeeded),
    "alert.deployment.failed": (DeploymentFailedEvent, _deployment_failed),
    "alert.error": (ErrorGroupEvent, _error_group),
}


def construct_event(
    body: bytes | str, headers: Mapping[str, str] | Iterable[tuple[str, str]], secret: str
) -> WebhookEvent[Any]:
    """Verify an alert webhook request and return its typed event.

    ``body`` is the raw request body exactly as received (bytes, or text), ``headers`` the request headers (any
    mapping or list of pairs; names are matched case-insensitively) and ``secret`` the webhook's secret from the
    dashboard. Raises :class:`WebhookSignatureError` when the signature is missing or wrong (compared in constant
    time) and :class:`WebhookPayloadError` when the body is not an alert event; both are :class:`TriggerError`.

    Example::

        event = webhooks.construct_event(request.body, request.headers, secret)
        match event:
            case webhooks.RunFailedEvent():
                notify(f"run {event.object.run.id} failed: {event.object.run.error.get('message')}")
            case webhooks.DeploymentFailedEvent():
                notify(f"deploy {event.object.deployment.version} failed: {event.object.error.message}")
    """
    if not isinstance(secret, str) or not secret:
        raise WebhookSignatureError("secret is empty; pass the webhook's secret from the Trigger.dev dashboard")
    if not isinstance(body, bytes | bytearray | str):
        raise WebhookPayloadError(f"body must be the raw request body (bytes or str), got {type(body).__name__}")
    signature = _header(headers, SIGNATURE_HEADER)
    if signature is None:
        raise WebhookSignatureError(f"no {SIGNATURE_HEADER} header; is this request from Trigger.dev?")
    # compare_digest takes the same time wherever the strings differ; the secret never appears in messages.
    if not hmac.compare_digest(signature.encode("utf-8", "replace"), sign(body, secret).encode("ascii")):
        raise WebhookSignatureError("invalid signature: the body was changed or signed with another secret")
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise WebhookPayloadError(f"the body is not JSON: {exc}") from None
    top = _Fields(data, "event")
    kind = top.text("type")
    if kind not in _EVENTS:
        raise WebhookPayloadError(f"event.type: {kind!r} is not one of {', '.join(_EVENTS)}")
    cls, parse = _EVENTS[kind]
    return cls(top.text("id"), top.date("created"), top.text("webhookVersion"), kind, parse(top.obj("object")))
