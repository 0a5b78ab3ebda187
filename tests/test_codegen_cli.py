"""The codegen command line: reproducible output, clear failures, untouched output on error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen import generate
from codegen.spec import dump_yaml, load, operations
from tests.markers import requires_generator

ROOT = Path(__file__).resolve().parent.parent


def run_codegen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_missing_spec_fails_with_one_line_and_leaves_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "trigger_api"
    out.mkdir()
    (out / generate.MARKER).write_text(generate.MARKER_TEXT)
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


@requires_generator
def test_committed_generated_code_matches_codegen_output() -> None:
    assert generate.drift() == []


def test_operations_table_lists_every_operation_of_the_patched_spec() -> None:
    proc = run_codegen("operations")
    assert proc.returncode == 0, proc.stderr
    patched = [(m.upper(), p, op["operationId"]) for p, m, op, _i in operations(generate.patched_spec())]
    vendored = sum(1 for _ in operations(load(generate.DEFAULT_SPEC)))
    assert len(patched) >= vendored  # the vendored operations, plus endpoints added by patches
    lines = proc.stdout.splitlines()
    assert lines[-1] == f"{len(patched)} operations"
    rows = [line.split() for line in lines[1:-1]]
    assert [(method, path, module.rpartition(".")[2]) for _tag, method, path, module in rows] == patched
    assert ["runs", "GET", "/api/v3/runs/{runId}", "trigger_api.api.runs.retrieve_run_v1"] in rows
    assert next(r[:2] for r in rows if r[2] == "/api/v1/bulk-actions/{bulkActionId}/abort") == ["bulk-actions", "POST"]


def test_out_refuses_a_non_empty_directory_that_is_not_an_earlier_output(tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("mine\n")
    proc = run_codegen("generate", "--out", str(out))
    assert proc.returncode == 2
    assert proc.stderr == (
        f"codegen: refusing to replace {out}: it is not empty and has no .codegen-output marker of an earlier "
        "codegen output; pass an empty or new directory\n"
    )
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]  # no temporary directory left behind


@requires_generator
def test_out_replaces_an_earlier_output_whole_and_leaves_no_temporary_directory(tmp_path: Path) -> None:
    out = tmp_path / "trigger_api"
    assert run_codegen("generate", "--out", str(out)).returncode == 0
    (out / "stale_module.py").write_text("# from an older spec\n")
    proc = run_codegen("generate", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert not (out / "stale_module.py").exists()
    assert (out / generate.MARKER).read_text() == generate.MARKER_TEXT
    assert generate._differences(out, generate.DEFAULT_OUT) == set()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trigger_api"]


def test_swap_keeps_the_previous_package_when_the_final_rename_fails(tmp_path: Path, monkeypatch: Any) -> None:
    out, new, old = tmp_path / "out", tmp_path / "new", tmp_path / "old"
    for folder, text in ((out, "previous"), (new, "fresh")):
        folder.mkdir()
        (folder / "client.py").write_text(text)
    monkeypatch.setattr(generate, "_exchange", lambda _new, _out: False)  # as where renameat2 is missing
    real_replace = generate.os.replace

    def failing_replace(src: Path, dst: Path) -> None:
        if Path(src) == new:
            raise OSError("disk full")
        real_replace(src, dst)

    monkeypatch.setattr(generate.os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        generate._swap_in(new, out, old)
    assert (out / "client.py").read_text() == "previous"


def test_swap_exchanges_in_one_step_where_the_platform_can(tmp_path: Path) -> None:
    out, new, old = tmp_path / "out", tmp_path / "new", tmp_path / "old"
    for folder, text in ((out, "previous"), (new, "fresh")):
        folder.mkdir()
        (folder / "client.py").write_text(text)
    if not generate._exchange(new, out):
        pytest.skip("renameat2 RENAME_EXCHANGE is not available here")
    assert (out / "client.py").read_text() == "fresh" and (new / "client.py").read_text() == "previous"
    generate._swap_in(out, new, old)  # the same swap through the public path: back again, old moved aside
    assert (new / "client.py").read_text() == "fresh" and (old / "client.py").read_text() == "previous"


@requires_generator
def test_update_spec_diffs_generates_and_only_then_replaces_the_vendored_spec(tmp_path: Path) -> None:
    vendored, out = tmp_path / "openapi" / "spec.yaml", tmp_path / "trigger_api"
    vendored.parent.mkdir()
    document = load(generate.DEFAULT_SPEC)
    del document["paths"]["/api/v1/query/dashboards"]
    vendored.write_text(dump_yaml(document), encoding="utf-8")
    proc = run_codegen("update-spec", str(generate.DEFAULT_SPEC), "--vendored", str(vendored), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[1] == (
        "added    list_dashboards_v1  GET /api/v1/query/dashboards  -> trigger_api.api.query.list_dashboards_v1"
    )
    assert f"generated {out} (0 generator warnings)" in lines
    assert vendored.read_bytes() == generate.DEFAULT_SPEC.read_bytes()
    assert (out / "api" / "query" / "list_dashboards_v1.py").is_file()


def test_update_spec_keeps_the_old_spec_when_generation_fails(tmp_path: Path) -> None:
    vendored, broken = tmp_path / "spec.yaml", tmp_path / "new.yaml"
    vendored.write_bytes(generate.DEFAULT_SPEC.read_bytes())
    document = load(generate.DEFAULT_SPEC)
    document["components"]["schemas"]["ExecuteQueryResponse"] = {"type": "object"}  # a patch target gone
    broken.write_text(dump_yaml(document), encoding="utf-8")
    proc = run_codegen("update-spec", str(broken), "--vendored", str(vendored), "--out", str(tmp_path / "o"))
    assert proc.returncode == 2
    assert proc.stderr == (
        "codegen: patch 'query_response_named_variants': components/schemas/ExecuteQueryResponse has no oneOf\n"
    )
    assert "~ response 200" not in proc.stdout and "changed  execute_query_v1" in proc.stdout  # the diff ran first
    assert vendored.read_bytes() == generate.DEFAULT_SPEC.read_bytes()
    assert not (tmp_path / "o").exists()


@requires_generator
def test_a_generator_warning_fails_generation_and_names_the_endpoint(tmp_path: Path) -> None:
    document = load(generate.DEFAULT_SPEC)
    document["paths"]["/api/v1/widgets"] = {
        "post": {
            "operationId": "make_widget_v1",
            "requestBody": {"content": {"application/xml": {"schema": {"type": "object"}}}},
            "responses": {"200": {"description": "ok"}},
        }
    }
    warned = tmp_path / "warned.yaml"
    warned.write_text(dump_yaml(document), encoding="utf-8")
    out = tmp_path / "trigger_api"
    proc = run_codegen("generate", "--spec", str(warned), "--out", str(out))
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        "codegen: generator warnings and errors are not allowed:",
        "WARNING: WARNING parsing POST /api/v1/widgets within default. Endpoint will not be generated.",
        "  Unsupported content type application/xml",
    ]
    assert not out.exists()
