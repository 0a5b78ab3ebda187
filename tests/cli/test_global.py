"""Global options, configuration, exit codes, credentials, packaging (console script, ``python -m``, no extra) and
shell completion."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import click
import pytest

from tests.cli.conftest import Invoke, Served, json_lines
from trigger_client import APIStatusError, TriggerClient
from trigger_client.cli import INSTALL_HINT
from trigger_client.cli._context import guarded

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).parent / "trigger-client"


def _completed_run(served: Served) -> str:
    with TriggerClient() as client:
        run_id = client.tasks.trigger("send-email", {"to": "a"}).id
        client.runs.poll(run_id, interval=0.05)
    return run_id


def test_profile_and_api_url(cli: Invoke, served: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_id = _completed_run(served)
    config = tmp_path / "config.toml"
    config.write_text(
        f'[profiles.local]\napi_url = "{served.url}"\nsecret_key_env = "LOCAL_KEY"\n'
        f'[profiles.elsewhere]\napi_url = "http://127.0.0.1:9"\nsecret_key_env = "LOCAL_KEY"\n'
    )
    monkeypatch.setenv("TRIGGER_CONFIG", str(config))
    monkeypatch.setenv("LOCAL_KEY", served.emulator.secret_key)
    monkeypatch.delenv("TRIGGER_SECRET_KEY")
    monkeypatch.setenv("TRIGGER_API_URL", "http://127.0.0.1:9")  # the profile's URL wins over the variable
    assert [r["id"] for r in json_lines(cli("--json", "--profile", "local", "runs", "list"))] == [run_id]
    # --api-url overrides the profile's
    overridden = cli("--json", "--profile", "elsewhere", "--api-url", served.url, "runs", "get", run_id)
    assert json.loads(overridden.stdout)["id"] == run_id

    unknown = cli("--profile", "nope", "runs", "list")
    assert unknown.exit_code == 2 and "nope" in unknown.stderr and "Traceback" not in unknown.stderr


def test_missing_credentials_is_a_configuration_error(
    cli: Invoke, served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TRIGGER_SECRET_KEY")
    result = cli("runs", "list")
    assert result.exit_code == 2 and "TRIGGER_SECRET_KEY" in result.stderr


def test_api_errors_print_message_and_request_id_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    def fail() -> None:
        raise APIStatusError("Run not found", status_code=404, headers={"x-request-id": "req_42"})

    with pytest.raises(click.exceptions.Exit) as caught:
        guarded(fail)
    assert caught.value.exit_code == 1
    assert capsys.readouterr().err == "error: 404 Run not found (request id req_42)\n"


def test_credentials_are_never_printed(cli: Invoke, served: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    key = served.emulator.secret_key
    run_id = _completed_run(served)
    outputs = [
        cli("--json", "runs", "get", run_id),
        cli("runs", "list"),
        cli("--help"),
        cli("runs", "list", "--help"),
    ]
    monkeypatch.setenv("TRIGGER_SECRET_KEY", "tr_dev_wrongwrongwrongwrong0000")
    outputs.append(cli("runs", "list"))  # 401
    assert outputs[-1].exit_code == 1
    monkeypatch.setenv("TRIGGER_SECRET_KEY", "tr_bogus_key_shape")
    outputs.append(cli("runs", "list"))  # refused before sending
    assert outputs[-1].exit_code == 2
    for result in outputs:
        for secret in (key, "tr_dev_wrongwrongwrongwrong0000", "tr_bogus_key_shape"):
            assert secret not in result.stdout and secret not in result.stderr


def test_piped_output_has_no_colour_codes_and_json_parses(cli: Invoke, served: Served) -> None:
    run_id = _completed_run(served)
    assert "\x1b[" not in cli("runs", "get", run_id).stdout
    assert json.loads(cli("--json", "--no-color", "runs", "get", run_id).stdout)["status"] == "COMPLETED"


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args), capture_output=True, text=True, timeout=60, cwd=ROOT, env={**os.environ, **(env or {})}
    )


def test_console_script_and_python_m_run_the_same_command(served: Served) -> None:
    run_id = _completed_run(served)
    for command in ([str(SCRIPT)], [sys.executable, "-m", "trigger_client"]):
        done = _run(*command, "--json", "runs", "get", run_id)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["id"] == run_id
    assert _run(str(SCRIPT), "runs", "nope").returncode == 2  # usage error


def test_without_the_extra_the_command_prints_the_install_hint_and_exits_2() -> None:
    # None in sys.modules makes `import click` fail as if it were not installed.
    probe = "import sys; sys.modules['click'] = None; from trigger_client.cli import main; sys.exit(main(['runs']))"
    done = _run(sys.executable, "-c", probe)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", INSTALL_HINT + "\n")
    assert "pip install 'trigger-client[cli]'" in INSTALL_HINT


@pytest.mark.parametrize(
    ("shell", "marker"),
    [
        ("bash", "complete -o nosort -F _trigger_client_completion trigger-client"),
        ("zsh", "#compdef trigger-client"),
        ("fish", "complete --no-files --command trigger-client"),
    ],
)
def test_completion_scripts(cli: Invoke, shell: str, marker: str) -> None:
    result = cli("completion", shell)
    assert result.exit_code == 0
    assert marker in result.stdout and "_TRIGGER_CLIENT_COMPLETE" in result.stdout


def test_completion_answers_through_the_console_script() -> None:
    env = {"_TRIGGER_CLIENT_COMPLETE": "bash_complete", "COMP_WORDS": "trigger-client runs bu", "COMP_CWORD": "2"}
    done = _run(str(SCRIPT), env=env)
    assert done.stdout.split() == ["plain,bulk"]
    env = {
        "_TRIGGER_CLIENT_COMPLETE": "fish_complete",
        "COMP_WORDS": "trigger-client runs list",
        "COMP_CWORD": "--sta",
    }
    assert "--status" in _run(str(SCRIPT), env=env).stdout


def test_emulator_serve_serves_until_interrupted() -> None:
    proc = subprocess.Popen(
        [str(SCRIPT), "emulator", "serve", "--port", "0"], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("Trigger.dev emulator listening on http://127.0.0.1:")
        env = dict(proc.stdout.readline().strip().split("=", 1) for _ in range(4))
        listed = _run(str(SCRIPT), "--json", "runs", "list", env=env)
        assert (listed.returncode, listed.stdout) == (0, "")  # a fresh emulator: no runs
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0


def test_a_reader_that_goes_away_ends_the_listing_quietly(served: Served) -> None:
    with TriggerClient() as client:
        # more rows than a pipe's 64 KiB buffer holds, so the writer meets the closed pipe
        client.tasks.batch_trigger("send-email", [{"payload": {"to": str(i)}} for i in range(1000)])
    listing = subprocess.Popen(
        [str(SCRIPT), "runs", "list", "--limit", "0", "--page-size", "100"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert listing.stdout is not None and listing.stderr is not None
    assert listing.stdout.readline().startswith("run_")
    listing.stdout.close()  # as `| head -1` does
    assert listing.wait(timeout=60) == 0
    assert listing.stderr.read() == ""
