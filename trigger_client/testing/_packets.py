"""Packets: the object store behind large payloads (``application/store``) with presigned URLs.

The SDK offloads any serialized payload of 128 KiB or more: ``PUT /api/v2/packets/{filename}``
presigns an upload (``{presignedUrl, storagePath}``), the SDK PUTs the data to that URL, then triggers
with ``payload = storagePath`` and ``payloadType = "application/store"``. ``GET /api/v1/packets/{filename}``
presigns a download. Presigned URLs point back at the emulator (``/packets-store/...``), carry an HMAC
signature instead of credentials, and serve the data with the content type it was uploaded with.

Large trigger payloads sent inline and large task outputs end up in the store too; the run retrieve route then
answers ``payloadPresignedUrl`` / ``outputPresignedUrl`` instead of the value
(``presenters/v3/ApiRetrieveRunPresenter.server.ts``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any
from urllib.parse import quote

from trigger_client._exceptions import ValidationError
from trigger_client._payloads import serialize_payload

from ._http import ApiError, Request, Response, Router, json_response
from ._state import Environment, Run, Settings, Store

STORE_TYPE = "application/store"
# TASK_PAYLOAD_OFFLOAD_THRESHOLD (env.server.ts, 512 KiB): from this size the trigger routes keep an inline payload
# in the object store (runEngine/concerns/payloads.server.ts; batch items likewise, batchPayloads.server.ts).
PAYLOAD_OFFLOAD_BYTES = 524_288
# OFFLOAD_IO_PACKET_LENGTH_LIMIT (packages/core/src/v3/limits.ts, 128 KiB): from this size the SDK's task executor
# uploads a task's output (workers/taskExecutor.ts, conditionallyExportPacket); the emulator's worker stands in.
OUTPUT_OFFLOAD_BYTES = 131_072


def _signature(env: Environment, method: str, path: str) -> str:
    return hmac.new(env.api_key.encode(), f"{method} {path}".encode(), hashlib.sha256).hexdigest()[:32]


def presigned_url(base: str, env: Environment, path: str, method: str) -> str:
    """A credential-free URL for ``method`` (``GET``/``PUT``) on the packet stored at ``path``."""
    return f"{base}/packets-store/{env.id}/{quote(path, safe='')}?method={method}&sig={_signature(env, method, path)}"


def request_base(req: Request, settings: Settings) -> str:
    host = req.header("host")
    return f"http://{host}" if host else settings.base_url


def stored_payload(env: Environment, path: Any) -> tuple[str, str] | None:
    """``(data, content type)`` of an uploaded packet, or ``None`` when nothing was uploaded there."""
    packet = env.packets.get(path) if isinstance(path, str) else None
    if packet is None:
        return None
    data, content_type = packet
    return data.decode("utf-8", "replace"), content_type


def _keep(env: Environment, path: str, data: str, content_type: str, threshold: int) -> str | None:
    encoded = data.encode("utf-8", "surrogatepass")  # Buffer.byteLength counts a lone surrogate as 3 bytes too
    if len(encoded) < threshold:
        return None
    env.packets[path] = (encoded, content_type)
    return path


def offload_payload(env: Environment, run_id: str, raw: Any, payload_type: str) -> str | None:
    """Where the server keeps an inline trigger payload of ``PAYLOAD_OFFLOAD_BYTES`` or more, else None.

    The packet is ``JSON.stringify(payload)`` for ``application/json`` and the payload string for other types
    (payloads.server.ts #createPayloadPacket), stored as ``<run id>/payload.json`` with the payload's type.
    """
    if payload_type == STORE_TYPE:
        return None
    if payload_type == "application/json":
        data = json.dumps(raw, separators=(",", ":"), ensure_ascii=False)
    elif isinstance(raw, str):
        data = raw
    else:
        return None
    return _keep(env, f"{run_id}/payload.json", data, payload_type, PAYLOAD_OFFLOAD_BYTES)


def offload_output(run: Run, attempt: int) -> None:
    """Keep a completed run's output in the store when the SDK would have uploaded it (``OUTPUT_OFFLOAD_BYTES``).

    The SDK serializes an output with stringifyIO (text as ``text/plain``, anything else as superjson) and stores it
    as ``<run id>-<attempt>/output.<json|txt>`` (exportPacket, idempotencyKeys.ts attemptKey).
    """
    try:
        data, content_type = serialize_payload(run.output, field="output")
    except ValidationError:  # stringifyIO falls back to plain JSON where superjson fails
        data, content_type = json.dumps(run.output), "application/json"
    if data is not None:
        extension = "txt" if content_type == "text/plain" else "json"
        run.output_path = _keep(
            run.env, f"{run.id}-{attempt}/output.{extension}", data, content_type, OUTPUT_OFFLOAD_BYTES
        )


class PacketRoutes:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def register(self, router: Router) -> None:
        router.add("PUT", "/api/v2/packets/{filename}", self.presign_upload)
        router.add("PUT", "/api/v1/packets/{filename}", self.presign_upload_v1, in_spec=False)
        router.add("GET", "/api/v1/packets/{filename}", self.presign_download, auth="env_or_public")
        router.add("PUT", "/packets-store/{envId}/{path}", self.upload, auth="none", in_spec=False)
        router.add("GET", "/packets-store/{envId}/{path}", self.download, auth="none", in_spec=False)

    def presign_upload(self, req: Request) -> Response:
        path = req.params["filename"]
        url = presigned_url(request_base(req, self.settings), req.env_, path, "PUT")
        return json_response({"presignedUrl": url, "storagePath": path})

    def presign_upload_v1(self, req: Request) -> Response:
        path = req.params["filename"]
        return json_response({"presignedUrl": presigned_url(request_base(req, self.settings), req.env_, path, "PUT")})

    def presign_download(self, req: Request) -> Response:
        path = req.params["filename"]
        return json_response({"presignedUrl": presigned_url(request_base(req, self.settings), req.env_, path, "GET")})

    def _signed(self, req: Request) -> tuple[Environment, str]:
        path = req.params["path"]
        for project in self.store.projects.values():
            for env in project.environments.values():
                if env.id == req.params["envId"]:
                    expected = _signature(env, req.method, path)
                    if req.arg("method") != req.method or not hmac.compare_digest(expected, req.arg("sig") or ""):
                        raise ApiError(403, "SignatureDoesNotMatch")
                    return env, path
        raise ApiError(403, "SignatureDoesNotMatch")

    def upload(self, req: Request) -> Response:
        env, path = self._signed(req)
        env.packets[path] = (req.body, req.header("content-type") or "application/octet-stream")
        self.store.touch()
        return Response(200, b"", "text/plain")

    def download(self, req: Request) -> Response:
        env, path = self._signed(req)
        packet = env.packets.get(path)
        if packet is None:
            raise ApiError(404, "NoSuchKey")
        return Response(200, packet[0], packet[1])
