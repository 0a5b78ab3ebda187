"""TriggerClient and AsyncTriggerClient: configuration, the shared httpx client, resources, lifecycle."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from typing import Self

    from trigger_client._http.network import CertTypes, ProxyTypes, VerifyTypes
    from trigger_client._http.shared_limit import SharedRateLimit
    from trigger_client._raw import RawClient
    from trigger_client._raw_async import AsyncRawClient
    from trigger_client._realtime.refresh import RefreshAccessToken
    from trigger_client.resources.auth import AsyncAuth, Auth
    from trigger_client.resources.batches import AsyncBatches, Batches
    from trigger_client.resources.concurrency_limits import AsyncConcurrencyLimits, ConcurrencyLimits
    from trigger_client.resources.deployments import AsyncDeployments, Deployments
    from trigger_client.resources.envvars import AsyncEnvVars, EnvVars
    from trigger_client.resources.errors import AsyncErrors, Errors
    from trigger_client.resources.idempotency_keys import AsyncIdempotencyKeys, IdempotencyKeys
    from trigger_client.resources.prompts import AsyncPrompts, Prompts
    from trigger_client.resources.query import AsyncQuery, Query
    from trigger_client.resources.queues import AsyncQueues, Queues
    from trigger_client.resources.reports import AsyncReports, Reports
    from trigger_client.resources.runs import AsyncRuns, Runs
    from trigger_client.resources.schedules import AsyncSchedules, Schedules
    from trigger_client.resources.sessions import AsyncSessions, Sessions
    from trigger_client.resources.tasks import AsyncTasks, Tasks
    from trigger_client.resources.waitpoints import AsyncWaitpoints, Waitpoints
    from trigger_client.resources.webhooks import AsyncWebhooks, Webhooks

from trigger_client._client_base import ClientBase, hooks_of, resource
from trigger_client._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    UNCHANGED,
    Unchanged,
    check_deadline,
)
from trigger_client._core import AsyncCore, SyncCore
from trigger_client._http.body import DEFAULT_MAX_RESPONSE_SIZE
from trigger_client._http.call import Hook, check_sync_hooks
from trigger_client._http.transport import AsyncRetryingTransport, RetryingTransport


class TriggerClient(SyncCore, ClientBase):
    """The sync client. One instance holds one connection pool; share it between threads.

    Credentials come from ``secret_key=`` / ``access_token=`` or the ``TRIGGER_SECRET_KEY`` /
    ``TRIGGER_ACCESS_TOKEN`` environment variables; ``api_url`` defaults to ``TRIGGER_API_URL`` or
    ``https://api.trigger.dev``. With a public access token, ``refresh_access_token`` (a function returning a new
    one) renews it for a subscription the server answers 401 or 403, once, resuming where it was. Requests go
    through the proxy ``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``ALL_PROXY`` name, except for ``NO_PROXY`` hosts, as with
    httpx (``proxy=`` to choose one, ``trust_env=False`` to ignore the environment); ``verify=`` takes a CA bundle
    path or an ``ssl.SSLContext``, ``cert=`` a client certificate.

    Example::

        from trigger_client import TriggerClient

        with TriggerClient() as client:
            handle = client.tasks.trigger("send-email", {"to": "ada@example.com"})
            print(client.runs.retrieve(handle.id).status)
    """

    def __init__(
        self,
        *,
        secret_key: str | None = None,
        access_token: str | None = None,
        api_url: str | None = None,
        project_ref: str | None = None,
        preview_branch: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        default_headers: Mapping[str, str] | None = None,
        refresh_access_token: RefreshAccessToken | None = None,
        transport: httpx.BaseTransport | None = None,
        proxy: ProxyTypes | None = None,
        verify: VerifyTypes = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        shared_rate_limit: SharedRateLimit | None = None,
        on_request: Hook | Iterable[Hook] | None = None,
        on_response: Hook | Iterable[Hook] | None = None,
        on_retry: Hook | Iterable[Hook] | None = None,
        on_error: Hook | Iterable[Hook] | None = None,
    ) -> None:
        headers, policy = self._configure(
            secret_key=secret_key,
            access_token=access_token,
            api_url=api_url,
            project_ref=project_ref,
            preview_branch=preview_branch,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_size=max_response_size,
            default_headers=default_headers,
            refresh_access_token=refresh_access_token,
        )
        hooks = hooks_of(on_request, on_response, on_retry, on_error)
        check_sync_hooks(hooks)
        from trigger_client._http.pools import connection_transport, default_transport

        inner = connection_transport(
            transport, default_transport, proxy=proxy, verify=verify, cert=cert, trust_env=trust_env
        )
        shared = self._shared_bucket(shared_rate_limit)
        self._sender = RetryingTransport(inner, policy, hooks, self.metrics, self.max_response_size, shared)
        self._http = httpx.Client(base_url=self.api_url, headers=headers, timeout=timeout, transport=self._sender)
        self._remember_defaults(self._http)
        self.raw = self._raw_client(self._http)

    tasks: resource[Tasks] = resource("tasks:Tasks", "Trigger tasks and batches.")
    runs: resource[Runs] = resource("runs:Runs", "List, inspect and control runs.")
    schedules: resource[Schedules] = resource("schedules:Schedules", "Cron schedules.")
    envvars: resource[EnvVars] = resource("envvars:EnvVars", "Project environment variables.")
    queues: resource[Queues] = resource("queues:Queues", "Queues: pause, resume, concurrency.")
    batches: resource[Batches] = resource("batches:Batches", "Batches of runs.")
    deployments: resource[Deployments] = resource("deployments:Deployments", "Deployments of your tasks.")
    idempotency_keys: resource[IdempotencyKeys] = resource(
        "idempotency_keys:IdempotencyKeys", "Reset idempotency keys of triggered runs."
    )
    query: resource[Query] = resource("query:Query", "TRQL queries over runs.")
    errors: resource[Errors] = resource("errors:Errors", "Error groups of failed runs: resolve, ignore.")
    sessions: resource[Sessions] = resource("sessions:Sessions", "Sessions: durable identities that trigger runs.")
    waitpoints: resource[Waitpoints] = resource(
        "waitpoints:Waitpoints", "Waitpoint tokens (``client.waitpoints.tokens``)."
    )
    auth: resource[Auth] = resource("auth:Auth", "Public access tokens for browsers and other untrusted code.")
    webhooks: resource[Webhooks] = resource(
        "webhooks:Webhooks", "Hosted webhook endpoints and deliveries (``client.webhooks.endpoints``)."
    )
    concurrency_limits: resource[ConcurrencyLimits] = resource(
        "concurrency_limits:ConcurrencyLimits", "Concurrency limits: list, override, pause, reset."
    )
    prompts: resource[Prompts] = resource("prompts:Prompts", "AI prompts: versions, resolve, overrides.")
    reports: resource[Reports] = resource("reports:Reports", "Reports, such as the project health verdict.")

    @classmethod
    def from_profile(cls, name: str, *, path: str | os.PathLike[str] | None = None, **overrides: Any) -> Self:
        """A client configured by a named profile of the config file (``$TRIGGER_CONFIG`` or
        ``~/.config/trigger/config.toml``); keyword arguments override the profile.

        Example::

            client = TriggerClient.from_profile("acme-prod", max_retries=2)
        """
        from trigger_client._profiles import client_from_profile

        return client_from_profile(name, cls, path=path, **overrides)

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | Unchanged | None = UNCHANGED,
        deadline: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> TriggerClient:
        """A view of this client with other per-call settings, sharing its connections (and so their proxy and
        TLS settings, which are fixed when the client is built).

        An omitted setting keeps its value; ``timeout=None`` means no timeout. ``headers`` are added to every
        request of the view (on top of ``default_headers=``); the headers the client sets itself (credential,
        idempotency keys, API version, ``x-trigger-*``) raise :class:`ConfigurationError`.

        Example::

            client.with_options(max_retries=0, timeout=5).runs.retrieve("run_1234")
            client.with_options(headers={"x-audit-user": "ada"}).runs.cancel("run_1234")
        """
        return self._copy_with(  # type: ignore[no-any-return]
            max_retries=max_retries, timeout=timeout, deadline=check_deadline(deadline), headers=headers
        )

    @property
    def with_raw_response(self) -> RawClient:
        """The resources again, each method returning :class:`RawResponse` (status, headers, parsed result);
        helpers that make several requests (``poll``, ``trigger_and_wait``, ``batch_trigger``…) carry the last.
        Paginators and subscriptions are not offered: their requests happen after the call returns.

        Example::

            raw = client.with_raw_response.runs.retrieve("run_1234")
            print(raw.status_code, raw.headers.get("x-ratelimit-remaining"), raw.parsed.status)
        """
        from trigger_client._raw import RawClient  # imports every resource: only when asked for

        return RawClient(self)

    def close(self) -> None:
        """Close the connection pool. Further calls raise :class:`ClientClosedError`."""
        self._closed[0] = True
        self._http.close()

    def __enter__(self) -> TriggerClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncTriggerClient(AsyncCore, ClientBase):
    """The async client: same resources and options as :class:`TriggerClient`, with ``await`` and ``async for``.

    It runs on an aiohttp-backed httpx transport when the ``aiohttp`` extra is installed, on httpx's own otherwise,
    with one connection pool per event loop; the connection settings are those of :class:`TriggerClient`.

    Example::

        async with AsyncTriggerClient() as client:
            handle = await client.tasks.trigger("send-email", {"to": "ada@example.com"})
            async for run in client.runs.list(status=["FAILED"], limit=10):
                print(run.id)
    """

    def __init__(
        self,
        *,
        secret_key: str | None = None,
        access_token: str | None = None,
        api_url: str | None = None,
        project_ref: str | None = None,
        preview_branch: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        default_headers: Mapping[str, str] | None = None,
        refresh_access_token: RefreshAccessToken | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        proxy: ProxyTypes | None = None,
        verify: VerifyTypes = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        shared_rate_limit: SharedRateLimit | None = None,
        on_request: Hook | Iterable[Hook] | None = None,
        on_response: Hook | Iterable[Hook] | None = None,
        on_retry: Hook | Iterable[Hook] | None = None,
        on_error: Hook | Iterable[Hook] | None = None,
    ) -> None:
        headers, policy = self._configure(
            secret_key=secret_key,
            access_token=access_token,
            api_url=api_url,
            project_ref=project_ref,
            preview_branch=preview_branch,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_size=max_response_size,
            default_headers=default_headers,
            refresh_access_token=refresh_access_token,
        )
        hooks = hooks_of(on_request, on_response, on_retry, on_error)
        from trigger_client._http.pools import connection_transport, default_async_transport

        inner = connection_transport(
            transport, default_async_transport, proxy=proxy, verify=verify, cert=cert, trust_env=trust_env
        )
        shared = self._shared_bucket(shared_rate_limit)
        self._sender = AsyncRetryingTransport(inner, policy, hooks, self.metrics, self.max_response_size, shared)
        self._http = httpx.AsyncClient(base_url=self.api_url, headers=headers, timeout=timeout, transport=self._sender)
        self._remember_defaults(self._http)
        self.raw = self._raw_client(self._http)

    tasks: resource[AsyncTasks] = resource("tasks:AsyncTasks", "Trigger tasks and batches.")
    runs: resource[AsyncRuns] = resource("runs:AsyncRuns", "List, inspect and control runs.")
    schedules: resource[AsyncSchedules] = resource("schedules:AsyncSchedules", "Cron schedules.")
    envvars: resource[AsyncEnvVars] = resource("envvars:AsyncEnvVars", "Project environment variables.")
    queues: resource[AsyncQueues] = resource("queues:AsyncQueues", "Queues: pause, resume, concurrency.")
    batches: resource[AsyncBatches] = resource("batches:AsyncBatches", "Batches of runs.")
    deployments: resource[AsyncDeployments] = resource("deployments:AsyncDeployments", "Deployments of your tasks.")
    idempotency_keys: resource[AsyncIdempotencyKeys] = resource(
        "idempotency_keys:AsyncIdempotencyKeys", "Reset idempotency keys of triggered runs."
    )
    query: resource[AsyncQuery] = resource("query:AsyncQuery", "TRQL queries over runs.")
    errors: resource[AsyncErrors] = resource(
        "errors:AsyncErrors", "Error groups of failed runs: list, resolve, ignore."
    )
    sessions: resource[AsyncSessions] = resource(
        "sessions:AsyncSessions", "Sessions: durable identities that trigger runs."
    )
    waitpoints: resource[AsyncWaitpoints] = resource(
        "waitpoints:AsyncWaitpoints", "Waitpoint tokens (``client.waitpoints.tokens``)."
    )
    auth: resource[AsyncAuth] = resource(
        "auth:AsyncAuth", "Public access tokens for browsers and other untrusted code."
    )
    webhooks: resource[AsyncWebhooks] = resource(
        "webhooks:AsyncWebhooks", "Hosted webhook endpoints and deliveries (``client.webhooks.endpoints``)."
    )
    concurrency_limits: resource[AsyncConcurrencyLimits] = resource(
        "concurrency_limits:AsyncConcurrencyLimits", "Concurrency limits: list, override, pause, reset."
    )
    prompts: resource[AsyncPrompts] = resource("prompts:AsyncPrompts", "AI prompts: versions, resolve, overrides.")
    reports: resource[AsyncReports] = resource("reports:AsyncReports", "Reports, such as the project health verdict.")

    @classmethod
    def from_profile(cls, name: str, *, path: str | os.PathLike[str] | None = None, **overrides: Any) -> Self:
        """A client configured by a named profile of the config file; keyword arguments override it.

        Example::

            client = AsyncTriggerClient.from_profile("acme-prod")
        """
        from trigger_client._profiles import client_from_profile

        return client_from_profile(name, cls, path=path, **overrides)

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | Unchanged | None = UNCHANGED,
        deadline: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncTriggerClient:
        """A view of this client with other per-call settings, sharing its connections (and so their proxy and
        TLS settings, which are fixed when the client is built).

        An omitted setting keeps its value; ``timeout=None`` means no timeout. ``headers`` are added to every
        request of the view, as for :meth:`TriggerClient.with_options`.

        Example::

            await client.with_options(max_retries=0).runs.retrieve("run_1234")
        """
        return self._copy_with(  # type: ignore[no-any-return]
            max_retries=max_retries, timeout=timeout, deadline=check_deadline(deadline), headers=headers
        )

    @property
    def with_raw_response(self) -> AsyncRawClient:
        """Async version of :attr:`TriggerClient.with_raw_response`.

        Example::

            raw = await client.with_raw_response.runs.retrieve("run_1234")
            print(raw.status_code, raw.parsed.status)
        """
        from trigger_client._raw_async import AsyncRawClient  # imports every resource: only when asked for

        return AsyncRawClient(self)

    async def close(self) -> None:
        """Close the connection pool. Further calls raise :class:`ClientClosedError`."""
        self._closed[0] = True
        await self._http.aclose()

    async def __aenter__(self) -> AsyncTriggerClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
