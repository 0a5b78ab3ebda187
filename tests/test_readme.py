"""Every Python example in the README runs as written against the emulator served on 127.0.0.1."""

from __future__ import annotations

import contextlib
import io
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from trigger_client.testing.demo import served_emulator

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
# Framework views (FastAPI, Django) the project does not depend on: fenced ```python not-run, compiled but not run.
NOT_RUN = re.findall(r"```python not-run\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with served_emulator() as emulator:
        beta = emulator.add_project(name="Beta")
        emulator.add_prompt("customer-support", "Hello {{customerName}}!", model="gpt-4o")  # as a deploy makes it
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
def test_readme_example_runs(environment: None, block: str) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, str(README), "exec"), {"__name__": "__readme__"})
    assert "Traceback" not in out.getvalue()
