"""Packets: the object store behind large payloads (``application/store``) with presigned URLs.

The SDK offloads any serialized payload of 128 KiB or more: ``PUT /api/v2/packets/{filename}``
presigns an upload (``{presignedUrl, storagePath}``), the SDK PUTs the data to that URL, then triggers
with ``payload = storagePath`` and ``payloadType = "application/store"``. ``GET /api/v1/packets/{filename}``
presigns a download. Presigned URLs point back at the emulator (``/packets-store/...``), carry an HMAC
signature instead of credentials, and serve the data with the content type it was uploaded with.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any
from urllib.parse import quote

from ._http import ApiError, Request, Response, Router, json_response
from ._state import Environment, Settings, Store

STORE_TYPE = "application/store"


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


class PacketRoutes:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def register(self, router: Router) -> None:
        router.add("PUT", "/api/v2/packets/{filename}", self.presign_upload)
        router.add("PUT", "/api/v1/packets/{filename}", self.presign_upload_v1, in_spec=False)
        router.add("GET", "/api/v1/packets/{filename}", self.presign_download, in_spec=False)
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
