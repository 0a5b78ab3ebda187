"""``client.with_raw_response``: every method that makes requests, returning ``RawResponse[T]`` instead of ``T``
(the async client's twins are in :mod:`trigger_client._raw_async`).

Each call runs the ordinary method on a fresh view of the client that records the responses it receives, so a
helper that makes several requests (``poll``, ``trigger_and_wait``, ``batch_trigger``, ``upsert``…) returns the
last one. Methods that return before their requests are made (paginators, realtime subscriptions) or make none
(``schedules.next_runs``) are left out of these classes, so using them raw is a type error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trigger_client._raw_insights import (
    RawPrompts,
    RawQueryDashboards,
    RawReports,
)
from trigger_client._raw_kit import _RawGroup, raw
from trigger_client.resources.auth import Auth
from trigger_client.resources.batches import Batches
from trigger_client.resources.bulk_actions import BulkActions
from trigger_client.resources.concurrency_limits import ConcurrencyLimits
from trigger_client.resources.deployments import Deployments
from trigger_client.resources.envvars import EnvVars
from trigger_client.resources.errors import Errors
from trigger_client.resources.idempotency_keys import IdempotencyKeys
from trigger_client.resources.query import Query
from trigger_client.resources.queues import Queues
from trigger_client.resources.runs import Runs
from trigger_client.resources.schedules import Schedules
from trigger_client.resources.sessions import Sessions
from trigger_client.resources.tasks import Tasks
from trigger_client.resources.waitpoints import WaitpointTokens
from trigger_client.resources.webhooks import (
    WebhookDeliveries,
    WebhookEndpoints,
)

if TYPE_CHECKING:
    from trigger_client._client import TriggerClient


class RawTasks(_RawGroup):
    trigger = raw(Tasks.trigger)
    trigger_and_wait = raw(Tasks.trigger_and_wait)
    batch_trigger = raw(Tasks.batch_trigger)
    batch_trigger_by_task = raw(Tasks.batch_trigger_by_task)


class RawBulkActions(_RawGroup):
    cancel = raw(BulkActions.cancel)
    replay = raw(BulkActions.replay)
    retrieve = raw(BulkActions.retrieve)
    abort = raw(BulkActions.abort)
    poll = raw(BulkActions.poll)


class RawRuns(_RawGroup):
    @property
    def bulk(self) -> RawBulkActions:
        return RawBulkActions(self._client, (*self._path, "bulk"))

    retrieve = raw(Runs.retrieve)
    poll = raw(Runs.poll)
    cancel = raw(Runs.cancel)
    replay = raw(Runs.replay)
    reschedule = raw(Runs.reschedule)
    result = raw(Runs.result)
    events = raw(Runs.events)
    trace = raw(Runs.trace)
    span = raw(Runs.span)
    metadata = raw(Runs.metadata)
    update_metadata = raw(Runs.update_metadata)
    add_tags = raw(Runs.add_tags)
    send_input = raw(Runs.send_input)


class RawSchedules(_RawGroup):
    create = raw(Schedules.create)
    upsert = raw(Schedules.upsert)
    retrieve = raw(Schedules.retrieve)
    update = raw(Schedules.update)
    delete = raw(Schedules.delete)
    activate = raw(Schedules.activate)
    deactivate = raw(Schedules.deactivate)
    timezones = raw(Schedules.timezones)


class RawEnvVars(_RawGroup):
    list = raw(EnvVars.list)
    create = raw(EnvVars.create)
    retrieve = raw(EnvVars.retrieve)
    update = raw(EnvVars.update)
    delete = raw(EnvVars.delete)
    import_ = raw(EnvVars.import_)
    diff = raw(EnvVars.diff)


class RawQueues(_RawGroup):
    retrieve = raw(Queues.retrieve)
    pause = raw(Queues.pause)
    resume = raw(Queues.resume)
    override_concurrency = raw(Queues.override_concurrency)
    reset_concurrency = raw(Queues.reset_concurrency)


class RawConcurrencyLimits(_RawGroup):
    retrieve = raw(ConcurrencyLimits.retrieve)
    override = raw(ConcurrencyLimits.override)
    pause = raw(ConcurrencyLimits.pause)
    resume = raw(ConcurrencyLimits.resume)
    reset = raw(ConcurrencyLimits.reset)


class RawBatches(_RawGroup):
    retrieve = raw(Batches.retrieve)
    results = raw(Batches.results)
    poll = raw(Batches.poll)


class RawDeployments(_RawGroup):
    retrieve = raw(Deployments.retrieve)
    latest = raw(Deployments.latest)
    current = raw(Deployments.current)
    promote = raw(Deployments.promote)


class RawIdempotencyKeys(_RawGroup):
    reset = raw(IdempotencyKeys.reset)


class RawQuery(_RawGroup):
    execute = raw(Query.execute)
    schema = raw(Query.schema)

    @property
    def dashboards(self) -> RawQueryDashboards:
        return RawQueryDashboards(self._client, (*self._path, "dashboards"))


class RawErrors(_RawGroup):
    retrieve = raw(Errors.retrieve)
    resolve = raw(Errors.resolve)
    unresolve = raw(Errors.unresolve)
    ignore = raw(Errors.ignore)


class RawSessions(_RawGroup):
    create = raw(Sessions.create)
    retrieve = raw(Sessions.retrieve)
    update = raw(Sessions.update)
    close = raw(Sessions.close)
    transcript = raw(Sessions.transcript)
    end_and_continue = raw(Sessions.end_and_continue)
    send = raw(Sessions.send)


class RawWaitpointTokens(_RawGroup):
    create = raw(WaitpointTokens.create)
    retrieve = raw(WaitpointTokens.retrieve)
    complete = raw(WaitpointTokens.complete)
    complete_callback = raw(WaitpointTokens.complete_callback)


class RawWaitpoints(_RawGroup):
    @property
    def tokens(self) -> RawWaitpointTokens:
        return RawWaitpointTokens(self._client, (*self._path, "tokens"))


class RawAuth(_RawGroup):
    create_public_token = raw(Auth.create_public_token)
    create_trigger_token = raw(Auth.create_trigger_token)


class RawWebhookEndpoints(_RawGroup):
    list = raw(WebhookEndpoints.list)
    retrieve = raw(WebhookEndpoints.retrieve)
    rotate_secret = raw(WebhookEndpoints.rotate_secret)
    set_secret = raw(WebhookEndpoints.set_secret)


class RawWebhookDeliveries(_RawGroup):
    retrieve = raw(WebhookDeliveries.retrieve)
    replay = raw(WebhookDeliveries.replay)


class RawWebhooks(_RawGroup):
    @property
    def endpoints(self) -> RawWebhookEndpoints:
        return RawWebhookEndpoints(self._client, (*self._path, "endpoints"))

    @property
    def deliveries(self) -> RawWebhookDeliveries:
        return RawWebhookDeliveries(self._client, (*self._path, "deliveries"))


class RawClient:
    """``client.with_raw_response``: the client's resources, each method returning :class:`RawResponse`.

    Example::

        raw = client.with_raw_response.runs.retrieve("run_1234")
        print(raw.status_code, raw.headers.get("x-ratelimit-remaining"), raw.parsed.status)
    """

    def __init__(self, client: TriggerClient) -> None:
        self.tasks = RawTasks(client, ("tasks",))
        self.runs = RawRuns(client, ("runs",))
        self.schedules = RawSchedules(client, ("schedules",))
        self.envvars = RawEnvVars(client, ("envvars",))
        self.queues = RawQueues(client, ("queues",))
        self.batches = RawBatches(client, ("batches",))
        self.deployments = RawDeployments(client, ("deployments",))
        self.idempotency_keys = RawIdempotencyKeys(client, ("idempotency_keys",))
        self.query = RawQuery(client, ("query",))
        self.errors = RawErrors(client, ("errors",))
        self.sessions = RawSessions(client, ("sessions",))
        self.waitpoints = RawWaitpoints(client, ("waitpoints",))
        self.auth = RawAuth(client, ("auth",))
        self.webhooks = RawWebhooks(client, ("webhooks",))
        self.concurrency_limits = RawConcurrencyLimits(client, ("concurrency_limits",))
        self.prompts = RawPrompts(client, ("prompts",))
        self.reports = RawReports(client, ("reports",))
