"""`make demo` runs end to end against the emulator over HTTP and exits 0 with a readable transcript."""

from __future__ import annotations

import subprocess
import sys


def test_demo_transcript() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "trigger_client.testing", "demo"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Trigger.dev emulator serving on http://127.0.0.1:" in out
    assert "output: {'delivered': True, 'to': 'ada@example.com'}" in out
    assert "RunFailedError: run run_" in out and "width must be positive, got -1" in out
    assert "items[4]: items[4].machine: must be one of" in out
    assert "ValidationError: run_id: must start with 'run_'" in out
    assert "+ SMTP_PASSWORD\n  ~ SMTP_HOST" in out and "s3cret" not in out
    assert "this project: 8 runs; other project: 1 runs" in out
    assert "EXECUTING\n" in out and "stream: [{'frames': 10}, {'frames': 20}, {'frames': 30}]" in out
    assert out.rstrip().endswith("Done: every call above went over HTTP to the local emulator.")
