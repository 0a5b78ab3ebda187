"""The thin sync and async shells every resource builds on."""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from typing import Any, Protocol, TypeVar

from trigger_client._config import CredentialKind
from trigger_client._core import AsyncCore, Operation, SyncCore
from trigger_client._exceptions import ValidationError
from trigger_client._pagination import AsyncPaginator, PageQuery, SyncPaginator
from trigger_client._steps import Step, drive, drive_async

T = TypeVar("T")
C = TypeVar("C", bound=type)
M = TypeVar("M", bound="_HasAdditionalProperties")


class _HasAdditionalProperties(Protocol):
    additional_properties: dict[str, Any]


class MaskedStr(str):
    """A plain ``str`` whose repr hides it, for credentials the API hands back (tokens, signing secrets).

    Example::

        token = MaskedStr("whsec_abc")
        f"{token}"  # 'whsec_abc': the real value wherever it is used
        repr(token)  # "MaskedStr('***')"
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"{type(self).__name__}('***')"


def with_nulls(model: M, wire: Mapping[str, Any]) -> M:
    """``model`` that also sends the explicit nulls of ``wire``.

    A None field of a generated model is left out of the body (the SDK's ``undefined``); a null the server must
    see, such as clearing metadata, travels as an additional property instead.

    Example::

        body = with_nulls(UpdateSessionRequestBody(tags=["a"]), {"metadata": None})  # sends "metadata": null
    """
    for key, value in wire.items():
        if value is None:
            model.additional_properties[key] = None
    return model


def project_scope(client: SyncCore | AsyncCore, project_ref: str | None) -> str | None:
    """The project of a project-scoped call: the argument, else, for a personal access token, the client's."""
    if project_ref is not None or client._credential.kind is not CredentialKind.PERSONAL_ACCESS_TOKEN:
        return project_ref
    default: str | None = getattr(client, "project_ref", None)
    if default is None:
        raise ValidationError(
            "project_ref", "a personal access token works per project: pass project_ref='proj_…' here or to the client"
        )
    return default


class SyncResource:
    """Base of sync resources: runs operations on the client's shared pipeline."""

    def __init__(self, client: SyncCore) -> None:
        self._client = client

    def _run(self, op: Operation[T]) -> T:
        return self._client._run(op)

    def _drive(self, steps: Generator[Step, Any, T]) -> T:
        return drive(self._client._run, steps)

    def _paginate(self, query: PageQuery[T, Any], limit: int | None) -> SyncPaginator[T]:
        return SyncPaginator(self._client, query, limit)


class AsyncResource:
    """Base of async resources."""

    def __init__(self, client: AsyncCore) -> None:
        self._client = client

    async def _run(self, op: Operation[T]) -> T:
        return await self._client._run(op)

    async def _drive(self, steps: Generator[Step, Any, T]) -> T:
        return await drive_async(self._client._run, steps)

    def _paginate(self, query: PageQuery[T, Any], limit: int | None) -> AsyncPaginator[T]:
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
