"""``refresh_access_token=``: a new public access token for a subscription the server answered 401 or 403.

As in SDK 4.8.3 (``@trigger.dev/core`` ``apiClient/runStream.js`` ``refreshHeadersForAuthError`` and
``apiClient/refreshAccessToken.js``): a rejected subscription asks the refresher once, then retries where it was
with the new token; if that token is rejected too, or the refresher fails, the auth error is raised. Concurrent
subscriptions rejected with the same token share one refresh.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from trigger_client._config import _TOKEN_CHARACTERS, CredentialKind, classify
from trigger_client._exceptions import ConfigurationError

RefreshAccessToken = Callable[[], "str | Awaitable[str]"]


def _accept(token: Any) -> str:
    """The refresher's answer when it is a public access token; raises ``ValueError`` (never quoting it) otherwise."""
    if not isinstance(token, str) or not token.strip():
        raise ValueError(f"refresh_access_token returned {type(token).__name__}, not a public access token")
    text: str = token.strip()
    try:
        kind = classify(text, source="refresh_access_token")
    except ConfigurationError as exc:
        raise ValueError(str(exc)) from None
    if kind is not CredentialKind.PUBLIC_TOKEN or not _TOKEN_CHARACTERS.fullmatch(text):
        raise ValueError("refresh_access_token must return a public access token (a JWT)")
    return text


class TokenRefresher:
    """The client's refresher: one call per rejected token, shared by every subscription of the client."""

    def __init__(self, refresh: RefreshAccessToken, kind: CredentialKind) -> None:
        if not callable(refresh):
            raise ConfigurationError(
                f"refresh_access_token must be a function returning a public access token, got {type(refresh).__name__}"
            )
        if kind is not CredentialKind.PUBLIC_TOKEN:
            raise ConfigurationError(
                f"refresh_access_token renews a public access token, but this client was built with a {kind.value}; "
                "pass access_token=<public JWT> with it"
            )
        self._refresh = refresh
        self._token: str | None = None
        self._lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    def current(self, rejected: str) -> str | None:
        """A token newer than ``rejected`` that another subscription already got, if any."""
        return self._token if self._token is not None and self._token != rejected else None

    def refresh(self, rejected: str) -> str:
        """A new token (sync client): the refresher must return it, not an awaitable."""
        with self._lock:
            newer = self.current(rejected)
            if newer is not None:
                return newer
            value = self._refresh()
            if inspect.isawaitable(value):
                getattr(value, "close", lambda: None)()  # an unawaited coroutine would warn
                raise ValueError("refresh_access_token returned an awaitable: use AsyncTriggerClient for an async one")
            self._token = _accept(value)
            return self._token

    async def refresh_async(self, rejected: str) -> str:
        """A new token (async client): the refresher may be a plain or an async function."""
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        async with self._async_lock:
            newer = self.current(rejected)
            if newer is not None:
                return newer
            value = self._refresh()
            if inspect.isawaitable(value):
                value = await value
            self._token = _accept(value)
            return self._token
