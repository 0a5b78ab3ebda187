"""Auth, limits, faults, bad input, validation and real HTTP serving."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import httpx
import pytest

from trigger_client.testing import ManualClock, SpecValidationError, TriggerEmulator

from .conftest import START, client_for, trigger


def test_auth_failures(manual: TriggerEmulator) -> None:
    with client_for(manual, None) as anonymous:
        missing = anonymous.get("/api/v1/runs")
        assert (missing.status_code, missing.json()) == (401, {"error": "Invalid or Missing API key"})
    with client_for(manual, "tr_dev_unknown") as unknown:
        assert unknown.get("/api/v1/runs").status_code == 401
    with client_for(manual, manual.pat) as pat:
        assert pat.get("/api/v1/runs").status_code == 401
        assert pat.get(f"/api/v1/projects/{manual.project_ref}/runs?filter[env]=dev").status_code == 200
        assert pat.get("/api/v1/projects/proj_missing/runs?filter[env]=dev").json() == {"error": "Project not found"}
    with client_for(manual, manual.secret_key) as key:
        assert key.get(f"/api/v1/projects/{manual.project_ref}/runs").status_code == 401
        missing_run = key.get("/api/v3/runs/run_doesnotexist")
        assert (missing_run.status_code, missing_run.json()) == (404, {"error": "Not found"})


def test_projects_are_isolated(manual: TriggerEmulator, client: httpx.Client) -> None:
    other = manual.add_project(name="other")
    assert other.secret_keys["prod"].startswith("tr_prod_") and other.secret_keys["stg"].startswith("tr_stg_")
    run_id = trigger(client, "mine")
    with client_for(manual, other.secret_keys["dev"]) as other_client:
        assert other_client.get(f"/api/v3/runs/{run_id}").status_code == 404
        assert other_client.get("/api/v1/runs").json()["data"] == []
        # services/apiAuth.server.ts: a key names only its own project (400).
        assert other_client.get(f"/api/v1/projects/{manual.project_ref}/envvars/dev").status_code == 400


def test_rate_limit_burst_fault(manual: TriggerEmulator, client: httpx.Client) -> None:
    manual.faults.rate_limit_burst(2)
    assert [client.get("/api/v1/runs").status_code for _ in range(3)] == [429, 429, 200]


def test_error_and_drop_faults(manual: TriggerEmulator, client: httpx.Client) -> None:
    manual.faults.error_rate = 1.0
    assert client.get("/api/v1/runs").status_code == 500
    manual.faults.error_rate = 0.0
    manual.faults.drop_rate = 1.0
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/api/v1/tasks/t/trigger", json={"payload": 1})
    manual.faults.reset()
    assert len(client.get("/api/v1/runs").json()["data"]) == 1  # the dropped request was committed


def test_latency_fault(manual: TriggerEmulator, client: httpx.Client) -> None:
    manual.faults.latency = 0.05
    started = time.monotonic()
    client.get("/api/v1/runs")
    assert time.monotonic() - started >= 0.05


async def test_async_transport(manual: TriggerEmulator) -> None:
    async with httpx.AsyncClient(transport=manual.async_transport, base_url=manual.base_url) as c:
        c.headers["Authorization"] = f"Bearer {manual.secret_key}"
        response = await c.post("/api/v1/tasks/t/trigger", json={"payload": 1})
        assert response.status_code == 200 and response.json()["id"].startswith("run_")


def test_bad_input_never_crashes(manual: TriggerEmulator, client: httpx.Client) -> None:
    malformed = client.post(
        "/api/v1/tasks/t/trigger", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert malformed.status_code == 400 and "error" in malformed.json()
    assert client.post("/api/v1/tasks/t/trigger", json=[1, 2]).status_code == 400
    huge = client.post("/api/v1/tasks/t/trigger", json={"payload": "x" * (3 * 1024 * 1024 + 1)})
    assert huge.status_code == 413 and "error" in huge.json()
    unknown = client.get("/api/v9/nothing")
    assert (unknown.status_code, unknown.json()) == (404, {"error": "Not Found"})
    assert client.delete("/api/v1/runs").status_code == 405
    assert client.post("/api/v1/tasks/t/trigger", json={"payload": 1, "options": {"ttl": -1}}).status_code == 400
    assert (
        client.post("/api/v1/tasks/t/trigger", json={"options": {"tags": [str(i) for i in range(11)]}}).status_code
        == 422
    )


def test_internal_errors_become_500_json(client: httpx.Client, monkeypatch: pytest.MonkeyPatch) -> None:
    from trigger_client.testing import _run_views

    def explode(*_: object) -> None:
        raise RuntimeError("kaboom")

    trigger(client, "t")
    monkeypatch.setattr(_run_views.RunPresenter, "list_item", explode)
    response = client.get("/api/v1/runs")
    assert response.status_code == 500 and response.json()["error"].startswith("Internal emulator error")


def test_validation_catches_wrong_response(monkeypatch: pytest.MonkeyPatch) -> None:
    with TriggerEmulator(clock=ManualClock(start=START), validate=True) as emulator:
        run_id = trigger(client_for(emulator, emulator.secret_key), "t")
        from trigger_client.testing import _run_views

        original = _run_views.RunPresenter.retrieve
        monkeypatch.setattr(_run_views.RunPresenter, "retrieve", lambda self, run: {**original(self, run), "status": 7})
        with pytest.raises(SpecValidationError, match="status"):
            client_for(emulator, emulator.secret_key).get(f"/api/v3/runs/{run_id}")
        assert emulator.validation_errors[-1].kind == "response"


def test_served_over_real_http(trigger_emulator: TriggerEmulator, trigger_emulator_server: str) -> None:
    assert trigger_emulator_server.startswith("http://127.0.0.1:")
    trigger_emulator.task("t")(lambda payload: payload["a"])
    headers = {"Authorization": f"Bearer {trigger_emulator.secret_key}"}
    with httpx.Client(base_url=trigger_emulator_server, headers=headers) as c:
        run_id = c.post("/api/v1/tasks/t/trigger", json={"payload": {"a": 1}}).json()["id"]
        assert trigger_emulator.wait_for_run(run_id, timeout=5)["status"] == "COMPLETED"
        assert c.get(f"/api/v3/runs/{run_id}").json()["payload"] == {"a": 1}
        assert c.get(f"/api/v3/runs/{run_id}").json()["output"] == 1
        custom = c.get("/api/v1/queues/a%252Fb", params={"type": "custom"})
        assert custom.status_code == 404 and custom.headers["x-ratelimit-limit"] == "750"
        trigger_emulator.faults.drop_rate = 1.0
        with pytest.raises(httpx.RemoteProtocolError):
            c.get("/api/v1/runs")


def test_cli_serve_prints_url_and_exits_on_sigterm() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "trigger_client.testing", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = dict(proc.stdout.readline().strip().partition("=")[::2] for _ in range(5))
        url = next(v for k, v in lines.items() if k == "TRIGGER_API_URL")
        key = lines["TRIGGER_SECRET_KEY"]
        assert key.startswith("tr_dev_") and lines["TRIGGER_ACCESS_TOKEN"].startswith("tr_pat_")
        response = httpx.get(f"{url}/api/v1/runs", headers={"Authorization": f"Bearer {key}"})
        assert response.status_code == 200 and json.loads(response.text)["data"] == []
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
