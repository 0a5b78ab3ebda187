"""Large payloads and outputs in the object store, moved with presigned URLs, as operations like the generated ones.

They go through the same pipeline as every call (retries, deadline, size cap, hooks, metrics) and are sent with
``Auth.NONE``: the client's key never reaches the storage host. Like the SDK, an upload carries only the content
type with the data, and a download is decoded by the content type the store answers with
(``packages/core/src/v3/utils/ioSerialization.ts``).
"""

from __future__ import annotations

from typing import Any

import httpx

from trigger_client._exceptions import APIResponseValidationError
from trigger_client._operation import Auth, Operation
from trigger_client._payloads import deserialize_payload


def _check_url(url: str, what: str) -> None:
    """Refuse anything but an absolute http(s) URL before any request; the URL is not quoted, as it is signed."""
    try:
        target = httpx.URL(url)
    except httpx.InvalidURL:
        target = None
    if target is None or target.scheme not in ("http", "https") or not target.host:
        raise APIResponseValidationError(f"{what} from the server is not an http(s) URL", status_code=200, body="")


def upload_packet(url: str, data: str, content_type: str) -> Operation[None]:
    """The operation uploading ``data`` to a presigned ``url``; any success is accepted."""
    _check_url(url, "the packet upload's presignedUrl")

    def prepare() -> dict[str, Any]:
        return {"method": "put", "url": url, "content": data.encode("utf-8"), "headers": {"content-type": content_type}}

    def accept(response: httpx.Response) -> None:
        return None

    return Operation("upload_packet", prepare, accept, Auth.NONE, context="object store (uploading the payload)")


def download_packet(url: str, field: str) -> Operation[Any]:
    """The operation downloading a packet from a presigned ``url`` (the answer's ``field``) and decoding it
    (``resolvePresignedPacketUrl``: JSON, superjson or text by the answer's content type, JSON when it names none).
    """
    _check_url(url, f"the run's {field}")

    def prepare() -> dict[str, Any]:
        return {"method": "get", "url": url}

    def decode(response: httpx.Response) -> Any:
        content_type = response.headers.get("content-type") or "application/json"
        return deserialize_payload(response.text, content_type.split(";")[0].strip().lower())

    context = f"object store (downloading the run's {field})"
    return Operation("download_packet", prepare, decode, Auth.NONE, context=context)
