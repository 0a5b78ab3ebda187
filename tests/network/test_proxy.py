"""Every kind of call through a real forward proxy (proxy.py, started by the suite on 127.0.0.1), shown by the
proxy's own access log: API calls, realtime (Electric shape long-polls) and run streams (SSE), from the sync client,
the async client on aiohttp and the async client on httpx; NO_PROXY hosts and trust_env=False go direct; the
proxy's credentials come from the URL. Every case is time-limited; nothing leaves 127.0.0.1.

proxy.py writes one access-log line per client connection (its first request) when the connection ends, so each
call below is made by a fresh client, closed before the log is read.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.network.conftest import MODES, PASSWORD, Proxy, call, drain
from trigger_client import APIError, ConfigurationError, NotFoundError, TriggerClient
from trigger_client.testing import TriggerEmulator

pytestmark = pytest.mark.timeout(90)


async def _missing(client: Any, run_id: str) -> None:
    """Retrieve a run that does not exist: a 404 from the emulator, with the id in the request path (the client is
    made with max_retries=0, as a 404 for a run is retried by default)."""
    with pytest.raises(NotFoundError):
        await call(client, lambda c: c.runs.retrieve(run_id))


@pytest.mark.parametrize("mode", MODES)
async def test_calls_realtime_and_streams_go_through_the_proxy_given(
    proxy: Proxy, served: tuple[TriggerEmulator, int], make: Any, mode: str
) -> None:
    emulator, port = served

    def fresh() -> Any:
        return make(mode, secret_key=emulator.secret_key, api_url=f"http://127.0.0.1:{port}", proxy=proxy.url)

    handle = await call(fresh(), lambda c: c.tasks.trigger("chatty", None, tags=[f"proxied-{mode}"]))
    snapshots = await call(fresh(), lambda c: drain(c.runs.subscribe(handle.id)))
    chunks = await call(fresh(), lambda c: drain(c.runs.stream(handle.id, as_json=False)))
    run = await call(fresh(), lambda c: c.runs.retrieve(handle.id))
    assert snapshots[-1].status == "COMPLETED"
    assert [chunk.data for chunk in chunks] == ["Hello", "proxied", "world"]
    assert run.output == "done"
    where = f"127.0.0.1:{port}"
    lines = proxy.wait_for(
        f"POST {where}/api/v1/tasks/chatty/trigger",
        f"GET {where}/realtime/v1/runs/{handle.id}",  # the shape long-poll
        f"GET {where}/realtime/v1/streams/{handle.id}/default",  # the SSE stream
        f"GET {where}/api/v3/runs/{handle.id}",
    )
    assert all(" - 200 OK - " in line for line in lines), lines
    assert PASSWORD not in proxy.log.read_text()


@pytest.mark.parametrize("mode", MODES)
async def test_the_environment_is_honoured_and_no_proxy_hosts_go_direct(
    proxy: Proxy, served: tuple[TriggerEmulator, int], make: Any, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    emulator, port = served
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "example.com,localhost")
    # The direct call first: once the proxied one is logged, an earlier one through the proxy would be too.
    await _missing(
        make(mode, secret_key=emulator.secret_key, api_url=f"http://localhost:{port}", max_retries=0),
        f"run_direct{mode}",
    )
    await _missing(
        make(mode, secret_key=emulator.secret_key, api_url=f"http://127.0.0.1:{port}", max_retries=0), f"run_env{mode}"
    )
    proxy.wait_for(f"GET 127.0.0.1:{port}/api/v3/runs/run_env{mode} - 404")
    assert not [line for line in proxy.lines() if f"run_direct{mode}" in line or "localhost" in line]


@pytest.mark.parametrize("mode", MODES)
async def test_trust_env_false_ignores_the_proxy_variables(
    proxy: Proxy, served: tuple[TriggerEmulator, int], make: Any, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    emulator, port = served
    monkeypatch.setenv("ALL_PROXY", proxy.url)
    url = f"http://127.0.0.1:{port}"
    await _missing(
        make(mode, secret_key=emulator.secret_key, api_url=url, trust_env=False, max_retries=0), f"run_untrusted{mode}"
    )
    await _missing(make(mode, secret_key=emulator.secret_key, api_url=url, max_retries=0), f"run_trusted{mode}")
    proxy.wait_for(f"GET 127.0.0.1:{port}/api/v3/runs/run_trusted{mode} - 404")
    assert not [line for line in proxy.lines() if f"run_untrusted{mode}" in line]


@pytest.mark.parametrize("mode", MODES)
async def test_wrong_proxy_credentials_are_the_proxy_s_refusal(
    proxy: Proxy, served: tuple[TriggerEmulator, int], make: Any, mode: str
) -> None:
    emulator, port = served
    wrong = proxy.url.replace(PASSWORD, "wrong-pass")
    client = make(mode, secret_key=emulator.secret_key, api_url=f"http://127.0.0.1:{port}", proxy=wrong, max_retries=0)
    with pytest.raises(APIError) as caught:
        await call(client, lambda c: c.runs.retrieve("run_1234"))
    assert caught.value.status_code == 407
    assert "wrong-pass" not in str(caught.value)


def test_transport_and_connection_settings_together_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="proxy=, verify= configure the client's own transport"):
        TriggerClient(
            secret_key="tr_dev_0123456789abcdef", transport=httpx.HTTPTransport(), proxy="http://p:1", verify=False
        )
