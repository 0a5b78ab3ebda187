"""Fixtures for the network tests: a real forward proxy process (proxy.py from PyPI) whose access log shows what
went through it, the emulator served on 127.0.0.1, and throwaway certificates (trustme) for TLS servers."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import trustme

from trigger_client import AsyncTriggerClient, TriggerClient
from trigger_client.testing import TriggerEmulator

USER, PASSWORD = "proxyuser", "pr0xy-Pass"
PROXY_ENV = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy", "no_proxy")
# sync: httpx's pool; aiohttp: the async client's default; httpx-async: the async client without the aiohttp extra.
MODES = ["sync", "aiohttp", "httpx-async"]


@dataclass
class Proxy:
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://{USER}:{PASSWORD}@127.0.0.1:{self.port}"

    def lines(self) -> list[str]:
        return [line for line in self.log.read_text(errors="replace").splitlines() if "access_log" in line]

    def wait_for(self, *texts: str, timeout: float = 15.0) -> list[str]:
        """The access-log lines holding each of ``texts``, once all are there (proxy.py logs a connection when it
        ends, from its worker process)."""
        deadline = time.monotonic() + timeout
        while True:
            lines = self.lines()
            found = [next((line for line in lines if text in line), None) for text in texts]
            if all(found):
                return [line for line in found if line]
            if time.monotonic() > deadline:
                missing = [text for text, line in zip(texts, found, strict=True) if line is None]
                raise AssertionError(f"not in the proxy's access log: {missing}; log: {lines[-20:]}")
            time.sleep(0.05)


@pytest.fixture(scope="session")
def proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Proxy]:
    """proxy.py on an ephemeral port of 127.0.0.1, requiring basic auth, in its own process group."""
    folder = tmp_path_factory.mktemp("proxy")
    port_file, log = folder / "port", folder / "access.log"
    command = [sys.executable, "-m", "proxy", "--hostname", "127.0.0.1", "--port", "0", "--port-file", str(port_file)]
    command += ["--num-workers", "1", "--num-acceptors", "1", "--basic-auth", f"{USER}:{PASSWORD}"]
    # A connection is logged when it ends; an idle one is dropped after --timeout seconds (10 by default).
    command += ["--log-file", str(log), "--log-level", "INFO", "--data-dir", str(folder), "--timeout", "2"]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, cwd=folder
    )
    try:
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"proxy.py did not start: {process.stderr.read() if process.stderr else ''!r}")
            time.sleep(0.05)
        yield Proxy(int(port_file.read_text().split()[0]), log)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@pytest.fixture(autouse=True)
def no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no proxy in the environment and sets what it needs."""
    for name in PROXY_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[TriggerEmulator, int]]:
    """The emulator over HTTP on 127.0.0.1 (its port), with a task that completes and one that writes a stream."""
    emulator = TriggerEmulator(seed=7)
    emulator.realtime.hold_seconds = 0.5

    @emulator.task("chatty")
    def chatty(payload: Any, ctx: Any) -> str:
        for word in ("Hello", "proxied", "world"):
            ctx.stream("default", word)
        return "done"

    @emulator.task("quick")
    def quick(payload: Any, ctx: Any) -> dict[str, Any]:
        return {"echo": payload}

    with emulator, emulator.serve_in_thread() as url:
        yield emulator, int(url.rsplit(":", 1)[1])


@pytest.fixture
def make(monkeypatch: pytest.MonkeyPatch) -> Any:
    """``make(mode, **kwargs)``: a client of that mode (see MODES)."""

    def build(mode: str, **kwargs: Any) -> TriggerClient | AsyncTriggerClient:
        if mode == "sync":
            return TriggerClient(**kwargs)
        if mode == "httpx-async":
            monkeypatch.setitem(sys.modules, "aiohttp", None)  # a plain install: no aiohttp extra
            monkeypatch.delitem(sys.modules, "trigger_client._http.aiohttp", raising=False)
        return AsyncTriggerClient(**kwargs)

    return build


async def call(client: TriggerClient | AsyncTriggerClient, action: Any) -> Any:
    """Run ``action(client)``, awaiting it for an async client; closes the client either way."""
    try:
        result = action(client)
        return await result if hasattr(result, "__await__") else result
    finally:
        closing = client.close()
        if closing is not None:
            await closing


async def drain(subscription: Any, limit: int = 50) -> list[Any]:
    """Items of a sync or async subscription until it ends (bounded by ``limit`` items)."""
    items: list[Any] = []
    if hasattr(subscription, "__aiter__"):
        async with subscription:
            async for item in subscription:
                items.append(item)
                if len(items) >= limit:
                    break
    else:
        with subscription:
            for item in subscription:
                items.append(item)
                if len(items) >= limit:
                    break
    return items


@dataclass
class Certificates:
    ca: trustme.CA
    ca_path: Path
    other_ca_path: Path
    server: trustme.LeafCert
    client: trustme.LeafCert
    client_pem: Path  # certificate and key in one file
    client_cert: Path
    client_key: Path


@pytest.fixture(scope="session")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    folder = tmp_path_factory.mktemp("certs")
    ca, other = trustme.CA(), trustme.CA()
    server = ca.issue_cert("127.0.0.1", "localhost")
    client = ca.issue_cert("client@example.com")
    ca.cert_pem.write_to_path(str(folder / "ca.pem"))
    other.cert_pem.write_to_path(str(folder / "other-ca.pem"))
    client.private_key_and_cert_chain_pem.write_to_path(str(folder / "client.pem"))
    client.cert_chain_pems[0].write_to_path(str(folder / "client-cert.pem"))
    client.private_key_pem.write_to_path(str(folder / "client-key.pem"))
    return Certificates(
        ca,
        folder / "ca.pem",
        folder / "other-ca.pem",
        server,
        client,
        folder / "client.pem",
        folder / "client-cert.pem",
        folder / "client-key.pem",
    )
