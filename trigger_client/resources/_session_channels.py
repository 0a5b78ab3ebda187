"""A session's channels: send a record to the running agent, follow what it writes (``sessions.send``,
``sessions.stream``).

Routes and headers: ``@trigger.dev/core`` 4.8.3 ``apiClient/index.js`` ``appendToSessionStream`` (one ``X-Part-Id``
per logical append, reused by its retries) and ``subscribeToSessionStream`` (SSE, ``Last-Event-ID`` resume);
``@trigger.dev/sdk`` 4.8.3 ``sessions.js`` (``.in.send()`` is what external clients call, ``.out`` is read).
:class:`~trigger_client.resources.sessions.Sessions` and its async twin inherit these.
"""

from __future__ import annotations

import json
import secrets
from typing import Any, Literal

from trigger_api.api.sessions import append_session_channel_stream_v1, append_session_stream_v1
from trigger_api.models import SessionChannelAppended, SessionChannelIo
from trigger_client._core import AsyncCore, SyncCore
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Auth, Operation, call
from trigger_client._realtime import AsyncSubscription, StreamChunk, Subscription, session_channel_path, session_feed

# realtime.v1.sessions.$session.$io.append.ts MAX_APPEND_BODY_BYTES.
MAX_RECORD_BYTES = 1024 * 1024


def _part_id() -> str:
    # As the SDK's nanoid(): ~128 random bits, URL-safe; made once per send() so every retry carries it.
    return secrets.token_urlsafe(16)


def send(session: str, data: Any, channel: str | None, io: str) -> Operation[SessionChannelAppended]:
    session_channel_path(session, io, channel)  # checks session, channel and io as the stream path does
    try:
        size = len(json.dumps(data, separators=(",", ":"), allow_nan=False).encode())
    except (TypeError, ValueError) as exc:
        raise ValidationError("data", f"must be JSON (dicts, lists, strings, numbers, booleans, None): {exc}") from None
    if size > MAX_RECORD_BYTES:
        raise ValidationError("data", f"is {size} bytes as JSON; the server takes at most {MAX_RECORD_BYTES}")
    if channel is None:
        request = append_session_stream_v1.build(session, SessionChannelIo(io), body=data, x_part_id=_part_id())
    else:
        request = append_session_channel_stream_v1.build(
            session, channel, SessionChannelIo(io), body=data, x_part_id=_part_id()
        )
    return call(request, Auth.PUBLIC)


class SessionChannels:
    """The channel methods of ``client.sessions`` (a mixin of :class:`~trigger_client.resources.sessions.Sessions`)."""

    _client: SyncCore

    def send(
        self, session: str, data: Any, *, channel: str | None = None, io: Literal["in", "out"] = "in"
    ) -> SessionChannelAppended:
        """Send one record to a session's ``in`` channel, where its running agent reads it (``.in.send()`` of the
        SDK). ``data`` is any JSON value (at most 1 MiB as JSON); ``channel`` names a side channel. A retried send
        carries the same part id, so the server appends it once. ``io="out"`` needs a secret key.

        Example::

            sent = client.sessions.send("chat_1234", {"kind": "message", "text": "Hello"})
            print(sent.ok, sent.seq)
        """
        return self._client._run(send(session, data, channel, io))

    def stream(
        self,
        session: str,
        *,
        io: Literal["in", "out"] = "out",
        channel: str | None = None,
        last_event_id: str | None = None,
    ) -> Subscription[StreamChunk]:
        """Follow a session channel (by default ``out``, what the agent writes): yields a :class:`StreamChunk` per
        record, in order, until the server ends the stream. Control records (turn complete, session closed) are
        left out, as the SDK's reader does. Reconnects after errors with the last record's id; pass
        ``last_event_id`` (a chunk's ``id``) to start after a record you already have.

        Example::

            for chunk in client.sessions.stream("chat_1234"):
                print(chunk.id, chunk.data)
                if chunk.data.get("kind") == "done":
                    break  # the channel stays open for new records: leave it when the turn is over
        """
        return Subscription(self._client, session_feed(session, io=io, channel=channel, last_event_id=last_event_id))


class AsyncSessionChannels:
    """The channel methods of the async ``client.sessions`` (a mixin of ``AsyncSessions``)."""

    _client: AsyncCore

    async def send(
        self, session: str, data: Any, *, channel: str | None = None, io: Literal["in", "out"] = "in"
    ) -> SessionChannelAppended:
        """Async version of :meth:`Sessions.send`.

        Example::

            sent = await client.sessions.send("chat_1234", {"kind": "message", "text": "Hello"})
            print(sent.ok, sent.seq)
        """
        return await self._client._run(send(session, data, channel, io))

    def stream(
        self,
        session: str,
        *,
        io: Literal["in", "out"] = "out",
        channel: str | None = None,
        last_event_id: str | None = None,
    ) -> AsyncSubscription[StreamChunk]:
        """Async version of :meth:`Sessions.stream`.

        Example::

            async for chunk in client.sessions.stream("chat_1234"):
                print(chunk.id, chunk.data)
                if chunk.data.get("kind") == "done":
                    break  # the channel stays open for new records: leave it when the turn is over
        """
        return AsyncSubscription(
            self._client, session_feed(session, io=io, channel=channel, last_event_id=last_event_id)
        )
