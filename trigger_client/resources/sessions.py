"""Sessions: a durable identity (e.g. a chat) whose runs the server triggers with one shared configuration."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from trigger_api.api.sessions import (
    close_session_v1,
    create_session_v1,
    list_sessions_v1,
    retrieve_session_v1,
    update_session_v1,
)
from trigger_api.models import (
    CloseSessionRequestBody,
    CreatedSession,
    CreateSessionRequestBody,
    CreateSessionRequestBodyMetadata,
    Session,
    SessionHandoff,
    SessionStatus,
    SessionTranscript,
    UpdateSessionRequestBody,
    UpdateSessionRequestBodyMetadataType0,
)
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Operation, call
from trigger_client._pagination import AsyncPaginator, Page, PageQuery, SyncPaginator, cursor_page, next_cursor
from trigger_client.resources import _session_handoff as handoff
from trigger_client.resources._base import AsyncResource, MaskedStr, SyncResource, docs_from, with_nulls
from trigger_client.resources._session_channels import AsyncSessionChannels, SessionChannels
from trigger_client.resources._session_config import json_object, trigger_config

SESSION_STATUSES = tuple(item.value for item in SessionStatus)
# CreateSessionRequestBody in the spec (and api.ts): type 1-64, taskIdentifier 1-128, externalId 1-256.
LIMITS = {"type": 64, "task": 128, "external_id": 256, "reason": 256}


class SessionToken(MaskedStr):
    """A session's public access token: a plain ``str`` whose repr hides it, because it is a credential.

    Example::

        token = client.sessions.create(type="chat.agent", task="my-chat", base_payload={}).public_access_token
        headers = {"Authorization": f"Bearer {token}"}  # the real value; repr(token) is masked
    """

    __slots__ = ()


def _mask_token(created: CreatedSession) -> CreatedSession:
    created.public_access_token = SessionToken(created.public_access_token)
    return created


def _bounded(value: Any, field: str) -> str:
    checked = v.text(value, field)
    if len(checked) > LIMITS[field]:
        raise ValidationError(field, f"at most {LIMITS[field]} characters, got {len(checked)}")
    return checked


def _external_id(value: Any) -> str:
    checked = _bounded(value, "external_id")
    if checked.startswith("session_"):
        raise ValidationError("external_id", "cannot start with the reserved 'session_' prefix; use your own id")
    return checked


def _create(
    type: str,
    task: str,
    base_payload: Mapping[str, Any],
    external_id: str | None,
    tags: str | Sequence[str] | None,
    metadata: Mapping[str, Any] | None,
    expires_at: dt.datetime | None,
    run_options: Mapping[str, Any] | None,
) -> Operation[CreatedSession]:
    body = CreateSessionRequestBody(
        type_=_bounded(type, "type"),
        task_identifier=_bounded(task, "task"),
        trigger_config=trigger_config(base_payload, run_options),
        external_id=None if external_id is None else _external_id(external_id),
        tags=None if tags is None else v.tags(tags),
        metadata=None
        if metadata is None
        else CreateSessionRequestBodyMetadata.from_dict(json_object(metadata, "metadata")),
        expires_at=None if expires_at is None else v.datetime(expires_at, "expires_at"),
    )
    return call(create_session_v1.build(body=body)).then(_mask_token)


class _ListArgs(TypedDict, total=False):
    """Checked arguments of list_sessions_v1.build (mypy checks the keys against its signature)."""

    filter_type: list[str]
    filter_tags: list[str]
    filter_task_identifier: list[str]
    filter_external_id: str
    filter_status: list[SessionStatus]
    filter_created_at_from: int
    filter_created_at_to: int
    filter_created_at_period: str
    page_size: int


def _list_query(
    type: str | Sequence[str] | None,
    tags: str | Sequence[str] | None,
    task: str | Sequence[str] | None,
    external_id: str | None,
    status: str | Sequence[str] | None,
    period: str | None,
    from_: dt.datetime | int | None,
    to: dt.datetime | int | None,
    page_size: int | None,
) -> PageQuery[Session, str]:
    params: _ListArgs = {}
    if type is not None:
        params["filter_type"] = v.string_list(type, "type")
    if tags is not None:
        params["filter_tags"] = v.string_list(tags, "tags")
    if task is not None:
        params["filter_task_identifier"] = v.string_list(task, "task")
    if external_id is not None:
        params["filter_external_id"] = v.text(external_id, "external_id")
    if status is not None:
        statuses = v.string_list(status, "status")
        for i, item in enumerate(statuses):
            if item not in SESSION_STATUSES:
                raise ValidationError(f"status[{i}]", f"must be one of {', '.join(SESSION_STATUSES)}, got {item!r}")
        params["filter_status"] = [SessionStatus(s) for s in statuses]
    if period is not None and (from_ is not None or to is not None):
        raise ValidationError("period", "cannot be combined with from_/to; pass either a period or a date range")
    if period is not None:
        params["filter_created_at_period"] = v.text(period, "period")
    # The server parses these as integers (ListSessionsQueryParams in core api.ts), not ISO strings.
    if from_ is not None:
        params["filter_created_at_from"] = v.epoch_ms(from_, "from_")
    if to is not None:
        params["filter_created_at_to"] = v.epoch_ms(to, "to")
    if page_size is not None:
        params["page_size"] = v.int_range(page_size, "page_size", 1, 100)

    def fetch(after: str | None) -> Operation[Page[Session]]:
        return call(list_sessions_v1.build(**params, page_after=after)).then(cursor_page)

    return PageQuery(fetch, next_cursor)


def _session(value: str) -> str:
    return v.text(value, "session")


def _retrieve(session: str) -> Operation[Session]:
    return call(retrieve_session_v1.build(session=_session(session)))


def _update(
    session: str, tags: str | Sequence[str] | None, metadata: Mapping[str, Any] | None, clear_metadata: bool
) -> Operation[Session]:
    wire_tags = None if tags is None else v.tags(tags)
    if metadata is not None and clear_metadata:
        raise ValidationError("clear_metadata", "pass metadata or clear_metadata=True, not both")
    wire_metadata = None if metadata is None else json_object(metadata, "metadata")
    if tags is None and metadata is None and not clear_metadata:
        raise ValidationError("tags", "nothing to update: pass tags, metadata or clear_metadata=True")
    body = UpdateSessionRequestBody(
        tags=wire_tags,
        metadata=None if wire_metadata is None else UpdateSessionRequestBodyMetadataType0.from_dict(wire_metadata),
    )
    if clear_metadata:
        body = with_nulls(body, {"metadata": None})
    return call(update_session_v1.build(session=_session(session), body=body))


def _close(session: str, reason: str | None) -> Operation[Session]:
    body = CloseSessionRequestBody()
    if reason is not None:
        body.reason = _bounded(reason, "reason")
    return call(close_session_v1.build(session=_session(session), body=body))


class Sessions(SyncResource, SessionChannels):
    """Sessions of this environment: ``client.sessions``."""

    def create(
        self,
        *,
        type: str,
        task: str,
        base_payload: Mapping[str, Any],
        external_id: str | None = None,
        tags: str | Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        expires_at: dt.datetime | None = None,
        run_options: Mapping[str, Any] | None = None,
    ) -> CreatedSession:
        """Create a session and trigger its first run of ``task`` with ``base_payload``. ``run_options`` are the
        wire trigger options applied to each run (``machine``, ``queue``, ``tags``, ``maxAttempts``, ...; another
        key raises :class:`ValidationError`).
        Reusing an open session's ``external_id`` returns it (``is_cached`` True); a closed one raises a 409
        :class:`ConflictError`.

        Example::

            chat = client.sessions.create(type="chat.agent", task="my-chat", base_payload={"chatId": "1234"},
                                          external_id="chat_1234")
            print(chat.id, chat.run_id, chat.is_cached)
        """
        return self._run(_create(type, task, base_payload, external_id, tags, metadata, expires_at, run_options))

    def list(
        self,
        *,
        type: str | Sequence[str] | None = None,
        tags: str | Sequence[str] | None = None,
        task: str | Sequence[str] | None = None,
        external_id: str | None = None,
        status: str | Sequence[str] | None = None,
        period: str | None = None,
        from_: dt.datetime | int | None = None,
        to: dt.datetime | int | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[Session]:
        """Sessions, newest first, fetched lazily; ``status`` is ``ACTIVE``, ``CLOSED`` or ``EXPIRED``.

        Example::

            for session in client.sessions.list(type="chat.agent", status="ACTIVE", limit=50):
                print(session.id, session.external_id)
        """
        return self._paginate(
            _list_query(type, tags, task, external_id, status, period, from_, to, page_size), v.limit(limit)
        )

    def retrieve(self, id_or_external_id: str) -> Session:
        """One session by its ``session_…`` id or your external id.

        Example::

            print(client.sessions.retrieve("chat_1234").current_run_id)
        """
        return self._run(_retrieve(id_or_external_id))

    def update(
        self,
        id_or_external_id: str,
        *,
        tags: str | Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        clear_metadata: bool = False,
    ) -> Session:
        """Replace the session's tags and/or metadata (``clear_metadata=True`` sets it to null).

        Example::

            client.sessions.update("chat_1234", tags=["vip"], metadata={"plan": "pro"})
        """
        return self._run(_update(id_or_external_id, tags, metadata, clear_metadata))

    def close(self, id_or_external_id: str, *, reason: str | None = None) -> Session:
        """Close the session; creating one with its external id afterwards raises a 409 :class:`ConflictError`.

        Example::

            client.sessions.close("chat_1234", reason="user signed out")
        """
        return self._run(_close(id_or_external_id, reason))

    def transcript(
        self, id_or_external_id: str, *, limit: int | None = None, before: str | None = None
    ) -> SessionTranscript:
        """A page of a ``chat.agent`` session's persisted transcript, oldest message first: with ``limit`` the
        most recent ``limit`` messages and a ``next_cursor`` to pass as ``before`` for the page before them.

        Example::

            page = client.sessions.transcript("chat_1234", limit=50)
            older = client.sessions.transcript("chat_1234", limit=50, before=page.next_cursor)
        """
        return self._run(handoff.transcript(id_or_external_id, limit, before))

    def end_and_continue(
        self,
        id_or_external_id: str,
        *,
        calling_run_id: str,
        reason: str,
        external_deployment_id: str | None = None,
    ) -> SessionHandoff:
        """Hand the session from ``calling_run_id`` (its live run) to a fresh run; ``swapped`` is False when another
        run had already taken over. ``reason`` is an audit label such as ``"upgrade"``.

        Example::

            handoff = client.sessions.end_and_continue("chat_1234", calling_run_id="run_1234", reason="upgrade")
            print(handoff.run_id, handoff.swapped)
        """
        return self._run(handoff.end_and_continue(id_or_external_id, calling_run_id, reason, external_deployment_id))


@docs_from(Sessions)
class AsyncSessions(AsyncResource, AsyncSessionChannels):
    async def create(
        self,
        *,
        type: str,
        task: str,
        base_payload: Mapping[str, Any],
        external_id: str | None = None,
        tags: str | Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        expires_at: dt.datetime | None = None,
        run_options: Mapping[str, Any] | None = None,
    ) -> CreatedSession:
        return await self._run(_create(type, task, base_payload, external_id, tags, metadata, expires_at, run_options))

    def list(
        self,
        *,
        type: str | Sequence[str] | None = None,
        tags: str | Sequence[str] | None = None,
        task: str | Sequence[str] | None = None,
        external_id: str | None = None,
        status: str | Sequence[str] | None = None,
        period: str | None = None,
        from_: dt.datetime | int | None = None,
        to: dt.datetime | int | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> AsyncPaginator[Session]:
        return self._paginate(
            _list_query(type, tags, task, external_id, status, period, from_, to, page_size), v.limit(limit)
        )

    async def retrieve(self, id_or_external_id: str) -> Session:
        return await self._run(_retrieve(id_or_external_id))

    async def update(
        self,
        id_or_external_id: str,
        *,
        tags: str | Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        clear_metadata: bool = False,
    ) -> Session:
        return await self._run(_update(id_or_external_id, tags, metadata, clear_metadata))

    async def close(self, id_or_external_id: str, *, reason: str | None = None) -> Session:
        return await self._run(_close(id_or_external_id, reason))

    async def transcript(
        self, id_or_external_id: str, *, limit: int | None = None, before: str | None = None
    ) -> SessionTranscript:
        return await self._run(handoff.transcript(id_or_external_id, limit, before))

    async def end_and_continue(
        self,
        id_or_external_id: str,
        *,
        calling_run_id: str,
        reason: str,
        external_deployment_id: str | None = None,
    ) -> SessionHandoff:
        return await self._run(
            handoff.end_and_continue(id_or_external_id, calling_run_id, reason, external_deployment_id)
        )
