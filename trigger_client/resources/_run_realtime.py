"""Runs in realtime: follow one run, the runs of some tags, or a run's stream (the realtime half of ``client.runs``).

:class:`~trigger_client.resources.runs.Runs` and its async twin inherit these; the protocols live in
:mod:`trigger_client._realtime`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from trigger_client import _validate as v
from trigger_client._core import AsyncCore, SyncCore
from trigger_client._realtime import (
    AsyncSubscription,
    RealtimeRun,
    StreamChunk,
    Subscription,
    run_feed,
    stream_feed,
    tag_feed,
)


class RunRealtime:
    """The realtime methods of ``client.runs`` (a mixin of :class:`~trigger_client.resources.runs.Runs`)."""

    _client: SyncCore

    def subscribe(
        self, run_id: str, *, stop_on_completion: bool = True, skip_columns: Sequence[str] | None = None
    ) -> Subscription[RealtimeRun]:
        """Follow a run in realtime: yields a :class:`RealtimeRun` snapshot each time the run changes.

        The first snapshot is the run as it is now. Iteration ends by itself after the run reaches a final status
        (COMPLETED, CANCELED, FAILED, CRASHED, SYSTEM_FAILURE, EXPIRED, TIMED_OUT), unless
        ``stop_on_completion=False``. Connection drops are retried for ever, resuming where the feed left off.
        ``skip_columns`` leaves columns such as ``"payload"`` or ``"output"`` out of the snapshots.
        Works with a public access token client too.

        Example::

            handle = client.tasks.trigger("resize-image", {"url": "https://example.com/a.png"})
            for run in client.runs.subscribe(handle.id):
                print(run.status, run.metadata)
            print(run.output)
        """
        feed = run_feed(v.run_id(run_id), stop_on_completion=stop_on_completion, skip_columns=skip_columns)
        return Subscription(self._client, feed)

    def subscribe_to_tag(
        self, tags: str | Sequence[str], *, created_after: str = "24h", skip_columns: Sequence[str] | None = None
    ) -> Subscription[RealtimeRun]:
        """Follow every run carrying all of ``tags`` created within ``created_after`` (``"1h"``, ``"24h"``, the
        server allows up to a day): yields a :class:`RealtimeRun` each time one of them changes, new runs included.
        Runs until you break out of the loop or close it.

        Example::

            with client.runs.subscribe_to_tag("user_42", created_after="1h") as runs:
                for run in runs:
                    print(run.id, run.status)
                    if run.finished_at:
                        break  # a tag's feed stays open for new runs: leave it when you have what you need
        """
        feed = tag_feed(v.tags(tags), created_after=created_after, skip_columns=skip_columns)
        return Subscription(self._client, feed)

    def stream(
        self,
        run_id: str,
        key: str = "default",
        *,
        as_json: bool = True,
        timeout_seconds: int | None = None,
        last_event_id: str | None = None,
        start: Literal["beginning", "latest"] = "beginning",
    ) -> Subscription[StreamChunk]:
        """Read a run's realtime stream ``key`` (what the task writes with ``streams``): yields :class:`StreamChunk`
        items (``data`` parsed from JSON, or text with ``as_json=False``) until the server ends the stream.

        Reconnects after errors with the last chunk's id, so nothing is read twice; pass ``last_event_id`` to
        start after a chunk you already have, or ``start="latest"`` to read only chunks written after connecting
        (header ``X-Trigger-Stream-Start: latest``). ``timeout_seconds`` (1-600) is how long the server waits for a
        new chunk before ending the stream.

        Example::

            for chunk in client.runs.stream(run_id, "openai"):
                print(chunk.data, end="")
        """
        feed = stream_feed(
            v.run_id(run_id),
            key,
            as_json=as_json,
            timeout_seconds=timeout_seconds,
            last_event_id=last_event_id,
            start=start,
        )
        return Subscription(self._client, feed)


class AsyncRunRealtime:
    """The realtime methods of the async ``client.runs`` (a mixin of ``AsyncRuns``)."""

    _client: AsyncCore

    def subscribe(
        self, run_id: str, *, stop_on_completion: bool = True, skip_columns: Sequence[str] | None = None
    ) -> AsyncSubscription[RealtimeRun]:
        """Async version of :meth:`Runs.subscribe`.

        Example::

            async for run in client.runs.subscribe(handle.id):
                print(run.status)
        """
        feed = run_feed(v.run_id(run_id), stop_on_completion=stop_on_completion, skip_columns=skip_columns)
        return AsyncSubscription(self._client, feed)

    def subscribe_to_tag(
        self, tags: str | Sequence[str], *, created_after: str = "24h", skip_columns: Sequence[str] | None = None
    ) -> AsyncSubscription[RealtimeRun]:
        """Async version of :meth:`Runs.subscribe_to_tag`.

        Example::

            async with client.runs.subscribe_to_tag("user_42") as runs:
                async for run in runs:
                    print(run.id, run.status)
                    if run.finished_at:
                        break  # a tag's feed stays open for new runs: leave it when you have what you need
        """
        feed = tag_feed(v.tags(tags), created_after=created_after, skip_columns=skip_columns)
        return AsyncSubscription(self._client, feed)

    def stream(
        self,
        run_id: str,
        key: str = "default",
        *,
        as_json: bool = True,
        timeout_seconds: int | None = None,
        last_event_id: str | None = None,
        start: Literal["beginning", "latest"] = "beginning",
    ) -> AsyncSubscription[StreamChunk]:
        """Async version of :meth:`Runs.stream`.

        Example::

            async for chunk in client.runs.stream(run_id, "openai"):
                print(chunk.data, end="")
        """
        feed = stream_feed(
            v.run_id(run_id),
            key,
            as_json=as_json,
            timeout_seconds=timeout_seconds,
            last_event_id=last_event_id,
            start=start,
        )
        return AsyncSubscription(self._client, feed)
