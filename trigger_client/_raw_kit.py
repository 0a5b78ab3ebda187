"""The pieces of ``with_raw_response``: a resource group seen raw, and the sync and async method wrappers."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from trigger_client._operation import Capture, RawResponse

if TYPE_CHECKING:
    from trigger_client._client import AsyncTriggerClient, TriggerClient

S = TypeVar("S")
P = ParamSpec("P")
T = TypeVar("T")


class _RawGroup:
    """A resource seen through ``with_raw_response``: knows its client and where the resource sits on it."""

    def __init__(self, client: TriggerClient | AsyncTriggerClient, path: tuple[str, ...]) -> None:
        self._client = client
        self._path = path

    def _fresh(self) -> tuple[Any, Capture]:
        view, capture = self._client._capturing()
        resource: Any = view
        for name in self._path:
            resource = getattr(resource, name)
        return resource, capture


class raw(Generic[S, P, T]):  # lower case: used like a method decorator
    """A sync resource method, returning :class:`RawResponse` of its result and its last HTTP response."""

    def __init__(self, method: Callable[Concatenate[S, P], T]) -> None:
        self._method = method

    @overload
    def __get__(self, group: None, owner: type) -> raw[S, P, T]: ...
    @overload
    def __get__(self, group: _RawGroup, owner: type) -> Callable[P, RawResponse[T]]: ...
    def __get__(self, group: _RawGroup | None, owner: type) -> raw[S, P, T] | Callable[P, RawResponse[T]]:
        if group is None:
            return self
        method = self._method

        def invoke(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
            resource, capture = group._fresh()
            return capture.wrap(method(resource, *args, **kwargs))

        invoke.__doc__ = method.__doc__
        return invoke


class async_raw(Generic[S, P, T]):
    """An async resource method, returning :class:`RawResponse` of its result and its last HTTP response."""

    def __init__(self, method: Callable[Concatenate[S, P], Coroutine[Any, Any, T]]) -> None:
        self._method = method

    @overload
    def __get__(self, group: None, owner: type) -> async_raw[S, P, T]: ...
    @overload
    def __get__(self, group: _RawGroup, owner: type) -> Callable[P, Coroutine[Any, Any, RawResponse[T]]]: ...
    def __get__(
        self, group: _RawGroup | None, owner: type
    ) -> async_raw[S, P, T] | Callable[P, Coroutine[Any, Any, RawResponse[T]]]:
        if group is None:
            return self
        method = self._method

        async def invoke(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
            resource, capture = group._fresh()
            return capture.wrap(await method(resource, *args, **kwargs))

        invoke.__doc__ = method.__doc__
        return invoke
