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

# (schema, the schema after it in the vendored spec, text renamed in it, its new text, how often it occurs there):
# CreateScheduleOptions' required deduplicationKey (declared once, required once), the trigger options'
# idempotencyKey, and BulkActionFilter's isTest.
RENAMES = (
    ("CreateScheduleOptions", "UpdateScheduleOptions", "deduplicationKey", "dedupeKey", 2),
    ("TriggerTaskRequestBody", "TTL", "            idempotencyKey:\n", "            idempotencyId:\n", 1),
    ("BulkActionFilter", "QueueTypeName", "        isTest:\n", "        testOnly:\n", 1),
)
# Each rename is a mypy error where the hand-written layer builds that body (and, for the trigger options, where
# the batch key is set on them): "file:" -> the words of its error.
EXPECTED_ERRORS = (
    (
        "trigger_client/resources/schedules.py:",
        'Unexpected keyword argument "deduplication_key" for "CreateScheduleOptions"',
    ),
    (
        "trigger_client/_run_options.py:",
        'Unexpected keyword argument "idempotency_key" for "TriggerTaskRequestBodyOptions"',
    ),
    ("trigger_client/_batching.py:", '"TriggerTaskRequestBodyOptions" has no attribute "idempotency_key"'),
    ("trigger_client/resources/bulk_actions.py:", 'Unexpected keyword argument "is_test" for "BulkActionFilter"'),
)


def _renamed_spec(tmp_path: Path) -> Path:
    text = SPEC.read_text(encoding="utf-8")
    for schema_name, next_name, old, new, count in RENAMES:
        start = text.index(f"    {schema_name}:\n")
        end = text.index(f"    {next_name}:\n", start)
        schema = text[start:end]
        assert schema.count(old) == count, f"{schema_name} changed shape"
        text = text[:start] + schema.replace(old, new) + text[end:]
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
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
    models = generated / "trigger_api" / "models"
    assert "dedupe_key: str" in (models / "create_schedule_options.py").read_text()
    assert "idempotency_id: str | None" in (models / "trigger_task_request_body_options.py").read_text()
    assert "test_only: bool | None" in (models / "bulk_action_filter.py").read_text()

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
    # Every error is one of the expected ones (no other module breaks), and every expected one is there.
    matched = [[line.startswith(at) and words in line for at, words in EXPECTED_ERRORS] for line in errors]
    assert all(any(row) for row in matched), errors
    assert all(any(column) for column in zip(*matched, strict=True)), errors


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


# Model.from_dict is left for free-form JSON maps the spec declares with additionalProperties and nothing else (their
# keys are the caller's), ...
FREE_FORM = {
    "CompleteWaitpointTokenCallbackV1Body",
    "CreateSessionRequestBodyMetadata",
    "ReplayRunRequestBodyMetadata",
    "ResolvePromptRequestBodyVariables",
    "SessionTriggerConfigBasePayload",
    "TriggerTaskRequestBodyOptionsMetadata",
    "UpdateRunMetadataV1BodyMetadata",
    "UpdateSessionRequestBodyMetadataType0",
    "UploadProjectEnvvarsV1BodyParentVariables",
    "UploadProjectEnvvarsV1BodyVariables",
}
# ... and for two calls on a model held in a variable, neither building a body from keys the client chooses.
NOT_BUILT_HERE = {
    # The caller's widget display, position or widget, given as the generated model or as its wire-form mapping
    # (the dashboards API's documented input); the checks that follow read the parsed model's fields by name.
    ("trigger_client/resources/_dashboard_ops.py", "kind"),
    # An answer read again to say which item failed to parse: a response, not a request.
    ("trigger_client/_typecheck.py", "model"),
    # A page the one-pass reader leaves (an odd field) is read by the generated parser: a response, not a request.
    ("trigger_client/_fastread.py", "cls"),
}


def _from_dict_calls() -> list[tuple[str, str, int]]:
    """(module, receiver, line) of every ``<receiver>.from_dict(...)`` in the hand-written layer (the emulator,
    which reads requests, aside)."""
    package = ROOT / "trigger_client"
    calls = []
    for path in sorted(package.rglob("*.py")):
        if "testing" in path.relative_to(package).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "from_dict":
                calls.append((str(path.relative_to(ROOT)), ast.unparse(node.func.value), node.lineno))
    return calls


def test_from_dict_builds_no_request_body_with_declared_fields() -> None:
    import attrs

    from trigger_api import models

    for name in sorted(FREE_FORM):  # declares no field: every key is the caller's
        assert [field.name for field in attrs.fields(getattr(models, name))] == ["additional_properties"], name
    calls = _from_dict_calls()
    offenders = [
        f"{module}:{line} {receiver}.from_dict"
        for module, receiver, line in calls
        if receiver not in FREE_FORM and (module, receiver) not in NOT_BUILT_HERE
    ]
    assert offenders == [], "build these bodies with the model's keyword constructor"
    # Both lists are still needed: an entry the code no longer uses goes.
    used = {receiver for _, receiver, _ in calls} | {(module, receiver) for module, receiver, _ in calls}
    assert used >= FREE_FORM | NOT_BUILT_HERE
