"""The PUT of a large payload to its presigned object-store URL, as an endpoint module like the generated ones.

``_get_kwargs`` builds the request and ``_parse_response`` accepts any success, so the upload goes through the same
pipeline (retries, hooks, metrics) as every call. It is sent with ``Auth.NONE``: the client's key never reaches the
storage host; like the SDK, only the content type goes with the data
(``packages/core/src/v3/utils/ioSerialization.ts``).
"""

from __future__ import annotations

import sys
from typing import Any

import httpx

from trigger_client._core import Auth, Operation


def _get_kwargs(*, url: str, data: str, content_type: str) -> dict[str, Any]:
    return {"method": "put", "url": url, "content": data.encode("utf-8"), "headers": {"content-type": content_type}}


def _parse_response(*, client: Any, response: httpx.Response) -> None:
    return None


def upload_packet(url: str, data: str, content_type: str) -> Operation[None]:
    """The operation uploading ``data`` to a presigned ``url``."""
    return Operation(sys.modules[__name__], {"url": url, "data": data, "content_type": content_type}, Auth.NONE)
