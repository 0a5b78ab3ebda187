"""``make release-check``: what a release would upload is built, checked and installed before anyone uploads it.

1. Build the sdist and the wheel with uv, then ``twine check`` their metadata (the README renders on PyPI).
2. The wheel holds exactly the two packages, their ``py.typed`` markers, the license and the metadata: no tests,
   no caches, no stray top-level modules.
3. Each artefact installs into a fresh venv on the oldest and the newest supported Python and imports, reporting
   the version it was built with.
4. ``CHANGELOG.md`` has an entry for that version.

Run from the repository root: ``.venv/bin/python .ci/release_check.py PYTHON_OLDEST PYTHON_NEWEST``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
PACKAGES = ("trigger_client/", "trigger_api/")
REQUIRED = ("trigger_client/py.typed", "trigger_api/py.typed", "trigger_client/__init__.py", "trigger_api/__init__.py")
FORBIDDEN = re.compile(r"(^|/)(tests?|__pycache__|\.mypy_cache|\.ruff_cache)/|\.pyc$")


def version() -> str:
    text = (ROOT / "trigger_client" / "_version.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, flags=re.MULTILINE)
    if match is None:
        raise SystemExit("trigger_client/_version.py has no __version__ line")
    return match.group(1)


def run(*cmd: str | Path, cwd: Path = ROOT) -> str:
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(map(str, cmd))}\n{done.stdout}{done.stderr}")
    return done.stdout


def wheel_problems(wheel: Path, release: str) -> list[str]:
    """What is wrong with the wheel's file list (empty when it is exactly what users should get)."""
    names = zipfile.ZipFile(wheel).namelist()
    meta = f"trigger_client-{release}.dist-info/"
    problems = [f"missing {name}" for name in (*REQUIRED, f"{meta}licenses/LICENSE") if name not in names]
    for name in names:
        if not name.startswith((*PACKAGES, meta)):
            problems.append(f"unexpected file outside the packages: {name}")
        elif FORBIDDEN.search(name):
            problems.append(f"test or cache file shipped: {name}")
    return problems


def sdist_problems(sdist: Path) -> list[str]:
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
    return [f"test or cache file in the sdist: {name}" for name in names if FORBIDDEN.search(name)]


def changelog_has(release: str) -> bool:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return re.search(rf"^## \[{re.escape(release)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", text, flags=re.MULTILINE) is not None


def install_and_import(artefact: Path, python: str, release: str) -> str:
    uv = ROOT / ".venv" / "bin" / "uv"
    with tempfile.TemporaryDirectory(prefix="release-check-") as tmp:
        venv = Path(tmp) / "venv"
        run(uv, "venv", "--quiet", "--python", python, venv)
        run(uv, "pip", "install", "--quiet", "--python", venv / "bin" / "python", artefact)
        probe = "import trigger_api, trigger_client; print(trigger_client.__version__, trigger_client.__file__)"
        out = run(venv / "bin" / "python", "-c", probe, cwd=Path(tmp)).split()
        if out[0] != release or "site-packages" not in out[1]:
            raise SystemExit(f"{artefact.name} on {python}: imported {out}, expected {release} from site-packages")
        py_version = run(venv / "bin" / "python", "-c", "import sys; print(sys.version.split()[0])").strip()
        return f"ok: {artefact.name} installs and imports on Python {py_version}"


def main(pythons: list[str]) -> int:
    release = version()
    if not changelog_has(release):
        raise SystemExit(f"CHANGELOG.md has no '## [{release}] - YYYY-MM-DD' entry")
    print(f"ok: CHANGELOG.md has an entry for {release}")
    shutil.rmtree(DIST, ignore_errors=True)
    run(ROOT / ".venv" / "bin" / "uv", "build", "--quiet", "--out-dir", DIST)
    wheels, sdists = sorted(DIST.glob("*.whl")), sorted(DIST.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        raise SystemExit(f"expected one wheel and one sdist in dist/, found {[p.name for p in DIST.iterdir()]}")
    print(run(ROOT / ".venv" / "bin" / "twine", "check", "--strict", *wheels, *sdists).strip())
    problems = wheel_problems(wheels[0], release) + sdist_problems(sdists[0])
    if problems:
        raise SystemExit("\n".join(problems))
    print(f"ok: {wheels[0].name} holds only trigger_client, trigger_api, py.typed, the license and metadata")
    for python in pythons:
        for artefact in (*wheels, *sdists):
            print(install_and_import(artefact, python, release))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
