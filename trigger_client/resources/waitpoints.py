"""Waitpoint tokens: pause runs until something outside completes them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from trigger_api.api.waitpoints import (
    complete_waitpoint_token_callback_v1,
    complete_waitpoint_token_v1,
    create_waitpoint_token_v1,
    list_waitpoint_tokens_v1,
    retrieve_waitpoint_token_v1,
)
from trigger_api.models import (
    CompleteWaitpointTokenCallbackV1Body,
    CompleteWaitpointTokenRequest,
    CompleteWaitpointTokenResponse,
    CreateWaitpointTokenRequest,
    CreateWaitpointTokenResponse,
    ListWaitpointTokensResult,
    WaitpointTokenObject,
)
from trigger_client import _validate as v
from trigger_client._core import Auth, Operation, call
from trigger_client._exceptions import ValidationError
from trigger_client._idempotency import validate_duration
from trigger_client._pagination import AsyncPaginator, Page, PageQuery, SyncPaginator, cursor_page, next_cursor_params
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from

TOKEN_STATUSES = ("WAITING", "COMPLETED", "TIMED_OUT")


def _token_id(waitpoint_id: str) -> str:
    return v.resource_id(waitpoint_id, "waitpoint_id", "waitpoint_", "waitpoints.tokens.create()")


def _create(
    idempotency_key: str | None,
    idempotency_key_ttl: str | None,
    timeout: str | dt.datetime | None,
    tags: str | Sequence[str] | None,
) -> Operation[CreateWaitpointTokenResponse]:
    body: dict[str, Any] = {}
    if idempotency_key is not None:
        # Sent raw: waitpoint keys are not hashed by the SDK (sdk-wire.md §7).
        body["idempotencyKey"] = v.text(idempotency_key, "idempotency_key")
    if idempotency_key_ttl is not None:
        body["idempotencyKeyTTL"] = validate_duration(idempotency_key_ttl, "idempotency_key_ttl")
    if timeout is not None:
        body["timeout"] = (
            v.iso_datetime(timeout, "timeout")
            if isinstance(timeout, dt.datetime)
            else validate_duration(timeout, "timeout")
        )
    if tags is not None:
        body["tags"] = v.tags(tags)
    return call(
        create_waitpoint_token_v1, CreateWaitpointTokenResponse, body=CreateWaitpointTokenRequest.from_dict(body)
    )


def _list_query(
    status: str | Sequence[str] | None,
    idempotency_key: str | None,
    tags: str | Sequence[str] | None,
    period: str | None,
    from_: dt.datetime | int | None,
    to: dt.datetime | int | None,
    page_size: int | None,
) -> PageQuery[WaitpointTokenObject]:
    params: dict[str, Any] = {}
    if status is not None:
        statuses = v.string_list(status, "status")
        for i, item in enumerate(statuses):
            if item not in TOKEN_STATUSES:
                raise ValidationError(f"status[{i}]", f"must be one of {', '.join(TOKEN_STATUSES)}, got {item!r}")
        params["filterstatus"] = ",".join(statuses)
    if idempotency_key is not None:
        params["filteridempotency_key"] = v.text(idempotency_key, "idempotency_key")
    if tags is not None:
        params["filtertags"] = ",".join(v.string_list(tags, "tags"))
    if period is not None:
        params["filtercreated_atperiod"] = v.text(period, "period")
    if from_ is not None:
        params["filtercreated_atfrom"] = v.epoch_ms(from_, "from_")
    if to is not None:
        params["filtercreated_atto"] = v.epoch_ms(to, "to")
    if page_size is not None:
        params["pagesize"] = v.int_range(page_size, "page_size", 1, 100)

    def fetch(p: Mapping[str, Any]) -> Operation[Page[WaitpointTokenObject]]:
        return call(list_waitpoint_tokens_v1, ListWaitpointTokensResult, **p).then(cursor_page)

    return PageQuery(fetch, params, next_cursor_params("pageafter", "pagebefore"))


def _retrieve(waitpoint_id: str) -> Operation[WaitpointTokenObject]:
    return call(retrieve_waitpoint_token_v1, WaitpointTokenObject, waitpoint_id=_token_id(waitpoint_id))


def _complete(waitpoint_id: str, data: Any) -> Operation[CompleteWaitpointTokenResponse]:
    return call(
        complete_waitpoint_token_v1,
        CompleteWaitpointTokenResponse,
        Auth.PUBLIC,
        waitpoint_id=_token_id(waitpoint_id),
        body=CompleteWaitpointTokenRequest(data=data),
    )


def _complete_callback(
    waitpoint_id: str, callback_hash: str, data: Mapping[str, Any] | None
) -> Operation[CompleteWaitpointTokenResponse]:
    body = CompleteWaitpointTokenCallbackV1Body.from_dict(dict(data or {}))
    return call(
        complete_waitpoint_token_callback_v1,
        CompleteWaitpointTokenResponse,
        Auth.NONE,
        waitpoint_id=_token_id(waitpoint_id),
        callback_hash=v.segment(callback_hash, "callback_hash"),
        body=body,
    )


class WaitpointTokens(SyncResource):
    """Waitpoint tokens: ``client.waitpoints.tokens``."""

    def create(
        self,
        *,
        idempotency_key: str | None = None,
        idempotency_key_ttl: str | None = None,
        timeout: str | dt.datetime | None = None,
        tags: str | Sequence[str] | None = None,
    ) -> CreateWaitpointTokenResponse:
        """Create a token a run can wait on; ``url`` completes it without an API key.

        Example::

            token = client.waitpoints.tokens.create(timeout="1h", tags=["approval"])
            print(token.id, token.url)
        """
        return self._run(_create(idempotency_key, idempotency_key_ttl, timeout, tags))

    def list(
        self,
        *,
        status: str | Sequence[str] | None = None,
        idempotency_key: str | None = None,
        tags: str | Sequence[str] | None = None,
        period: str | None = None,
        from_: dt.datetime | int | None = None,
        to: dt.datetime | int | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[WaitpointTokenObject]:
        """Tokens, newest first, fetched lazily.

        Example::

            for token in client.waitpoints.tokens.list(status=["WAITING"]):
                print(token.id)
        """
        return self._paginate(_list_query(status, idempotency_key, tags, period, from_, to, page_size), limit)

    def retrieve(self, waitpoint_id: str) -> WaitpointTokenObject:
        """One token, with its output once completed.

        Example::

            client.waitpoints.tokens.retrieve("waitpoint_1234").status
        """
        return self._run(_retrieve(waitpoint_id))

    def complete(self, waitpoint_id: str, data: Any = None) -> CompleteWaitpointTokenResponse:
        """Complete a token; the waiting run resumes with ``data`` (plain JSON).

        Example::

            client.waitpoints.tokens.complete("waitpoint_1234", {"approved": True})
        """
        return self._run(_complete(waitpoint_id, data))

    def complete_callback(
        self, waitpoint_id: str, callback_hash: str, data: Mapping[str, Any] | None = None
    ) -> CompleteWaitpointTokenResponse:
        """Complete a token through its callback URL (no API key needed), as a third party would.

        Example::

            client.waitpoints.tokens.complete_callback("waitpoint_1234", "abc123hash", {"ok": True})
        """
        return self._run(_complete_callback(waitpoint_id, callback_hash, data))


@docs_from(WaitpointTokens)
class AsyncWaitpointTokens(AsyncResource):
    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        idempotency_key_ttl: str | None = None,
        timeout: str | dt.datetime | None = None,
        tags: str | Sequence[str] | None = None,
    ) -> CreateWaitpointTokenResponse:
        return await self._run(_create(idempotency_key, idempotency_key_ttl, timeout, tags))

    def list(
        self,
        *,
        status: str | Sequence[str] | None = None,
        idempotency_key: str | None = None,
        tags: str | Sequence[str] | None = None,
        period: str | None = None,
        from_: dt.datetime | int | None = None,
        to: dt.datetime | int | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> AsyncPaginator[WaitpointTokenObject]:
        return self._paginate(_list_query(status, idempotency_key, tags, period, from_, to, page_size), limit)

    async def retrieve(self, waitpoint_id: str) -> WaitpointTokenObject:
        return await self._run(_retrieve(waitpoint_id))

    async def complete(self, waitpoint_id: str, data: Any = None) -> CompleteWaitpointTokenResponse:
        return await self._run(_complete(waitpoint_id, data))

    async def complete_callback(
        self, waitpoint_id: str, callback_hash: str, data: Mapping[str, Any] | None = None
    ) -> CompleteWaitpointTokenResponse:
        return await self._run(_complete_callback(waitpoint_id, callback_hash, data))


class Waitpoints(SyncResource):
    """Waitpoints: ``client.waitpoints.tokens``."""

    @property
    def tokens(self) -> WaitpointTokens:
        """Waitpoint tokens."""
        return WaitpointTokens(self._client)


class AsyncWaitpoints(AsyncResource):
    """Waitpoints: ``client.waitpoints.tokens``."""

    @property
    def tokens(self) -> AsyncWaitpointTokens:
        """Waitpoint tokens."""
        return AsyncWaitpointTokens(self._client)
