"""Queues: created on demand for tasks and custom names; pause and concurrency overrides."""

from __future__ import annotations

from typing import Any

from ._auth import authorize_any
from ._clock import iso
from ._http import ApiError, Request, Response, Router, json_response
from ._pagination import offset_page
from ._state import Environment, Queue, Store


def queue_key(name: str, kind: str) -> str:
    """How runs name their queue in ``filter[queue]``: ``task/<id>`` or the custom name."""
    return f"task/{name}" if kind == "task" else name


def ensure_queue(store: Store, env: Environment, name: str, kind: str) -> Queue:
    for queue in env.queues.values():
        if queue.name == name and queue.type == kind:
            return queue
    queue = Queue(id=store.new_id("queue_"), seq=store.next_seq(), name=name, type=kind)
    env.queues[queue.id] = queue
    return queue


def effective_limit(queue: Queue) -> int | None:
    """The queue's own limit; a V2 queue has none (its task's concurrency limits apply instead)."""
    if queue.version == "V2":
        return None
    return queue.override_limit if queue.override_limit is not None else queue.base_limit


def refuse_v2(queue: Queue) -> None:
    """The SDK 4.8.3 says the server rejects queue-level overrides for queues on the new model (queues.js
    ``overrideConcurrencyLimit`` @deprecated, docs/queues.mdx); neither the status nor the text is documented, so
    both are the emulator's: 400, as the override route answers its other refusals, naming the call to use."""
    if queue.version == "V2":
        raise ApiError(
            400,
            f"Queue {queue.name} is on the new concurrency model (V2) and has no queue-level concurrency limit: "
            f'manage it with concurrency limits, e.g. concurrencyLimits.override("task/{queue.name}")',
        )


def present_queue(env: Environment, queue: Queue) -> dict[str, Any]:
    key = queue_key(queue.name, queue.type)
    runs = [r for r in env.runs.values() if r.queue == key]
    common = {
        "id": queue.id,
        "name": queue.name,
        "type": queue.type,
        "running": sum(1 for r in runs if r.status in ("EXECUTING", "DEQUEUED")),
        "queued": sum(1 for r in runs if r.status == "QUEUED"),
        "paused": queue.paused,
        "version": queue.version,
    }
    if queue.version == "V2":
        # QueueItem (@trigger.dev/core 4.8.3 schemas/queues.js): a V2 queue's concurrencyLimit is always null and
        # it carries no concurrency override state.
        return {**common, "concurrencyLimit": None}
    return {
        **common,
        "concurrencyLimit": effective_limit(queue),
        "concurrency": {
            "current": effective_limit(queue),
            "base": queue.base_limit,
            "override": queue.override_limit,
            "overriddenAt": iso(queue.overridden_at),
            "overriddenBy": None,
        },
    }


class QueueRoutes:
    def __init__(self, store: Store) -> None:
        self.store = store

    def register(self, router: Router) -> None:
        router.add("GET", "/api/v1/queues", self.list)
        router.add("GET", "/api/v1/queues/{queueParam}", self.retrieve, auth="env_or_public")
        router.add("POST", "/api/v1/queues/{queueParam}/pause", self.pause)
        router.add("POST", "/api/v1/queues/{queueParam}/concurrency/override", self.override)
        router.add("POST", "/api/v1/queues/{queueParam}/concurrency/reset", self.reset)

    def _find(self, req: Request, kind: str | None, missing: str = "Queue not found") -> Queue:
        env = req.env_
        kind = kind or "id"
        if kind not in ("id", "task", "custom"):
            raise ApiError(400, "Invalid queue type", details=[{"code": "invalid_enum_value", "path": ["type"]}])
        # The SDK sends "/" as "%2F" before URL-encoding, so undo that after the router's decode.
        value = req.params["queueParam"].replace("%2F", "/").replace("%2f", "/")
        for queue in env.queues.values():
            if (kind == "id" and queue.id == value) or (queue.type == kind and queue.name == value):
                return queue
        raise ApiError(404, missing)

    def list(self, req: Request) -> Response:
        queues = sorted(req.env_.queues.values(), key=lambda q: (q.type != "task", q.name))
        # QueueListPresenter.server.ts: 25 a page by default; bad parameters are the route builder's Query Error.
        page = offset_page(queues, req, lambda q: present_queue(req.env_, q), default_per_page=25, error="Query Error")
        return json_response(page)

    def retrieve(self, req: Request) -> Response:
        # routes/api.v1.queues.$queueParam.ts: a public JWT needs read on queues as a whole; a missing queue is
        # answered with the presenter's error code.
        authorize_any(req, "read", [("queues", None)])
        return json_response(present_queue(req.env_, self._find(req, req.arg("type"), "queue-not-found")))

    def pause(self, req: Request) -> Response:
        body = req.json_object()
        action = body.get("action")
        if action not in ("pause", "resume"):
            raise ApiError(400, "Invalid request body", issues=[{"path": ["action"], "message": "pause or resume"}])
        queue = self._find(req, body.get("type"), "queue-not-found")  # routes/api.v1.queues.$queueParam.pause.ts
        queue.paused = action == "pause"
        self.store.touch()
        return json_response(present_queue(req.env_, queue))

    def override(self, req: Request) -> Response:
        body = req.json_object()
        limit = body.get("concurrencyLimit")
        if not isinstance(limit, int) or isinstance(limit, bool) or not 0 <= limit <= 100000:
            raise ApiError(400, "Invalid request body", issues=[{"path": ["concurrencyLimit"]}])
        queue = self._find(req, body.get("type"))
        refuse_v2(queue)
        queue.override_limit, queue.overridden_at = limit, self.store.now()
        self.store.touch()
        return json_response(present_queue(req.env_, queue))

    def reset(self, req: Request) -> Response:
        queue = self._find(req, req.json_object(optional=True).get("type"))
        refuse_v2(queue)
        if queue.overridden_at is None:
            # routes/api.v1.queues.$queueParam.concurrency.reset.ts: queue_not_overridden.
            raise ApiError(400, "Queue is not overridden")
        queue.override_limit = queue.overridden_at = None
        self.store.touch()
        return json_response(present_queue(req.env_, queue))
