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
    CompletedWaitpointToken,
    CompleteWaitpointTokenCallbackV1Body,
    CompleteWaitpointTokenRequest,
    CreatedWaitpointToken,
    CreateWaitpointTokenRequest,
    WaitpointToken,
)
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._idempotency import validate_duration
from trigger_client._operation import Auth, Operation, call
from trigger_client._pagination import AsyncPaginator, Page, PageQuery, SyncPaginator, cursor_page, next_cursor
from trigger_client._status_errors import InternalServerError
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from

TOKEN_STATUSES = ("WAITING", "COMPLETED", "TIMED_OUT")


def _token_id(waitpoint_id: str) -> str:
    return v.resource_id(waitpoint_id, "waitpoint_id", "waitpoint_", "waitpoints.tokens.create()")


def _explain_unknown_token(exc: InternalServerError) -> None:
    """Say what the server's bare 500 most likely means: its presenter throws for an id it does not know
    (apps/webapp/app/presenters/v3/ApiWaitpointPresenter.server.ts), and the route answers that 500."""
    if exc.message == "Internal Server Error":
        exc.message += " (the server answers this for a waitpoint token id it does not know; check the id)"
        exc.args = (f"{exc.status_code} {exc.message}",)


def _timeout(timeout: str | dt.datetime) -> str:
    if isinstance(timeout, dt.datetime):
        return v.iso_datetime(timeout, "timeout")
    return validate_duration(timeout, "timeout")


def _create(
    idempotency_key: str | None,
    idempotency_key_ttl: str | None,
    timeout: str | dt.datetime | None,
    tags: str | Sequence[str] | None,
) -> Operation[CreatedWaitpointToken]:
    body = CreateWaitpointTokenRequest(
        # Sent raw: the SDK does not hash waitpoint keys (@trigger.dev/sdk 4.8.3 dist/esm/v3/wait.js createToken).
        idempotency_key=None if idempotency_key is None else v.text(idempotency_key, "idempotency_key"),
        idempotency_key_ttl=None
        if idempotency_key_ttl is None
        else validate_duration(idempotency_key_ttl, "idempotency_key_ttl"),
        timeout=None if timeout is None else _timeout(timeout),
        tags=None if tags is None else v.tags(tags),
    )
    return call(create_waitpoint_token_v1.build(body=body))


def _list_query(
    status: str | Sequence[str] | None,
    idempotency_key: str | None,
    tags: str | Sequence[str] | None,
    period: str | None,
    from_: dt.datetime | int | None,
    to: dt.datetime | int | None,
    page_size: int | None,
) -> PageQuery[WaitpointToken, str]:
    statuses = None
    if status is not None:
        statuses = v.string_list(status, "status")
        for i, item in enumerate(statuses):
            if item not in TOKEN_STATUSES:
                raise ValidationError(f"status[{i}]", f"must be one of {', '.join(TOKEN_STATUSES)}, got {item!r}")
    key = None if idempotency_key is None else v.text(idempotency_key, "idempotency_key")
    tag_list = None if tags is None else ",".join(v.string_list(tags, "tags"))
    since = None if period is None else v.text(period, "period")
    start = None if from_ is None else v.epoch_ms(from_, "from_")
    end = None if to is None else v.epoch_ms(to, "to")
    size = None if page_size is None else v.int_range(page_size, "page_size", 1, 100)

    def fetch(after: str | None) -> Operation[Page[WaitpointToken]]:
        request = list_waitpoint_tokens_v1.build(
            filter_status=None if statuses is None else ",".join(statuses),
            filter_idempotency_key=key,
            filter_tags=tag_list,
            filter_created_at_period=since,
            filter_created_at_from=start,
            filter_created_at_to=end,
            page_size=size,
            page_after=after,
        )
        return call(request).then(cursor_page)

    return PageQuery(fetch, next_cursor)


def _retrieve(waitpoint_id: str) -> Operation[WaitpointToken]:
    return call(retrieve_waitpoint_token_v1.build(waitpoint_id=_token_id(waitpoint_id)))


def _complete(waitpoint_id: str, data: Any) -> Operation[CompletedWaitpointToken]:
    return call(
        complete_waitpoint_token_v1.build(
            waitpoint_id=_token_id(waitpoint_id), body=CompleteWaitpointTokenRequest(data=data)
        ),
        Auth.PUBLIC,
    )


def _complete_callback(
    waitpoint_id: str, callback_hash: str, data: Mapping[str, Any] | None
) -> Operation[CompletedWaitpointToken]:
    body = CompleteWaitpointTokenCallbackV1Body.from_dict(dict(data or {}))
    return call(
        complete_waitpoint_token_callback_v1.build(
            waitpoint_id=_token_id(waitpoint_id), callback_hash=v.segment(callback_hash, "callback_hash"), body=body
        ),
        Auth.NONE,
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
    ) -> CreatedWaitpointToken:
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
    ) -> SyncPaginator[WaitpointToken]:
        """Tokens, newest first, fetched lazily.

        Example::

            for token in client.waitpoints.tokens.list(status=["WAITING"]):
                print(token.id)
        """
        return self._paginate(_list_query(status, idempotency_key, tags, period, from_, to, page_size), limit)

    def retrieve(self, waitpoint_id: str) -> WaitpointToken:
        """One token, with its output once completed.

        Example::

            client.waitpoints.tokens.retrieve("waitpoint_1234").status

        The server answers an id it does not know with a 500, retried as any 500 is; the
        :class:`~trigger_client.InternalServerError` that follows says so.
        """
        try:
            return self._run(_retrieve(waitpoint_id))
        except InternalServerError as exc:
            _explain_unknown_token(exc)
            raise

    def complete(self, waitpoint_id: str, data: Any = None) -> CompletedWaitpointToken:
        """Complete a token; the waiting run resumes with ``data`` (plain JSON).

        Example::

            client.waitpoints.tokens.complete("waitpoint_1234", {"approved": True})
        """
        return self._run(_complete(waitpoint_id, data))

    def complete_callback(
        self, waitpoint_id: str, callback_hash: str, data: Mapping[str, Any] | None = None
    ) -> CompletedWaitpointToken:
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
    ) -> CreatedWaitpointToken:
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
    ) -> AsyncPaginator[WaitpointToken]:
        return self._paginate(_list_query(status, idempotency_key, tags, period, from_, to, page_size), limit)

    async def retrieve(self, waitpoint_id: str) -> WaitpointToken:
        try:
            return await self._run(_retrieve(waitpoint_id))
        except InternalServerError as exc:
            _explain_unknown_token(exc)
            raise

    async def complete(self, waitpoint_id: str, data: Any = None) -> CompletedWaitpointToken:
        return await self._run(_complete(waitpoint_id, data))

    async def complete_callback(
        self, waitpoint_id: str, callback_hash: str, data: Mapping[str, Any] | None = None
    ) -> CompletedWaitpointToken:
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
