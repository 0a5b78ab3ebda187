"""Release engineering: one version everywhere, and the release check refuses what must not ship."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import re
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # the backport, a dependency on 3.10
    import tomli as tomllib

import trigger_client
from trigger_client._client_base import USER_AGENT

ROOT = Path(__file__).resolve().parent.parent


def _release_check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("release_check", ROOT / ".ci" / "release_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_version_is_written_once_and_read_everywhere() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in project and project["dynamic"] == ["version"]
    assert importlib.metadata.version("trigger-client") == trigger_client.__version__
    assert f"trigger-client-python/{trigger_client.__version__}" == USER_AGENT


def test_the_changelog_has_an_entry_for_this_version() -> None:
    assert _release_check().changelog_has(trigger_client.__version__)
    assert not _release_check().changelog_has("99.0.0")


def _wheel(tmp_path: Path, *names: str) -> Path:
    wheel = tmp_path / "trigger_client-1.2.3-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name in names:
            archive.writestr(name, "")
    return wheel


GOOD = (
    "trigger_client/__init__.py",
    "trigger_client/py.typed",
    "trigger_api/__init__.py",
    "trigger_api/py.typed",
    "trigger_client-1.2.3.dist-info/METADATA",
    "trigger_client-1.2.3.dist-info/licenses/LICENSE",
)


def test_a_wheel_of_exactly_the_packages_passes(tmp_path: Path) -> None:
    assert _release_check().wheel_problems(_wheel(tmp_path, *GOOD), "1.2.3") == []


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ("tests/test_x.py", "unexpected file outside the packages: tests/test_x.py"),
        ("trigger_client/__pycache__/x.cpython-311.pyc", "test or cache file shipped"),
        ("trigger_client/testing/tests/test_y.py", "test or cache file shipped"),
        ("conftest.py", "unexpected file outside the packages: conftest.py"),
    ],
)
def test_a_wheel_with_tests_caches_or_strays_is_refused(tmp_path: Path, extra: str, problem: str) -> None:
    problems = _release_check().wheel_problems(_wheel(tmp_path, *GOOD, extra), "1.2.3")
    assert len(problems) == 1 and problems[0].startswith(problem)


def test_a_wheel_without_py_typed_or_license_is_refused(tmp_path: Path) -> None:
    names = [n for n in GOOD if not n.endswith(("py.typed", "LICENSE"))]
    problems = _release_check().wheel_problems(_wheel(tmp_path, *names), "1.2.3")
    assert sorted(problems) == sorted(
        f"missing {n}"
        for n in ("trigger_client/py.typed", "trigger_api/py.typed", "trigger_client-1.2.3.dist-info/licenses/LICENSE")
    )


def test_changelog_entries_are_dated_keep_a_changelog_headings() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## \[([^\]]+)\](.*)$", text, flags=re.MULTILINE)
    assert headings[0] == ("Unreleased", "")
    assert all(re.fullmatch(r" - \d{4}-\d{2}-\d{2}", rest) for _, rest in headings[1:])
