"""Realtime: the Electric shape long-poll (run, tag and batch subscriptions) and SSE run streams.

Each protocol is a sans-I/O state machine (:mod:`.shape`, :mod:`.sse`): it says which request to send next and
how long to wait first, and turns response text into items; :mod:`.rows` decodes shape rows into
:class:`RealtimeRun`; :mod:`.subscription` holds the sync and async I/O shells; :mod:`.feeds` builds the feeds the
resources open.

Example::

    for run in client.runs.subscribe("run_1234"):
        print(run.status)
"""

from trigger_client._realtime.feeds import (
    SKIPPABLE_COLUMNS,
    batch_feed,
    run_feed,
    session_channel_path,
    session_feed,
    stream_feed,
    tag_feed,
)
from trigger_client._realtime.rows import (
    RealtimeRun,
    RunError,
    decode_value,
    parse_pg_array,
    parse_timestamp,
    public_status,
    run_is_finished,
)
from trigger_client._realtime.shape import ShapeProtocol
from trigger_client._realtime.sse import SseProtocol, StreamChunk
from trigger_client._realtime.subscription import AsyncSubscription, Subscription

__all__ = [
    "SKIPPABLE_COLUMNS",
    "AsyncSubscription",
    "RealtimeRun",
    "RunError",
    "ShapeProtocol",
    "SseProtocol",
    "StreamChunk",
    "Subscription",
    "batch_feed",
    "decode_value",
    "parse_pg_array",
    "parse_timestamp",
    "public_status",
    "run_feed",
    "run_is_finished",
    "session_channel_path",
    "session_feed",
    "stream_feed",
    "tag_feed",
]
