"""One checked trigger (a run, or one item of a batch) and the offload of its payload when it is large: all a plain
``tasks.trigger`` needs, so it never loads the batch machinery (``_batching``, its endpoints and models), and the
batch limits a ``batch_trigger`` signature shows."""

from __future__ import annotations

import secrets
import time
from collections.abc import Generator, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from trigger_api.models import TriggerTaskRequestBodyOptions
from trigger_client._exceptions import TriggerError
from trigger_client._operation import call
from trigger_client._steps import Step

if TYPE_CHECKING:
    from trigger_api.models import CreateUploadPayloadUrlV2Response200

# STREAMING_BATCH_MAX_ITEMS (apps/webapp/app/env.server.ts, default 1000): phase 1 refuses a larger runCount.
MAX_BATCH_ITEMS = 1_000
DEFAULT_CONCURRENCY = 4
# OFFLOAD_IO_PACKET_LENGTH_LIMIT (packages/core/src/v3/limits.ts): from 128 KiB a payload goes to object storage first.
OFFLOAD_BYTES = 131_072
STORE_TYPE = "application/store"


@dataclass(slots=True)
class CheckedTrigger:
    """One checked trigger or batch item: its task, its serialised payload (``None``: none given) and its options."""

    task: str
    payload: str | None
    options: TriggerTaskRequestBodyOptions


def packet_filename(task: str, payload_type: str) -> str:
    """An offloaded payload's name, ``trigger/<task>/<ms>-<random>/payload.<json|txt>`` as SDK 4.5 named it; 4.8.3
    uses ``trigger/<packet id>/payload.<ext>`` and the server does not read the name (docs/wire.md#payload-offload)."""
    extension = "json" if payload_type in ("application/json", "application/super+json") else "txt"
    stamp = f"{int(time.time() * 1000)}-{secrets.token_hex(6)}"
    task_segment = quote(task, safe="!~*'()")  # encodeURIComponent
    return f"trigger/{task_segment}/{stamp}/payload.{extension}"


def needs_offload(wire: CheckedTrigger) -> bool:
    options = wire.options
    return (
        wire.payload is not None
        and options.payload_type != STORE_TYPE
        and options.payload_size is not None
        and options.payload_size >= OFFLOAD_BYTES
    )


def offload(wires: Iterable[CheckedTrigger]) -> Generator[Step, Any, None]:
    """Upload each payload of 128 KiB or more and send its storage path instead, as the SDK does for triggers and
    batch items (``conditionallyExportPacket``); ``payloadSize`` keeps the size before offloading."""
    for wire in wires:
        options = wire.options
        if wire.payload is None or options.payload_type is None or not needs_offload(wire):
            continue
        # Loaded with the first large payload: the upload endpoint and its models.
        from trigger_api.api.packets import create_upload_payload_url_v2
        from trigger_client._packets import upload_packet

        filename = packet_filename(wire.task, options.payload_type)
        presigned: CreateUploadPayloadUrlV2Response200 = yield call(
            create_upload_payload_url_v2.build(filename=filename)
        )
        if not isinstance(presigned.storage_path, str):
            raise TriggerError("the packet upload answer has no storagePath; the server needs /api/v2/packets")
        yield upload_packet(presigned.presigned_url, wire.payload, options.payload_type)
        wire.payload, options.payload_type = presigned.storage_path, STORE_TYPE
