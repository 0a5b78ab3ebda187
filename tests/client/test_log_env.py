"""``TRIGGER_LOG=debug|info`` turns on the ``trigger_client`` logger without code (in a fresh process each: the
switch is read once per process), its lines redacted; an unknown value warns once and is otherwise ignored."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.client.test_core import RUN

SECRET = "tr_dev_0123456789abcdef01234567"
_APP = """
import json, logging, sys, warnings
import httpx
from trigger_client import TriggerClient
if sys.argv[1] == "app-logging":
    logging.basicConfig(stream=sys.stdout, level=logging.WARNING, format="app: %%(name)s %%(message)s")
answers = [httpx.Response(429, headers={"retry-after-ms": "1"}), httpx.Response(200, json=json.loads(%r))]
transport = httpx.MockTransport(lambda request: answers.pop(0))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for _ in range(2):
        client = TriggerClient(secret_key=%r, transport=transport, max_retries=1)
    client.runs.retrieve("run_abc")
# A line that would quote the key (none of the client's own does) comes out masked.
logging.getLogger("trigger_client").warning("using %%s", %r)
print(json.dumps([str(w.message) for w in caught]))
"""


def _run(value: str | None, mode: str = "plain") -> tuple[str, str, list[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIGGER_")}
    if value is not None:
        env["TRIGGER_LOG"] = value
    code = _APP % (json.dumps(RUN), SECRET, SECRET)
    done = subprocess.run(
        [sys.executable, "-c", code, mode], capture_output=True, text=True, timeout=60, check=True, env=env
    )
    *out, warned = done.stdout.strip().splitlines()
    return "\n".join(out), done.stderr, json.loads(warned)


@pytest.mark.parametrize("value", ["debug", "DEBUG", " debug "])
def test_debug_shows_each_attempt_and_response_on_stderr(value: str) -> None:
    out, err, warned = _run(value)
    lines = err.splitlines()
    assert (out, warned) == ("", [])
    assert [line.split(" trigger_client: ")[1] for line in lines if " → " in line or "→ " in line] == [
        "→ GET /api/v3/runs/run_abc (attempt 1)",
        "→ GET /api/v3/runs/run_abc (attempt 2)",
    ]
    assert any("INFO trigger_client: ← GET /api/v3/runs/run_abc 429 in " in line for line in lines)
    assert any(line.endswith("(retrieve_run_v1, attempt 2)") and " 200 in " in line for line in lines)
    assert any("WARNING trigger_client: retrying retrieve_run_v1 after HTTP 429" in line for line in lines)
    assert "WARNING trigger_client: using tr_dev_***" in err
    assert SECRET not in err


def test_info_shows_responses_and_retries_but_not_attempts() -> None:
    _, err, _ = _run("info")
    assert "← GET /api/v3/runs/run_abc 200 in " in err and "retrying retrieve_run_v1" in err
    assert "→" not in err and SECRET not in err


def test_without_it_only_warnings_reach_stderr_as_before() -> None:
    _, err, warned = _run(None)
    assert "←" not in err and "→" not in err and warned == []
    assert SECRET not in err


def test_an_unknown_value_warns_once_and_is_ignored() -> None:
    _, err, warned = _run("verbose")
    assert warned == [
        "TRIGGER_LOG='verbose' is not a log level this client knows; use TRIGGER_LOG=debug or TRIGGER_LOG=info "
        "(ignored)"
    ]
    assert "←" not in err


def test_an_application_with_logging_configured_gets_the_lines_in_its_handlers_once() -> None:
    out, err, _ = _run("debug", "app-logging")
    assert "app: trigger_client → GET /api/v3/runs/run_abc (attempt 1)" in out
    assert "app: trigger_client using tr_dev_***" in out
    assert "trigger_client" not in err  # not a second copy on stderr
    assert SECRET not in out + err
