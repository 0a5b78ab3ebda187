"""The store of ``SharedRateLimit.redis``: each bucket one Redis key, changed by compare-and-set in a Lua script.

The bucket's arithmetic stays in Python (``SharedBucket``, the same as the file store's); the script makes it
atomic without a lock. One call returns the bucket's stored value and Redis's ``TIME``; the change is computed from
them; a second call writes the new value only if the stored one is still what was read, else hands back the newer
value and time to compute again. Every worker thus counts on one clock, Redis's, and a worker that dies between the
two calls leaves nothing held. Redis is only a model of the server's counter: when it cannot be used, takes return
0.0 (the client's own pacing from the server's headers decides) and Redis is tried again after ``retry_interval``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from trigger_client._exceptions import ConfigurationError
from trigger_client._http.shared_store import Change, State, positive_seconds
from trigger_client._optional import require

logger = logging.getLogger("trigger_client")

# KEYS[1]: the bucket. ARGV[1]: the value last read ("" for none); ARGV[2]: the value to write in its place ("" to
# only read); ARGV[3]: milliseconds until an idle bucket expires. Returns {written, stored value, TIME seconds,
# TIME microseconds}: the value and time to compute from again when the write lost a race.
SCRIPT = """
local stored = redis.call('GET', KEYS[1]) or ''
local now = redis.call('TIME')
if ARGV[2] ~= '' and stored == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return {1, stored, now[1], now[2]}
end
return {0, stored, now[1], now[2]}
"""
SCRIPT_SHA = hashlib.sha1(SCRIPT.encode()).hexdigest()
# Compare-and-set rounds before giving up on one take: each lost round means another worker's take went through.
_ROUNDS = 32
# What a take that lost every round waits before asking again (seconds): nothing was taken.
CONTENDED_WAIT = 0.005


class RedisStore:
    """Buckets as Redis keys ``key_prefix + hash``; ``now`` is Redis's clock, whatever the caller passes."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float,
        retry_interval: float,
        key_prefix: str,
        expire_after: float,
        options: Mapping[str, Any],
    ) -> None:
        redis = require("redis", extra="redis", feature="SharedRateLimit.redis")
        if not isinstance(url, str) or urlsplit(url).scheme not in ("redis", "rediss", "unix"):
            raise ConfigurationError(
                "SharedRateLimit.redis: url must be a redis://, rediss:// or unix:// URL, "
                f"got {_redact(url) if isinstance(url, str) else type(url).__name__!r}"
            )
        if not isinstance(key_prefix, str):
            raise ConfigurationError(f"SharedRateLimit.redis: key_prefix must be a str, got {key_prefix!r}")
        if isinstance(retry_interval, bool) or not isinstance(retry_interval, (int, float)) or retry_interval < 0:
            raise ConfigurationError(
                f"SharedRateLimit.redis: retry_interval must be seconds >= 0, got {retry_interval!r}"
            )
        self.timeout = positive_seconds("timeout", timeout)
        self.retry_interval = float(retry_interval)
        self.key_prefix = key_prefix
        self.url = _redact(url)
        self._expire_ms = max(1, round(expire_after * 1000))
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        settings = {
            **options,
            # Ours win: a dead Redis costs a call at most one timeout, never redis-py's retries with back-off.
            "socket_timeout": self.timeout,
            "socket_connect_timeout": self.timeout,
            "retry": Retry(NoBackoff(), 0),
            "retry_on_timeout": False,
            "decode_responses": False,
        }
        try:
            self.client = redis.Redis.from_url(url, **settings)
        except (ValueError, TypeError) as exc:
            raise ConfigurationError(f"SharedRateLimit.redis: cannot use {self.url!r}: {exc}") from None
        self._lock = threading.Lock()
        self._retry_at = 0.0
        self._down = False
        self._warned_pid: int | None = None

    def describe(self) -> str:
        return f".redis({self.url!r}"

    def update(self, key: str, change: Change, now: float) -> float:
        from redis.exceptions import RedisError

        if self._resting():
            return 0.0
        try:
            result = self._compare_and_set(self.key_prefix + key, change)
        except (RedisError, OSError) as exc:
            self._failed(exc)
            return 0.0
        if self._down:
            self._down = False
            logger.info("shared rate limit %s: usable again; sharing the batch bucket through it", self.url)
        return result

    async def aupdate(self, key: str, change: Change, now: float) -> float:
        import asyncio

        if self._resting():
            return 0.0  # no thread hop to learn that Redis is not to be asked yet
        # The sync client in a worker thread: the loop never blocks, and no connection is tied to one event loop.
        return await asyncio.to_thread(self.update, key, change, now)

    def _resting(self) -> bool:
        """Whether Redis failed less than ``retry_interval`` ago, so is not to be asked yet."""
        return time.monotonic() < self._retry_at

    def _compare_and_set(self, key: str, change: Change) -> float:
        written, stored, now = self._run(key, "", "")
        for _ in range(_ROUNDS):
            state, result = change(_parse(stored), now)
            value = json.dumps(state, sort_keys=True)
            if value == stored:
                return result  # nothing to write: the read was the whole operation
            written, stored, now = self._run(key, stored, value)
            if written:
                return result
        return CONTENDED_WAIT

    def _run(self, key: str, expected: str, value: str) -> tuple[bool, str, float]:
        from redis.exceptions import NoScriptError

        arguments = (key, expected, value, self._expire_ms)
        try:
            reply = self.client.evalsha(SCRIPT_SHA, 1, *arguments)
        except NoScriptError:  # a restarted or flushed Redis: EVAL sends the script and caches it again
            reply = self.client.eval(SCRIPT, 1, *arguments)
        written, stored, seconds, micros = reply
        return written == 1, stored.decode(), int(seconds) + int(micros) / 1_000_000

    def _failed(self, exc: BaseException) -> None:
        with self._lock:
            self._retry_at = time.monotonic() + self.retry_interval
            self._down = True
            if self._warned_pid == os.getpid():
                return
            self._warned_pid = os.getpid()  # one warning per process, however often Redis comes and goes
        logger.warning(
            "shared rate limit %s: cannot use it (%s: %s); pacing from the server's headers alone, "
            "trying Redis again every %g s",
            self.url,
            type(exc).__name__,
            exc,
            self.retry_interval,
        )


def _parse(stored: str) -> State | None:
    if not stored:
        return None
    try:
        state = json.loads(stored)
    except ValueError:
        return None  # not ours: the bucket starts afresh, written over by compare-and-set
    return state if isinstance(state, dict) else None


def _redact(url: str) -> str:
    """``url`` without its password (in the authority or as ``?password=``), for reprs and logs."""
    parts = urlsplit(url)
    if parts.password is not None:
        user = f"{parts.username}:***@" if parts.username else ":***@"
        parts = parts._replace(netloc=user + parts.netloc.rpartition("@")[2])
    query = [(name, "***" if name == "password" else value) for name, value in parse_qsl(parts.query, True)]
    return urlunsplit(parts._replace(query=urlencode(query, safe="*/")))
