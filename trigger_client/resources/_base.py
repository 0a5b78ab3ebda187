"""The thin sync and async shells every resource builds on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from trigger_client._core import AsyncCore, Operation, SyncCore
from trigger_client._pagination import AsyncPaginator, PageQuery, SyncPaginator

T = TypeVar("T")
C = TypeVar("C", bound=type)


class SyncResource:
    """Base of sync resources: runs operations on the client's shared pipeline."""

    def __init__(self, client: SyncCore) -> None:
        self._client = client

    def _run(self, op: Operation[T]) -> T:
        return self._client._run(op)

    def _paginate(self, query: PageQuery[T], limit: int | None) -> SyncPaginator[T]:
        return SyncPaginator(self._client, query, limit)


class AsyncResource:
    """Base of async resources."""

    def __init__(self, client: AsyncCore) -> None:
        self._client = client

    async def _run(self, op: Operation[T]) -> T:
        return await self._client._run(op)

    def _paginate(self, query: PageQuery[T], limit: int | None) -> AsyncPaginator[T]:
        return AsyncPaginator(self._client, query, limit)


def docs_from(sync_cls: type) -> Callable[[C], C]:
    """Give an async resource the docstrings of its sync twin, so each text is written once."""

    def decorate(async_cls: C) -> C:
        if not async_cls.__doc__:
            async_cls.__doc__ = f"Async version of :class:`{sync_cls.__name__}`.\n\n{sync_cls.__doc__ or ''}"
        for name, member in vars(async_cls).items():
            source: Any = getattr(sync_cls, name, None)
            if callable(member) and not getattr(member, "__doc__", None) and source is not None and source.__doc__:
                member.__doc__ = source.__doc__.replace("client.", "await client.", 1)
        return async_cls

    return decorate
