"""``cold.start``: what a short-lived program pays before its first trigger has an answer, in one number.

Each round is a fresh interpreter of the plain install (like the import figures: tests/benchmarks/runner.py's
``plain_install``) that imports, constructs a client and sends its first request to the bench server: ours
``import trigger_client``, ``TriggerClient(...)`` and ``client.tasks.trigger(...)``; the baseline ``import httpx``,
``httpx.Client(...)`` and a POST of the very bytes our trigger sends (headers and body caught once in the bench's
process, with a fresh idempotency key a round), its answer decoded. The figure is the CPU time of the three steps
(the wall time is kept beside it); ``sys`` and ``time``, which the interpreter has loaded anyway, come first.

A third program, ``deps``, only imports the libraries the client's first trigger cannot do without: httpx (the
transport both clients are built on), httpcore with h11 (httpx's connection layer, loaded by its first request) and
attrs (the generated models' classes). It sends nothing: it is the floor under any client built on them, reported
beside the other two so a reader can see how much of the client's figure is its own.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable

from tests.benchmarks import workloads

CLIENT = """import sys, time
cpu, wall = time.process_time(), time.perf_counter()
from trigger_client import TriggerClient
client = TriggerClient(secret_key=sys.argv[2], api_url=sys.argv[1])
client.tasks.trigger(sys.argv[3], {"n": 1})
print(time.process_time() - cpu, time.perf_counter() - wall)
"""
HTTPX = """import sys, time
cpu, wall = time.process_time(), time.perf_counter()
import httpx
client = httpx.Client(base_url=sys.argv[1])
headers = dict(header.split(": ", 1) for header in sys.argv[4:])
client.post(sys.argv[2], content=sys.argv[3].encode(), headers=headers).json()
print(time.process_time() - cpu, time.perf_counter() - wall)
"""
DEPS = """import time
cpu, wall = time.process_time(), time.perf_counter()
import httpx, httpcore, h11, attrs
print(time.process_time() - cpu, time.perf_counter() - wall)
"""


def command(kind: str, python: str, base_url: str) -> Callable[[], list[str]]:
    """Each round's command line for ``kind`` (``client``, ``httpx`` or ``deps``) in the interpreter ``python``."""
    if kind == "client":
        return lambda: [python, "-c", CLIENT, base_url, workloads.SECRET_KEY, workloads.TASK]
    if kind == "deps":
        return lambda: [python, "-c", DEPS]
    if kind != "httpx":
        raise ValueError(f"unknown cold start kind {kind!r}")
    headers, body = workloads.captured_trigger(base_url)
    lines = [f"{name}: {value}" for name, value in headers.items()]
    path = f"/api/v1/tasks/{workloads.TASK}/trigger"
    return lambda: [
        python,
        "-c",
        HTTPX,
        base_url,
        path,
        body.decode(),
        *lines,
        f"{workloads.IDEMPOTENCY_HEADER}: {uuid.uuid4()}",
    ]


def profile_code(base_url: str) -> list[str]:
    """Our round's program and its arguments, for ``python -X importtime -c`` (what the three steps load)."""
    return command("client", sys.executable, base_url)()[2:]
