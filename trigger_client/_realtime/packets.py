"""Offloaded payloads and outputs of realtime snapshots, loaded as SDK 4.8.3's realtime loads them.

A run whose payload or output went to the object store (``application/store``) has only the storage path in its
row. ``RunSubscription.transformRunShape`` (``@trigger.dev/core`` 4.8.3 ``apiClient/runStream.js``) asks for a
presigned URL with ``getRunPacketUrl`` (``GET /api/v1/runs/{id}/packets/{payload|output}``), falls back to
``getPayloadUrl`` (``GET /api/v1/packets/{path}``) when the server answers 404, downloads it, and keeps the value
per run and field until the path changes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from trigger_client._operation import Auth, Operation, call
from trigger_client._packets import download_packet
from trigger_client._status_errors import NotFoundError
from trigger_client._steps import Step

_FIELDS = ("payload", "output")


@dataclass(frozen=True)
class OffloadedPacket:
    """A packet a row names by its storage path; the subscription replaces it by the value before yielding."""

    path: str


def with_bearer(op: Operation[Any], token: str | None) -> Operation[Any]:
    """``op`` sent with ``token`` instead of the client's credential (a subscription's refreshed token)."""
    if token is None:
        return op
    prepare = op.prepare

    def prepared() -> dict[str, Any]:
        request = prepare()
        request["headers"] = {**request.get("headers", {}), "authorization": f"Bearer {token}"}
        return request

    return dataclasses.replace(op, prepare=prepared)


class PacketLoader:
    """Loads the offloaded fields of realtime runs, remembering each run's values while their paths stay."""

    def __init__(self) -> None:
        self.cache: dict[tuple[str, str], tuple[str, Any]] = {}

    @staticmethod
    def pending(item: Any) -> bool:
        return any(isinstance(getattr(item, name, None), OffloadedPacket) for name in _FIELDS)

    def load(self, run: Any, token: str | None) -> Generator[Step, Any, Any]:
        """``run`` with each offloaded field downloaded and decoded."""
        from trigger_api.api.packets import get_payload_url_v1, get_run_packet_url_v1  # with the first such run
        from trigger_api.models import GetRunPacketUrlV1Field

        values: dict[str, Any] = {}
        for name in _FIELDS:
            packet = getattr(run, name)
            if not isinstance(packet, OffloadedPacket):
                continue
            cached = self.cache.get((run.id, name))
            if cached is not None and cached[0] == packet.path:
                values[name] = cached[1]
                continue
            by_run = call(get_run_packet_url_v1.build(run.id, GetRunPacketUrlV1Field(name)), Auth.PUBLIC)
            try:
                presigned = yield with_bearer(by_run, token)
            except NotFoundError:  # a server older than the run packet route
                presigned = yield with_bearer(call(get_payload_url_v1.build(packet.path), Auth.PUBLIC), token)
            values[name] = yield download_packet(presigned.presigned_url, name)
            self.cache[(run.id, name)] = (packet.path, values[name])
        return dataclasses.replace(run, **values)
