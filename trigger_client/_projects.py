"""Several projects from one program: a registry of clients over one connection pool, run concurrently.

:class:`Projects` / :class:`AsyncProjects` hold one client per project, each with its own credentials, and run a
function against every project concurrently, reporting each project's value or error.

Example::

    from trigger_client import Projects

    with Projects.from_profiles(["acme-prod", "beta-prod"]) as projects:
        failed = projects.map(lambda c: c.runs.list(status=["FAILED"], period="1d", limit=10))
        for name, result in failed.items():
            print(name, len(result.value) if result.ok else result.error)
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

import httpx

from trigger_client._client import AsyncTriggerClient, TriggerClient
from trigger_client._config_file import EXAMPLE, PathArg, ProfileError, closest
from trigger_client._exceptions import ClientClosedError, ConfigurationError
from trigger_client._http.pools import default_async_transport, default_transport
from trigger_client._profiles import Profile, pick, read_profiles

if TYPE_CHECKING:
    from trigger_client._pagination import AsyncPaginator, SyncPaginator

__all__ = ["AsyncProjects", "ProjectResult", "Projects"]

T = TypeVar("T")


# --------------------------------------------------------------------------- registries


@dataclass(frozen=True)
class ProjectResult(Generic[T]):
    """The outcome of ``fn(client)`` for one project in :meth:`Projects.map`: ``value`` or ``error``.

    Example::

        results = projects.map(lambda c: c.runs.retrieve("run_1234"))
        for name, result in results.items():
            if result.ok:
                print(name, result.value.status)
            else:
                print(name, "failed:", result.error)
        run = results["acme"].unwrap()  # the value, or re-raises the project's exception
    """

    name: str
    value: T | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        """True when ``fn`` returned (``value`` is set), False when it raised (``error`` is set)."""
        return self.error is None

    def unwrap(self) -> T:
        """The value, or re-raise the exception this project's call raised.

        Example::

            runs = projects.map(lambda c: c.runs.list(limit=5))["acme"].unwrap()
        """
        if self.error is not None:
            raise self.error
        return cast(T, self.value)


ProjectSpec = Mapping[str, Any] | Profile


def _project_kwargs(name: str, spec: ProjectSpec) -> dict[str, Any]:
    if isinstance(spec, Profile):
        return spec.client_kwargs()
    if not isinstance(spec, Mapping):
        raise ConfigurationError(
            f"project {name!r}: expected a dict of client arguments or a Profile, got {type(spec).__name__}"
        )
    if "transport" in spec:
        raise ConfigurationError(
            f"project {name!r}: the registry shares one transport between its projects; pass transport= to the "
            "registry, not to a project"
        )
    if spec.get("secret_key") is None and spec.get("access_token") is None:
        raise ConfigurationError(
            f"project {name!r} has no secret_key= or access_token=: every project needs its own credential "
            "(a registry never falls back to TRIGGER_SECRET_KEY, which would give several projects one key)"
        )
    return {"project_ref": "", "preview_branch": "", **spec}  # nor to TRIGGER_PROJECT_REF / TRIGGER_PREVIEW_BRANCH


def _check_overrides(overrides: Mapping[str, Any]) -> None:
    shared = sorted({"secret_key", "access_token", "transport"} & set(overrides))
    if shared:
        raise ConfigurationError(
            f"{', '.join(shared)} cannot apply to every project: credentials come from each profile, and the "
            "transport is passed as transport="
        )


def _unknown_project(name: str, names: list[str]) -> KeyError:
    return KeyError(f"no project {name!r}; {closest(name, names)}known projects: {', '.join(names) or 'none'}")


def _profiles_for(names: Iterable[str] | None, path: PathArg) -> dict[str, Profile]:
    resolved, _, profiles = read_profiles(path, required=True)
    profiles = profiles or {}
    if names is None:
        if not profiles:
            raise ProfileError(
                f"the config file has no profiles: add one table per project, e.g.\n\n{EXAMPLE}", path=resolved
            )
        return profiles
    return {name: pick(name, profiles, resolved) for name in ([names] if isinstance(names, str) else names)}


class _SharedTransport(httpx.BaseTransport):
    """The registry's pool as seen by one client: closing the client does not close the pool."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)

    def close(self) -> None:
        pass


class _AsyncSharedTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`_SharedTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        pass


def _is_sync_paginator(value: object) -> bool:
    return hasattr(value, "pages") and hasattr(value, "__iter__") and not isinstance(value, (str, bytes, Mapping))


ClientT = TypeVar("ClientT")


class _Registry(Mapping[str, ClientT]):
    """The read-only mapping side shared by :class:`Projects` and :class:`AsyncProjects`."""

    _clients: dict[str, ClientT]
    _closed: bool

    @property
    def names(self) -> list[str]:
        """The project names, in the order they were given."""
        return list(self._clients)

    def __getitem__(self, name: str) -> ClientT:
        try:
            return self._clients[name]
        except KeyError:
            raise _unknown_project(name, self.names) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._clients)

    def __len__(self) -> int:
        return len(self._clients)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.names!r}{', closed' if self._closed else ''})"


class Projects(_Registry[TriggerClient]):
    """Sync clients for many projects over one connection pool; each keeps its own credentials and headers.

    ``projects`` maps a name to client arguments (as for :class:`TriggerClient`, without ``transport``) or
    to a :class:`Profile`. Every client gets ``transport=`` the registry's one shared transport
    (``httpx.HTTPTransport()`` unless given), which the registry owns and closes. It is a read-only mapping of
    name to client.

    Example::

        with Projects({"acme": {"secret_key": acme_key}, "beta": {"secret_key": beta_key}}) as projects:
            projects["acme"].tasks.trigger("send-email", {"to": "ada@example.com"})
            failed = projects.map(lambda c: c.runs.list(status=["FAILED"], limit=10))
            print({name: len(r.value) for name, r in failed.items() if r.ok})
    """

    def __init__(self, projects: Mapping[str, ProjectSpec], *, transport: httpx.BaseTransport | None = None) -> None:

        self.transport: httpx.BaseTransport = transport if transport is not None else default_transport()
        self._closed = False
        self._clients: dict[str, TriggerClient] = {}
        shared = _SharedTransport(self.transport)
        try:
            for name, spec in projects.items():
                self._clients[name] = TriggerClient(**_project_kwargs(name, spec), transport=shared)
        except BaseException:
            self.close()
            raise

    @classmethod
    def from_profiles(
        cls,
        names: Iterable[str] | None = None,
        path: PathArg = None,
        *,
        transport: httpx.BaseTransport | None = None,
        **overrides: Any,
    ) -> Projects:
        """A registry of the named profiles (all of the file's when ``names`` is None).

        ``overrides`` are client arguments applied to every project over its profile (``max_retries=``,
        ``on_request=``...), but not credentials.

        Example::

            with Projects.from_profiles(["acme-prod", "beta-prod"], max_retries=1) as projects:
                print(projects.names)
        """
        _check_overrides(overrides)
        specs = {name: {**p.client_kwargs(), **overrides} for name, p in _profiles_for(names, path).items()}
        return cls(specs, transport=transport)

    @overload
    def map(
        self, fn: Callable[[TriggerClient], SyncPaginator[T]], *, max_workers: int = 8
    ) -> dict[str, ProjectResult[list[T]]]: ...
    @overload
    def map(self, fn: Callable[[TriggerClient], T], *, max_workers: int = 8) -> dict[str, ProjectResult[T]]: ...
    def map(self, fn: Callable[[TriggerClient], Any], *, max_workers: int = 8) -> dict[str, ProjectResult[Any]]:
        """Call ``fn(client)`` for every project at once (threads), returning ``{name: ProjectResult}``.

        An exception is kept in that project's result, never raised out of ``map``. A paginator returned by
        ``fn`` is drained into a list in the worker thread.

        Example::

            results = projects.map(lambda c: c.runs.list(status=["FAILED"], limit=10), max_workers=4)
            for name, result in results.items():
                print(name, result.value if result.ok else result.error)
        """
        self._check_open()
        if isinstance(max_workers, bool) or not isinstance(max_workers, int) or max_workers < 1:
            raise ValueError(f"max_workers must be a whole number >= 1, got {max_workers!r}")
        if not self._clients:
            return {}

        def run(name: str, client: TriggerClient) -> ProjectResult[Any]:
            try:
                value = fn(client)
                if inspect.isawaitable(value):
                    if inspect.iscoroutine(value):
                        value.close()
                    raise TypeError("fn returned an awaitable: use AsyncProjects for async functions")
                if _is_sync_paginator(value):
                    value = list(value)
                return ProjectResult(name, value=value)
            except Exception as exc:
                return ProjectResult(name, error=exc)

        workers = min(max_workers, len(self._clients))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="trigger-projects") as pool:
            futures = {name: pool.submit(run, name, client) for name, client in self._clients.items()}
            return {name: future.result() for name, future in futures.items()}

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError("this Projects registry is closed; create a new one")

    def close(self) -> None:
        """Close every client, then the shared transport. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        try:
            for client in self._clients.values():
                client.close()
        finally:
            self.transport.close()

    def __enter__(self) -> Projects:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncProjects(_Registry[AsyncTriggerClient]):
    """Async clients for many projects over one connection pool (the aiohttp-backed default unless ``transport=``
    is given; the registry owns and closes it). Same arguments as :class:`Projects`.

    Example::

        async with AsyncProjects.from_profiles() as projects:
            results = await projects.map(lambda c: c.runs.retrieve("run_1234"))
            failed = await projects.map(lambda c: c.runs.list(status=["FAILED"], limit=10))
    """

    def __init__(
        self, projects: Mapping[str, ProjectSpec], *, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:

        self.transport: httpx.AsyncBaseTransport = transport if transport is not None else default_async_transport()
        self._closed = False
        self._clients: dict[str, AsyncTriggerClient] = {}
        shared = _AsyncSharedTransport(self.transport)
        # Building a client does no I/O; on failure the clients built so far hold nothing to release but the
        # shared transport, which has not been used yet either.
        for name, spec in projects.items():
            self._clients[name] = AsyncTriggerClient(**_project_kwargs(name, spec), transport=shared)

    @classmethod
    def from_profiles(
        cls,
        names: Iterable[str] | None = None,
        path: PathArg = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        **overrides: Any,
    ) -> AsyncProjects:
        """A registry of the named profiles (all of the file's when ``names`` is None).

        Example::

            async with AsyncProjects.from_profiles(["acme-prod", "beta-prod"]) as projects:
                print(projects.names)
        """
        _check_overrides(overrides)
        specs = {name: {**p.client_kwargs(), **overrides} for name, p in _profiles_for(names, path).items()}
        return cls(specs, transport=transport)

    @overload
    async def map(
        self, fn: Callable[[AsyncTriggerClient], AsyncPaginator[T]], *, max_workers: int = 8
    ) -> dict[str, ProjectResult[list[T]]]: ...
    @overload
    async def map(
        self, fn: Callable[[AsyncTriggerClient], Awaitable[T]], *, max_workers: int = 8
    ) -> dict[str, ProjectResult[T]]: ...
    async def map(
        self, fn: Callable[[AsyncTriggerClient], Any], *, max_workers: int = 8
    ) -> dict[str, ProjectResult[Any]]:
        """Await ``fn(client)`` for every project, at most ``max_workers`` at a time (``asyncio.gather``).

        Exceptions are kept per project; an async paginator returned by ``fn`` is drained into a list.

        Example::

            results = await projects.map(lambda c: c.runs.list(status=["FAILED"], limit=10))
            acme_failed = results["acme"].unwrap()
        """
        self._check_open()
        if isinstance(max_workers, bool) or not isinstance(max_workers, int) or max_workers < 1:
            raise ValueError(f"max_workers must be a whole number >= 1, got {max_workers!r}")
        semaphore = asyncio.Semaphore(max_workers)

        async def run(name: str, client: AsyncTriggerClient) -> ProjectResult[Any]:
            async with semaphore:
                try:
                    value = fn(client)
                    if inspect.isawaitable(value):
                        value = await value
                    if hasattr(value, "__aiter__"):
                        value = [item async for item in value]
                    elif _is_sync_paginator(value):
                        value = list(value)
                    return ProjectResult(name, value=value)
                except Exception as exc:
                    return ProjectResult(name, error=exc)

        results = await asyncio.gather(*(run(name, client) for name, client in self._clients.items()))
        return {result.name: result for result in results}

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError("this AsyncProjects registry is closed; create a new one")

    async def close(self) -> None:
        """Close every client, then the shared transport. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        try:
            for client in self._clients.values():
                await client.close()
        finally:
            await self.transport.aclose()

    async def __aenter__(self) -> AsyncProjects:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
