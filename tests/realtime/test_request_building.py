"""A subscription builds its requests without ``httpx.Client.build_request`` (see ``PollRequests``): the URL, query and
headers, in their order, must be exactly what ``build_request`` makes of the same step."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from trigger_client import AsyncTriggerClient, TriggerClient
from trigger_client._http.network import HELD_OPEN
from trigger_client._realtime import run_feed, stream_feed, tag_feed
from trigger_client._realtime.protocol import RealtimeProtocol, Step
from trigger_client._realtime.requests import PollRequests

SECRET = "tr_dev_requestbuilding00000000"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJwdWIiOnRydWV9.c2lnbmF0dXJl"


def build_request(client: Any, step: Step, token: str | None) -> httpx.Request:
    """What the subscription sent before: httpx's own merge of the client's and the step's parts."""
    headers = step.headers if token is None else {**step.headers, "authorization": f"Bearer {token}"}
    http: httpx.Client | httpx.AsyncClient = client._http
    return http.build_request(
        "GET", step.path, params=tuple(step.params), headers={**client._view_headers, **headers}, timeout=step.timeout
    )


def protocols() -> list[RealtimeProtocol[Any]]:
    return [
        run_feed("run_1234", stop_on_completion=True, skip_columns=None),
        # A comma in skipColumns and tags with spaces: queries httpx has to encode.
        run_feed("run_1234", stop_on_completion=True, skip_columns=["payload", "output"]),
        tag_feed(["user:1234", "a tag"], created_after="1h", skip_columns=None),
        stream_feed("run_1234", "default", as_json=True, timeout_seconds=30, last_event_id="17", start="beginning"),
    ]


def advanced(protocol: RealtimeProtocol[Any]) -> RealtimeProtocol[Any]:
    """The shape protocol after an answer: its next step carries handle, offset, live and cursor."""
    protocol.next_step()
    answer = httpx.Response(
        200,
        headers={"electric-handle": "12345-1700000000000", "electric-offset": "0_0", "electric-cursor": "987"},
        request=httpx.Request("GET", "https://api.example.com/"),
    )
    protocol.on_open(answer)
    protocol.feed('[{"headers": {"control": "up-to-date"}}]')
    protocol.on_end()
    return protocol


@pytest.mark.parametrize("token", [None, JWT])
@pytest.mark.parametrize("client_type", [TriggerClient, AsyncTriggerClient])
@pytest.mark.parametrize("view", [False, True])
def test_requests_are_built_as_build_request_builds_them(client_type: Any, token: str | None, view: bool) -> None:
    client = client_type(secret_key=SECRET, api_url="https://api.example.com:8443/base/")
    if view:
        client = client.with_options(headers={"X-Gateway-Key": "gw"})
    requests = PollRequests(client)  # one per subscription, its parts kept from one step to the next
    for protocol in [*protocols(), advanced(run_feed("run_1234", stop_on_completion=True, skip_columns=None))]:
        step = protocol.next_step()
        assert step is not None
        built, expected = requests.build(protocol, step, token), build_request(client, step, token)
        assert str(built.url) == str(expected.url)
        assert built.url == expected.url
        assert built.headers.raw == expected.headers.raw
        assert built.extensions["timeout"] == expected.extensions["timeout"]
        assert built.extensions[HELD_OPEN] is True
