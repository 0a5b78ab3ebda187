"""The generated client behind ``client.raw``, in a module of its own: it imports attrs and the generated client
module, which ``import trigger_client`` can do without until a client is built (issue 16, import time)."""

from __future__ import annotations

import attrs
import httpx

from trigger_api.client import AuthenticatedClient
from trigger_client._exceptions import ConfigurationError


@attrs.define
class GeneratedClient(AuthenticatedClient):
    """``client.raw``: the generated client over the client's own pool, sync or async.

    The generated functions of the other flavour would build a fresh pool carrying the masked token (and get 401),
    so they are refused with the fix instead.
    """

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            raise ConfigurationError(
                "client.raw of an AsyncTriggerClient serves the generated asyncio/asyncio_detailed functions; "
                "use TriggerClient().raw for sync/sync_detailed"
            )
        return super().get_httpx_client()

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            raise ConfigurationError(
                "client.raw of a TriggerClient serves the generated sync/sync_detailed functions; "
                "use AsyncTriggerClient().raw for asyncio/asyncio_detailed"
            )
        return super().get_async_httpx_client()
