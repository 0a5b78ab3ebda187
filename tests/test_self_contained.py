"""The repository explains itself: no tracked file (generated code and templates included) points at a document
outside it or at an issue tracker that does not ship with it, and every section of ``docs/wire.md`` cited anywhere
(as the path, ``#`` and the heading's anchor) exists. Wire facts live in ``docs/wire.md``, each cited to the SDK or
webapp file it comes from."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WIRE = ROOT / "docs" / "wire.md"
# The lock file is machine-written and lists upstream package metadata verbatim.
EXCLUDED = frozenset({"uv.lock"})

# Spelled in pieces so this file does not match itself.
OUTSIDE = re.compile("|".join([r"sdk" + r"-wire", r"shared" + r"/reference", r"(?<![\w.])/" + r"work/"]))
ISSUE = re.compile(r"\b[Ii]ssues?" + r" #?[0-9]+")
CITATION = re.compile(r"docs/wire\.md#([A-Za-z0-9_-]+)")


def _tracked() -> dict[str, str]:
    """Path → text of every tracked file (undecodable bytes dropped), read from the work tree."""
    try:
        listing = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=60
        ).stdout.decode()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: the tracked tree cannot be listed")
    files = {}
    for name in filter(None, listing.split("\0")):
        path = ROOT / name
        if name not in EXCLUDED and path.is_file():
            files[name] = path.read_bytes().decode("utf-8", errors="ignore")
    return files


def _hits(pattern: re.Pattern[str], files: dict[str, str]) -> list[str]:
    return [
        f"{name}:{number}: {line.strip()}"
        for name, text in files.items()
        for number, line in enumerate(text.splitlines(), 1)
        if pattern.search(line)
    ]


def slug(heading: str) -> str:
    """The anchor mkdocs gives a heading (Python-Markdown's ``toc`` slugify with ``-``)."""
    text = unicodedata.normalize("NFKD", heading).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def wire_anchors() -> list[str]:
    text = re.sub(r"```.*?```", "", WIRE.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [slug(m.group(1)) for m in re.finditer(r"^#{1,6}\s+(.+?)\s*#*\s*$", text, flags=re.MULTILINE)]


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return _tracked()


def test_no_file_cites_a_document_outside_the_repository(files: dict[str, str]) -> None:
    hits = _hits(OUTSIDE, files)
    assert not hits, "cite docs/wire.md#<section> or a public upstream file instead:\n" + "\n".join(hits)


def test_no_file_cites_an_issue_number(files: dict[str, str]) -> None:
    hits = _hits(ISSUE, files)
    assert not hits, "say the reason itself; the tracker is not in the repository:\n" + "\n".join(hits)


def test_wire_sections_have_unique_anchors() -> None:
    doubled = [anchor for anchor, count in Counter(wire_anchors()).items() if count > 1]
    assert not doubled, f"mkdocs would number these anchors: {doubled}"


def test_every_cited_wire_section_exists(files: dict[str, str]) -> None:
    anchors = set(wire_anchors())
    cited = Counter(match for text in files.values() for match in CITATION.findall(text))
    missing = sorted(anchor for anchor in cited if anchor not in anchors)
    assert not missing, f"docs/wire.md has no section for: {missing}; its anchors: {sorted(anchors)}"
    print(f"\n{sum(cited.values())} citations of {len(cited)} docs/wire.md sections, all present")


def test_repository_paths_in_wire_notes_exist() -> None:
    text = WIRE.read_text(encoding="utf-8")
    cited = set(re.findall(r"`((?:trigger_client|codegen|openapi|tests|docs)/[\w./-]+)", text))
    missing = sorted(path for path in cited if not (ROOT / path).exists())
    assert not missing, f"docs/wire.md names files that moved or went: {missing}"


def test_slug_matches_markdown() -> None:
    toc = pytest.importorskip("markdown.extensions.toc")
    for heading in ["Where the SDK and the vendored spec disagree", "PAT or secret key", "Runs list query"]:
        assert slug(heading) == toc.slugify(heading, "-")
