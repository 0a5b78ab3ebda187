"""What TriggerClient and AsyncTriggerClient share: the headers every request carries, hooks given as one or many,
the lazily imported resources, and the configuration both build their transport from."""

from __future__ import annotations

import copy
import importlib
import os
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import httpx

if TYPE_CHECKING:
    from trigger_api.client import AuthenticatedClient
    from trigger_client._http.shared_limit import SharedBucket, SharedRateLimit
    from trigger_client._realtime.refresh import RefreshAccessToken, TokenRefresher

from trigger_client._config import (
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
from trigger_client._core import Settings, with_settings
from trigger_client._exceptions import ConfigurationError
from trigger_client._http.body import DEFAULT_MAX_RESPONSE_SIZE
from trigger_client._http.call import Hook, Hooks
from trigger_client._http.metrics import Metrics
from trigger_client._http.retry import RetryPolicy
from trigger_client._operation import Capture
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


def hooks_of(
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


class ClientBase:
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
