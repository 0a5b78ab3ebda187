"""Spec → patched spec → openapi-python-client → formatted package, written atomically."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from codegen import patches, spec

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "openapi" / "trigger-v3-openapi.yaml"
DEFAULT_OUT = ROOT / "generated" / "trigger_api"
CONFIG = Path(__file__).resolve().parent / "config.yaml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
PACKAGE = "trigger_api"


class GenerationError(Exception):
    """The generator failed or warned; the message carries its output."""


def patched_spec(spec_path: Path = DEFAULT_SPEC) -> spec.Node:
    """The spec with every patch applied (used by codegen, contract tests and the emulator)."""
    document = spec.load(spec_path)
    patches.apply_all(document)
    return document


def _tool(name: str) -> str:
    """A console script from the interpreter's own environment, so the pinned version runs."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def _run(cmd: list[str], cwd: Path) -> str:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    output = (proc.stdout + proc.stderr).strip()
    if proc.returncode != 0:
        raise GenerationError(f"{Path(cmd[0]).name} failed ({proc.returncode}):\n{output}")
    return output


def render(spec_path: Path, out_parent: Path) -> Path:
    """Generate the package into ``out_parent/trigger_api`` and return that directory."""
    document = patched_spec(spec_path)
    work = out_parent / "_work"
    work.mkdir(parents=True)
    patched_path = work / "openapi.yaml"
    patched_path.write_text(spec.dump_yaml(document), encoding="utf-8")
    package = out_parent / PACKAGE
    output = _run(
        [
            _tool("openapi-python-client"),
            "generate",
            "--path",
            str(patched_path),
            "--config",
            str(CONFIG),
            "--meta",
            "none",
            "--custom-template-path",
            str(TEMPLATES),
            "--output-path",
            str(package),
            "--fail-on-warning",
        ],
        cwd=work,
    )
    if "Warning" in output:
        raise GenerationError(f"generator warnings are not allowed:\n{output}")
    # The patched document ships beside the code: the emulator and contract tests validate against it.
    (package / "openapi.json").write_text(spec.dump_json(document), encoding="utf-8")
    (package / "py.typed").write_text("", encoding="utf-8")
    ruff = _tool("ruff")
    # The package supports Python 3.10: ruff's default fixes rewrite `cls: type[T]) -> T` to `Self`, which must then
    # come from typing_extensions (typing has it only from 3.11), as client.py.jinja in codegen/templates does.
    fix = ["--no-cache", "--isolated", "--target-version=py310", "--fix-only", "--extend-select=I", "--quiet", "."]
    _run([ruff, "check", *fix], cwd=package)
    _run([ruff, "format", "--no-cache", "--isolated", "--line-length=120", "--quiet", "."], cwd=package)
    shutil.rmtree(work)
    return package


def generate(spec_path: Path = DEFAULT_SPEC, out: Path = DEFAULT_OUT) -> None:
    """Regenerate ``out`` from the spec; ``out`` is replaced only when generation fully succeeded."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".codegen-", dir=out.parent) as tmp:
        package = render(spec_path, Path(tmp))
        old = Path(tmp) / "old"
        if out.exists():
            os.replace(out, old)
        os.replace(package, out)


def drift(spec_path: Path = DEFAULT_SPEC, committed: Path = DEFAULT_OUT) -> list[str]:
    """Files that differ between ``committed`` and a fresh generation (empty when in sync)."""
    with tempfile.TemporaryDirectory(prefix="codegen-check-") as tmp:
        fresh = render(spec_path, Path(tmp))
        return sorted(_differences(fresh, committed))


def _differences(fresh: Path, committed: Path) -> set[str]:
    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
        }

    fresh_files, committed_files = files(fresh), files(committed)
    changed = {
        name for name in fresh_files & committed_files if not filecmp.cmp(fresh / name, committed / name, shallow=False)
    }
    return changed | (fresh_files ^ committed_files)
