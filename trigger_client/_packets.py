"""The PUT of a large payload to its presigned object-store URL, as an operation like the generated ones. It goes
through the same pipeline (retries, hooks, metrics) as every call, and any success is accepted. It is sent with
``Auth.NONE``: the client's key never reaches the storage host; like the SDK, only the content type goes with the
data (``packages/core/src/v3/utils/ioSerialization.ts``).
"""

from __future__ import annotations

from typing import Any

import httpx

from trigger_client._core import Auth, Operation


def upload_packet(url: str, data: str, content_type: str) -> Operation[None]:
    """The operation uploading ``data`` to a presigned ``url``."""

    def prepare() -> dict[str, Any]:
        return {"method": "put", "url": url, "content": data.encode("utf-8"), "headers": {"content-type": content_type}}

    def accept(response: httpx.Response) -> None:
        return None

    return Operation("upload_packet", prepare, accept, Auth.NONE)
