"""Idempotency keys: forget a key so the next trigger with it creates a new run."""

from __future__ import annotations

from collections.abc import Sequence

from trigger_api.api.idempotency_keys import reset_idempotency_key_v1
from trigger_api.models import ResetIdempotencyKeyV1Body
from trigger_client import _validate as v
from trigger_client._idempotency import IdempotencyScope, make_idempotency_key
from trigger_client._operation import Auth, Operation, call
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from


def _reset(task: str, key: str | Sequence[str], scope: IdempotencyScope) -> Operation[str]:
    # The SDK's idempotencyKeys.reset hashes the key as the trigger did; outside a task no scope adds material to
    # the hash, so the key sent is the one tasks.trigger(idempotency_key=key) sent. The route answers 404 when no
    # run of the task holds it (apps/webapp/app/v3/services/resetIdempotencyKey.server.ts).
    hashed, _options = make_idempotency_key(key, scope=scope)
    body = ResetIdempotencyKeyV1Body(task_identifier=v.text(task, "task"))
    return call(reset_idempotency_key_v1.build(key=hashed, body=body), Auth.PUBLIC).then(lambda parsed: parsed.id)


class IdempotencyKeys(SyncResource):
    """Idempotency keys: ``client.idempotency_keys``."""

    def reset(self, task: str, key: str | Sequence[str], *, scope: IdempotencyScope = "run") -> str:
        """Clear ``key`` (as given to ``tasks.trigger(idempotency_key=...)``) from the runs of ``task``, so the
        next trigger with it creates a new run instead of returning the cached one. Returns the hashed key.
        Raises :class:`NotFoundError` when no run of the task holds the key.

        Example::

            client.idempotency_keys.reset("send-email", ["welcome", "user_42"])
            client.tasks.trigger("send-email", payload, idempotency_key=["welcome", "user_42"])  # a new run
        """
        return self._run(_reset(task, key, scope))


@docs_from(IdempotencyKeys)
class AsyncIdempotencyKeys(AsyncResource):
    async def reset(self, task: str, key: str | Sequence[str], *, scope: IdempotencyScope = "run") -> str:
        return await self._run(_reset(task, key, scope))
