"""Request bodies are built with the generated models' keyword constructors, so a field the spec renames is a type
error in the hand-written layer, not a body the server silently reads without it."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.markers import requires_generator

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "trigger-v3-openapi.yaml"

# CreateScheduleOptions in the vendored spec: the required deduplicationKey, declared once, required once.
FIELD = """        deduplicationKey:
          type: string
"""
REQUIRED = """        - cron
        - deduplicationKey
"""


def _renamed_spec(tmp_path: Path) -> Path:
    text = SPEC.read_text(encoding="utf-8")
    start = text.index("    CreateScheduleOptions:\n")
    end = text.index("    UpdateScheduleOptions:\n", start)
    schema = text[start:end]
    assert schema.count(FIELD) == 1 and schema.count(REQUIRED) == 1, "CreateScheduleOptions changed shape"
    renamed = schema.replace("deduplicationKey", "dedupeKey")
    spec = tmp_path / "spec.yaml"
    spec.write_text(text[:start] + renamed + text[end:], encoding="utf-8")
    return spec


def _mypy_config(tmp_path: Path, generated: Path) -> Path:
    """The project's own mypy settings, reading trigger_api from ``generated`` (its errors are not ours here)."""
    import tomllib  # Python 3.11+, like the generator this test needs

    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    settings |= {"mypy_path": str(generated), "cache_dir": str(tmp_path / "mypy-cache"), "packages": ["trigger_client"]}
    overrides = [*settings.pop("overrides", []), {"module": ["trigger_api.*"], "follow_imports": "silent"}]
    # JSON strings, lists and booleans are TOML too.
    lines = ["[tool.mypy]", *(f"{key} = {json.dumps(value)}" for key, value in settings.items())]
    for override in overrides:
        lines += ["[[tool.mypy.overrides]]", *(f"{key} = {json.dumps(value)}" for key, value in override.items())]
    config = tmp_path / "mypy.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


@requires_generator
@pytest.mark.timeout(600)  # one generation and one uncached mypy run of the package (about 30 s on a quiet machine)
def test_a_field_renamed_in_the_spec_is_a_mypy_error_naming_it(tmp_path: Path) -> None:
    generated = tmp_path / "generated"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "codegen",
            "generate",
            "--spec",
            str(_renamed_spec(tmp_path)),
            "--out",
            str(generated / "trigger_api"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "dedupe_key: str" in (generated / "trigger_api" / "models" / "create_schedule_options.py").read_text()

    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(_mypy_config(tmp_path, generated))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    print("\n".join(errors))
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert len(errors) == 1, errors
    assert errors[0].startswith("trigger_client/resources/schedules.py:")
    assert 'Unexpected keyword argument "deduplication_key" for "CreateScheduleOptions"' in errors[0]


def test_no_request_body_is_a_literal_dict_of_wire_names() -> None:
    # Model.from_dict({"camelCase": ...}) would bring back field names no type checker sees.
    package = ROOT / "trigger_client"
    offenders = []
    for path in package.rglob("*.py"):
        if "testing" in path.relative_to(package).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "from_dict"
                and any(isinstance(arg, ast.Dict) and arg.keys for arg in node.args)
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
