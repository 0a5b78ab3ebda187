"""The feeds the resources open: each builds its protocol from checked arguments and a quoted path."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._realtime.rows import RealtimeRun, run_is_finished
from trigger_client._realtime.shape import ShapeProtocol
from trigger_client._realtime.sse import SseProtocol, StreamChunk

SKIPPABLE_COLUMNS = frozenset(
    {
        "startedAt",
        "delayUntil",
        "queuedAt",
        "expiredAt",
        "completedAt",
        "number",
        "isTest",
        "usageDurationMs",
        "costInCents",
        "baseCostInCents",
        "ttl",
        "payload",
        "payloadType",
        "metadata",
        "output",
        "outputType",
        "runTags",
        "error",
    }
)


def skip_columns_param(skip_columns: Sequence[str] | None) -> dict[str, str]:
    """The ``skipColumns`` parameter, checked against the columns the server lets you skip."""
    if skip_columns is None:
        return {}
    if isinstance(skip_columns, str) or not all(isinstance(c, str) for c in skip_columns):
        raise ValidationError("skip_columns", f"must be a list of column names, got {skip_columns!r}")
    for column in skip_columns:
        if column not in SKIPPABLE_COLUMNS:
            raise ValidationError(
                "skip_columns", f"{column!r} cannot be skipped; use some of {', '.join(sorted(SKIPPABLE_COLUMNS))}"
            )
    return {"skipColumns": ",".join(skip_columns)} if skip_columns else {}


def _path(*parts: str) -> str:
    """A realtime path from fixed parts and checked segments, each percent-encoded (``/`` included)."""
    return "/".join(quote(part, safe="") for part in parts)


def run_feed(run_id: str, *, stop_on_completion: bool, skip_columns: Sequence[str] | None) -> ShapeProtocol[Any]:
    """The protocol of ``runs.subscribe``."""
    stop = run_is_finished if stop_on_completion else (lambda run: False)
    params = skip_columns_param(skip_columns)
    path = "/realtime/v1/runs/" + _path(v.run_id(run_id))
    return ShapeProtocol(
        "runs.subscribe", path, params, RealtimeRun.from_row, stop, template="/realtime/v1/runs/{run_id}"
    )


def tag_feed(tags: Sequence[str], *, created_after: str, skip_columns: Sequence[str] | None) -> ShapeProtocol[Any]:
    """The protocol of ``runs.subscribe_to_tag``."""
    if not tags:
        raise ValidationError("tags", "give at least one tag")
    if not isinstance(created_after, str) or not created_after:
        raise ValidationError("created_after", f'must be a duration such as "1h", "24h" or "2d", got {created_after!r}')
    params = {"tags": ",".join(tags), "createdAt": created_after, **skip_columns_param(skip_columns)}
    path = "/realtime/v1/runs"
    return ShapeProtocol("runs.subscribe_to_tag", path, params, RealtimeRun.from_row, template=path)


def batch_feed(batch_id: str, *, skip_columns: Sequence[str] | None) -> ShapeProtocol[Any]:
    """The protocol of ``batches.subscribe``."""
    params = skip_columns_param(skip_columns)
    path = "/realtime/v1/batches/" + _path(v.resource_id(batch_id, "batch_id", "batch_", "tasks.batch_trigger()"))
    return ShapeProtocol(
        "batches.subscribe", path, params, RealtimeRun.from_row, template="/realtime/v1/batches/{batch_id}"
    )


STREAM_STARTS = ("beginning", "latest")


def stream_feed(
    run_id: str,
    key: str,
    *,
    as_json: bool,
    timeout_seconds: int | None,
    last_event_id: str | None,
    start: str = "beginning",
) -> SseProtocol:
    """The protocol of ``runs.stream``."""
    if not isinstance(key, str) or not key:
        raise ValidationError("key", f"must be a stream key such as 'default', got {key!r}")
    if start not in STREAM_STARTS:
        raise ValidationError("start", f'must be "beginning" or "latest", got {start!r}')
    path = "/realtime/v1/streams/" + _path(v.run_id(run_id), v.segment(key, "key"))
    if last_event_id is not None:
        v.header_value(last_event_id, "last_event_id")
    if timeout_seconds is not None and (
        isinstance(timeout_seconds, bool) or not isinstance(timeout_seconds, int) or not 1 <= timeout_seconds <= 600
    ):
        raise ValidationError("timeout_seconds", f"must be an integer from 1 to 600, got {timeout_seconds!r}")
    return SseProtocol(
        "runs.stream",
        path,
        as_json=as_json,
        timeout_seconds=timeout_seconds,
        last_event_id=last_event_id,
        template="/realtime/v1/streams/{run_id}/{key}",
        start=start,
    )


SESSION_CHANNEL_IOS = ("in", "out")


def session_channel_path(session: str, io: str, channel: str | None) -> str:
    """``/realtime/v1/sessions/{session}[/channels/{channel}]/{io}`` (apiClient/index.js ``subscribeToSessionStream``
    and ``appendToSessionStream`` build the same path), each part checked and quoted."""
    if io not in SESSION_CHANNEL_IOS:
        raise ValidationError("io", f'must be "in" or "out", got {io!r}')
    parts = [v.segment(session, "session")]
    if channel is not None:
        parts += ["channels", v.segment(channel, "channel")]
    return "/realtime/v1/sessions/" + _path(*parts, io)


class SessionChannelProtocol(SseProtocol):
    """A session channel over SSE: a record appended over HTTP holds the text that was sent, which is decoded from
    JSON when it is JSON, as the SDK's session reader does (``sessionStreams/manager.js``)."""

    def _v2(self, event: str, data: str) -> list[StreamChunk]:
        return [_decoded(chunk) for chunk in super()._v2(event, data)]


def _decoded(chunk: StreamChunk) -> StreamChunk:
    if not isinstance(chunk.data, str):
        return chunk
    try:
        return dataclasses.replace(chunk, data=json.loads(chunk.data))
    except (ValueError, RecursionError):
        return chunk  # text that is not JSON stays text


def session_feed(session: str, *, io: str, channel: str | None, last_event_id: str | None) -> SseProtocol:
    """The protocol of ``sessions.stream``: a session channel's records over SSE, resumable by ``Last-Event-ID``."""
    if last_event_id is not None:
        v.header_value(last_event_id, "last_event_id")
    template = "/realtime/v1/sessions/{session}" + ("/channels/{channel}" if channel is not None else "") + "/{io}"
    return SessionChannelProtocol(
        "sessions.stream",
        session_channel_path(session, io, channel),
        as_json=True,
        timeout_seconds=None,
        last_event_id=last_event_id,
        template=template,
    )
