"""Every Python example in the README runs as written against the emulator served on 127.0.0.1."""

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

from tests.redis_server import RedisServer, require_redis_server
from trigger_client.testing.demo import served_emulator

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
# Framework views (FastAPI, Django) the project does not depend on: fenced ```python not-run, compiled but not run.
NOT_RUN = re.findall(r"```python not-run\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)


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
def environment(tmp_path_factory: pytest.TempPathFactory, redis_url: dict[str, str]) -> Iterator[None]:
    with served_emulator() as emulator:
        beta = emulator.add_project(name="Beta")
        config = tmp_path_factory.mktemp("config") / "config.toml"
        url = os.environ["TRIGGER_API_URL"]
        config.write_text(
            f'[profiles.acme-prod]\napi_url = "{url}"\nsecret_key_env = "ACME_PROD_TRIGGER_KEY"\n'
            f'[profiles.beta]\napi_url = "{url}"\nsecret_key_env = "BETA_TRIGGER_KEY"\n'
        )
        extra = {
            "TRIGGER_PROJECT_REF": emulator.project_ref,
            "TRIGGER_CONFIG": str(config),
            "ACME_PROD_TRIGGER_KEY": emulator.secret_key,
            "BETA_TRIGGER_KEY": beta.secret_keys["dev"],
            **redis_url,
        }
        os.environ.update(extra)
        try:
            yield
        finally:
            for key in extra:
                os.environ.pop(key, None)


def test_readme_has_examples() -> None:
    assert len(BLOCKS) >= 6


def test_not_run_snippets_compile_and_use_construct_event() -> None:
    assert len(NOT_RUN) == 2
    for block in NOT_RUN:
        compile(block, str(README), "exec")
        assert "webhooks.construct_event(" in block


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_example_runs(environment: None, block: str, caplog: pytest.LogCaptureFixture) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), caplog.at_level(logging.WARNING, logger="trigger_client"):
        exec(compile(block, str(README), "exec"), {"__name__": "__readme__"})
    assert "Traceback" not in out.getvalue()
    if "REDIS_URL" in os.environ:  # the Redis example shared its bucket through the server, not fell back
        assert "shared rate limit" not in caplog.text
