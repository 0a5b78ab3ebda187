"""A shape answer's text encoding, told to the response up front when its content type names no charset, is the
one httpx would have worked out itself."""

from __future__ import annotations

import httpx
import pytest

from trigger_client._realtime.subscription import _plain_encoding


@pytest.mark.parametrize(
    "content_type",
    [
        None,
        "application/json",
        "application/json; charset=latin-1",
        "text/plain; CHARSET=utf-16",
        "application/json; charset=no-such-codec",
    ],
)
def test_the_encoding_is_the_one_httpx_finds(content_type: str | None) -> None:
    headers = [] if content_type is None else [("content-type", content_type)]
    told = httpx.Response(200, headers=headers)
    _plain_encoding(told)
    assert told.encoding == httpx.Response(200, headers=headers).encoding


def test_a_response_with_its_own_default_keeps_it() -> None:
    told = httpx.Response(200, headers=[("content-type", "application/json")], default_encoding="latin-1")
    _plain_encoding(told)
    assert told.encoding == "latin-1"
