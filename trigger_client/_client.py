"""TriggerClient and AsyncTriggerClient: configuration, the shared httpx client, resources, lifecycle."""

from __future__ import annotations

import copy
import importlib
import os
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import httpx

if TYPE_CHECKING:
    from typing import Self

    from trigger_api.client import AuthenticatedClient
    from trigger_client._http.network import CertTypes, ProxyTypes, VerifyTypes
    from trigger_client._http.shared_limit import SharedBucket, SharedRateLimit
    from trigger_client._raw import RawClient
    from trigger_client._raw_async import AsyncRawClient
    from trigger_client._realtime.refresh import RefreshAccessToken, TokenRefresher
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

from trigger_client._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    UNCHANGED,
    Credential,
    Unchanged,
    check_deadline,
    check_headers,
    mask,
    resolve_api_url,
    resolve_branch,
    resolve_credential,
    resolve_project_ref,
)
from trigger_client._core import AsyncCore, Capture, Settings, SyncCore, with_settings
from trigger_client._exceptions import ConfigurationError
from trigger_client._http.body import DEFAULT_MAX_RESPONSE_SIZE
from trigger_client._http.call import Hook, Hooks, check_sync_hooks
from trigger_client._http.metrics import Metrics
from trigger_client._http.retry import RetryPolicy
from trigger_client._http.transport import AsyncRetryingTransport, RetryingTransport
from trigger_client._version import __version__

API_VERSION = "2025-07-16"
USER_AGENT = f"trigger-client-python/{__version__}"


def _headers(credential: Credential, branch: str | None) -> dict[str, str]:
    headers = {
        "authorization": f"Bearer {credential.token}",
        "content-type": "application/json",
        "x-trigger-api-version": API_VERSION,
        "x-trigger-source": "sdk",
        # Runs triggered with it get v2 realtime streams (the webapp's determineRealtimeStreamsVersion).
        "x-trigger-realtime-streams-version": "v2",
        "user-agent": USER_AGENT,
    }
    if branch:
        headers["x-trigger-branch"] = branch
    return headers


def _hooks(
    on_request: Hook | Iterable[Hook] | None,
    on_response: Hook | Iterable[Hook] | None,
    on_retry: Hook | Iterable[Hook] | None,
    on_error: Hook | Iterable[Hook] | None,
) -> Hooks:
    def as_list(value: Hook | Iterable[Hook] | None) -> list[Hook]:
        if value is None:
            return []
        return [value] if callable(value) else list(value)

    return Hooks(as_list(on_request), as_list(on_response), as_list(on_retry), as_list(on_error))


R = TypeVar("R")


class resource(Generic[R]):  # lower case: used like @property
    """A resource attribute built on first access and cached on the client (one per client view).

    It names its class as ``"module:Class"`` under ``trigger_client.resources`` so that importing the package
    does not import every resource (and the generated endpoints and models behind them) up front.
    """

    def __init__(self, target: str, doc: str) -> None:
        self.target = target
        self.__doc__ = doc

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, client: None, owner: type) -> resource[R]: ...
    @overload
    def __get__(self, client: object, owner: type) -> R: ...
    def __get__(self, client: object | None, owner: type) -> R | resource[R]:
        if client is None:
            return self
        module, _, name = self.target.partition(":")
        factory: Callable[[Any], R] = getattr(importlib.import_module(f"trigger_client.resources.{module}"), name)
        value = factory(client)
        client.__dict__[self.name] = value
        return value


class _ClientBase:
    """Settings resolution shared by both clients."""

    api_url: str
    project_ref: str | None
    preview_branch: str | None
    metrics: Metrics
    _credential: Credential
    _settings: Settings
    _refresher: TokenRefresher | None

    def _configure(
        self,
        *,
        secret_key: str | None,
        access_token: str | None,
        api_url: str | None,
        project_ref: str | None,
        preview_branch: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        deadline: float | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        default_headers: Mapping[str, str] | None = None,
        refresh_access_token: RefreshAccessToken | None = None,
    ) -> tuple[dict[str, str], RetryPolicy]:
        from trigger_client._logenv import configure_from_env

        configure_from_env()
        self._credential = resolve_credential(secret_key=secret_key, access_token=access_token)
        self._refresher = None
        if refresh_access_token is not None:
            from trigger_client._realtime.refresh import TokenRefresher

            self._refresher = TokenRefresher(refresh_access_token, self._credential.kind)
        self.api_url = resolve_api_url(api_url)
        self.project_ref = resolve_project_ref(project_ref)
        self.preview_branch = resolve_branch(preview_branch)
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be a whole number >= 0, got {max_retries!r}")
        self._settings = Settings(timeout=timeout, deadline=check_deadline(deadline))
        if isinstance(max_response_size, bool) or not isinstance(max_response_size, int) or max_response_size < 1:
            raise ConfigurationError(f"max_response_size must be a positive number of bytes, got {max_response_size!r}")
        self.max_response_size = max_response_size
        self._closed = [False]
        self.metrics = Metrics()
        self._pid = os.getpid()
        self._user_headers = check_headers(default_headers, "default_headers=")
        headers = _headers(self._credential, self.preview_branch) | self._user_headers
        return headers, RetryPolicy(max_retries=max_retries)

    def _shared_bucket(self, shared_rate_limit: SharedRateLimit | None) -> SharedBucket | None:
        """This key's bucket in the shared file or Redis the client opted into with ``shared_rate_limit=``."""
        if shared_rate_limit is None:
            return None
        from trigger_client._http.shared_limit import SharedRateLimit

        if not isinstance(shared_rate_limit, SharedRateLimit):
            raise ConfigurationError(
                "shared_rate_limit must be a SharedRateLimit (trigger_client.SharedRateLimit(path) or "
                f"SharedRateLimit.redis(url)), got {type(shared_rate_limit).__name__}"
            )
        return shared_rate_limit.bucket(self.api_url, self._credential.token)

    def _raw_client(self, http: httpx.Client | httpx.AsyncClient) -> AuthenticatedClient:
        # The real Authorization header lives on the shared httpx client; the generated wrapper only carries
        # a masked token, so repr(client.raw) cannot leak it.
        # attrs and the generated client load with the first client built, not with the package.
        from trigger_client._generated_client import GeneratedClient

        raw = GeneratedClient(base_url=self.api_url, token=mask(self._credential.token))
        if isinstance(http, httpx.Client):
            raw.set_httpx_client(http)
        else:
            raw.set_async_httpx_client(http)
        return raw

    @property
    def credential_kind(self) -> str:
        """``"secret key"``, ``"personal access token"`` or ``"public access token"``."""
        return self._credential.kind.value

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(api_url={self.api_url!r}, credential={self._credential!r}, "
            f"project_ref={self.project_ref!r}, preview_branch={self.preview_branch!r})"
        )

    def _capturing(self) -> tuple[Any, Capture]:
        """A view of this client that records its last response (for ``with_raw_response``), and the record."""
        view = self._copy_with()
        view._capture = Capture()
        return view, view._capture

    def _copy_with(
        self: Any,
        *,
        timeout: float | httpx.Timeout | Unchanged | None = UNCHANGED,
        headers: Mapping[str, str] | None = None,
        **changes: Any,
    ) -> Any:
        extra = check_headers(headers, "with_options(headers=)")
        clone = copy.copy(self)
        settings = with_settings(self._settings, **changes)
        # None is a real timeout value (none at all), so "keep it" needs its own marker.
        clone._settings = settings if timeout is UNCHANGED else settings.replace(timeout=timeout)
        if extra:
            clone._add_headers(extra)
        # Resources are cached per instance and bound to it: the copy must build its own.
        for name, attr in vars(type(self)).items():
            if isinstance(attr, resource):
                clone.__dict__.pop(name, None)
        return clone


class TriggerClient(SyncCore, _ClientBase):
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
        hooks = _hooks(on_request, on_response, on_retry, on_error)
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


class AsyncTriggerClient(AsyncCore, _ClientBase):
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
        hooks = _hooks(on_request, on_response, on_retry, on_error)
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
