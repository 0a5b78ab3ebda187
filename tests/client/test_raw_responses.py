"""``with_raw_response`` on every resource method, sync and async, against the emulator.

Each raw method must return a RawResponse whose parsed value is what the ordinary method returns and whose HTTP
response is the last request the method made. The set of raw methods is checked against the resources, so a new
method is either offered raw (and listed here) or excluded on purpose.
"""

from __future__ import annotations

import contextlib
import inspect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from trigger_client import AsyncTriggerClient, RawResponse, TriggerClient, _raw, _raw_async, _raw_insights
from trigger_client.resources import (
    auth,
    batches,
    bulk_actions,
    concurrency_limits,
    dashboards,
    deployments,
    envvars,
    errors,
    idempotency_keys,
    prompts,
    query,
    queues,
    reports,
    runs,
    schedules,
    sessions,
    tasks,
    waitpoints,
    webhooks,
)
from trigger_client.resources.queues import QueueRef
from trigger_client.testing import TriggerEmulator
from trigger_client.types import Run, Schedule

FAST = {"interval": 0.01, "timeout": 10}


@dataclass
class World:
    """Objects the scenarios act on, created with the ordinary (non-raw) sync client."""

    emulator: TriggerEmulator
    run_id: str
    delayed_run_id: str
    # The server has a result only for a cancelled run (executionResultForTaskRun finds no attempt otherwise).
    canceled_run_id: str
    schedule_id: str
    batch_id: str
    deployment_id: str
    token_id: str
    callback_hash: str
    bulk_id: str
    error_id: str
    session_id: str
    # --- dashboards, prompts (SDK 4.8.3): a dashboard with widget "w1"; prompt "greet" has code v1, override v2 ---
    dashboard_id: str = ""

    @property
    def project(self) -> str:
        return self.emulator.project_ref

    def keyed_run(self, key: str) -> str:
        """Trigger a run under ``key`` (each reset clears it, so every scenario needs its own run); returns it."""
        em = self.emulator
        with TriggerClient(secret_key=em.secret_key, api_url=em.base_url, transport=em.transport) as client:
            client.tasks.trigger("add", {"a": 1, "b": 1}, idempotency_key=key)
        return key


Scenario = tuple[Callable[[Any, World], Any], str, str]  # (call on the raw group, HTTP method, path pattern)

SCENARIOS: dict[str, Scenario] = {
    "tasks.trigger": (lambda r, w: r.trigger("add", {"a": 1, "b": 2}), "POST", r"/api/v1/tasks/add/trigger"),
    "tasks.trigger_and_wait": (
        lambda r, w: r.trigger_and_wait("add", {"a": 1, "b": 2}, **FAST),
        "GET",
        r"/api/v3/runs/run_\w+",
    ),
    "tasks.batch_trigger": (
        lambda r, w: r.batch_trigger("add", [{"payload": {"a": 1, "b": 1}}]),
        "POST",
        r"/api/v3/batches/batch_\w+/items",
    ),
    "tasks.batch_trigger_by_task": (
        lambda r, w: r.batch_trigger_by_task([{"task": "add", "payload": {"a": 1, "b": 1}}]),
        "POST",
        r"/api/v3/batches/batch_\w+/items",
    ),
    "runs.retrieve": (lambda r, w: r.retrieve(w.run_id), "GET", r"/api/v3/runs/{run_id}"),
    "runs.poll": (lambda r, w: r.poll(w.run_id, **FAST), "GET", r"/api/v3/runs/{run_id}"),
    "runs.cancel": (lambda r, w: r.cancel(w.delayed_run_id), "POST", r"/api/v2/runs/{delayed_run_id}/cancel"),
    "runs.replay": (lambda r, w: r.replay(w.run_id), "POST", r"/api/v1/runs/{run_id}/replay"),
    "runs.reschedule": (
        lambda r, w: r.reschedule(w.delayed_run_id, "2h"),
        "POST",
        r"/api/v1/runs/{delayed_run_id}/reschedule",
    ),
    "runs.result": (lambda r, w: r.result(w.canceled_run_id), "GET", r"/api/v1/runs/{canceled_run_id}/result"),
    "runs.events": (lambda r, w: r.events(w.run_id), "GET", r"/api/v1/runs/{run_id}/events"),
    "runs.trace": (lambda r, w: r.trace(w.run_id), "GET", r"/api/v1/runs/{run_id}/trace"),
    "runs.update_metadata": (
        lambda r, w: r.update_metadata(w.run_id, {"step": 2}),
        "PUT",
        r"/api/v1/runs/{run_id}/metadata",
    ),
    "runs.add_tags": (lambda r, w: r.add_tags(w.run_id, ["raw"]), "POST", r"/api/v1/runs/{run_id}/tags"),
    # The emulator's run span id is derived from the run id (testing/_run_views.py run_spans).
    "runs.span": (
        lambda r, w: r.span(w.run_id, w.run_id.removeprefix("run_")[:16].ljust(16, "0")),
        "GET",
        r"/api/v1/runs/{run_id}/spans/\w+",
    ),
    "runs.metadata": (lambda r, w: r.metadata(w.run_id), "GET", r"/api/v1/runs/{run_id}/metadata"),
    "runs.send_input": (
        lambda r, w: r.send_input(w.delayed_run_id, "approval", {"ok": True}),
        "POST",
        r"/realtime/v1/streams/{delayed_run_id}/input/approval",
    ),
    "schedules.create": (
        lambda r, w: r.create(task="hourly", cron="0 * * * *", deduplication_key="raw-create"),
        "POST",
        r"/api/v1/schedules",
    ),
    "schedules.upsert": (
        lambda r, w: r.upsert("raw-upsert", task="hourly", cron="0 * * * *"),
        "POST",
        r"/api/v1/schedules",
    ),
    "schedules.retrieve": (lambda r, w: r.retrieve(w.schedule_id), "GET", r"/api/v1/schedules/{schedule_id}"),
    "schedules.update": (
        lambda r, w: r.update(w.schedule_id, task="hourly", cron="5 * * * *"),
        "PUT",
        r"/api/v1/schedules/{schedule_id}",
    ),
    "schedules.delete": (lambda r, w: r.delete(w.schedule_id), "DELETE", r"/api/v1/schedules/{schedule_id}"),
    "schedules.activate": (
        lambda r, w: r.activate(w.schedule_id),
        "POST",
        r"/api/v1/schedules/{schedule_id}/activate",
    ),
    "schedules.deactivate": (
        lambda r, w: r.deactivate(w.schedule_id),
        "POST",
        r"/api/v1/schedules/{schedule_id}/deactivate",
    ),
    "schedules.timezones": (lambda r, w: r.timezones(), "GET", r"/api/v1/timezones"),
    "envvars.list": (lambda r, w: r.list(w.project, "dev"), "GET", r"/api/v1/projects/{project}/envvars/dev"),
    "envvars.create": (
        lambda r, w: r.create(w.project, "dev", name="NEW", value="1"),
        "POST",
        r"/api/v1/projects/{project}/envvars/dev",
    ),
    "envvars.retrieve": (
        lambda r, w: r.retrieve(w.project, "dev", "EXISTING"),
        "GET",
        r"/api/v1/projects/{project}/envvars/dev/EXISTING",
    ),
    "envvars.update": (
        lambda r, w: r.update(w.project, "dev", "EXISTING", value="2"),
        "PUT",
        r"/api/v1/projects/{project}/envvars/dev/EXISTING",
    ),
    "envvars.delete": (
        lambda r, w: r.delete(w.project, "dev", "EXISTING"),
        "DELETE",
        r"/api/v1/projects/{project}/envvars/dev/EXISTING",
    ),
    "envvars.import_": (
        lambda r, w: r.import_(w.project, "dev", {"IMPORTED": "1"}),
        "POST",
        r"/api/v1/projects/{project}/envvars/dev/import",
    ),
    "envvars.diff": (
        lambda r, w: r.diff(w.project, "dev", {"EXISTING": "1"}),
        "GET",
        r"/api/v1/projects/{project}/envvars/dev",
    ),
    "queues.retrieve": (lambda r, w: r.retrieve(QueueRef("task", "add")), "GET", r"/api/v1/queues/add"),
    "queues.pause": (lambda r, w: r.pause(QueueRef("task", "add")), "POST", r"/api/v1/queues/add/pause"),
    "queues.resume": (lambda r, w: r.resume(QueueRef("task", "add")), "POST", r"/api/v1/queues/add/pause"),
    "queues.override_concurrency": (
        lambda r, w: r.override_concurrency(QueueRef("task", "add"), 3),
        "POST",
        r"/api/v1/queues/add/concurrency/override",
    ),
    "queues.reset_concurrency": (
        lambda r, w: r.reset_concurrency(QueueRef("task", "add")),
        "POST",
        r"/api/v1/queues/add/concurrency/reset",
    ),
    "batches.retrieve": (lambda r, w: r.retrieve(w.batch_id), "GET", r"/api/v2/batches/{batch_id}"),
    "batches.results": (lambda r, w: r.results(w.batch_id), "GET", r"/api/v1/batches/{batch_id}/results"),
    "batches.poll": (lambda r, w: r.poll(w.batch_id, **FAST), "GET", r"/api/v[12]/.*"),
    "deployments.retrieve": (
        lambda r, w: r.retrieve(w.deployment_id),
        "GET",
        r"/api/v1/deployments/{deployment_id}",
    ),
    "deployments.latest": (lambda r, w: r.latest(), "GET", r"/api/v1/deployments/latest"),
    "deployments.current": (lambda r, w: r.current(), "GET", r"/api/v1/deployments/current"),
    "idempotency_keys.reset": (
        lambda r, w: r.reset("add", w.keyed_run("order-1")),
        "POST",
        r"/api/v1/idempotencyKeys/[0-9a-f]+/reset",
    ),
    "deployments.promote": (
        lambda r, w: r.promote("20250202.1"),
        "POST",
        r"/api/v1/deployments/20250202.1/promote",
    ),
    "query.execute": (lambda r, w: r.execute("SELECT run_id FROM runs LIMIT 1"), "POST", r"/api/v1/query"),
    "query.schema": (lambda r, w: r.schema(), "GET", r"/api/v1/query/schema"),
    "runs.bulk.cancel": (lambda r, w: r.cancel(run_ids=[w.delayed_run_id]), "POST", r"/api/v1/bulk-actions"),
    "runs.bulk.replay": (lambda r, w: r.replay(run_ids=[w.run_id]), "POST", r"/api/v1/bulk-actions"),
    "runs.bulk.retrieve": (lambda r, w: r.retrieve(w.bulk_id), "GET", r"/api/v1/bulk-actions/{bulk_id}"),
    "runs.bulk.abort": (lambda r, w: r.abort(w.bulk_id), "POST", r"/api/v1/bulk-actions/{bulk_id}/abort"),
    "runs.bulk.poll": (lambda r, w: r.poll(w.bulk_id, **FAST), "GET", r"/api/v1/bulk-actions/{bulk_id}"),
    "errors.retrieve": (lambda r, w: r.retrieve(w.error_id), "GET", r"/api/v1/errors/{error_id}"),
    "errors.resolve": (lambda r, w: r.resolve(w.error_id), "POST", r"/api/v1/errors/{error_id}/resolve"),
    "errors.unresolve": (lambda r, w: r.unresolve(w.error_id), "POST", r"/api/v1/errors/{error_id}/unresolve"),
    "errors.ignore": (lambda r, w: r.ignore(w.error_id, reason="raw"), "POST", r"/api/v1/errors/{error_id}/ignore"),
    "sessions.create": (
        lambda r, w: r.create(type="chat", task="add", base_payload={"a": 1, "b": 1}),
        "POST",
        r"/api/v1/sessions",
    ),
    "sessions.retrieve": (lambda r, w: r.retrieve(w.session_id), "GET", r"/api/v1/sessions/{session_id}"),
    "sessions.update": (
        lambda r, w: r.update(w.session_id, tags=["raw"]),
        "PATCH",
        r"/api/v1/sessions/{session_id}",
    ),
    "sessions.close": (lambda r, w: r.close(w.session_id), "POST", r"/api/v1/sessions/{session_id}/close"),
    "waitpoints.tokens.create": (lambda r, w: r.create(timeout="1h"), "POST", r"/api/v1/waitpoints/tokens"),
    "waitpoints.tokens.retrieve": (
        lambda r, w: r.retrieve(w.token_id),
        "GET",
        r"/api/v1/waitpoints/tokens/{token_id}",
    ),
    "waitpoints.tokens.complete": (
        lambda r, w: r.complete(w.token_id, {"ok": True}),
        "POST",
        r"/api/v1/waitpoints/tokens/{token_id}/complete",
    ),
    "waitpoints.tokens.complete_callback": (
        lambda r, w: r.complete_callback(w.token_id, w.callback_hash, {"ok": True}),
        "POST",
        r"/api/v1/waitpoints/tokens/{token_id}/callback/{callback_hash}",
    ),
    "auth.create_public_token": (
        lambda r, w: r.create_public_token(scopes={"read": {"runs": [w.run_id]}}),
        "POST",
        r"/api/v1/auth/jwt/claims",
    ),
    "auth.create_trigger_token": (
        lambda r, w: r.create_trigger_token("add"),
        "POST",
        r"/api/v1/auth/jwt/claims",
    ),
    # --- webhooks and sessions (SDK 4.8.3) ---
    "sessions.transcript": (
        lambda r, w: r.transcript(w.session_id, limit=1),
        "GET",
        r"/api/v1/sessions/{session_id}/transcript",
    ),
    "sessions.end_and_continue": (
        lambda r, w: r.end_and_continue(w.session_id, calling_run_id=w.run_id, reason="raw"),
        "POST",
        r"/api/v1/sessions/{session_id}/end-and-continue",
    ),
    "sessions.send": (
        lambda r, w: r.send(w.session_id, {"text": "hi"}),
        "POST",
        r"/realtime/v1/sessions/{session_id}/in/append",
    ),
    "webhooks.endpoints.list": (lambda r, w: r.list(), "GET", r"/api/v1/webhooks/endpoints"),
    "webhooks.endpoints.retrieve": (lambda r, w: r.retrieve("stripe"), "GET", r"/api/v1/webhooks/endpoints/stripe"),
    "webhooks.endpoints.rotate_secret": (
        lambda r, w: r.rotate_secret("stripe"),
        "POST",
        r"/api/v1/webhooks/endpoints/stripe/rotate-secret",
    ),
    "webhooks.endpoints.set_secret": (
        lambda r, w: r.set_secret("stripe", "whsec_raw"),
        "PUT",
        r"/api/v1/webhooks/endpoints/stripe/secret",
    ),
    "webhooks.deliveries.retrieve": (
        lambda r, w: r.retrieve(w.emulator.webhooks.add_delivery("stripe", {"a": 1, "b": 1})),
        "GET",
        r"/api/v1/webhooks/deliveries/whd_\w+",
    ),
    "webhooks.deliveries.replay": (
        lambda r, w: r.replay(w.emulator.webhooks.add_delivery("stripe", {"a": 1, "b": 1})),
        "POST",
        r"/api/v1/webhooks/deliveries/whd_\w+/replay",
    ),
    # --- concurrency limits (SDK 4.8.3) ---
    "concurrency_limits.retrieve": (lambda r, w: r.retrieve("raw"), "GET", r"/api/v1/concurrency-limits/raw"),
    "concurrency_limits.override": (
        lambda r, w: r.override("raw", total=3),
        "POST",
        r"/api/v1/concurrency-limits/raw/override",
    ),
    "concurrency_limits.pause": (lambda r, w: r.pause("raw"), "POST", r"/api/v1/concurrency-limits/raw/pause"),
    "concurrency_limits.resume": (lambda r, w: r.resume("raw"), "POST", r"/api/v1/concurrency-limits/raw/pause"),
    "concurrency_limits.reset": (lambda r, w: r.reset("raw"), "POST", r"/api/v1/concurrency-limits/raw/reset"),
    # --- dashboards, prompts, reports (SDK 4.8.3) ---
    "query.dashboards.list": (lambda r, w: r.list(), "GET", r"/api/v1/query/dashboards"),
    "query.dashboards.retrieve": (
        lambda r, w: r.retrieve(w.dashboard_id),
        "GET",
        r"/api/v1/query/dashboards/{dashboard_id}",
    ),
    "query.dashboards.create": (lambda r, w: r.create(title="New"), "POST", r"/api/v1/query/dashboards"),
    "query.dashboards.update": (
        lambda r, w: r.update(w.dashboard_id, title="Renamed"),
        "PATCH",
        r"/api/v1/query/dashboards/{dashboard_id}",
    ),
    "query.dashboards.replace": (
        lambda r, w: r.replace(w.dashboard_id, widgets=[]),
        "PUT",
        r"/api/v1/query/dashboards/{dashboard_id}",
    ),
    "query.dashboards.delete": (
        lambda r, w: r.delete(w.dashboard_id),
        "DELETE",
        r"/api/v1/query/dashboards/{dashboard_id}",
    ),
    "query.dashboards.widgets.add": (
        lambda r, w: r.add(w.dashboard_id, title="Head", display={"type": "title"}),
        "POST",
        r"/api/v1/query/dashboards/{dashboard_id}/widgets",
    ),
    "query.dashboards.widgets.update": (
        lambda r, w: r.update(w.dashboard_id, "w1", title="Renamed"),
        "PATCH",
        r"/api/v1/query/dashboards/{dashboard_id}/widgets/w1",
    ),
    "query.dashboards.widgets.delete": (
        lambda r, w: r.delete(w.dashboard_id, "w1"),
        "DELETE",
        r"/api/v1/query/dashboards/{dashboard_id}/widgets/w1",
    ),
    "prompts.list": (lambda r, w: r.list(), "GET", r"/api/v1/prompts"),
    "prompts.versions": (lambda r, w: r.versions("greet"), "GET", r"/api/v1/prompts/greet/versions"),
    "prompts.resolve": (lambda r, w: r.resolve("greet", {"name": "Ada"}), "POST", r"/api/v1/prompts/greet"),
    "prompts.promote": (lambda r, w: r.promote("greet", 1), "POST", r"/api/v1/prompts/greet/promote"),
    "prompts.create_override": (
        lambda r, w: r.create_override("greet", text_content="Yo"),
        "POST",
        r"/api/v1/prompts/greet/override",
    ),
    "prompts.update_override": (
        lambda r, w: r.update_override("greet", text_content="Yo"),
        "PUT",
        r"/api/v1/prompts/greet/override",
    ),
    "prompts.remove_override": (lambda r, w: r.remove_override("greet"), "DELETE", r"/api/v1/prompts/greet/override"),
    "prompts.reactivate_override": (
        lambda r, w: r.reactivate_override("greet", 2),
        "POST",
        r"/api/v1/prompts/greet/override/reactivate",
    ),
    "reports.retrieve": (lambda r, w: r.retrieve("health"), "GET", r"/api/v1/reports/health"),
}

# Methods that are not offered raw, and why: their requests happen after they return, or they make none.
NOT_RAW = {
    "runs.list": "paginator",
    "runs.subscribe": "realtime subscription",
    "runs.subscribe_to_tag": "realtime subscription",
    "runs.stream": "realtime stream",
    "schedules.list": "paginator",
    "schedules.next_runs": "computed locally",
    "queues.list": "paginator",
    "batches.subscribe": "realtime subscription",
    "deployments.list": "paginator",
    "runs.bulk.list": "paginator",
    "errors.list": "paginator",
    "sessions.list": "paginator",
    "waitpoints.tokens.list": "paginator",
    "webhooks.deliveries.list": "paginator",
    "sessions.stream": "realtime stream",
    "concurrency_limits.list": "paginator",
}

RESOURCES: dict[str, tuple[type, type, type, type]] = {
    "tasks": (tasks.Tasks, tasks.AsyncTasks, _raw.RawTasks, _raw_async.AsyncRawTasks),
    "runs": (runs.Runs, runs.AsyncRuns, _raw.RawRuns, _raw_async.AsyncRawRuns),
    "schedules": (schedules.Schedules, schedules.AsyncSchedules, _raw.RawSchedules, _raw_async.AsyncRawSchedules),
    "envvars": (envvars.EnvVars, envvars.AsyncEnvVars, _raw.RawEnvVars, _raw_async.AsyncRawEnvVars),
    "queues": (queues.Queues, queues.AsyncQueues, _raw.RawQueues, _raw_async.AsyncRawQueues),
    "batches": (batches.Batches, batches.AsyncBatches, _raw.RawBatches, _raw_async.AsyncRawBatches),
    "deployments": (
        deployments.Deployments,
        deployments.AsyncDeployments,
        _raw.RawDeployments,
        _raw_async.AsyncRawDeployments,
    ),
    "idempotency_keys": (
        idempotency_keys.IdempotencyKeys,
        idempotency_keys.AsyncIdempotencyKeys,
        _raw.RawIdempotencyKeys,
        _raw_async.AsyncRawIdempotencyKeys,
    ),
    "query": (query.Query, query.AsyncQuery, _raw.RawQuery, _raw_async.AsyncRawQuery),
    "waitpoints.tokens": (
        waitpoints.WaitpointTokens,
        waitpoints.AsyncWaitpointTokens,
        _raw.RawWaitpointTokens,
        _raw_async.AsyncRawWaitpointTokens,
    ),
    "auth": (auth.Auth, auth.AsyncAuth, _raw.RawAuth, _raw_async.AsyncRawAuth),
    "runs.bulk": (
        bulk_actions.BulkActions,
        bulk_actions.AsyncBulkActions,
        _raw.RawBulkActions,
        _raw_async.AsyncRawBulkActions,
    ),
    "errors": (errors.Errors, errors.AsyncErrors, _raw.RawErrors, _raw_async.AsyncRawErrors),
    "sessions": (sessions.Sessions, sessions.AsyncSessions, _raw.RawSessions, _raw_async.AsyncRawSessions),
    "webhooks.endpoints": (
        webhooks.WebhookEndpoints,
        webhooks.AsyncWebhookEndpoints,
        _raw.RawWebhookEndpoints,
        _raw_async.AsyncRawWebhookEndpoints,
    ),
    "webhooks.deliveries": (
        webhooks.WebhookDeliveries,
        webhooks.AsyncWebhookDeliveries,
        _raw.RawWebhookDeliveries,
        _raw_async.AsyncRawWebhookDeliveries,
    ),
    "concurrency_limits": (
        concurrency_limits.ConcurrencyLimits,
        concurrency_limits.AsyncConcurrencyLimits,
        _raw.RawConcurrencyLimits,
        _raw_async.AsyncRawConcurrencyLimits,
    ),
    # --- dashboards, prompts, reports (SDK 4.8.3) ---
    "query.dashboards": (
        dashboards.QueryDashboards,
        dashboards.AsyncQueryDashboards,
        _raw_insights.RawQueryDashboards,
        _raw_insights.AsyncRawQueryDashboards,
    ),
    "query.dashboards.widgets": (
        dashboards.DashboardWidgets,
        dashboards.AsyncDashboardWidgets,
        _raw_insights.RawDashboardWidgets,
        _raw_insights.AsyncRawDashboardWidgets,
    ),
    "prompts": (prompts.Prompts, prompts.AsyncPrompts, _raw_insights.RawPrompts, _raw_insights.AsyncRawPrompts),
    "reports": (reports.Reports, reports.AsyncReports, _raw_insights.RawReports, _raw_insights.AsyncRawReports),
}


# Resources that only group others (``client.waitpoints.tokens``): no methods of their own.
GROUPS = {"Waitpoints", "Webhooks"}


def test_every_resource_is_covered() -> None:
    import importlib
    import pkgutil

    import trigger_client.resources as package
    from trigger_client.resources._base import SyncResource

    found = set()
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"trigger_client.resources.{info.name}")
        found |= {
            obj.__name__
            for obj in vars(module).values()
            if isinstance(obj, type) and issubclass(obj, SyncResource) and obj is not SyncResource
        }
    assert found - GROUPS == {classes[0].__name__ for classes in RESOURCES.values()}


def _offered(resource: str, raw_cls: type) -> set[str]:
    # Properties (``runs.bulk``) lead to other groups, checked under their own name.
    return {
        f"{resource}.{n}" for n, v in vars(raw_cls).items() if not n.startswith("_") and not isinstance(v, property)
    }


def _public(cls: type) -> set[str]:
    return {name for name, _ in inspect.getmembers(cls, callable) if not name.startswith("_")}


@pytest.mark.parametrize("resource", sorted(RESOURCES))
def test_every_method_is_offered_raw_or_excluded_on_purpose(resource: str) -> None:
    sync_cls, async_cls, raw_cls, async_raw_cls = RESOURCES[resource]
    methods = {f"{resource}.{name}" for name in _public(sync_cls)}
    assert methods == {f"{resource}.{name}" for name in _public(async_cls)}
    offered = _offered(resource, raw_cls)
    assert offered == _offered(resource, async_raw_cls)
    assert offered == methods - set(NOT_RAW), "a resource method is neither offered raw nor in NOT_RAW"
    assert offered == {name for name in SCENARIOS if name.rsplit(".", 1)[0] == resource}, "untested raw method"


@pytest.fixture
def world() -> Iterator[World]:
    emulator = TriggerEmulator(seed=7)
    emulator.concurrency_limit("raw", per_key=2, total=5)

    @emulator.task("add")
    def add(payload: dict[str, int]) -> int:
        return payload["a"] + payload["b"]

    @emulator.task("explode")
    def explode(payload: object) -> None:
        raise ValueError("kaboom")

    @emulator.task("hourly", scheduled=True)  # only scheduled tasks accept schedules, as on the server
    def hourly(payload: object) -> None:
        return None

    with emulator:
        with TriggerClient(
            secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.transport
        ) as client:
            run_id = client.tasks.trigger("add", {"a": 1, "b": 1}).id
            client.runs.poll(run_id, **FAST)
            delayed = client.tasks.trigger("add", {"a": 1, "b": 1}, delay="1h").id
            canceled = client.tasks.trigger("add", {"a": 1, "b": 1}, delay="1h").id
            client.runs.cancel(canceled)
            schedule = client.schedules.create(task="hourly", cron="0 * * * *", deduplication_key="raw")
            batch = client.tasks.batch_trigger("add", [{"payload": {"a": 1, "b": 1}}])
            client.envvars.create(emulator.project_ref, "dev", name="EXISTING", value="1")
            token = client.waitpoints.tokens.create()
            failed = client.tasks.trigger("explode", {}).id
            client.runs.poll(failed, **FAST)
            error_id = next(iter(client.errors.list())).id
            doomed = client.tasks.trigger("add", {"a": 1, "b": 1}, delay="1h").id
            bulk_id = client.runs.bulk.cancel(run_ids=[doomed]).id
            session_id = client.sessions.create(type="chat", task="add", base_payload={"a": 1, "b": 1}).id
            widget = {"id": "w1", "title": "Runs", "query": "SELECT run_id FROM runs", "display": {"type": "table"}}
            dashboard_id = client.query.dashboards.create(title="Raw", widgets=[widget]).id
            emulator.add_prompt("greet", "Hi {{name}}")
            client.prompts.create_override("greet", text_content="Hey {{name}}")
        emulator.add_deployment("20250202.1")
        emulator.webhooks.add_endpoint("stripe", tasks=["add"], secret="whsec_seed")
        callback_hash = httpx.URL(token.url).path.rsplit("/", 1)[-1]
        deployment_id = _latest_deployment_id(emulator)
        yield World(
            emulator,
            run_id,
            delayed,
            canceled,
            schedule.id,
            batch.batch_ids[0],
            deployment_id,
            token.id,
            callback_hash,
            bulk_id,
            error_id,
            session_id,
            dashboard_id,
        )


def _latest_deployment_id(emulator: TriggerEmulator) -> str:
    with TriggerClient(secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.transport) as c:
        return c.deployments.latest().id


def _group(client: Any, name: str) -> Any:
    target = client.with_raw_response
    for part in name.split(".")[:-1]:
        target = getattr(target, part)
    return target


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(SCENARIOS))
async def test_raw_response_of_every_method(
    world: World, mode: str, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    emulator = world.emulator
    if name == "runs.bulk.abort":
        # Only a bulk action still at work can be aborted: hold the emulator's processing for this one.
        monkeypatch.setattr("trigger_client.testing._bulk_actions.BATCH_SIZE", 0)
        with TriggerClient(
            secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.transport
        ) as c:
            world.bulk_id = c.runs.bulk.replay(run_ids=[world.run_id]).id
    if name == "queues.reset_concurrency":
        # Only an overridden queue can be reset (routes/api.v1.queues.$queueParam.concurrency.reset.ts answers 400).
        with (
            TriggerClient(secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.transport) as c,
            pytest.warns(DeprecationWarning),
        ):
            c.queues.override_concurrency(QueueRef("task", "add"), 3)
    invoke, method, path = SCENARIOS[name]
    expected_path = path.format(**{k: re.escape(str(v)) for k, v in vars(world).items()}, project=world.project)
    # queues.override_concurrency and reset_concurrency are deprecated in favour of concurrency_limits.
    deprecated = name in ("queues.override_concurrency", "queues.reset_concurrency")
    with pytest.warns(DeprecationWarning) if deprecated else contextlib.nullcontext():
        if mode == "sync":
            with TriggerClient(
                secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.transport
            ) as client:
                raw = invoke(_group(client, name), world)
        else:
            async with AsyncTriggerClient(
                secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.async_transport
            ) as aclient:
                raw = await invoke(_group(aclient, name), world)
    assert isinstance(raw, RawResponse)
    assert raw.status_code == raw.http_response.status_code and 200 <= raw.status_code < 300
    assert raw.headers is raw.http_response.headers
    request = raw.http_response.request
    assert request.method == method
    assert re.fullmatch(expected_path, request.url.path), (request.url.path, expected_path)
    assert raw.parsed is not None


async def test_raw_helpers_carry_their_last_response(world: World) -> None:
    emulator = world.emulator
    with TriggerClient(secret_key=emulator.secret_key, api_url=emulator.base_url, transport=emulator.transport) as c:
        raw = c.with_raw_response.tasks.trigger_and_wait("add", {"a": 2, "b": 3}, **FAST)
        assert raw.parsed == 5
        assert raw.http_response.request.url.path.startswith("/api/v3/runs/run_")
        polled = c.with_raw_response.runs.poll(world.run_id, **FAST)
        assert isinstance(polled.parsed, Run) and polled.parsed.id == world.run_id
        schedule = c.with_raw_response.schedules.upsert("raw-upsert-2", task="hourly", cron="0 * * * *")
        assert isinstance(schedule.parsed, Schedule) and schedule.http_response.request.method == "POST"
        # The ordinary client is untouched by raw views.
        assert isinstance(c.runs.retrieve(world.run_id), Run)


def test_a_raw_call_that_made_no_request_is_a_typed_error() -> None:
    from trigger_client import TriggerError
    from trigger_client._operation import Capture

    with pytest.raises(TriggerError, match="made no request"):
        Capture().wrap("parsed")
