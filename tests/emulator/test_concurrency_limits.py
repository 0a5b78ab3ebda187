"""The emulator's concurrency limits, driven through the client: limits gate how many runs execute, overrides
(with their bounds and key TTLs on the manual clock), pause, V2 queues refusing queue-level overrides, and replay
overrides. Rules: ``@trigger.dev/sdk`` 4.8.3 ``docs/concurrency.mdx``, ``docs/queues.mdx``, ``docs/replaying.mdx``
and ``@trigger.dev/core`` 4.8.3 ``schemas/queues.js``. Counts only: no test depends on the machine's speed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from tests.emulator.conftest import START, client_for
from trigger_client import BadRequestError, NotFoundError, QueueRef, TriggerClient
from trigger_client.testing import ManualClock, TriggerEmulator
from trigger_client.types import QueueVersion

DAY = 86_400


@pytest.fixture
def emulator() -> Iterator[TriggerEmulator]:
    with TriggerEmulator(clock=ManualClock(start=START), seed=3, validate=True) as em:
        em.concurrency_limit("openai", total=1)
        em.task("report", concurrency={"per_key": 1, "total": 2})(lambda payload: payload)
        em.task("summarize", concurrency=[{"total": 5}, "openai"])(lambda payload: "summary")
        em.task("title", concurrency="openai")(lambda payload: "title")
        em.task("legacy")(lambda payload: "done")
        yield em
    assert not [m for m in em.validation_errors if m.kind == "request"], em.validation_errors


@pytest.fixture
def client(emulator: TriggerEmulator) -> Iterator[TriggerClient]:
    with TriggerClient(secret_key=emulator.secret_key, transport=emulator.transport, max_retries=0) as c:
        yield c


def statuses(client: TriggerClient, run_ids: list[str]) -> list[str]:
    return [str(client.runs.retrieve(run_id).status) for run_id in run_ids]


def test_a_total_bound_gates_how_many_runs_execute(emulator: TriggerEmulator, client: TriggerClient) -> None:
    runs = [client.tasks.trigger("report", {"n": n}, concurrency_key=f"user_{n}").id for n in range(5)]
    assert emulator.start_pending() == runs[:2]  # total 2: the others stay queued
    limit = client.concurrency_limits.retrieve("task/report")
    assert (limit.running, limit.queued, limit.total.current, limit.per_key.current) == (2, 3, 2, 1)
    assert statuses(client, runs) == ["EXECUTING"] * 2 + ["QUEUED"] * 3

    raised = client.concurrency_limits.override("task/report", total=3)
    assert (raised.total.current, raised.total.base, raised.total.override) == (3, 2, 3)
    assert raised.total.overridden_at == START
    assert raised.per_key.override is None  # "Overrides change only the fields you pass"
    assert emulator.start_pending() == [runs[2]]

    client.concurrency_limits.pause("task/report")
    assert emulator.run_pending() == 3  # the started ones finish; a paused limit admits no more
    assert statuses(client, runs) == ["COMPLETED"] * 3 + ["QUEUED"] * 2
    assert client.concurrency_limits.retrieve("task/report").paused is True

    assert client.concurrency_limits.resume("task/report").paused is False
    assert emulator.run_pending() == 2
    reset = client.concurrency_limits.reset("task/report")
    assert (reset.total.current, reset.total.override, reset.total.overridden_at) == (2, None, None)


def test_per_key_pools_and_a_keys_override(emulator: TriggerEmulator, client: TriggerClient) -> None:
    emulator.concurrency_limit("tenant", per_key=1)
    emulator.task("sync", concurrency="tenant")(lambda payload: None)
    a1, a2, b1, none1, none2 = (
        client.tasks.trigger("sync", 1, concurrency_key="a").id,
        client.tasks.trigger("sync", 2, concurrency_key="a").id,
        client.tasks.trigger("sync", 3, concurrency_key="b").id,
        client.tasks.trigger("sync", 4).id,
        client.tasks.trigger("sync", 5).id,
    )
    # One per key; runs without a key share one pool (docs/concurrency.mdx).
    assert emulator.start_pending() == [a1, b1, none1]
    view = client.concurrency_limits.override("tenant", per_key=2, concurrency_key="a")
    assert (view.per_key.current, view.per_key.base, view.per_key.override) == (2, 1, 2)
    assert view.per_key.expires_at == START + dt.timedelta(days=7)  # the default TTL
    assert emulator.start_pending() == [a2]
    assert client.concurrency_limits.retrieve("tenant", concurrency_key="a").running == 2
    assert client.concurrency_limits.retrieve("tenant").per_key.current == 1  # the limit itself is unchanged
    assert none2 not in emulator.start_pending()


def test_a_keys_override_expires_on_the_emulators_clock(emulator: TriggerEmulator, client: TriggerClient) -> None:
    blocked = client.concurrency_limits.override("task/report", per_key=0, concurrency_key="a", ttl="1h")
    assert blocked.per_key.current == 0 and blocked.per_key.expires_at == START + dt.timedelta(hours=1)
    run_id = client.tasks.trigger("report", {}, concurrency_key="a", ttl="1d").id  # (a dev run expires in 10m)
    assert emulator.start_pending() == []  # "perKey: 0 blocks the key"
    emulator.advance(3599)
    assert emulator.start_pending() == []
    emulator.advance(1)
    assert client.concurrency_limits.retrieve("task/report", concurrency_key="a").per_key.override is None
    assert emulator.start_pending() == [run_id]


def test_a_limit_reset_leaves_keys_overrides(emulator: TriggerEmulator, client: TriggerClient) -> None:
    client.concurrency_limits.override("task/report", per_key=4, concurrency_key="a", ttl=30 * DAY)
    client.concurrency_limits.override("task/report", per_key=2)
    client.concurrency_limits.reset("task/report")
    assert client.concurrency_limits.retrieve("task/report", concurrency_key="a").per_key.override == 4
    cleared = client.concurrency_limits.reset("task/report", concurrency_key="a")
    assert (cleared.per_key.override, cleared.per_key.current, cleared.per_key.expires_at) == (None, 1, None)


def test_a_named_limit_is_shared_and_trigger_time_names_replace_it(
    emulator: TriggerEmulator, client: TriggerClient
) -> None:
    summary = client.tasks.trigger("summarize", {}).id
    title = client.tasks.trigger("title", {}).id
    free = client.tasks.trigger("title", {}, concurrency=[]).id  # only the task's inline limit (it has none)
    assert emulator.start_pending() == [summary, free]  # openai's total of 1 holds the other back
    openai = client.concurrency_limits.retrieve("openai")
    assert (openai.running, openai.queued) == (1, 1)
    assert emulator.run_pending() == 3 and statuses(client, [title]) == ["COMPLETED"]


def test_listing_shows_named_and_inline_limits(client: TriggerClient) -> None:
    assert [item.name for item in client.concurrency_limits.list()] == ["openai", "task/report", "task/summarize"]
    assert [item.name for item in client.concurrency_limits.list(page=2, per_page=2)] == ["task/summarize"]
    assert all(item.id.startswith("climit_") for item in client.concurrency_limits.list())


def test_the_server_side_rules(emulator: TriggerEmulator) -> None:
    with client_for(emulator, emulator.secret_key) as http:
        base = "/api/v1/concurrency-limits"
        assert http.get(f"{base}/nope").json() == {"error": "Concurrency limit not found"}
        refusals = {
            "perKey": {"perKey": 100_001},
            "ttl": {"total": 1, "ttl": "1d"},
            "total": {"perKey": 1, "total": 1, "concurrencyKey": "k"},
        }
        for field, body in refusals.items():
            answer = http.post(f"{base}/openai/override", json=body)
            assert answer.status_code == 400 and answer.json()["issues"][0]["path"] == [field], answer.text
        too_long = http.post(f"{base}/task%2Freport/override", json={"perKey": 1, "concurrencyKey": "k", "ttl": "31d"})
        assert too_long.status_code == 400 and "30 days" in too_long.text
        # A limit with only a total has no per-key bound to override (docs/concurrency.mdx).
        no_per_key = http.post(f"{base}/openai/override", json={"perKey": 1, "concurrencyKey": "k"})
        assert no_per_key.status_code == 400 and "no perKey bound" in no_per_key.text
        numeric = http.post(f"{base}/task%2Freport/override", json={"perKey": 1, "concurrencyKey": 42})
        assert numeric.json()["concurrencyKey"] == "42"  # numbers are stored as strings
        trigger = http.post("/api/v1/tasks/report/trigger", json={"payload": {}, "options": {"concurrency": ["a b"]}})
        assert trigger.status_code == 400 and "1-122 characters" in trigger.text


def test_v2_queues_refuse_queue_level_overrides(client: TriggerClient) -> None:
    queue = client.queues.retrieve(QueueRef("task", "report"))
    assert (queue.version, queue.concurrency_limit, queue.concurrency) == (QueueVersion.V2, None, None)
    with pytest.warns(DeprecationWarning), pytest.raises(BadRequestError, match="new concurrency model"):
        client.queues.override_concurrency(QueueRef("task", "report"), 5)
    with pytest.warns(DeprecationWarning), pytest.raises(BadRequestError, match="task/report"):
        client.queues.reset_concurrency(QueueRef("task", "report"))
    # A task without declared limits keeps a legacy (V1) queue, which still takes an override.
    assert client.queues.retrieve(QueueRef("task", "legacy")).version == QueueVersion.V1
    with pytest.warns(DeprecationWarning, match=r"concurrency_limits\.override"):
        assert client.queues.override_concurrency(QueueRef("task", "legacy"), 5).concurrency_limit == 5


def test_unknown_limits_are_not_found(client: TriggerClient) -> None:
    with pytest.raises(NotFoundError):
        client.concurrency_limits.retrieve("nope")
    with pytest.raises(NotFoundError):
        client.concurrency_limits.pause("task/legacy")


def test_replay_applies_its_overrides(emulator: TriggerEmulator, client: TriggerClient) -> None:
    emulator.add_deployment("20250202.1")
    original = client.tasks.trigger("legacy", {"user": 1}, tags=["first"], metadata={"a": 1}, concurrency_key="k")
    emulator.run_pending()
    when = dt.datetime(2025, 1, 2, tzinfo=dt.timezone.utc)
    replayed = client.runs.replay(
        original.id,
        payload={"user": 2, "when": when},
        tags=["replayed"],
        metadata={"source": "replay"},
        machine="large-1x",
        version="20250202.1",
        delay="1h",
        max_attempts=3,
    )
    run = client.runs.retrieve(replayed.id)
    # The payload went as superjson, like a trigger's: the run shows it as a triggered one would.
    same = client.tasks.trigger("legacy", {"user": 2, "when": when}).id
    assert run.payload == client.runs.retrieve(same).payload and run.payload["user"] == 2
    assert (run.tags, run.metadata.to_dict(), run.version) == (["replayed"], {"source": "replay"}, "20250202.1")
    assert str(run.status) == "DELAYED" and run.delayed_until == START + dt.timedelta(hours=1)
    stored = emulator.get_run(replayed.id)
    assert (stored["attemptCount"], run.task_identifier) == (0, "legacy")
    bare = client.runs.retrieve(client.runs.replay(original.id).id)
    # Left out, payload, metadata, tags and the concurrency key are the original's (docs/replaying.mdx).
    assert (bare.payload, bare.tags, bare.metadata.to_dict()) == ({"user": 1}, ["first"], {"a": 1})


@pytest.mark.parametrize(
    ("overrides", "message"),
    [({"queue": "no-such-queue"}, "does not exist"), ({"version": "19990101.1"}, "is not deployed")],
)
def test_replay_refuses_a_missing_queue_or_version(
    emulator: TriggerEmulator, client: TriggerClient, overrides: dict[str, str], message: str
) -> None:
    run_id = client.tasks.trigger("legacy", {}).id
    before = len(list(client.runs.list()))
    with pytest.raises(BadRequestError, match=message):
        client.runs.replay(run_id, **overrides)  # type: ignore[arg-type]
    assert len(list(client.runs.list())) == before  # no run is created


def test_replay_bodies_are_strict(emulator: TriggerEmulator) -> None:
    with client_for(emulator, emulator.secret_key) as http:
        created = http.post("/api/v1/tasks/legacy/trigger", json={"payload": {}}).json()["id"]
        unknown = http.post(f"/api/v1/runs/{created}/replay", json={"lockToVersion": "x"})
        assert unknown.status_code == 400 and unknown.json()["issues"][0]["path"] == ["lockToVersion"]
        not_superjson = {"payload": {"a": 1}, "payloadType": "application/super+json"}
        answer = http.post(f"/api/v1/runs/{created}/replay", json=not_superjson)
        assert answer.status_code == 400 and "must be a SuperJSON string" in answer.text
        plain = http.post(f"/api/v1/runs/{created}/replay", json={"payload": {"a": 1}})
        assert plain.status_code == 200
        assert emulator.get_run(plain.json()["id"])["payload"] == {"a": 1}


def test_a_queue_override_on_a_task_queue_replays_there(emulator: TriggerEmulator, client: TriggerClient) -> None:
    run_id = client.tasks.trigger("legacy", {}).id
    replayed = client.runs.replay(run_id, queue="task/report")
    assert [run.id for run in client.runs.list(queue=["task/report"])] == [replayed.id]
