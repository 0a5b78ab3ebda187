"""A real ``redis-server`` on 127.0.0.1 for the tests and the bench: a free port, no persistence, optionally a
password or TLS; killed and started again on the same port to play an outage.

``make install`` installs Debian's ``redis-server`` when it is missing (as root, with apt-get). Without it the
Redis tests skip on a developer's machine and fail in CI (``CI`` set), so a CI run cannot pass without them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import redis

# Bounds how long a starting server may take to answer PING (a loaded CI machine); it usually takes milliseconds.
START_TIMEOUT = 20.0


MISSING = "redis-server is not installed: `make install` as root installs it (apt-get install redis-server)"


def require_redis_server() -> str:
    """The path of ``redis-server``, or a skip (a failure in CI) saying how to get it."""
    import pytest

    path = shutil.which("redis-server")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(MISSING, pytrace=False)
        pytest.skip(MISSING)
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Tls:
    """Files of a TLS server: its certificate chain and key, and the CA that signed them (and client certificates)."""

    cert: Path
    key: Path
    ca: Path
    client_cert: Path
    client_key: Path

    @classmethod
    def make(cls, directory: Path) -> Tls:
        import trustme

        ca = trustme.CA()
        server, client = ca.issue_cert("127.0.0.1", "localhost"), ca.issue_cert("worker@example.com")
        files = cls(*(directory / name for name in ("server.pem", "server.key", "ca.pem", "client.pem", "client.key")))
        server.cert_chain_pems[0].write_to_path(str(files.cert))
        server.private_key_pem.write_to_path(str(files.key))
        ca.cert_pem.write_to_path(str(files.ca))
        client.cert_chain_pems[0].write_to_path(str(files.client_cert))
        client.private_key_pem.write_to_path(str(files.client_key))
        return files


@dataclass
class RedisServer:
    """``with RedisServer(tmp_path) as server:`` one ``redis-server`` at ``server.url``."""

    directory: Path
    password: str | None = None
    tls: Tls | None = None
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"{'rediss' if self.tls else 'redis'}://{auth}127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError(MISSING)
        arguments = [binary, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(self.directory)]
        if self.tls:
            arguments += ["--port", "0", "--tls-port", str(self.port), "--tls-cert-file", str(self.tls.cert)]
            arguments += ["--tls-key-file", str(self.tls.key), "--tls-ca-cert-file", str(self.tls.ca)]
        else:
            arguments += ["--port", str(self.port)]
        if self.password:
            arguments += ["--requirepass", self.password]
        log = open(self.directory / f"redis-{self.port}.log", "ab")  # noqa: SIM115 (the server's, while it runs)
        self.process = subprocess.Popen(arguments, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()
        deadline = time.monotonic() + START_TIMEOUT
        while not self._answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.kill()
                tail = (self.directory / f"redis-{self.port}.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"redis-server did not start on port {self.port}:\n{tail}")
            time.sleep(0.02)

    def _answers(self) -> bool:
        import redis

        try:
            with self.client(socket_timeout=1) as client:
                return bool(client.ping())
        except (redis.RedisError, OSError):
            return False

    def client(self, **options: Any) -> redis.Redis:
        """A redis-py client of this server (TLS with the client certificate), to look at what a store wrote."""
        import redis

        if self.tls:
            options.update(ssl_ca_certs=str(self.tls.ca), ssl_certfile=str(self.tls.client_cert))
            options.update(ssl_keyfile=str(self.tls.client_key))
        return redis.Redis.from_url(self.url, **{"socket_timeout": 5, "decode_responses": True, **options})

    def kill(self) -> None:
        """SIGKILL, as a crash: no shutdown, no save."""
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None

    def __enter__(self) -> RedisServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.kill()
