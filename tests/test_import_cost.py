"""What ``import trigger_client`` loads (the aim: under 150 ms in a plain install). No timing here: the bench
measures time; this pins the modules, so a top-level import of a heavy one fails a test rather than a figure."""

from __future__ import annotations

import json
import subprocess
import sys

# Heavy modules the package must not import until a client is built or a request is made: asyncio (~15 ms, only
# the async client needs it), attrs and the generated client (the models bring them with the first answer), uuid
# (imports platform and subprocess), profiles and their TOML/difflib, httpcore (httpx imports it lazily too), and
# the hook events and paginators (their dataclasses and generics cost a few ms; needed with the first hook or list),
# orjson (the optional decoder trigger_api.types imports, with the first answer), and OpenTelemetry with the
# client's tracing (the first call looks for them, and only when installed). The command line's Click and Rich (the
# cli extra) are never imported by the library: only `trigger-client` / `python -m trigger_client` load them.
DEFERRED = [
    "asyncio",
    "attrs",
    "attr",
    "uuid",
    "subprocess",
    "difflib",
    "httpcore",
    "orjson",
    "opentelemetry",
    "trigger_api.client",
    "trigger_api.models",
    "trigger_client._http.events",
    "trigger_client._logenv",
    "trigger_client._pagination",
    "trigger_client._profiles",
    "trigger_client._http.tracing",
    "trigger_client._typecheck",
    "trigger_client.resources",
    "trigger_client.cli",
    "click",
    "rich",
]

_PROBE = """
import json, sys
import httpx
before = set(sys.modules)
import trigger_client
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def _loaded_by_import(code: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def test_import_loads_no_heavy_module_beyond_httpx() -> None:
    loaded = _loaded_by_import(_PROBE)
    assert "trigger_client._client" in loaded  # the probe really imported the package
    heavy = [name for name in loaded if any(name == d or name.startswith(f"{d}.") for d in DEFERRED)]
    assert heavy == []


def test_building_a_client_loads_the_generated_client_and_the_first_answer_the_checker() -> None:
    probe = _PROBE.replace(
        "import trigger_client\n",
        "import trigger_client\ntrigger_client.TriggerClient(secret_key='tr_dev_0123456789abcdef01234567').close()\n",
    )
    loaded = _loaded_by_import(probe)
    assert "trigger_client._generated_client" in loaded
    assert "trigger_api.client" in loaded
    assert "asyncio" not in loaded  # a sync client never needs it
    assert not [name for name in loaded if name.startswith(("opentelemetry", "trigger_client._http.tracing"))]


def test_a_first_sync_trigger_loads_neither_asyncio_nor_the_runs_resource() -> None:
    # A short-lived program's first trigger (the bench's cold.start) pays for every module it loads: the runs
    # resource (for trigger_and_wait), asyncio and the batch's thread pool, and the batch machinery with its endpoints
    # and models (for batches), the upload endpoint (for payloads of 128 KiB or more) and the paginators (for lists)
    # are not needed for it.
    probe = _PROBE.replace(
        "import trigger_client\n",
        "import trigger_client\n"
        "client = trigger_client.TriggerClient(secret_key='tr_dev_0123456789abcdef01234567', transport=httpx."
        "MockTransport(lambda request: httpx.Response(200, json={'id': 'run_1', 'isCached': False})))\n"
        "client.tasks.trigger('my-task', {'n': 1})\n",
    )
    loaded = _loaded_by_import(probe)
    assert "trigger_client.resources.tasks" in loaded  # the probe really triggered
    assert [name for name in loaded if name.split(".")[0] in ("asyncio", "concurrent")] == []
    assert "trigger_client.resources.runs" not in loaded
    later = ("trigger_client._batching", "trigger_client._packets", "trigger_client._pagination")
    later += ("trigger_api.api.batches", "trigger_api.api.packets")
    assert [name for name in loaded if name in later] == []
