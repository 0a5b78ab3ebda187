"""The generated client behind ``client.raw``, in a module of its own: it imports attrs and the generated client
module, which ``import trigger_client`` can do without until a client is built."""

from __future__ import annotations

from typing import Any, cast

import attrs
import httpx

from trigger_api.client import AuthenticatedClient
from trigger_client._config import check_headers
from trigger_client._exceptions import ConfigurationError


class _WithHeaders:
    """The client's pool as a header view sees it: every request also carries the view's headers.

    The generated functions only call ``request()``; anything else is the pool's own.
    """

    def __init__(self, http: httpx.Client | httpx.AsyncClient, headers: dict[str, str]) -> None:
        self._http = http
        self._headers = headers

    def request(self, method: str, url: str, *, headers: dict[str, str] | None = None, **kwargs: Any) -> Any:
        # The AsyncClient's request() returns the coroutine the generated asyncio functions await.
        return self._http.request(method, url, headers={**self._headers, **(headers or {})}, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._http, name)


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

    def with_headers(self, headers: dict[str, str]) -> GeneratedClient:
        """A view sending ``headers`` with each request too, over the same pool; the pool itself is left as it is.

        The headers the client sets itself (credential, idempotency keys, API version) raise ConfigurationError.

        Example::

            from trigger_api.api.runs import list_runs_v1

            page = list_runs_v1.sync(client=client.raw.with_headers({"x-audit-user": "ada"}))
        """
        merged = self._headers | check_headers(headers, "client.raw.with_headers()")
        view = attrs.evolve(self, headers=merged)
        # The pools (set, not init arguments) are not copied by evolve; the view wraps the original ones.
        if self._client is not None:
            view._client = cast(httpx.Client, _WithHeaders(_pool(self._client), merged))
        if self._async_client is not None:
            view._async_client = cast(httpx.AsyncClient, _WithHeaders(_pool(self._async_client), merged))
        return view


def _pool(http: Any) -> Any:
    """The pool under a view of a view: each wraps the client's own pool with all its headers."""
    return http._http if isinstance(http, _WithHeaders) else http
