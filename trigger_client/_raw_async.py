"""``with_raw_response`` of :class:`AsyncTriggerClient`: the async twins of :mod:`trigger_client._raw`'s classes,
each method an awaitable of ``RawResponse[T]``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trigger_client._raw_insights import AsyncRawPrompts, AsyncRawQueryDashboards, AsyncRawReports
from trigger_client._raw_kit import _RawGroup, async_raw
from trigger_client.resources.auth import AsyncAuth
from trigger_client.resources.batches import AsyncBatches
from trigger_client.resources.bulk_actions import AsyncBulkActions
from trigger_client.resources.concurrency_limits import AsyncConcurrencyLimits
from trigger_client.resources.deployments import AsyncDeployments
from trigger_client.resources.envvars import AsyncEnvVars
from trigger_client.resources.errors import AsyncErrors
from trigger_client.resources.idempotency_keys import AsyncIdempotencyKeys
from trigger_client.resources.query import AsyncQuery
from trigger_client.resources.queues import AsyncQueues
from trigger_client.resources.runs import AsyncRuns
from trigger_client.resources.schedules import AsyncSchedules
from trigger_client.resources.sessions import AsyncSessions
from trigger_client.resources.tasks import AsyncTasks
from trigger_client.resources.waitpoints import AsyncWaitpointTokens
from trigger_client.resources.webhooks import AsyncWebhookDeliveries, AsyncWebhookEndpoints

if TYPE_CHECKING:
    from trigger_client._client import AsyncTriggerClient


class AsyncRawTasks(_RawGroup):
    trigger = async_raw(AsyncTasks.trigger)
    trigger_and_wait = async_raw(AsyncTasks.trigger_and_wait)
    batch_trigger = async_raw(AsyncTasks.batch_trigger)
    batch_trigger_by_task = async_raw(AsyncTasks.batch_trigger_by_task)


class AsyncRawBulkActions(_RawGroup):
    cancel = async_raw(AsyncBulkActions.cancel)
    replay = async_raw(AsyncBulkActions.replay)
    retrieve = async_raw(AsyncBulkActions.retrieve)
    abort = async_raw(AsyncBulkActions.abort)
    poll = async_raw(AsyncBulkActions.poll)


class AsyncRawRuns(_RawGroup):
    @property
    def bulk(self) -> AsyncRawBulkActions:
        return AsyncRawBulkActions(self._client, (*self._path, "bulk"))

    retrieve = async_raw(AsyncRuns.retrieve)
    poll = async_raw(AsyncRuns.poll)
    cancel = async_raw(AsyncRuns.cancel)
    replay = async_raw(AsyncRuns.replay)
    reschedule = async_raw(AsyncRuns.reschedule)
    result = async_raw(AsyncRuns.result)
    events = async_raw(AsyncRuns.events)
    trace = async_raw(AsyncRuns.trace)
    span = async_raw(AsyncRuns.span)
    metadata = async_raw(AsyncRuns.metadata)
    update_metadata = async_raw(AsyncRuns.update_metadata)
    add_tags = async_raw(AsyncRuns.add_tags)
    send_input = async_raw(AsyncRuns.send_input)


class AsyncRawSchedules(_RawGroup):
    create = async_raw(AsyncSchedules.create)
    upsert = async_raw(AsyncSchedules.upsert)
    retrieve = async_raw(AsyncSchedules.retrieve)
    update = async_raw(AsyncSchedules.update)
    delete = async_raw(AsyncSchedules.delete)
    activate = async_raw(AsyncSchedules.activate)
    deactivate = async_raw(AsyncSchedules.deactivate)
    timezones = async_raw(AsyncSchedules.timezones)


class AsyncRawEnvVars(_RawGroup):
    list = async_raw(AsyncEnvVars.list)
    create = async_raw(AsyncEnvVars.create)
    retrieve = async_raw(AsyncEnvVars.retrieve)
    update = async_raw(AsyncEnvVars.update)
    delete = async_raw(AsyncEnvVars.delete)
    import_ = async_raw(AsyncEnvVars.import_)
    diff = async_raw(AsyncEnvVars.diff)


class AsyncRawConcurrencyLimits(_RawGroup):
    retrieve = async_raw(AsyncConcurrencyLimits.retrieve)
    override = async_raw(AsyncConcurrencyLimits.override)
    pause = async_raw(AsyncConcurrencyLimits.pause)
    resume = async_raw(AsyncConcurrencyLimits.resume)
    reset = async_raw(AsyncConcurrencyLimits.reset)


class AsyncRawQueues(_RawGroup):
    retrieve = async_raw(AsyncQueues.retrieve)
    pause = async_raw(AsyncQueues.pause)
    resume = async_raw(AsyncQueues.resume)
    override_concurrency = async_raw(AsyncQueues.override_concurrency)
    reset_concurrency = async_raw(AsyncQueues.reset_concurrency)


class AsyncRawBatches(_RawGroup):
    retrieve = async_raw(AsyncBatches.retrieve)
    results = async_raw(AsyncBatches.results)
    poll = async_raw(AsyncBatches.poll)


class AsyncRawDeployments(_RawGroup):
    retrieve = async_raw(AsyncDeployments.retrieve)
    latest = async_raw(AsyncDeployments.latest)
    current = async_raw(AsyncDeployments.current)
    promote = async_raw(AsyncDeployments.promote)


class AsyncRawIdempotencyKeys(_RawGroup):
    reset = async_raw(AsyncIdempotencyKeys.reset)


class AsyncRawQuery(_RawGroup):
    execute = async_raw(AsyncQuery.execute)
    schema = async_raw(AsyncQuery.schema)

    @property
    def dashboards(self) -> AsyncRawQueryDashboards:
        return AsyncRawQueryDashboards(self._client, (*self._path, "dashboards"))


class AsyncRawErrors(_RawGroup):
    retrieve = async_raw(AsyncErrors.retrieve)
    resolve = async_raw(AsyncErrors.resolve)
    unresolve = async_raw(AsyncErrors.unresolve)
    ignore = async_raw(AsyncErrors.ignore)


class AsyncRawSessions(_RawGroup):
    create = async_raw(AsyncSessions.create)
    retrieve = async_raw(AsyncSessions.retrieve)
    update = async_raw(AsyncSessions.update)
    close = async_raw(AsyncSessions.close)
    transcript = async_raw(AsyncSessions.transcript)
    end_and_continue = async_raw(AsyncSessions.end_and_continue)
    send = async_raw(AsyncSessions.send)


class AsyncRawWaitpointTokens(_RawGroup):
    create = async_raw(AsyncWaitpointTokens.create)
    retrieve = async_raw(AsyncWaitpointTokens.retrieve)
    complete = async_raw(AsyncWaitpointTokens.complete)
    complete_callback = async_raw(AsyncWaitpointTokens.complete_callback)


class AsyncRawWaitpoints(_RawGroup):
    @property
    def tokens(self) -> AsyncRawWaitpointTokens:
        return AsyncRawWaitpointTokens(self._client, (*self._path, "tokens"))


class AsyncRawAuth(_RawGroup):
    create_public_token = async_raw(AsyncAuth.create_public_token)
    create_trigger_token = async_raw(AsyncAuth.create_trigger_token)


class AsyncRawWebhookEndpoints(_RawGroup):
    list = async_raw(AsyncWebhookEndpoints.list)
    retrieve = async_raw(AsyncWebhookEndpoints.retrieve)
    rotate_secret = async_raw(AsyncWebhookEndpoints.rotate_secret)
    set_secret = async_raw(AsyncWebhookEndpoints.set_secret)


class AsyncRawWebhookDeliveries(_RawGroup):
    retrieve = async_raw(AsyncWebhookDeliveries.retrieve)
    replay = async_raw(AsyncWebhookDeliveries.replay)


class AsyncRawWebhooks(_RawGroup):
    @property
    def endpoints(self) -> AsyncRawWebhookEndpoints:
        return AsyncRawWebhookEndpoints(self._client, (*self._path, "endpoints"))

    @property
    def deliveries(self) -> AsyncRawWebhookDeliveries:
        return AsyncRawWebhookDeliveries(self._client, (*self._path, "deliveries"))


class AsyncRawClient:
    """``client.with_raw_response`` of :class:`AsyncTriggerClient`: awaitables of :class:`RawResponse`.

    Example::

        raw = await client.with_raw_response.runs.retrieve("run_1234")
        print(raw.status_code, raw.parsed.status)
    """

    def __init__(self, client: AsyncTriggerClient) -> None:
        self.tasks = AsyncRawTasks(client, ("tasks",))
        self.runs = AsyncRawRuns(client, ("runs",))
        self.schedules = AsyncRawSchedules(client, ("schedules",))
        self.envvars = AsyncRawEnvVars(client, ("envvars",))
        self.queues = AsyncRawQueues(client, ("queues",))
        self.batches = AsyncRawBatches(client, ("batches",))
        self.deployments = AsyncRawDeployments(client, ("deployments",))
        self.idempotency_keys = AsyncRawIdempotencyKeys(client, ("idempotency_keys",))
        self.query = AsyncRawQuery(client, ("query",))
        self.errors = AsyncRawErrors(client, ("errors",))
        self.sessions = AsyncRawSessions(client, ("sessions",))
        self.waitpoints = AsyncRawWaitpoints(client, ("waitpoints",))
        self.auth = AsyncRawAuth(client, ("auth",))
        self.webhooks = AsyncRawWebhooks(client, ("webhooks",))
        self.concurrency_limits = AsyncRawConcurrencyLimits(client, ("concurrency_limits",))
        self.prompts = AsyncRawPrompts(client, ("prompts",))
        self.reports = AsyncRawReports(client, ("reports",))
