"""Queues: list, inspect, pause and resume, and override their concurrency."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Literal

from trigger_api.api.queues import (
    list_queues_v1,
    override_queue_concurrency_v1,
    pause_queue_v1,
    reset_queue_concurrency_v1,
    retrieve_queue_v1,
)
from trigger_api.models import (
    OverrideQueueConcurrencyV1Body,
    PauseAction,
    PauseQueueV1Body,
    Queue,
    QueueLookup,
    ResetQueueConcurrencyV1Body,
)
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Operation, call
from trigger_client._pagination import AsyncPaginator, Page, PageQuery, SyncPaginator, next_page_number, offset_page
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from


@dataclass(frozen=True)
class QueueRef:
    """A queue named by its task (``type="task"``, the task id) or by its custom ``name``.

    A plain string passed where a queue is expected is a queue id (``queue_…``).

    Example::

        client.queues.pause(QueueRef("task", "send-email"))
        client.queues.retrieve(QueueRef("custom", "emails/high-priority"))
    """

    type: Literal["task", "custom"]
    name: str


QueueParam = str | QueueRef


def _queue(queue: QueueParam) -> tuple[str, str]:
    """The path value and ``type`` for a queue; names have ``/`` pre-escaped as the SDK does (§2.7)."""
    if isinstance(queue, QueueRef):
        if queue.type not in ("task", "custom"):
            raise ValidationError("queue.type", f"must be 'task' or 'custom', got {queue.type!r}")
        # The generated code percent-encodes the segment, so '/' reaches the wire as %252F like the SDK's.
        return v.segment(v.text(queue.name, "queue.name").replace("/", "%2F"), "queue.name"), queue.type
    if isinstance(queue, str):
        return v.resource_id(queue, "queue", "queue_", "queues.list(), or pass QueueRef('task', name)"), "id"
    raise ValidationError("queue", f"must be a queue id or a QueueRef, got {type(queue).__name__}")


def _retrieve(queue: QueueParam) -> Operation[Queue]:
    value, kind = _queue(queue)
    return call(retrieve_queue_v1.build(queue_param=value, type_=QueueLookup(kind)))


def _pause(queue: QueueParam, action: str) -> Operation[Queue]:
    value, kind = _queue(queue)
    body = PauseQueueV1Body(action=PauseAction(action), type_=QueueLookup(kind))
    return call(pause_queue_v1.build(queue_param=value, body=body))


def _deprecated(method: str, replacement: str) -> None:
    # The SDK 4.8.3 marks queues.overrideConcurrencyLimit/resetConcurrencyLimit deprecated: queue-level concurrency
    # is the legacy model and the server rejects these calls for queues on the new one (version "V2").
    warnings.warn(
        f"queues.{method} is deprecated: queue-level concurrency is the legacy model and the server rejects it for "
        f"queues on the new model (Queue.version 'V2'). Declare the limit on the task and use "
        f"client.concurrency_limits.{replacement} instead.",
        DeprecationWarning,
        stacklevel=4,  # the caller of queues.override_concurrency / reset_concurrency
    )


def _override(queue: QueueParam, limit: int) -> Operation[Queue]:
    value, kind = _queue(queue)
    _deprecated("override_concurrency", "override('task/<task id>', total=...)")
    body = OverrideQueueConcurrencyV1Body(
        concurrency_limit=v.int_range(limit, "concurrency_limit", 0, 100_000),
        type_=QueueLookup(kind),
    )
    return call(override_queue_concurrency_v1.build(queue_param=value, body=body))


def _reset(queue: QueueParam) -> Operation[Queue]:
    value, kind = _queue(queue)
    _deprecated("reset_concurrency", "reset('task/<task id>')")
    body = ResetQueueConcurrencyV1Body(type_=QueueLookup(kind))
    return call(reset_queue_concurrency_v1.build(queue_param=value, body=body))


def _list_query(per_page: int | None) -> PageQuery[Queue, int]:
    size = None if per_page is None else v.int_range(per_page, "per_page", 1, 100)

    def fetch(page: int | None) -> Operation[Page[Queue]]:
        return call(list_queues_v1.build(page=page, per_page=size)).then(offset_page)

    return PageQuery(fetch, next_page_number)


class Queues(SyncResource):
    """Queues: ``client.queues``. Name a queue by id (``"queue_…"``) or with :class:`QueueRef`."""

    def list(self, *, per_page: int | None = None, limit: int | None = None) -> SyncPaginator[Queue]:
        """All queues, fetched page by page.

        Example::

            for queue in client.queues.list():
                print(queue.name, queue.running, queue.queued)
        """
        return self._paginate(_list_query(per_page), limit)

    def retrieve(self, queue: QueueParam) -> Queue:
        """One queue.

        Example::

            client.queues.retrieve(QueueRef("task", "send-email")).paused
        """
        return self._run(_retrieve(queue))

    def pause(self, queue: QueueParam) -> Queue:
        """Stop starting new runs from this queue.

        Example::

            client.queues.pause(QueueRef("task", "send-email"))
        """
        return self._run(_pause(queue, "pause"))

    def resume(self, queue: QueueParam) -> Queue:
        """Start runs from this queue again.

        Example::

            client.queues.resume(QueueRef("task", "send-email"))
        """
        return self._run(_pause(queue, "resume"))

    def override_concurrency(self, queue: QueueParam, concurrency_limit: int) -> Queue:
        """Temporarily set the queue's concurrency limit. Deprecated (a ``DeprecationWarning``): only queues on
        the legacy model (``version == "V1"``) have one; use :meth:`ConcurrencyLimits.override`.

        Example::

            client.queues.override_concurrency(QueueRef("custom", "emails"), 5)
        """
        return self._run(_override(queue, concurrency_limit))

    def reset_concurrency(self, queue: QueueParam) -> Queue:
        """Back to the concurrency limit declared in code. Deprecated like :meth:`override_concurrency`; use
        :meth:`ConcurrencyLimits.reset`.

        Example::

            client.queues.reset_concurrency(QueueRef("custom", "emails"))
        """
        return self._run(_reset(queue))


@docs_from(Queues)
class AsyncQueues(AsyncResource):
    def list(self, *, per_page: int | None = None, limit: int | None = None) -> AsyncPaginator[Queue]:
        return self._paginate(_list_query(per_page), limit)

    async def retrieve(self, queue: QueueParam) -> Queue:
        return await self._run(_retrieve(queue))

    async def pause(self, queue: QueueParam) -> Queue:
        return await self._run(_pause(queue, "pause"))

    async def resume(self, queue: QueueParam) -> Queue:
        return await self._run(_pause(queue, "resume"))

    async def override_concurrency(self, queue: QueueParam, concurrency_limit: int) -> Queue:
        return await self._run(_override(queue, concurrency_limit))

    async def reset_concurrency(self, queue: QueueParam) -> Queue:
        return await self._run(_reset(queue))
