"""The requests a realtime subscription sends: each poll's ``httpx.Request``, built the way the client builds its
calls' (``Core._build``), so auth, headers, hooks and timeouts apply to it as to every other call.
"""

from __future__ import annotations

import re
from typing import Any

import httpx

from trigger_client._http.call import CALL_OPTIONS, CallOptions
from trigger_client._http.network import HELD_OPEN
from trigger_client._http.objects import body_request
from trigger_client._realtime.protocol import RealtimeProtocol, Step

# What httpx's query encoding leaves as it is (RFC 3986 unreserved characters): a query whose names and values are
# all such, joined by "=" and "&", is already the query httpx would send.
_PLAIN = re.compile(r"[A-Za-z0-9._~-]*")


def _with_query(base: httpx.URL, params: list[tuple[str, str]]) -> httpx.URL:
    """``base`` with the query of ``params``, as ``httpx.URL(base, params=params)`` makes it. When every name and
    value is plain the parsed ``base`` gets the query as it is, without parsing the whole URL again (httpx checks it
    character by character); any other query, or an httpx without the parsed form, goes through httpx."""
    plain = _PLAIN.fullmatch
    reference = getattr(base, "_uri_reference", None)
    if reference is None or not hasattr(reference, "_replace") or not all(plain(k) and plain(v) for k, v in params):
        return httpx.URL(f"{base}?{httpx.QueryParams(tuple(params))}")
    url = httpx.URL.__new__(httpx.URL)
    url._uri_reference = reference._replace(query="&".join(f"{name}={value}" for name, value in params))
    return url


class PollRequests:
    """A subscription's requests, as ``http.build_request`` would make them but built the way calls are
    (``Core._build``): the path parsed once, the headers merged once per token, each step adding only its query
    (profiled: httpx's base-URL merge, in three parses, and its header merge were most of an update's CPU)."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self._base: tuple[str, httpx.URL] | None = None
        self._headers: tuple[tuple[Any, ...], httpx.Headers] | None = None
        self._options: CallOptions | None = None
        # The step's timeout as the transport reads it; every reader replaces the dict, none changes it.
        self._timeout: tuple[httpx.Timeout, dict[str, float | None]] | None = None

    def build(self, protocol: RealtimeProtocol[Any], step: Step, token: str | None) -> httpx.Request:
        # Retries belong to the protocol (forever, resuming from its offset), not to the transport's budget. The
        # options are the same for every poll of the subscription, and nothing changes them: made once.
        options = self._options
        if options is None:
            options = CallOptions(protocol.operation, max_retries=0, stream=True, template=protocol.template)
            self._options = options
        if self._timeout is None or self._timeout[0] != step.timeout:
            self._timeout = (step.timeout, step.timeout.as_dict())
        if self._base is None or self._base[0] != step.path:
            self._base = (step.path, httpx.URL(self.client._url_prefix + step.path.lstrip("/")))
        base = self._base[1]
        headers = self._merged(base, step, token)
        # The merged headers, Host first, are what httpx makes of them; a copy shares their normalized entries
        # instead of normalizing them all again for every poll (each kept while the poll is held). The request is
        # the one httpx.Request makes of them without a body, without httpx working out a Host header to discard.
        return body_request(
            "GET",
            _with_query(base, step.params) if step.params else base,
            headers.copy(),
            b"",
            {CALL_OPTIONS: options, HELD_OPEN: True, "timeout": self._timeout[1]},
        )

    def _merged(self, base: httpx.URL, step: Step, token: str | None) -> httpx.Headers:
        """Host (first, where httpx puts it), the client's headers, then the request's (a with_options view's, the
        step's, and a refreshed public token replacing the client's for this subscription only), each moved to the
        end as httpx's merge does."""
        key = (base.netloc, token, *step.headers.items())
        if self._headers is None or self._headers[0] != key:
            client = self.client
            given = {**client._view_headers, **step.headers}
            if token is not None:
                given["authorization"] = f"Bearer {token}"
            # The client's pool headers keep the case of their names, as httpx sends them.
            pool = [(name, value) for name, value in client._http.headers.raw if name.lower().decode() not in given]
            # The request's encoded as httpx encodes text headers (ASCII: anything else fails as it would there).
            extra = [(name.encode("ascii"), value.encode("ascii")) for name, value in given.items()]
            self._headers = (key, httpx.Headers([(b"Host", base.netloc), *pool, *extra]))
        return self._headers[1]
