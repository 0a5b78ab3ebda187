"""The codegen command line: reproducible output, clear failures, untouched output on error."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from codegen import generate
from codegen.spec import operations

ROOT = Path(__file__).resolve().parent.parent


def run_codegen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_missing_spec_fails_with_one_line_and_leaves_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "trigger_api"
    out.mkdir()
    (out / "keep.py").write_text("# existing\n")
    proc = run_codegen("generate", "--spec", str(tmp_path / "nope.yaml"), "--out", str(out))
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert "cannot read spec" in proc.stderr and "nope.yaml" in proc.stderr
    assert (out / "keep.py").read_text() == "# existing\n"


def test_invalid_yaml_and_non_openapi_documents_are_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("paths: [\n")
    proc = run_codegen("generate", "--spec", str(bad), "--out", str(tmp_path / "o"))
    assert proc.returncode == 2 and "not valid YAML" in proc.stderr
    other = tmp_path / "other.yaml"
    other.write_text("swagger: '2.0'\npaths: {}\n")
    proc = run_codegen("generate", "--spec", str(other), "--out", str(tmp_path / "o"))
    assert proc.returncode == 2 and "not an OpenAPI 3 document" in proc.stderr
    assert not (tmp_path / "o").exists()


def test_committed_generated_code_matches_codegen_output() -> None:
    assert generate.drift() == []


def test_operations_table_lists_every_operation_of_the_patched_spec() -> None:
    proc = run_codegen("operations")
    assert proc.returncode == 0, proc.stderr
    patched = sum(1 for _ in operations(generate.patched_spec()))
    assert patched >= 44  # the vendored 44, plus plain-JSON endpoints added by patches
    assert proc.stdout.rstrip().endswith(f"{patched} operations")
    # Columns are as wide as the longest tag and path, so match the row's cells rather than its spacing.
    assert re.search(r"^runs +GET +/api/v3/runs/\{runId\} +trigger_api\.api\.runs\.retrieve_run_v1$", proc.stdout, re.M)
    assert "trigger_api.api.runs.retrieve_run_v1" in proc.stdout
