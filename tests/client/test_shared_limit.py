"""SharedRateLimit: the batch bucket one machine's processes share through a locked file. The bucket's arithmetic
on a clock passed in, real processes racing for it, unusable files, and two clients of either kind on the emulator
taking turns where one alone would have bounced off a 429."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import re
import types
from pathlib import Path

import pytest

from trigger_client import (
    AsyncTriggerClient,
    ConfigurationError,
    RateLimitError,
    SharedRateLimit,
    TriggerClient,
)
from trigger_client._http import pacing as _pacing
from trigger_client._http import shared_limit as _shared_limit
from trigger_client.testing import ManualClock, TokenBucket, TriggerEmulator

T0 = 1_700_000_000.0
URL = "https://api.trigger.dev"
KEY = "tr_dev_sharedsecret0123456789"


def webapp_bucket(path: Path, key: str = KEY) -> _shared_limit.SharedBucket:
    """The webapp's default batch bucket: 1,200 items, 100 more every 10 s."""
    return SharedRateLimit(path).bucket(URL, key)


def test_takes_the_burst_then_waits_for_each_refill(tmp_path: Path) -> None:
    bucket = webapp_bucket(tmp_path / "limits.json")
    assert bucket.take(1_000, T0) == 0.0
    # 200 left: 300 more need one refill, counted from the model's start (a second after its first use, to stay
    # behind the server's bucket, which starts when that first create arrives).
    assert bucket.take(300, T0) == pytest.approx(11.0)
    assert bucket.take(200, T0 + 5) == 0.0  # nothing was taken by the refused take
    assert bucket.take(100, T0 + 10.9) == pytest.approx(0.1)
    assert bucket.take(100, T0 + 11) == 0.0
    # Refills come in whole steps: 25 s later, two of them.
    assert bucket.take(200, T0 + 36) == 0.0
    assert bucket.take(1, T0 + 36) == pytest.approx(5.0)


def test_a_refusal_empties_the_bucket_until_past_the_floored_reset(tmp_path: Path) -> None:
    bucket = webapp_bucket(tmp_path / "limits.json")
    assert bucket.take(500, T0) == 0.0
    # api.v3.batches.ts: remaining 0 and the reset floored to its second; the refill is over one second later.
    bucket.refused(limit=1_200, remaining=0, reset=T0 + 42)
    assert bucket.take(100, T0 + 42.5) == pytest.approx(0.5)
    assert bucket.take(100, T0 + 43) == 0.0
    assert bucket.take(100, T0 + 43) == pytest.approx(10.0)


def test_the_limit_the_server_reports_replaces_batch_max(tmp_path: Path) -> None:
    bucket = webapp_bucket(tmp_path / "limits.json")
    bucket.refused(limit=300, remaining=0, reset=T0)  # an organization with its own limit
    later = T0 + 3_600
    assert bucket.take(300, later) == 0.0
    assert bucket.take(1, later) == pytest.approx(1.0)  # full at 300, not 1,200; refills on T0 + 1 + 10 k s


def test_more_items_than_the_bucket_holds_go_at_once_and_take_nothing(tmp_path: Path) -> None:
    bucket = SharedRateLimit(tmp_path / "limits.json", batch_max=500).bucket(URL, KEY)
    assert bucket.take(1_000, T0) == 0.0  # the server decides: it would refuse it at any time
    assert bucket.take(500, T0) == 0.0


def test_the_file_keys_buckets_by_a_hash_and_never_holds_the_key(tmp_path: Path) -> None:
    path = tmp_path / "limits.json"
    first, other_key, other_url = webapp_bucket(path), webapp_bucket(path, KEY + "x"), None
    other_url = SharedRateLimit(path).bucket("http://127.0.0.1:8030", KEY)
    assert first.take(1_200, T0) == 0.0
    assert other_key.take(1_200, T0) == 0.0  # each key has its own bucket
    assert other_url.take(1_200, T0) == 0.0
    assert first.take(1, T0) > 0
    text = path.read_text()
    assert KEY not in text and "sharedsecret" not in text and "api.trigger.dev" not in text
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_corrupt_file_is_started_afresh_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "limits.json"
    path.write_text("{not json")
    bucket = webapp_bucket(path)
    with caplog.at_level(logging.WARNING, logger="trigger_client"):
        assert bucket.take(1_200, T0) == 0.0
    assert "is not one this client wrote; starting it afresh" in caplog.text
    assert bucket.take(1, T0) > 0  # and from then on it is shared state again


def test_a_file_that_becomes_unusable_falls_back_to_the_clients_own_pacing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "limits.json"
    bucket = webapp_bucket(path)
    assert bucket.take(1_200, T0) == 0.0
    path.unlink()
    path.mkdir()  # the path is now a directory: every open fails
    with caplog.at_level(logging.WARNING, logger="trigger_client"):
        assert [bucket.take(1_200, T0), bucket.take(1_200, T0)] == [0.0, 0.0]
    assert caplog.text.count("pacing from the server's headers alone") == 1  # once per outage
    path.rmdir()
    assert bucket.take(1_200, T0) == 0.0  # a fresh file, a fresh bucket
    assert bucket.take(1, T0) > 0


def test_a_path_that_cannot_be_opened_is_refused_at_construction(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(ConfigurationError, match=r"cannot open '.*file/limits.json'.*writable directory"):
        SharedRateLimit(tmp_path / "file" / "limits.json")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"batch_max": 0}, "batch_max must be a whole number >= 1, got 0"),
        ({"batch_refill": 2.5}, "batch_refill must be a whole number >= 1, got 2.5"),
        ({"batch_interval": 0}, "batch_interval must be > 0 seconds, got 0"),
        ({"batch_interval": "10s"}, "batch_interval must be seconds, got '10s'"),
    ],
)
def test_bad_settings_are_refused(tmp_path: Path, arguments: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=re.escape(message)):
        SharedRateLimit(tmp_path / "limits.json", **arguments)  # type: ignore[arg-type]


def test_without_fcntl_construction_names_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_shared_limit, "_has_fcntl", lambda: False)
    with pytest.raises(ConfigurationError, match=r"needs fcntl file locks.*leave shared_rate_limit unset"):
        SharedRateLimit(tmp_path / "limits.json")


def test_the_client_refuses_anything_else_as_shared_rate_limit() -> None:
    with pytest.raises(ConfigurationError, match=r"shared_rate_limit must be a SharedRateLimit .*got str"):
        TriggerClient(secret_key=KEY, shared_rate_limit="/tmp/limits.json")  # type: ignore[arg-type]


def _take_all(path: str, attempts: int) -> int:
    """One process of the race below: how many of its takes of 10 items were granted."""
    import time

    bucket = SharedRateLimit(path, batch_max=1_000, batch_refill=1, batch_interval=3_600).bucket(URL, KEY)
    return sum(bucket.take(10, time.time()) == 0.0 for _ in range(attempts))


@pytest.mark.timeout(120)
def test_processes_sharing_the_file_are_granted_exactly_the_bucket(tmp_path: Path) -> None:
    """Four real processes, 100 takes of 10 items each, against 1,000 items and no refill within the hour: the
    lock makes the grants add up to exactly 100, whatever the interleaving."""
    path = str(tmp_path / "limits.json")
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        granted = pool.starmap(_take_all, [(path, 100)] * 4)
    assert sum(granted) == 100


@pytest.fixture
def emulator() -> TriggerEmulator:
    em = TriggerEmulator(clock=ManualClock(start=T0), seed=3, unregistered="queue")
    em.limits.batch = TokenBucket(max_tokens=4, refill_rate=4, interval=30.0)
    return em


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_clients_sharing_the_file_take_turns_instead_of_bouncing(
    mode: str, emulator: TriggerEmulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An outsider spends 3 of the 4 items; client A's 2-item batch is refused, which teaches the file; client B
    then waits in the file until past the refill instead of being refused too."""
    clock = emulator.clock
    assert isinstance(clock, ManualClock)
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.advance(seconds)

    async def async_sleep(seconds: float) -> None:
        sleep(seconds)

    monkeypatch.setattr(_pacing, "time", types.SimpleNamespace(time=clock.now, sleep=sleep))
    monkeypatch.setattr(asyncio, "sleep", async_sleep)
    shared = SharedRateLimit(tmp_path / "limits.json", batch_max=4, batch_refill=4, batch_interval=30)
    options = {"secret_key": emulator.secret_key, "api_url": emulator.base_url}
    two = [{"payload": {"n": n}} for n in range(2)]
    with emulator:
        if mode == "sync":
            with TriggerClient(transport=emulator.transport, **options) as outsider:  # type: ignore[arg-type]
                assert outsider.tasks.batch_trigger("t", [{"payload": {}}] * 3).ok
            with TriggerClient(transport=emulator.transport, max_retries=0, shared_rate_limit=shared, **options) as a:  # type: ignore[arg-type]
                refused = a.tasks.batch_trigger("t", two)
            with TriggerClient(transport=emulator.transport, shared_rate_limit=shared, **options) as b:  # type: ignore[arg-type]
                admitted = b.tasks.batch_trigger("t", two)
                retries = sum(op["retries"] for op in b.metrics.snapshot()["operations"].values())
                waits = b._sender.pacer.waits
        else:
            async with AsyncTriggerClient(transport=emulator.async_transport, **options) as aoutsider:  # type: ignore[arg-type]
                assert (await aoutsider.tasks.batch_trigger("t", [{"payload": {}}] * 3)).ok
            async with AsyncTriggerClient(
                transport=emulator.async_transport,  # type: ignore[arg-type]
                max_retries=0,
                shared_rate_limit=shared,
                **options,
            ) as aa:
                refused = await aa.tasks.batch_trigger("t", two)
            async with AsyncTriggerClient(
                transport=emulator.async_transport,  # type: ignore[arg-type]
                shared_rate_limit=shared,
                **options,
            ) as ab:
                admitted = await ab.tasks.batch_trigger("t", two)
                retries = sum(op["retries"] for op in ab.metrics.snapshot()["operations"].values())
                waits = ab._sender.pacer.waits
    assert [type(item.error) for item in refused.items] == [RateLimitError, RateLimitError]
    # The server's bucket refills at T0 + 30 s and says so floored to the second; B waits until T0 + 31 s.
    assert slept == [pytest.approx(31.0)] and waits == 1
    assert admitted.ok and len(admitted.batch_ids) == 1
    assert retries == 0  # B was never refused: it waited in the file
