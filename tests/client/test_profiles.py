"""Profiles in config.toml, client_from_profile, and the Projects / AsyncProjects registries."""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.client.conftest import BASE, PAT, SECRET, json_response
from trigger_client import AsyncTriggerClient, AuthenticationError, ClientClosedError, ConfigurationError, TriggerClient
from trigger_client._config_file import config_path
from trigger_client._profiles import Profile, ProfileError, client_from_profile, load_profile, load_profiles
from trigger_client._projects import AsyncProjects, ProjectResult, Projects

ACME_KEY = "tr_prod_acmeacmeacmeacmeacme01"
BETA_KEY = "tr_prod_betabetabetabetabeta02"
ENV_VARS = (
    "TRIGGER_SECRET_KEY",
    "TRIGGER_ACCESS_TOKEN",
    "TRIGGER_API_URL",
    "TRIGGER_PREVIEW_BRANCH",
    "TRIGGER_PROJECT_REF",
    "TRIGGER_CONFIG",
    "ACME_PROD_TRIGGER_KEY",
    "BETA_TRIGGER_KEY",
)

CONFIG = """\
# two projects
[profiles.acme-prod]
api_url = "https://trigger.acme.test"
secret_key_env = "ACME_PROD_TRIGGER_KEY"
project_ref = "proj_abc"
preview_branch = "feature-x"
timeout = 30
max_retries = 2

[profiles.beta]
secret_key = "tr_prod_betabetabetabetabeta02"

[profiles."ops team"]
access_token_env = "OPS_PAT"
"""

LIST_RUN_ITEM: dict[str, Any] = {
    "id": "run_1",
    "status": "FAILED",
    "taskIdentifier": "my-task",
    "version": "20250101.1",
    "idempotencyKey": None,
    "isTest": False,
    "createdAt": "2025-01-01T00:00:00.000Z",
    "updatedAt": "2025-01-01T00:00:09.000Z",
    "startedAt": None,
    "finishedAt": None,
    "delayedUntil": None,
    "expiredAt": None,
    "tags": [],
    "costInCents": 0,
    "baseCostInCents": 0,
    "durationMs": 0,
    "isQueued": False,
    "isExecuting": False,
    "isWaiting": False,
    "isCompleted": True,
    "isSuccess": False,
    "isFailed": True,
    "isCancelled": False,
    "metadata": None,
    "taskKind": "STANDARD",
    "region": None,
    "env": {"id": "env_1", "name": "prod", "user": None},
}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("trigger_client._http.retry.RetryPolicy.backoff", lambda self, attempt, rand=None: 0.0)


HAS_TOML = sys.version_info >= (3, 11) or importlib.util.find_spec("tomli") is not None


def write(tmp_path: Path, text: str) -> Path:
    if not HAS_TOML:
        pytest.skip("reading TOML needs Python 3.11+ or tomli")
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


class Recorder:
    """A MockTransport that answers per bearer token and records (authorization, path) for every request."""

    def __init__(self, failing: frozenset[str] | set[str] = frozenset(), delay: float = 0.0) -> None:
        self.seen: list[tuple[str, str]] = []
        self.failing = failing
        self.delay = delay
        self.closed = 0

    def respond(self, request: httpx.Request) -> httpx.Response:
        auth = request.headers["authorization"]
        self.seen.append((auth, request.url.path))
        if auth.removeprefix("Bearer ") in self.failing:
            return json_response(401, {"error": "Invalid API key"})
        if request.url.path.endswith("/runs"):
            return json_response(200, {"data": [LIST_RUN_ITEM, {**LIST_RUN_ITEM, "id": "run_2"}], "pagination": {}})
        run_id = request.url.path.split("/")[-2]
        return json_response(200, {"id": run_id})

    def sync(self) -> httpx.MockTransport:
        recorder = self

        class Spy(httpx.MockTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                time.sleep(recorder.delay)
                return recorder.respond(request)

            def close(self) -> None:
                recorder.closed += 1

        return Spy(self.respond)

    def async_(self) -> httpx.MockTransport:
        recorder = self

        class Spy(httpx.MockTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                await asyncio.sleep(recorder.delay)
                return recorder.respond(request)

            async def aclose(self) -> None:
                recorder.closed += 1

        return Spy(self.respond)


def error(excinfo: pytest.ExceptionInfo[ProfileError]) -> tuple[str, int | None, str | None]:
    exc = excinfo.value
    return str(exc), exc.line, exc.key


# --------------------------------------------------------------------------- config path


def test_config_path_conventions(tmp_path: Path) -> None:
    assert config_path({"TRIGGER_CONFIG": "/etc/t.toml", "XDG_CONFIG_HOME": "/x"}) == Path("/etc/t.toml")
    assert config_path({"XDG_CONFIG_HOME": "/x", "HOME": "/h"}, platform="linux") == Path("/x/trigger/config.toml")
    assert config_path({"HOME": "/h"}, platform="linux") == Path("/h/.config/trigger/config.toml")
    assert config_path({"XDG_CONFIG_HOME": "relative", "HOME": "/h"}, platform="linux") == Path(
        "/h/.config/trigger/config.toml"
    )
    assert config_path({"HOME": "/h"}, platform="darwin") == Path("/h/Library/Application Support/trigger/config.toml")
    assert config_path({"APPDATA": "/appdata", "HOME": "/h"}, platform="win32") == Path("/appdata/trigger/config.toml")
    assert config_path({"HOME": "/h"}, platform="win32") == Path("/h/AppData/Roaming/trigger/config.toml")


def test_trigger_config_env_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIGGER_CONFIG", str(write(tmp_path, CONFIG)))
    assert list(load_profiles()) == ["acme-prod", "beta", "ops team"]


# --------------------------------------------------------------------------- loading and building


def test_load_profiles_reads_every_field(tmp_path: Path) -> None:
    path = write(tmp_path, CONFIG)
    profiles = load_profiles(path)
    acme = profiles["acme-prod"]
    assert acme == Profile(
        name="acme-prod",
        api_url="https://trigger.acme.test",
        secret_key_env="ACME_PROD_TRIGGER_KEY",
        project_ref="proj_abc",
        preview_branch="feature-x",
        timeout=30.0,
        max_retries=2,
    )
    assert acme.path == path
    assert acme.line() == 2 and acme.line("project_ref") == 5
    assert profiles["ops team"].access_token_env == "OPS_PAT"
    assert load_profile("beta", path=path).secret_key == BETA_KEY


def test_repr_masks_secrets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACME_PROD_TRIGGER_KEY", ACME_KEY)
    profiles = load_profiles(write(tmp_path, CONFIG))
    beta = profiles["beta"]
    for text in (repr(beta), str(beta), repr(profiles), repr(Profile("x", access_token=PAT))):
        assert BETA_KEY not in text and PAT not in text
    assert "secret_key=tr_prod_***(30 chars)" in repr(beta)
    assert "secret_key_env='ACME_PROD_TRIGGER_KEY'" in repr(profiles["acme-prod"])
    client = client_from_profile("acme-prod", TriggerClient, path=tmp_path / "config.toml", transport=Recorder().sync())
    assert ACME_KEY not in repr(client)
    client.close()


async def test_env_indirection_resolved_at_build_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, CONFIG)
    profile = load_profile("acme-prod", path=path)  # loading needs no variable
    monkeypatch.setenv("ACME_PROD_TRIGGER_KEY", ACME_KEY)
    # Global variables must not leak into a profile.
    monkeypatch.setenv("TRIGGER_SECRET_KEY", SECRET)
    monkeypatch.setenv("TRIGGER_PREVIEW_BRANCH", "other-branch")
    assert profile.client_kwargs() == {
        "api_url": "https://trigger.acme.test",
        "project_ref": "proj_abc",
        "preview_branch": "feature-x",
        "timeout": 30.0,
        "max_retries": 2,
        "secret_key": ACME_KEY,
    }
    recorder = Recorder()
    with client_from_profile("acme-prod", TriggerClient, path=path, transport=recorder.sync()) as client:
        assert isinstance(client, TriggerClient)
        assert (client.api_url, client.project_ref, client.preview_branch) == (
            "https://trigger.acme.test",
            "proj_abc",
            "feature-x",
        )
        client.runs.cancel("run_1")
    async with client_from_profile("acme-prod", AsyncTriggerClient, path=path, transport=recorder.async_()) as aclient:
        assert isinstance(aclient, AsyncTriggerClient)
        await aclient.runs.cancel("run_1")
    assert recorder.seen == [(f"Bearer {ACME_KEY}", "/api/v2/runs/run_1/cancel")] * 2


def test_profile_without_optional_keys_uses_defaults_not_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIGGER_API_URL", "https://elsewhere.test")
    monkeypatch.setenv("TRIGGER_PREVIEW_BRANCH", "other-branch")
    monkeypatch.setenv("TRIGGER_PROJECT_REF", "proj_other")
    path = write(tmp_path, CONFIG)
    with client_from_profile("beta", TriggerClient, path=path, transport=Recorder().sync()) as client:
        assert client.api_url == BASE
        assert client.preview_branch is None
        assert client.project_ref is None
    with Projects({"solo": {"secret_key": ACME_KEY}}, transport=Recorder().sync()) as projects:
        assert projects["solo"].project_ref is None and projects["solo"].preview_branch is None


def test_overrides_win_and_may_replace_the_credential(tmp_path: Path) -> None:
    path = write(tmp_path, CONFIG)
    recorder = Recorder()
    # ACME_PROD_TRIGGER_KEY is unset: an explicit credential makes it unnecessary.
    with client_from_profile(
        "acme-prod", TriggerClient, path=path, secret_key=SECRET, project_ref="proj_other", transport=recorder.sync()
    ) as client:
        assert client.project_ref == "proj_other"
        client.runs.cancel("run_1")
    assert recorder.seen[0][0] == f"Bearer {SECRET}"


def test_from_profile_classmethod_wiring_is_one_line(tmp_path: Path) -> None:
    class Client(TriggerClient):
        @classmethod
        def from_profile(cls, name: str, **overrides: Any) -> Client:
            return client_from_profile(name, cls, **overrides)

    with Client.from_profile("beta", path=write(tmp_path, CONFIG), transport=Recorder().sync()) as client:
        assert type(client) is Client


def test_dotted_and_inline_tables(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[profiles]\nacme = { secret_key = "tr_prod_acmeacmeacmeacmeacme01", timeout = 5 }\n'
        'beta.secret_key = "tr_prod_betabetabetabetabeta02"\nbeta.max_retries = -1\n',
    )
    with pytest.raises(ProfileError) as excinfo:
        load_profiles(path)
    assert error(excinfo)[1:] == (4, "max_retries")
    path = write(tmp_path, '[profiles]\nacme = { secret_key = "tr_prod_acmeacmeacmeacmeacme01", timeout = "5" }\n')
    with pytest.raises(ProfileError) as excinfo:
        load_profiles(path)
    assert error(excinfo)[1:] == (2, "timeout")


# --------------------------------------------------------------------------- every error names file, line, key, fix


def test_missing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr("sys.platform", "linux")
    assert load_profiles() == {}  # nothing asked for yet: no file is no profiles
    default = tmp_path / "xdg" / "trigger" / "config.toml"
    with pytest.raises(ProfileError) as excinfo:
        client_from_profile("acme-prod", TriggerClient)
    message = str(excinfo.value)
    assert message.startswith(f"{default}: no Trigger.dev config file here (the default location; set TRIGGER_CONFIG")
    assert "[profiles.acme-prod]" in message and "secret_key_env" in message
    assert excinfo.value.path == default

    with pytest.raises(ProfileError, match=r"nope\.toml: .*\(the path= you passed\)"):
        load_profiles(tmp_path / "nope.toml")
    monkeypatch.setenv("TRIGGER_CONFIG", str(tmp_path / "env.toml"))
    with pytest.raises(ProfileError, match=r"env\.toml: .*\(\$TRIGGER_CONFIG\)"):
        load_profiles()


def test_toml_syntax_error_has_line_column_and_caret(tmp_path: Path) -> None:
    path = write(tmp_path, "[profiles.acme]\nsecret_key_env = ACME_KEY\n")
    with pytest.raises(ProfileError) as excinfo:
        load_profile("acme", path=path)
    message, line, _ = error(excinfo)
    assert line == 2
    assert message.startswith(f"{path}:2: TOML syntax error: column 18: Invalid value")
    assert "\n    secret_key_env = ACME_KEY\n                     ^" in message
    assert 'secret_key_env = "NAME"' in message


def test_toml_syntax_error_at_end_of_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[profiles.acme]\nsecret_key_env =")
    with pytest.raises(ProfileError, match=r"config\.toml:2: TOML syntax error: .*\(at end of file\)"):
        load_profiles(path)


def test_unknown_profile_lists_known_ones(tmp_path: Path) -> None:
    path = write(tmp_path, CONFIG)
    with pytest.raises(ProfileError) as excinfo:
        client_from_profile("acme-prd", TriggerClient, path=path)
    assert str(excinfo.value) == (
        f"{path}: no profile 'acme-prd'; did you mean 'acme-prod'? known profiles: acme-prod, beta, ops team. "
        "Add it as a [profiles.acme-prd] table"
    )
    assert isinstance(excinfo.value, ConfigurationError)


BAD_PROFILES = [
    pytest.param(
        '[profiles.acme]\nsecret_key_env = "K"\nsecret_kye = "x"\n',
        3,
        "secret_kye",
        "unknown key; did you mean 'secret_key'? allowed keys: api_url, secret_key_env,",
        id="unknown-key",
    ),
    pytest.param(
        '[profiles.acme]\nsecret_key_env = "K"\n\n# seconds\ntimeout = "30"\n',
        5,
        "timeout",
        "must be a number, got string '30': write it like timeout = 30",
        id="wrong-type",
    ),
    pytest.param(
        '[profiles.acme]\nsecret_key_env = "K"\nmax_retries = 1.5\n',
        3,
        "max_retries",
        "must be a integer, got float 1.5",
        id="wrong-type-int",
    ),
    pytest.param(
        '[profiles.acme]\nsecret_key = ["tr_prod_acmeacmeacmeacmeacme01"]\n',
        2,
        "secret_key",
        "must be a string, got array: write it like secret_key = ",
        id="wrong-type-secret-not-shown",
    ),
    pytest.param(
        f'[profiles.acme]\nsecret_key = "{ACME_KEY}"\naccess_token = "{PAT}"\n',
        3,
        "access_token",
        "has both secret_key and access_token: keep secret_key (project API key) or access_token",
        id="both-credentials",
    ),
    pytest.param(
        f'[profiles.acme]\nsecret_key = "{ACME_KEY}"\nsecret_key_env = "K"\n',
        3,
        "secret_key_env",
        "has both secret_key and secret_key_env: keep either secret_key or secret_key_env",
        id="key-and-key-env",
    ),
    pytest.param(
        '[other]\nx = 1\n[profiles.acme]\nproject_ref = "proj_abc"\n',
        1,
        "other",
        "unknown top-level key;",
        id="unknown-top-level",
    ),
    pytest.param(
        '[profiles.acme]\nproject_ref = "proj_abc"\n',
        1,
        None,
        "no credential: add secret_key_env =",
        id="no-credential",
    ),
    pytest.param(
        f'[profiles.acme]\nsecret_key = "{PAT}"\n',
        2,
        "secret_key",
        "holds a personal access token, not a secret key: use access_token instead",
        id="wrong-kind-literal",
    ),
    pytest.param(
        f'[profiles.acme]\nsecret_key_env = "{ACME_KEY}"\n',
        2,
        "secret_key_env",
        "holds a credential (tr_prod_***(30 chars)), not the name of an environment variable",
        id="key-in-env-field",
    ),
    pytest.param(
        '[profiles.acme]\nsecret_key_env = "K"\napi_url = "api.trigger.dev"\n',
        3,
        "api_url",
        "must be an http(s) URL such as https://api.trigger.dev, got 'api.trigger.dev'",
        id="bad-url",
    ),
    pytest.param(
        '[profiles.acme]\nsecret_key_env = "K"\ntimeout = 0\n',
        3,
        "timeout",
        "must be a positive number of seconds",
        id="zero-timeout",
    ),
    pytest.param(
        '[profiles.acme]\nsecret_key_env = "K"\nmax_retries = -1\n',
        3,
        "max_retries",
        "must be 0 or more",
        id="negative-retries",
    ),
    pytest.param(
        'profiles = "acme"\n',
        1,
        "profiles",
        "must be a table of profiles, got string",
        id="profiles-not-a-table",
    ),
    pytest.param(
        "[profiles]\nacme = 3\n",
        2,
        None,
        "must be a table, got integer",
        id="profile-not-a-table",
    ),
]


@pytest.mark.parametrize(("text", "line", "key", "fix"), BAD_PROFILES)
def test_bad_profile_errors(tmp_path: Path, text: str, line: int, key: str | None, fix: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ProfileError) as excinfo:
        load_profiles(path)
    message, got_line, got_key = error(excinfo)
    assert (got_line, got_key) == (line, key)
    assert message.startswith(f"{path}:{line}: "), message
    if key is not None:
        assert f" {key}: " in message
    assert fix in message, message
    assert ACME_KEY not in message and PAT not in message


def test_unknown_top_level_key_suggests_profiles(tmp_path: Path) -> None:
    path = write(tmp_path, '[profile.acme]\nsecret_key_env = "K"\n')
    with pytest.raises(ProfileError) as excinfo:
        load_profiles(path)
    assert str(excinfo.value).startswith(f"{path}:1: profile: unknown top-level key; did you mean 'profiles'?")


@pytest.mark.parametrize(
    ("value", "problem"),
    [(None, "is not set"), ("", "is set but empty"), ("   ", "is set but empty")],
)
def test_env_var_unset_or_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str | None, problem: str
) -> None:
    path = write(tmp_path, CONFIG)
    if value is not None:
        monkeypatch.setenv("ACME_PROD_TRIGGER_KEY", value)
    with pytest.raises(ProfileError) as excinfo:
        client_from_profile("acme-prod", TriggerClient, path=path)
    message, line, key = error(excinfo)
    assert (line, key) == (4, "secret_key_env")
    assert message.startswith(
        f"{path}:4: [profiles.acme-prod] secret_key_env: environment variable ACME_PROD_TRIGGER_KEY {problem}: "
        "export ACME_PROD_TRIGGER_KEY="
    )


def test_env_var_with_wrong_kind_of_credential(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, CONFIG)
    monkeypatch.setenv("ACME_PROD_TRIGGER_KEY", PAT)
    with pytest.raises(ProfileError) as excinfo:
        client_from_profile("acme-prod", TriggerClient, path=path)
    assert str(excinfo.value) == (
        f"{path}:4: [profiles.acme-prod] secret_key_env: ACME_PROD_TRIGGER_KEY (named by secret_key_env) holds a "
        "personal access token, not a secret key: use access_token_env instead"
    )
    monkeypatch.setenv("OPS_PAT", "not-a-token")
    with pytest.raises(ProfileError) as excinfo:
        client_from_profile("ops team", TriggerClient, path=path)
    assert str(excinfo.value).startswith(
        f'{path}:14: [profiles."ops team"] access_token_env: OPS_PAT (named by access_token_env) is not a '
        "Trigger.dev credential"
    )


# --------------------------------------------------------------------------- Projects


def acme_beta(**extra: Any) -> dict[str, dict[str, Any]]:
    return {
        "acme": {"secret_key": ACME_KEY, "api_url": BASE, **extra},
        "beta": {"secret_key": BETA_KEY, "api_url": BASE},
    }


def assert_no_crossing(seen: list[tuple[str, str]], keys: dict[str, str]) -> None:
    """Every request for run_<name> carried <name>'s key."""
    assert seen
    for auth, path in seen:
        name = path.split("/")[-2].removeprefix("run_").split("-")[0]
        assert auth == f"Bearer {keys[name]}", (auth, path)


def test_credentials_never_cross_projects_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIGGER_SECRET_KEY", SECRET)  # must not be used by any project
    keys = {f"p{i}": f"tr_prod_{i:02d}" + "x" * 20 for i in range(12)}
    recorder = Recorder(delay=0.002)
    with Projects({n: {"secret_key": k} for n, k in keys.items()}, transport=recorder.sync()) as projects:
        for name in keys:
            assert projects[name].runs.cancel(f"run_{name}").id == f"run_{name}"

        def many(client: TriggerClient) -> list[str]:
            name = next(n for n, c in projects.items() if c is client)
            return [str(client.runs.cancel(f"run_{name}-{i}").id) for i in range(5)]

        results = projects.map(many, max_workers=6)
    assert_no_crossing(recorder.seen, keys)
    assert len(recorder.seen) == 12 * 6
    assert all(r.ok and len(r.unwrap()) == 5 for r in results.values())
    assert recorder.closed == 1


async def test_credentials_never_cross_projects_async(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIGGER_SECRET_KEY", SECRET)
    keys = {f"p{i}": f"tr_prod_{i:02d}" + "x" * 20 for i in range(12)}
    recorder = Recorder(delay=0.002)
    async with AsyncProjects({n: {"secret_key": k} for n, k in keys.items()}, transport=recorder.async_()) as projects:

        async def many(client: AsyncTriggerClient) -> list[str]:
            name = next(n for n, c in projects.items() if c is client)
            runs = await asyncio.gather(*(client.runs.cancel(f"run_{name}-{i}") for i in range(5)))
            return [str(r.id) for r in runs]

        results = await projects.map(many, max_workers=4)
    assert_no_crossing(recorder.seen, keys)
    assert len(recorder.seen) == 60
    assert [r.name for r in results.values()] == list(keys)
    assert all(r.ok for r in results.values())
    assert recorder.closed == 1


def test_map_runs_concurrently_in_threads() -> None:
    barrier = threading.Barrier(2, timeout=5)

    def both_at_once(client: TriggerClient) -> str:
        barrier.wait()  # deadlocks (then times out) unless both projects run at the same time
        return client.api_url

    with Projects(acme_beta(), transport=Recorder().sync()) as projects:
        results = projects.map(both_at_once)
    assert {n: r.unwrap() for n, r in results.items()} == {"acme": BASE, "beta": BASE}


async def test_async_map_bounded_by_semaphore() -> None:
    active = peak = 0

    async def count(client: AsyncTriggerClient) -> int:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01)
        active -= 1
        return 1

    specs = {f"p{i}": {"secret_key": f"tr_prod_{i:02d}" + "x" * 20} for i in range(6)}
    async with AsyncProjects(specs, transport=Recorder().async_()) as projects:
        results = await projects.map(count, max_workers=2)
    assert peak == 2 and len(results) == 6


def test_sync_map_with_one_failing_project_and_paginators() -> None:
    recorder = Recorder(failing={BETA_KEY})
    with Projects(acme_beta(max_retries=0), transport=recorder.sync()) as projects:
        results = projects.map(lambda c: c.runs.list(status=["FAILED"], limit=10))
    acme, beta = results["acme"], results["beta"]
    assert acme.ok and [run.id for run in acme.unwrap()] == ["run_1", "run_2"]
    assert not beta.ok and isinstance(beta.error, AuthenticationError) and beta.value is None
    with pytest.raises(AuthenticationError):
        beta.unwrap()
    assert {auth for auth, _ in recorder.seen} == {f"Bearer {ACME_KEY}", f"Bearer {BETA_KEY}"}


async def test_async_map_with_one_failing_project_and_paginators() -> None:
    recorder = Recorder(failing={ACME_KEY})
    async with AsyncProjects(acme_beta(max_retries=0), transport=recorder.async_()) as projects:
        listed = await projects.map(lambda c: c.runs.list(status=["FAILED"], limit=10))
        cancelled = await projects.map(lambda c: c.runs.cancel("run_x"))
    assert isinstance(listed["acme"].error, AuthenticationError)
    assert [run.id for run in listed["beta"].unwrap()] == ["run_1", "run_2"]
    assert cancelled["beta"].unwrap().id == "run_x" and not cancelled["acme"].ok


def test_sync_map_rejects_async_functions_per_project() -> None:
    async def fn(client: Any) -> None:
        return None

    with Projects(acme_beta(), transport=Recorder().sync()) as projects:
        results = projects.map(fn)
        with pytest.raises(ValueError, match="max_workers"):
            projects.map(fn, max_workers=0)
    assert all(isinstance(r.error, TypeError) and "AsyncProjects" in str(r.error) for r in results.values())


def test_closing_one_client_keeps_the_shared_pool_open() -> None:
    recorder = Recorder()
    projects = Projects(acme_beta(), transport=recorder.sync())
    projects["acme"].close()
    assert recorder.closed == 0
    assert projects["beta"].runs.cancel("run_beta").id == "run_beta"
    projects.close()
    projects.close()
    assert recorder.closed == 1
    with pytest.raises(ClientClosedError):
        projects.map(lambda c: None)
    assert "closed" in repr(projects)


async def test_default_transports_are_one_shared_pool() -> None:
    from trigger_client._http.aiohttp import AiohttpTransport
    from trigger_client._http.deadline import TlsOnDemand

    with Projects(acme_beta()) as projects:
        assert isinstance(projects.transport, TlsOnDemand)  # httpx's pools, the verified one built with its first use
        inner = {id(c._http._transport.inner.inner) for c in projects.values()}  # type: ignore[attr-defined]
        assert inner == {id(projects.transport)}
    async with AsyncProjects(acme_beta()) as aprojects:
        assert isinstance(aprojects.transport, AiohttpTransport)
        inner = {id(c._http._transport.inner.inner) for c in aprojects.values()}  # type: ignore[attr-defined]
        assert inner == {id(aprojects.transport)}


def test_registry_mapping_api_and_repr() -> None:
    with Projects(acme_beta(), transport=Recorder().sync()) as projects:
        assert projects.names == ["acme", "beta"] and len(projects) == 2 and "acme" in projects
        assert projects.get("nope") is None
        with pytest.raises(KeyError, match="no project 'acm'; did you mean 'acme'\\? known projects: acme, beta"):
            projects["acm"]
        assert repr(projects) == "Projects(['acme', 'beta'])"
        assert ACME_KEY not in repr(dict(projects))


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"api_url": BASE}, "project 'acme' has no secret_key= or access_token=: every project needs its own"),
        ({"secret_key": ACME_KEY, "transport": httpx.MockTransport(lambda r: json_response())}, "pass transport="),
        ("tr_prod_x", "expected a dict of client arguments or a Profile, got str"),
    ],
)
def test_registry_rejects_specs_that_could_share_credentials(
    monkeypatch: pytest.MonkeyPatch, spec: Any, message: str
) -> None:
    monkeypatch.setenv("TRIGGER_SECRET_KEY", SECRET)
    recorder = Recorder()
    with pytest.raises(ConfigurationError, match=message):
        Projects({"beta": {"secret_key": BETA_KEY}, "acme": spec}, transport=recorder.sync())
    assert recorder.closed == 1  # clients built before the failure are closed with the pool


def test_projects_from_profiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, CONFIG)
    monkeypatch.setenv("ACME_PROD_TRIGGER_KEY", ACME_KEY)
    monkeypatch.setenv("OPS_PAT", PAT)
    recorder = Recorder()
    with Projects.from_profiles(path=path, transport=recorder.sync(), max_retries=0) as projects:
        assert projects.names == ["acme-prod", "beta", "ops team"]
        assert projects["acme-prod"].preview_branch == "feature-x"
        assert projects["ops team"].credential_kind == "personal access token"
        results = projects.map(lambda c: c.runs.cancel("run_1"))
        projects["ops team"].runs.list(project_ref="proj_abc", env="prod").first_page()
    # A personal access token cannot cancel runs: that project's error stays in its result.
    assert isinstance(results["ops team"].error, ConfigurationError)
    assert results["acme-prod"].ok and results["beta"].ok
    assert sorted(auth for auth, _ in recorder.seen) == sorted(f"Bearer {k}" for k in (ACME_KEY, BETA_KEY, PAT))
    with Projects.from_profiles(["beta"], path, transport=Recorder().sync()) as projects:
        assert projects.names == ["beta"]
    with pytest.raises(ProfileError, match="no profile 'gamma'"):
        Projects.from_profiles(["beta", "gamma"], path)
    with pytest.raises(ConfigurationError, match="secret_key cannot apply to every project"):
        Projects.from_profiles(path=path, secret_key=SECRET)
    with pytest.raises(ProfileError, match="the config file has no profiles"):
        Projects.from_profiles(path=write(tmp_path, "# empty\n"))


async def test_async_projects_from_profiles_and_profile_values(tmp_path: Path) -> None:
    path = write(tmp_path, CONFIG)
    recorder = Recorder()
    async with AsyncProjects.from_profiles(["beta"], path, transport=recorder.async_()) as projects:
        assert isinstance(projects["beta"], AsyncTriggerClient)
        await projects["beta"].runs.cancel("run_1")
    profiles = load_profiles(path)
    async with AsyncProjects({"b": profiles["beta"]}, transport=recorder.async_()) as projects:
        await projects["b"].runs.cancel("run_1")
    assert [auth for auth, _ in recorder.seen] == [f"Bearer {BETA_KEY}"] * 2


def test_project_result() -> None:
    ok: ProjectResult[int] = ProjectResult("a", value=0)
    assert ok.ok and ok.unwrap() == 0
    failed: ProjectResult[int] = ProjectResult("b", error=RuntimeError("boom"))
    with pytest.raises(RuntimeError, match="boom"):
        failed.unwrap()


def test_python_310_uses_tomli_or_says_how_to_get_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    monkeypatch.setattr(sys, "version_info", (3, 10, 12, "final", 0))
    monkeypatch.setitem(sys.modules, "tomli", None)  # not installed
    with pytest.raises(ProfileError) as excinfo:
        load_profiles(path)
    assert str(excinfo.value).startswith(f"{path}: reading profiles needs a TOML parser: Python 3.11+ has tomllib")
    assert "pip install tomli" in str(excinfo.value) and "depends on tomli" in str(excinfo.value)
    parser = importlib.util.find_spec("tomllib") or importlib.util.find_spec("tomli")
    if parser is not None:  # an installed tomli is used
        monkeypatch.setitem(sys.modules, "tomli", importlib.import_module(parser.name))
        assert list(load_profiles(path)) == ["acme-prod", "beta", "ops team"]


def test_toml_type_names_every_parsed_type_booleans_first() -> None:
    import datetime as dt

    from trigger_client._config_file import toml_type

    values = [True, 3, 1.5, "s", [1], {"a": 1}, dt.date(2024, 1, 1), dt.time(1, 2), None]
    names = ["boolean", "integer", "float", "string", "array", "table", "date/time", "date/time", "NoneType"]
    assert [toml_type(value) for value in values] == names
