"""Concurrency limits: the named limits (and tasks' inline ``task/<id>`` limits) that gate how many runs execute.

They replace queue-level concurrency (``queues.override_concurrency``), which the server refuses for queues on
the new model (``Queue.version == "V2"``). Routes and shapes: ``@trigger.dev/core`` 4.8.3
``dist/esm/v3/apiClient/index.js`` (``listConcurrencyLimits`` … ``resetConcurrencyLimitKey``) and
``schemas/queues.js``; rules: the SDK 4.8.3 docs, ``docs/concurrency.mdx``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar, overload

from trigger_api.api.concurrency_limits import (
    list_concurrency_limits_v1,
    override_concurrency_limit_v1,
    pause_concurrency_limit_v1,
    reset_concurrency_limit_v1,
    retrieve_concurrency_limit_v1,
)
from trigger_api.models import (
    ConcurrencyLimit,
    ConcurrencyLimitKey,
    OverrideConcurrencyLimitRequestBody,
    PauseAction,
    PauseConcurrencyLimitV1Body,
    ResetConcurrencyLimitV1Body,
)
from trigger_client import _run_options as opt
from trigger_client import _validate as v
from trigger_client._exceptions import APIResponseValidationError, ValidationError
from trigger_client._idempotency import parse_duration_ms
from trigger_client._operation import Operation, call
from trigger_client._pagination import AsyncPaginator, Page, PageQuery, SyncPaginator, next_page_number, offset_page
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from

# ConcurrencyBoundSchema (schemas/queues.js): whole numbers from 0 to 100,000.
MAX_BOUND = 100_000
# docs/concurrency.mdx "Overriding a limit for one key": a key's override lasts 7 days by default, 30 at most.
MAX_KEY_TTL_SECONDS = 30 * 86_400
M = TypeVar("M", ConcurrencyLimit, ConcurrencyLimitKey)


def _name(value: Any) -> str:
    """A named limit (``openai``) or a task's inline limit (``task/<task id>``)."""
    if isinstance(value, str) and value.startswith("task/"):
        v.segment(value[len("task/") :], "name")  # the task id: one segment; the path encodes the '/'
        return value
    if not isinstance(value, str) or not opt.LIMIT_NAME.fullmatch(value):
        raise ValidationError(
            "name",
            f"must be a limit name (1-122 letters, numbers, '_' or '-') or 'task/<task id>' for a task's inline "
            f"limit, got {value!r}",
        )
    return value


def _key(value: Any) -> str:
    """A concurrency key as the SDK takes it: a string or a number, sent as a 1-128 character string."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValidationError("concurrency_key", f"must be a string or an integer, got {value!r}")
    text = str(value)
    if not 1 <= len(text) <= 128:
        raise ValidationError("concurrency_key", f"must be 1 to 128 characters, got {len(text)}")
    return v.header_value(text, "concurrency_key")


def _ttl(value: Any) -> str | int:
    """A key override's lifetime: a duration string, whole seconds or a timedelta, at most 30 days."""
    if isinstance(value, dt.timedelta):
        seconds = value.total_seconds()
        if seconds != int(seconds):
            raise ValidationError("ttl", f"must be whole seconds, got {value!r}")
        value = int(seconds)
    if isinstance(value, int) and not isinstance(value, bool):
        return v.int_range(value, "ttl", 1, MAX_KEY_TTL_SECONDS)
    wire = opt.ttl(value, "ttl")
    if (parse_duration_ms(str(wire)) or 0) > MAX_KEY_TTL_SECONDS * 1000:
        raise ValidationError("ttl", f"a key's override lasts at most 30 days, got {value!r}")
    return wire


def _expect(model: type[M], operation: Operation[Any]) -> Operation[M]:
    """The answer as ``model``: one route answers the limit or the key's view, by whether a key was sent."""

    def check(parsed: Any) -> M:
        if not isinstance(parsed, model):
            raise APIResponseValidationError(
                f"{operation.name}: expected a {model.__name__}, the server answered {type(parsed).__name__}",
                status_code=200,
                body="",
            )
        return parsed

    return operation.then(check)


def _list_query(page: int | None, per_page: int | None) -> PageQuery[ConcurrencyLimit, int]:
    first = None if page is None else v.int_range(page, "page", 1, 2**31)
    size = None if per_page is None else v.int_range(per_page, "per_page", 1, 100)

    def fetch(position: int | None) -> Operation[Page[ConcurrencyLimit]]:
        number = position if position is not None else first
        return call(list_concurrency_limits_v1.build(per_page=size, page=number)).then(offset_page)

    return PageQuery(fetch, next_page_number)


def _retrieve(name: str, concurrency_key: str | int | None) -> Operation[Any]:
    key = None if concurrency_key is None else _key(concurrency_key)
    op = call(retrieve_concurrency_limit_v1.build(_name(name), concurrency_key=key))
    return _expect(ConcurrencyLimit, op) if key is None else _expect(ConcurrencyLimitKey, op)


def _override(
    name: str, per_key: int | None, total: int | None, concurrency_key: str | int | None, ttl: Any
) -> Operation[Any]:
    checked = _name(name)
    per_key = None if per_key is None else v.int_range(per_key, "per_key", 0, MAX_BOUND)
    total = None if total is None else v.int_range(total, "total", 0, MAX_BOUND)
    # OverrideConcurrencyLimitRequestBody's cross-field rules (schemas/queues.js), checked before sending.
    if concurrency_key is None:
        if ttl is not None:
            raise ValidationError("ttl", "only applies to a per-key override; pass concurrency_key with it")
        if per_key is None and total is None:
            raise ValidationError("per_key", "give per_key, total or both")
        body = OverrideConcurrencyLimitRequestBody(per_key=per_key, total=total)
        return _expect(ConcurrencyLimit, call(override_concurrency_limit_v1.build(checked, body=body)))
    if total is not None:
        raise ValidationError("total", "is not per key; omit it when overriding one concurrency_key")
    if per_key is None:
        raise ValidationError("per_key", "a per-key override needs per_key (0 blocks the key)")
    body = OverrideConcurrencyLimitRequestBody(
        per_key=per_key, concurrency_key=_key(concurrency_key), ttl=None if ttl is None else _ttl(ttl)
    )
    return _expect(ConcurrencyLimitKey, call(override_concurrency_limit_v1.build(checked, body=body)))


def _pause(name: str, action: PauseAction) -> Operation[ConcurrencyLimit]:
    return call(pause_concurrency_limit_v1.build(_name(name), body=PauseConcurrencyLimitV1Body(action=action)))


def _reset(name: str, concurrency_key: str | int | None) -> Operation[Any]:
    checked = _name(name)
    if concurrency_key is None:
        # resetConcurrencyLimit sends an empty object.
        op = call(reset_concurrency_limit_v1.build(checked, body=ResetConcurrencyLimitV1Body()))
        return _expect(ConcurrencyLimit, op)
    body = ResetConcurrencyLimitV1Body(concurrency_key=_key(concurrency_key))
    return _expect(ConcurrencyLimitKey, call(reset_concurrency_limit_v1.build(checked, body=body)))


class ConcurrencyLimits(SyncResource):
    """Concurrency limits: ``client.concurrency_limits``. A limit is named as declared with ``concurrencyLimit()``
    in your tasks, or ``task/<task id>`` for a task's inline ``concurrency: {perKey, total}``."""

    def list(
        self, *, page: int | None = None, per_page: int | None = None, limit: int | None = None
    ) -> SyncPaginator[ConcurrencyLimit]:
        """Every limit of the environment, page by page (from ``page``, ``per_page`` a page).

        Example::

            for item in client.concurrency_limits.list():
                print(item.name, item.total.current, item.running, item.queued)
        """
        return self._paginate(_list_query(page, per_page), v.limit(limit))

    @overload
    def retrieve(self, name: str, concurrency_key: None = None) -> ConcurrencyLimit: ...
    @overload
    def retrieve(self, name: str, concurrency_key: str | int) -> ConcurrencyLimitKey: ...
    def retrieve(self, name: str, concurrency_key: str | int | None = None) -> ConcurrencyLimit | ConcurrencyLimitKey:
        """A limit's bounds and live counts; with ``concurrency_key``, the limit as that key sees it (its
        ``per_key`` bound, override and expiry).

        Example::

            openai = client.concurrency_limits.retrieve("openai")
            print(openai.total.current, openai.running, openai.paused)
            view = client.concurrency_limits.retrieve("task/generate-report", concurrency_key="user_42")
            print(view.per_key.override, view.per_key.expires_at)
        """
        return self._run(_retrieve(name, concurrency_key))  # type: ignore[no-any-return]

    @overload
    def override(
        self, name: str, *, per_key: int | None = None, total: int | None = None, concurrency_key: None = None
    ) -> ConcurrencyLimit: ...
    @overload
    def override(
        self, name: str, *, per_key: int, concurrency_key: str | int, ttl: str | int | dt.timedelta | None = None
    ) -> ConcurrencyLimitKey: ...
    def override(
        self,
        name: str,
        *,
        per_key: int | None = None,
        total: int | None = None,
        concurrency_key: str | int | None = None,
        ttl: str | int | dt.timedelta | None = None,
    ) -> ConcurrencyLimit | ConcurrencyLimitKey:
        """Change the limit's ``per_key`` and/or ``total`` (0 to 100,000) until :meth:`reset`; or, with
        ``concurrency_key``, cap that key's ``per_key`` for ``ttl`` (a duration such as ``"7d"``, seconds or a
        timedelta; 7 days by default, 30 at most).

        Example::

            client.concurrency_limits.override("openai", total=50)
            client.concurrency_limits.override("task/generate-report", per_key=3, concurrency_key="user_42", ttl="1d")
        """
        return self._run(_override(name, per_key, total, concurrency_key, ttl))  # type: ignore[no-any-return]

    def pause(self, name: str) -> ConcurrencyLimit:
        """Admit no run holding this limit until :meth:`resume`; executing runs continue, the bounds are kept.

        Example::

            client.concurrency_limits.pause("openai")
        """
        return self._run(_pause(name, PauseAction.PAUSE))

    def resume(self, name: str) -> ConcurrencyLimit:
        """Admit runs under the limit's bounds again.

        Example::

            client.concurrency_limits.resume("openai")
        """
        return self._run(_pause(name, PauseAction.RESUME))

    @overload
    def reset(self, name: str, concurrency_key: None = None) -> ConcurrencyLimit: ...
    @overload
    def reset(self, name: str, concurrency_key: str | int) -> ConcurrencyLimitKey: ...
    def reset(self, name: str, concurrency_key: str | int | None = None) -> ConcurrencyLimit | ConcurrencyLimitKey:
        """Back to the declared bounds (keys' overrides stay); with ``concurrency_key``, clear only that key's
        override.

        Example::

            client.concurrency_limits.reset("openai")
            client.concurrency_limits.reset("task/generate-report", concurrency_key="user_42")
        """
        return self._run(_reset(name, concurrency_key))  # type: ignore[no-any-return]


@docs_from(ConcurrencyLimits)
class AsyncConcurrencyLimits(AsyncResource):
    def list(
        self, *, page: int | None = None, per_page: int | None = None, limit: int | None = None
    ) -> AsyncPaginator[ConcurrencyLimit]:
        return self._paginate(_list_query(page, per_page), v.limit(limit))

    @overload
    async def retrieve(self, name: str, concurrency_key: None = None) -> ConcurrencyLimit: ...
    @overload
    async def retrieve(self, name: str, concurrency_key: str | int) -> ConcurrencyLimitKey: ...
    async def retrieve(
        self, name: str, concurrency_key: str | int | None = None
    ) -> ConcurrencyLimit | ConcurrencyLimitKey:
        return await self._run(_retrieve(name, concurrency_key))

    @overload
    async def override(
        self, name: str, *, per_key: int | None = None, total: int | None = None, concurrency_key: None = None
    ) -> ConcurrencyLimit: ...
    @overload
    async def override(
        self, name: str, *, per_key: int, concurrency_key: str | int, ttl: str | int | dt.timedelta | None = None
    ) -> ConcurrencyLimitKey: ...
    async def override(
        self,
        name: str,
        *,
        per_key: int | None = None,
        total: int | None = None,
        concurrency_key: str | int | None = None,
        ttl: str | int | dt.timedelta | None = None,
    ) -> ConcurrencyLimit | ConcurrencyLimitKey:
        return await self._run(_override(name, per_key, total, concurrency_key, ttl))

    async def pause(self, name: str) -> ConcurrencyLimit:
        return await self._run(_pause(name, PauseAction.PAUSE))

    async def resume(self, name: str) -> ConcurrencyLimit:
        return await self._run(_pause(name, PauseAction.RESUME))

    @overload
    async def reset(self, name: str, concurrency_key: None = None) -> ConcurrencyLimit: ...
    @overload
    async def reset(self, name: str, concurrency_key: str | int) -> ConcurrencyLimitKey: ...
    async def reset(
        self, name: str, concurrency_key: str | int | None = None
    ) -> ConcurrencyLimit | ConcurrencyLimitKey:
        return await self._run(_reset(name, concurrency_key))
