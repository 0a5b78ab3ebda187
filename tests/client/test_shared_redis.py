"""SharedRateLimit.redis: the batch bucket shared through a real redis-server (tests/redis_server.py), never a fake.

The bucket's arithmetic is the file store's (tests/client/test_shared_limit.py); here: that Redis applies it
atomically on its own clock across processes, keeps no secret, expires idle buckets, survives a script cache
flush, an outage and a restart without failing a call, and works with passwords and TLS. Times compared are Redis's
own; refills are frozen (an hour's interval) wherever a count is asserted, so nothing depends on machine speed.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import math
import multiprocessing
import re
import socket
import subprocess
import sys
import threading
import time
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.redis_server import RedisServer, Tls, require_redis_server
from trigger_client import (
    AsyncTriggerClient,
    ConfigurationError,
    RateLimitError,
    SharedRateLimit,
    TriggerClient,
)
from trigger_client._http import pacing as _pacing
from trigger_client._http.shared_redis import SCRIPT_SHA
from trigger_client._optional import MissingDependencyError
from trigger_client.testing import ManualClock, TokenBucket, TriggerEmulator

URL = "https://api.trigger.dev"
KEY = "tr_dev_sharedsecret0123456789"
HOUR = 3_600
PREFIX = "trigger-client:batch:"

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RedisServer]:
    require_redis_server()
    with RedisServer(tmp_path) as running:
        yield running


def frozen(url: str, **options: object) -> SharedRateLimit:
    """1,000 items and no refill within the hour: every grant is counted, none comes from the clock."""
    return SharedRateLimit.redis(url, batch_max=1_000, batch_refill=1, batch_interval=HOUR, **options)  # type: ignore[arg-type]


def stored(server: RedisServer, key: str = KEY, url: str = URL) -> dict[str, float]:
    digest = hashlib.sha256(f"{url}\n{key}".encode()).hexdigest()[:32]
    value = server.client().get(PREFIX + digest)
    assert isinstance(value, str), f"no bucket in Redis for {url} and this key"
    state: dict[str, float] = json.loads(value)
    return state


def server_time(server: RedisServer) -> float:
    seconds, micros = server.client().time()
    return seconds + micros / 1e6


def test_takes_the_burst_then_waits_for_the_refill_on_redis_time(server: RedisServer) -> None:
    bucket = SharedRateLimit.redis(server.url, batch_interval=HOUR).bucket(URL, KEY)  # 1,200, 100 an hour
    assert bucket.take(1_000, 0.0) == 0.0  # the caller's clock (here 0) is ignored: Redis's is used
    wait = bucket.take(300, 0.0)
    # One refill away, counted from the model's start a second after its first use (by Redis's clock).
    assert HOUR - 60 < wait <= HOUR + 1
    assert bucket.take(200, 0.0) == 0.0  # nothing was taken by the refused take
    assert stored(server)["tokens"] == 0
    assert bucket.take(1_300, 0.0) == 0.0  # more than the bucket holds: the server decides
    assert stored(server)["tokens"] == 0


def test_the_key_is_a_hash_per_api_url_and_key_and_expires_when_idle(server: RedisServer) -> None:
    limit = frozen(server.url)
    for url, key in ((URL, KEY), (URL, KEY + "x"), ("http://127.0.0.1:8030", KEY)):
        assert limit.bucket(url, key).take(1_000, 0.0) == 0.0  # each its own bucket
        assert stored(server, key, url)["tokens"] == 0
    assert limit.bucket(URL, KEY).take(1, 0.0) > 0
    client = server.client()
    keys = client.keys("*")
    assert len(keys) == 3 and all(re.fullmatch(PREFIX + "[0-9a-f]{32}", name) for name in keys)
    for name in keys:
        value = client.get(name)
        assert KEY not in value and "sharedsecret" not in value and "api.trigger.dev" not in value
        # Idle for a full refill (1,000 refills of an hour) and one more interval, the bucket is full: it expires.
        assert 0 < client.pttl(name) <= (1_000 + 1) * HOUR * 1000


def test_a_refusal_sets_the_bucket_to_the_servers_reset(server: RedisServer) -> None:
    bucket = SharedRateLimit.redis(server.url, batch_interval=10).bucket(URL, KEY)
    assert bucket.take(500, 0.0) == 0.0
    reset = math.floor(server_time(server)) + 42  # api.v3.batches.ts: remaining 0, the reset floored to its second
    bucket.refused(limit=300, remaining=0, reset=reset)
    assert stored(server) == {"max": 300, "tokens": 0, "refilled_at": reset + 1 - 10}
    wait = bucket.take(100, 0.0)
    assert 30 < wait <= 43  # until past the floored reset, by Redis's clock


def _take_all(url: str, attempts: int, skew: float) -> int:
    """One process of the race below: how many of its takes of 10 items were granted, its clock ``skew`` s off."""
    bucket = frozen(url).bucket(URL, KEY)
    return sum(bucket.take(10, time.time() + skew) == 0.0 for _ in range(attempts))


def test_processes_on_skewed_clocks_are_granted_exactly_the_bucket(server: RedisServer) -> None:
    """Eight real processes, 40 takes of 10 items each, against 1,000 items and no refill within the hour; their
    clocks are days apart, which would have refilled the bucket had it been read on theirs. Compare-and-set on
    Redis's clock makes the grants add up to exactly 100, whatever the interleaving."""
    skews = [(n - 4) * 86_400.0 for n in range(8)]
    with multiprocessing.get_context("spawn").Pool(8) as pool:
        granted = pool.starmap(_take_all, [(server.url, 40, skew) for skew in skews])
    assert sum(granted) == 100
    assert stored(server)["tokens"] == 0


def test_workers_with_skewed_clocks_share_one_bucket(server: RedisServer, tmp_path: Path) -> None:
    """A worker whose clock runs a day ahead finds no refill in Redis, where a file on its own clock would grant."""
    now = time.time()
    behind, ahead = frozen(server.url).bucket(URL, KEY), frozen(server.url).bucket(URL, KEY)
    assert behind.take(1_000, now - 86_400) == 0.0
    assert HOUR - 60 < ahead.take(1, now + 86_400) <= HOUR + 1
    file = SharedRateLimit(tmp_path / "limits.json", batch_max=1_000, batch_refill=1, batch_interval=HOUR)
    assert file.bucket(URL, KEY).take(1_000, now - 86_400) == 0.0
    assert file.bucket(URL, KEY).take(1, now + 86_400) == 0.0  # the contrast: its clock refilled it


def test_a_flushed_script_cache_is_refilled_by_eval(server: RedisServer) -> None:
    bucket = frozen(server.url).bucket(URL, KEY)
    assert bucket.take(600, 0.0) == 0.0
    client = server.client()
    assert client.script_exists(SCRIPT_SHA) == [True]
    client.script_flush()
    assert bucket.take(400, 0.0) == 0.0  # EVALSHA answered NOSCRIPT; EVAL ran it and cached it again
    assert client.script_exists(SCRIPT_SHA) == [True]
    assert bucket.take(1, 0.0) > 0


def test_a_password_protected_server(server: RedisServer, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with RedisServer(tmp_path, password="s3cret-pw") as locked:
        limit = frozen(locked.url)
        assert "s3cret-pw" not in repr(limit) and ":***@127.0.0.1" in repr(limit)
        assert limit.bucket(URL, KEY).take(1_000, 0.0) == 0.0
        assert limit.bucket(URL, KEY).take(1, 0.0) > 0
        wrong = frozen(locked.url.replace("s3cret-pw", "wrong-pw"), retry_interval=0)
        with caplog.at_level(logging.WARNING, logger="trigger_client"):
            assert wrong.bucket(URL, KEY).take(1, 0.0) == 0.0  # refused by Redis: the server decides
        assert "pacing from the server's headers alone" in caplog.text and "wrong-pw" not in caplog.text
        assert SharedRateLimit.redis(locked.url.replace("s3cret-pw@", "@"), password="s3cret-pw") is not None
        assert frozen(f"redis://127.0.0.1:{locked.port}/0", password="s3cret-pw").bucket(URL, KEY).take(1, 0.0) > 0


def test_rediss_passes_the_tls_settings_through(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A TLS-only redis-server with a CA the test makes and client certificates required (mutual TLS)."""
    require_redis_server()
    tls = Tls.make(tmp_path)
    with RedisServer(tmp_path, tls=tls) as secure:
        assert secure.url.startswith("rediss://")
        trusted = frozen(
            secure.url, ssl_ca_certs=str(tls.ca), ssl_certfile=str(tls.client_cert), ssl_keyfile=str(tls.client_key)
        )
        assert trusted.bucket(URL, KEY).take(1_000, 0.0) == 0.0
        assert trusted.bucket(URL, KEY).take(1, 0.0) > 0
        with caplog.at_level(logging.WARNING, logger="trigger_client"):
            untrusted = frozen(secure.url, retry_interval=0)  # the system CAs do not know the test's CA
            assert untrusted.bucket(URL, KEY).take(1, 0.0) == 0.0
        assert "certificate verify failed" in caplog.text


def test_a_redis_that_never_answers_costs_a_take_one_timeout(caplog: pytest.LogCaptureFixture) -> None:
    """A socket that accepts and stays silent: the take gives up after ``timeout`` and lets the call go."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        limit = frozen(f"redis://127.0.0.1:{silent.getsockname()[1]}/0", timeout=0.2)
        with caplog.at_level(logging.WARNING, logger="trigger_client"):
            assert limit.bucket(URL, KEY).take(1, 0.0) == 0.0
            assert limit.bucket(URL, KEY).take(1, 0.0) == 0.0  # within retry_interval: Redis is not asked
    assert caplog.text.count("trying Redis again every 5 s") == 1


@pytest.mark.parametrize(
    ("url", "options", "message"),
    [
        ("http://127.0.0.1:6379", {}, "url must be a redis://, rediss:// or unix:// URL, got 'http://127.0.0.1:6379'"),
        ("redis://:pw@host:bad/0", {}, "cannot use 'redis://:***@host:bad/0'"),
        ("redis://host/0", {"timeout": 0}, "timeout must be > 0 seconds, got 0"),
        ("redis://host/0", {"retry_interval": -1}, "retry_interval must be seconds >= 0, got -1"),
        ("redis://host/0", {"batch_max": 0}, "batch_max must be a whole number >= 1, got 0"),
    ],
)
def test_bad_settings_are_refused(url: str, options: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=re.escape(message)):
        SharedRateLimit.redis(url, **options)  # type: ignore[arg-type]


@pytest.fixture
def emulator() -> TriggerEmulator:
    em = TriggerEmulator(clock=ManualClock(start=time.time()), seed=3, unregistered="queue")
    em.limits.batch = TokenBucket(max_tokens=100, refill_rate=100, interval=30.0)
    return em


def _batch(client: TriggerClient, items: int) -> bool:
    return client.tasks.batch_trigger("t", [{"payload": {"n": n}} for n in range(items)]).ok


async def _abatch(client: AsyncTriggerClient, items: int) -> bool:
    return (await client.tasks.batch_trigger("t", [{"payload": {"n": n}} for n in range(items)])).ok


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_redis_killed_and_restarted_mid_run(
    mode: str, emulator: TriggerEmulator, server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Calls go on through the outage (the client paces itself, one warning), and the restarted (empty) Redis is
    used again: the bucket reappears there with the next batch's items taken."""
    shared = SharedRateLimit.redis(server.url, batch_max=100, batch_refill=100, batch_interval=HOUR, retry_interval=0)
    options = {"secret_key": emulator.secret_key, "api_url": emulator.base_url}
    outcomes: list[bool] = []
    tokens: list[float] = []
    with emulator, caplog.at_level(logging.INFO, logger="trigger_client"):
        if mode == "sync":
            with TriggerClient(transport=emulator.transport, shared_rate_limit=shared, **options) as client:  # type: ignore[arg-type]
                outcomes.append(_batch(client, 3))
                tokens.append(stored(server, emulator.secret_key, emulator.base_url)["tokens"])
                server.kill()
                outcomes += [_batch(client, 2), _batch(client, 2)]
                server.start()
                outcomes.append(_batch(client, 5))
        else:
            async with AsyncTriggerClient(
                transport=emulator.async_transport,  # type: ignore[arg-type]
                shared_rate_limit=shared,
                **options,
            ) as aclient:
                outcomes.append(await _abatch(aclient, 3))
                tokens.append(stored(server, emulator.secret_key, emulator.base_url)["tokens"])
                server.kill()
                outcomes += [await _abatch(aclient, 2), await _abatch(aclient, 2)]
                server.start()
                outcomes.append(await _abatch(aclient, 5))
        tokens.append(stored(server, emulator.secret_key, emulator.base_url)["tokens"])
    assert outcomes == [True] * 4
    assert tokens == [97, 95]  # a fresh bucket in the restarted Redis, 5 items taken
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "pacing from the server's headers alone" in warnings[0].getMessage()
    assert "usable again" in caplog.text


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_429_sets_the_shared_bucket_to_the_servers_reset(
    mode: str, emulator: TriggerEmulator, server: RedisServer
) -> None:
    """An outsider spends 98 of the 100 items; a client's 5-item batch is refused, which it writes to Redis: the
    server's limit, no tokens, the refill over a second after the floored reset. Another worker then waits for it."""
    shared = SharedRateLimit.redis(server.url, batch_max=100, batch_refill=100, batch_interval=30)
    options = {"secret_key": emulator.secret_key, "api_url": emulator.base_url}
    with emulator:
        with TriggerClient(transport=emulator.transport, **options) as outsider:  # type: ignore[arg-type]
            assert _batch(outsider, 98)
        if mode == "sync":
            with TriggerClient(transport=emulator.transport, max_retries=0, shared_rate_limit=shared, **options) as a:  # type: ignore[arg-type]
                refused = a.tasks.batch_trigger("t", [{"payload": {}}] * 5)
        else:
            async with AsyncTriggerClient(
                transport=emulator.async_transport,  # type: ignore[arg-type]
                max_retries=0,
                shared_rate_limit=shared,
                **options,
            ) as aa:
                refused = await aa.tasks.batch_trigger("t", [{"payload": {}}] * 5)
    assert [type(item.error) for item in refused.items] == [RateLimitError] * 5
    state = stored(server, emulator.secret_key, emulator.base_url)
    assert state["max"] == 100 and state["tokens"] == 0
    reset = state["refilled_at"] - 1 + 30
    assert reset == int(reset) and emulator.clock.now() < reset <= emulator.clock.now() + 30
    other = shared.bucket(emulator.base_url, emulator.secret_key)
    wait = other.take(1, 0.0) if mode == "sync" else await other.atake(1, 0.0)
    assert 0 < wait <= 31


def test_redis_calls_from_the_async_client_leave_the_event_loop_free(server: RedisServer) -> None:
    """The async take runs in a worker thread: the loop keeps running while Redis is asked."""
    bucket = frozen(server.url).bucket(URL, KEY)
    loop_thread: list[int] = []

    async def main() -> float:
        loop_thread.append(threading.get_ident())
        return await bucket.atake(10, 0.0)

    original = bucket.limit.store.update
    calls: list[int] = []

    def update(*args: object) -> float:
        calls.append(threading.get_ident())
        return original(*args)  # type: ignore[arg-type]

    bucket.limit.store.update = update  # type: ignore[method-assign]
    assert asyncio.run(main()) == 0.0
    assert calls and calls[0] != loop_thread[0]


def test_a_redis_failing_mid_run_lets_calls_go_and_is_used_again_once_fixed(
    server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Redis answering errors (here WRONGTYPE: someone else's list under the bucket's key) is a failure like being
    unreachable: the take lets the call go, with one warning; once the key is ours again the bucket is shared."""
    bucket = frozen(server.url, retry_interval=0).bucket(URL, KEY)
    name = PREFIX + bucket.key
    client = server.client()
    client.rpush(name, "not a bucket")
    with caplog.at_level(logging.WARNING, logger="trigger_client"):
        assert [bucket.take(1_000, 0.0), bucket.take(1_000, 0.0)] == [0.0, 0.0]
    assert caplog.text.count("WRONGTYPE") == 1
    client.delete(name)
    assert bucket.take(1_000, 0.0) == 0.0
    assert bucket.take(1, 0.0) > 0


def test_without_redis_py_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(MissingDependencyError, match=re.escape("pip install 'trigger-client[redis]'")):
        SharedRateLimit.redis("redis://127.0.0.1:6379/0")


def test_the_file_limit_never_imports_redis(tmp_path: Path) -> None:
    code = (
        "import sys, trigger_client\n"
        f"trigger_client.SharedRateLimit({str(tmp_path / 'limits.json')!r}).bucket('u', 'k').take(1, 0.0)\n"
        "assert 'redis' not in sys.modules, 'redis imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_client_waits_in_redis_within_the_calls_deadline(
    mode: str, emulator: TriggerEmulator, server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another worker emptied the bucket: a client waits the refill Redis names (its sleep here writes the refill
    Redis would have counted by then) and goes; a client whose deadline leaves less than that goes at once and lets
    the server decide, as with the file."""
    shared = SharedRateLimit.redis(server.url, batch_max=4, batch_refill=4, batch_interval=30)
    worker = shared.bucket(emulator.base_url, emulator.secret_key)
    name = PREFIX + worker.key
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        state = json.loads(server.client().get(name))
        server.client().set(name, json.dumps({**state, "tokens": 4}, sort_keys=True))

    async def async_sleep(seconds: float) -> None:
        sleep(seconds)

    monkeypatch.setattr(_pacing, "time", types.SimpleNamespace(time=time.time, sleep=sleep))
    monkeypatch.setattr(asyncio, "sleep", async_sleep)
    options = {"secret_key": emulator.secret_key, "api_url": emulator.base_url, "shared_rate_limit": shared}
    two = [{"payload": {"n": n}} for n in range(2)]
    waits: list[int] = []
    with emulator:
        for deadline in (None, 5.0):
            assert worker.take(4 if deadline is None else 2, 0.0) == 0.0  # the other worker empties the bucket
            if mode == "sync":
                with TriggerClient(transport=emulator.transport, deadline=deadline, **options) as client:  # type: ignore[arg-type]
                    assert client.tasks.batch_trigger("t", two).ok
                    waits.append(client._sender.pacer.waits)
            else:
                async with AsyncTriggerClient(
                    transport=emulator.async_transport,  # type: ignore[arg-type]
                    deadline=deadline,
                    **options,  # type: ignore[arg-type]
                ) as aclient:
                    assert (await aclient.tasks.batch_trigger("t", two)).ok
                    waits.append(aclient._sender.pacer.waits)
            if deadline is None:
                assert len(slept) == 1 and 25 < slept[0] <= 31  # one refill, counted on Redis's clock
                assert json.loads(server.client().get(name))["tokens"] == 2  # then it took its two
    assert waits == [1, 1]  # the second client was told to wait, but 31 s is past its deadline: it went at once
    assert len(slept) == 1
    assert json.loads(server.client().get(name))["tokens"] == 0  # and took nothing it was not granted
