"""Every Python example in the README and on the documentation site runs as written against the emulator served
on 127.0.0.1. A block that cannot run here (a framework view the project does not depend on) starts with a
``# not-run: <reason>`` line: it is compiled, counted and reported, never silently skipped."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.docstring_bindings import example_environment
from tests.otel_globals import reset_tracer_provider
from tests.redis_server import RedisServer, require_redis_server
from trigger_client.testing.demo import served_emulator

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCUMENTS = [README, *sorted((ROOT / "docs").rglob("*.md"))]


def _blocks() -> list[tuple[str, str]]:
    """(``file:blockN``, source) of every Python block in the README and the site's pages."""
    found = []
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        for i, block in enumerate(re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)):
            found.append((f"{document.relative_to(ROOT)}:block{i}", block))
    return found


ALL_BLOCKS = _blocks()
BLOCKS = [(name, block) for name, block in ALL_BLOCKS if not block.startswith("# not-run:")]
NOT_RUN = [(name, block) for name, block in ALL_BLOCKS if block.startswith("# not-run:")]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """REDIS_URL of a redis-server for the SharedRateLimit.redis example; without one (and not in CI) the example
    runs anyway, its clients pacing themselves after one warning, as they would in production."""
    if shutil.which("redis-server") is None and not os.environ.get("CI"):
        yield {}
        return
    require_redis_server()
    with RedisServer(tmp_path_factory.mktemp("redis")) as server:
        yield {"REDIS_URL": server.url}


@pytest.fixture(scope="module")
def environment(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, redis_url: dict[str, str]
) -> Iterator[None]:
    """A fresh emulator per document (the parameter), so the same example on two pages meets the same state."""
    with served_emulator() as emulator:
        config = tmp_path_factory.mktemp("config") / "config.toml"
        with example_environment(emulator, config, "beta", redis_url):
            yield


def test_examples_are_found_and_counted() -> None:
    readme = sum(name.startswith("README.md:") for name, _ in BLOCKS)
    print(f"\ndocumentation examples: {len(BLOCKS)} run ({readme} in the README), {len(NOT_RUN)} marked not-run")
    assert readme >= 1
    assert len(BLOCKS) > readme


@pytest.mark.parametrize(("name", "block"), NOT_RUN, ids=[name for name, _ in NOT_RUN])
def test_not_run_snippets_compile_and_use_construct_event(name: str, block: str) -> None:
    compile(block, name, "exec")
    assert "webhooks.construct_event(" in block


@pytest.mark.parametrize(
    ("environment", "name", "block"),
    [(name.split(":")[0], name, block) for name, block in BLOCKS],
    ids=[name for name, _ in BLOCKS],
    indirect=["environment"],
)
def test_example_runs(environment: None, name: str, block: str, caplog: pytest.LogCaptureFixture) -> None:
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), caplog.at_level(logging.WARNING, logger="trigger_client"):
            exec(compile(block, name, "exec"), {"__name__": "__docs__"})
    finally:
        reset_tracer_provider()  # the tracing example sets the process's provider; later tests must not trace
    assert "Traceback" not in out.getvalue()
    if "REDIS_URL" in os.environ:  # the Redis example shared its bucket through the server, not fell back
        assert "shared rate limit" not in caplog.text
