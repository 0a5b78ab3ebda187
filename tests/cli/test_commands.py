"""Every command against the emulator, piped (no terminal): JSON with --json, tab-separated text without."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import click
import pytest

from tests.cli.conftest import Invoke, Served, json_lines
from trigger_client import TriggerClient
from trigger_client.cli._app import app


def _commands(group: click.Group, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        found.append((*path, name))
        if isinstance(command, click.Group):
            found += _commands(command, (*path, name))
    return found


@pytest.mark.parametrize("path", _commands(app), ids=" ".join)
def test_every_command_has_help_with_an_example(cli: Invoke, path: tuple[str, ...]) -> None:
    result = cli(*path, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_tasks_trigger_prints_the_run_id_and_wait_prints_the_output(cli: Invoke, served: Served) -> None:
    result = cli("tasks", "trigger", "send-email", "--payload", '{"to": "ada@example.com"}', "--tag", "user_42")
    assert result.exit_code == 0
    run_id = result.stdout.strip()
    assert run_id.startswith("run_")
    assert served.runs("send-email")[0]["tags"] == ["user_42"]

    waited = cli(
        "--json",
        "tasks",
        "trigger",
        "send-email",
        "--payload",
        '{"to": "b@example.com"}',
        "--wait",
        "--interval",
        "0.05",
        "--timeout",
        "30",
    )
    assert waited.exit_code == 0
    assert json.loads(waited.stdout)["output"] == {"delivered": True, "to": "b@example.com"}


def test_tasks_trigger_wait_exits_1_with_the_error_when_the_run_fails(
    cli: Invoke, served: Served, tmp_path: Path
) -> None:
    payload = tmp_path / "payload.json"
    payload.write_text('{"width": -1}')
    result = cli("tasks", "trigger", "resize-image", "--payload", f"@{payload}", "--wait", "--interval", "0.05")
    assert result.exit_code == 1
    assert "ended FAILED: width must be positive, got -1" in result.stderr


def test_bad_payload_is_a_usage_error(cli: Invoke, served: Served) -> None:
    result = cli("tasks", "trigger", "send-email", "--payload", "{not json")
    assert result.exit_code == 2
    assert "--payload" in result.stderr and "is not JSON" in result.stderr
    assert served.runs() == []


def test_runs_list_json_lines_with_filters_and_limit(cli: Invoke, served: Served) -> None:
    with TriggerClient() as client:
        for to in ("a", "b", "c"):
            client.tasks.trigger_and_wait("send-email", {"to": to}, interval=0.05)
        client.tasks.trigger("resize-image", {"width": -1})
    rows = json_lines(cli("--json", "runs", "list", "--task", "send-email", "--limit", "0"))
    assert [row["taskIdentifier"] for row in rows] == ["send-email"] * 3
    assert len(json_lines(cli("--json", "runs", "list", "--limit", "2"))) == 2
    failed = json_lines(cli("--json", "runs", "list", "--status", "failed"))
    assert [row["taskIdentifier"] for row in failed] == ["resize-image"]

    plain = cli("runs", "list", "--task", "send-email").stdout.splitlines()
    assert len(plain) == 3  # no header when piped
    run_id, task, status, _version, created, _duration = plain[0].split("\t")
    assert (task, status) == ("send-email", "COMPLETED") and run_id.startswith("run_") and "ago)" in created


def test_runs_get_cancel_replay(cli: Invoke, served: Served) -> None:
    with TriggerClient() as client:
        delayed = client.tasks.trigger("send-email", {"to": "a"}, delay="1h").id
    got = json.loads(cli("--json", "runs", "get", delayed).stdout)
    assert (got["id"], got["status"]) == (delayed, "DELAYED")
    assert "status\tDELAYED" in cli("runs", "get", delayed).stdout

    assert cli("runs", "cancel", delayed).stdout == f"{delayed} canceled\n"
    assert json.loads(cli("--json", "runs", "get", delayed).stdout)["status"] == "CANCELED"
    replayed = json.loads(cli("--json", "runs", "replay", delayed).stdout)
    assert replayed["id"] == delayed and replayed["replay"].startswith("run_") and replayed["replay"] != delayed
    assert len(served.runs("send-email")) == 2


def test_runs_cancel_of_an_unknown_run_is_an_api_error_and_the_others_still_go(cli: Invoke, served: Served) -> None:
    with TriggerClient() as client:
        delayed = client.tasks.trigger("send-email", {"to": "a"}, delay="1h").id
    result = cli("runs", "cancel", "run_doesnotexist000000000", delayed)
    assert result.exit_code == 1
    assert "error: run_doesnotexist000000000: 404" in result.stderr
    assert f"{delayed} canceled" in result.stdout


def test_runs_watch_piped_prints_changes_and_exits_by_outcome(cli: Invoke, served: Served) -> None:
    with TriggerClient() as client:
        ok = client.tasks.trigger("send-email", {"to": "a"}, tags=["t1"]).id
        bad = client.tasks.trigger("resize-image", {"width": -1}).id
        client.runs.poll(ok, interval=0.05)
        client.runs.poll(bad, interval=0.05)
    watched = cli("--json", "runs", "watch", ok)
    assert watched.exit_code == 0
    last = json_lines(watched)[-1]
    assert (last["status"], last["attempt"], last["tags"]) == ("COMPLETED", 1, ["t1"])
    failed = cli("runs", "watch", bad)
    assert failed.exit_code == 1
    assert "FAILED" in failed.stdout and "width must be positive" in failed.stdout


def test_runs_bulk_cancel_counts_first_then_acts(cli: Invoke, served: Served) -> None:
    with TriggerClient() as client:
        ids = [client.tasks.trigger("send-email", {"to": str(i)}, delay="1h", tags=["drain"]).id for i in range(3)]
        client.tasks.trigger("send-email", {"to": "other"}, delay="1h")
    refused = cli("runs", "bulk", "cancel", "--tag", "drain")  # no terminal to ask on
    assert refused.exit_code == 2 and "3 runs match; pass --yes" in refused.stderr

    declined = cli("runs", "bulk", "cancel", "--tag", "drain", "--yes", "--name", "drain")
    assert declined.exit_code == 0, declined.stderr
    assert "3 run(s) match" in declined.stderr
    assert declined.stdout.startswith("bulk_") and "3 succeeded, 0 failed of 3" in declined.stdout
    statuses = {run["id"]: run["status"] for run in served.runs("send-email")}
    assert [statuses[i] for i in ids] == ["CANCELED"] * 3
    assert sorted(statuses.values()) == ["CANCELED"] * 3 + ["DELAYED"]

    nothing = cli("--json", "runs", "bulk", "replay", "--tag", "nothing-has-this", "--yes")
    assert json.loads(nothing.stdout) == {"matched": 0}


def test_schedules_upsert_list_delete(cli: Invoke, served: Served) -> None:
    made = json.loads(
        cli(
            "--json",
            "schedules",
            "upsert",
            "nightly",
            "--task",
            "send-digest",
            "--cron",
            "0 2 * * *",
            "--timezone",
            "Europe/Paris",
        ).stdout
    )
    again = json.loads(
        cli("--json", "schedules", "upsert", "nightly", "--task", "send-digest", "--cron", "0 3 * * *").stdout
    )
    assert again["id"] == made["id"] and again["generator"]["expression"] == "0 3 * * *"
    listed = json_lines(cli("--json", "schedules", "list"))
    assert [s["id"] for s in listed] == [made["id"]]
    assert cli("schedules", "delete", made["id"]).stdout == f"{made['id']} deleted\n"
    assert json_lines(cli("--json", "schedules", "list")) == []


def test_deployments_list_and_promote(cli: Invoke, served: Served) -> None:
    served.emulator.add_deployment("20250102.1")
    versions = [d["version"] for d in json_lines(cli("--json", "deployments", "list"))]
    assert "20250102.1" in versions
    result = cli("deployments", "promote", "20250102.1")
    assert result.exit_code == 0 and result.stdout == "20250102.1 is now current\n"


def test_queues_list_pause_resume(cli: Invoke, served: Served) -> None:
    with TriggerClient() as client:
        client.tasks.trigger_and_wait("send-email", {"to": "a"}, interval=0.05)
    names = [q["name"] for q in json_lines(cli("--json", "queues", "list"))]
    assert "send-email" in names
    assert json.loads(cli("--json", "queues", "pause", "send-email").stdout)["paused"] is True
    assert cli("queues", "resume", "send-email").stdout == "send-email resumed\n"
    missing = cli("queues", "pause", "send-email", "--type", "custom")
    assert missing.exit_code == 1 and "404" in missing.stderr


def test_envvars_import_list_diff_export(cli: Invoke, served: Served, tmp_path: Path) -> None:
    source = tmp_path / ".env"
    source.write_text('API_URL=https://example.com\nTOKEN="s3cret value"\n')
    imported = cli("envvars", "import", "dev", "--file", str(source))
    assert imported.exit_code == 0, imported.stderr
    listed = cli("--json", "envvars", "list", "dev")
    assert json_lines(listed) == [{"name": "API_URL", "is_secret": False}, {"name": "TOKEN", "is_secret": False}]
    assert "s3cret" not in listed.stdout
    assert "s3cret value" in cli("envvars", "list", "dev", "--show-values").stdout

    source.write_text('API_URL=https://example.org\nTOKEN="s3cret value"\nNEW=1\n')
    diff = cli("envvars", "diff", "dev", "--file", str(source))
    assert diff.stdout == "+ NEW\n= API_URL\n"  # names only: no value on screen
    assert json.loads(cli("--json", "envvars", "diff", "dev", "--file", str(source)).stdout)["add"] == ["NEW"]

    target = tmp_path / "exported.env"
    exported = cli("envvars", "export", "dev", "--file", str(target))
    assert exported.exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text() == 'API_URL="https://example.com"\nTOKEN="s3cret value"\n'
    assert "s3cret" not in exported.stdout
    again = cli("envvars", "export", "dev", "--file", str(target))
    assert again.exit_code == 2 and "--force" in again.stderr
    target.chmod(0o644)
    assert cli("envvars", "export", "dev", "--file", str(target), "--force").exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_envvars_without_a_project_is_a_usage_error(
    cli: Invoke, served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TRIGGER_PROJECT_REF")
    result = cli("envvars", "list", "dev")
    assert result.exit_code == 2 and "--project-ref" in result.stderr


def test_webhooks_endpoints_deliveries_and_set_secret(
    cli: Invoke, served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    hooks = served.emulator.webhooks
    endpoint_id = hooks.add_endpoint("stripe", tasks=["send-email"], source="stripe")
    hooks.add_endpoint("github", tasks=["send-email"])
    hooks.add_delivery("stripe", {"type": "invoice.paid"}, status="failed", external_delivery_id="evt_1")
    hooks.add_delivery("github", {"action": "opened"}, external_delivery_id="evt_2")

    listed = json_lines(cli("--json", "webhooks", "endpoints"))
    assert sorted((e["declaredId"], e["secretSet"]) for e in listed) == [("github", False), ("stripe", False)]
    failed = json_lines(cli("--json", "webhooks", "deliveries", "--endpoint", "stripe", "--status", "failed"))
    assert [(d["externalDeliveryId"], d["status"]) for d in failed] == [("evt_1", "failed")]
    assert len(cli("webhooks", "deliveries").stdout.splitlines()) == 2

    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", "whsec_cli_test_secret")
    result = cli("webhooks", "set-secret", "stripe", "--from-env", "STRIPE_WEBHOOK_SECRET")
    assert result.exit_code == 0 and result.stdout == "stripe: secret set\n"
    assert "whsec_cli_test_secret" not in result.stdout + result.stderr
    assert hooks.secret_is_valid(endpoint_id, "whsec_cli_test_secret")
    unset = cli("webhooks", "set-secret", "stripe", "--from-env", "NOT_SET_ANYWHERE")
    assert unset.exit_code == 2 and "$NOT_SET_ANYWHERE is not set" in unset.stderr


def test_runs_replay_with_overrides(cli: Invoke, served: Served) -> None:
    with TriggerClient() as client:
        original = client.tasks.trigger("send-email", {"to": "a"}, tags=["first"])
        client.runs.poll(original.id, interval=0.05)
        result = cli(
            "--json",
            "runs",
            "replay",
            original.id,
            "--payload",
            '{"to": "b"}',
            "--tag",
            "replayed",
            "--machine",
            "large-1x",
        )
        assert result.exit_code == 0, result.stderr
        replayed = client.runs.poll(json.loads(result.stdout)["replay"], interval=0.05)
    assert replayed.output == {"delivered": True, "to": "b"} and replayed.tags == ["replayed"]
    bad = cli("runs", "replay", original.id, "--payload", "[not json")
    assert bad.exit_code == 2 and len(served.runs("send-email")) == 2


def test_concurrency_limits_list_override_reset(cli: Invoke, served: Served) -> None:
    served.emulator.concurrency_limit("openai", per_key=2, total=25)
    listed = json_lines(cli("--json", "concurrency-limits", "list"))
    bounds = {c["name"]: (c["total"]["current"], c["perKey"]["current"]) for c in listed}
    assert bounds["openai"] == (25, 2) and "task/generate-report" in bounds  # a demo task's inline limit

    assert cli("concurrency-limits", "override", "openai", "--total", "50").stdout == "openai: total 50, per key 2\n"
    keyed = cli(
        "--json", "concurrency-limits", "override", "openai", "--per-key", "1", "--key", "user_42", "--ttl", "1d"
    )
    assert keyed.exit_code == 0, keyed.stderr
    assert (json.loads(keyed.stdout)["concurrencyKey"], json.loads(keyed.stdout)["perKey"]["current"]) == ("user_42", 1)
    assert cli("concurrency-limits", "override", "openai").exit_code == 2  # nothing to change
    assert cli("concurrency-limits", "override", "openai", "--total", "3", "--key", "k").exit_code == 2

    assert cli("concurrency-limits", "reset", "openai", "--key", "user_42").stdout == "openai [user_42]: per key 2\n"
    assert cli("concurrency-limits", "reset", "openai").stdout == "openai: total 25, per key 2\n"
    missing = cli("concurrency-limits", "reset", "nope")
    assert missing.exit_code == 1 and "404" in missing.stderr
