"""A batch-item token bucket shared by a fleet's processes: through a locked file on one machine, or through Redis.

A successful v3 batch create carries only the API limiter's headers (``api.v3.batches.ts`` adds none of its own),
so a client sees the batch bucket only when it is refused, and a fleet of processes on one key would each learn
it from a 429 of their own, every time the bucket runs dry. Processes that opt in share one model of the bucket
instead: each batch create first takes its ``runCount`` from the shared store (``createBatch.server.ts`` charges the
batch bucket ``runCount`` tokens), waiting for the modelled refill when too few are left, and a refusal from the
server (still the authority) sets the model to empty until the reset it names.

The bucket's arithmetic lives once, in :class:`SharedBucket`, as a change of one bucket's state at a time ``now``;
a store (:class:`FileStore` here, ``_shared_redis.RedisStore``) applies such a change atomically and says which
clock ``now`` is.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeGuard

from trigger_client._exceptions import ConfigurationError
from trigger_client._http.shared_store import Change, State, Store, positive_seconds

if TYPE_CHECKING:
    from trigger_client._http.shared_redis import RedisStore

logger = logging.getLogger("trigger_client")

# env.server.ts: BATCH_RATE_LIMIT_MAX 1200, _REFILL_RATE 100, _REFILL_INTERVAL "10s" (per environment).
DEFAULT_BATCH_MAX = 1_200
DEFAULT_BATCH_REFILL = 100
DEFAULT_BATCH_INTERVAL = 10.0
_VERSION = 1


class SharedRateLimit:
    """Opt-in: the processes that use one key share its batch rate limit through the file ``path`` (one machine) or
    a Redis server (:meth:`redis`, many machines).

    Pass the same path to every client of the fleet (``TriggerClient(shared_rate_limit=SharedRateLimit(path))``).
    Before each v3 batch create a client takes the batch's item count from a token bucket kept in the file, under
    an exclusive ``fcntl.flock``, and waits for the bucket's refill when too few items are left, so the processes
    take turns instead of each bouncing off a 429. The bucket's size and refill are the webapp's defaults (1,200
    items, 100 more every 10 s); set them if your organization has other limits. The server stays the authority:
    a refusal empties the bucket until the reset it names, and the limit it reports replaces ``batch_max``.

    The file holds no secret: each key's bucket is filed under a hash of the API URL and the key. Clients with
    different keys may share one file. A missing file is created (mode 0600); a file that cannot be opened at
    construction raises :class:`ConfigurationError`; a corrupt file is started afresh with a warning, and a file
    that becomes unreadable later falls back to each client's own pacing with a warning: the shared file is only a
    model of the server's counter, so losing it costs a few 429s, never a call.

    Needs ``fcntl`` (Linux, macOS and other POSIX systems); elsewhere construction raises ConfigurationError.

    Example::

        from trigger_client import SharedRateLimit, TriggerClient

        limit = SharedRateLimit("/tmp/trigger-batches.json")  # the same path in every worker process
        with TriggerClient(shared_rate_limit=limit) as client:
            client.tasks.batch_trigger("send-email", [{"payload": {"to": a}} for a in addresses])
    """

    path: str | None
    """The shared file; None for a limit kept in Redis."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        batch_max: int = DEFAULT_BATCH_MAX,
        batch_refill: int = DEFAULT_BATCH_REFILL,
        batch_interval: float = DEFAULT_BATCH_INTERVAL,
    ) -> None:
        if not _has_fcntl():
            raise ConfigurationError(
                f"shared_rate_limit: SharedRateLimit needs fcntl file locks, which {sys.platform} lacks; "
                "use SharedRateLimit.redis(url), or leave shared_rate_limit unset (each client then paces itself "
                "from the server's headers)"
            )
        if not isinstance(path, (str, os.PathLike)):
            raise ConfigurationError(f"SharedRateLimit: path must be a str or os.PathLike, got {type(path).__name__}")
        self._configure(batch_max, batch_refill, batch_interval)
        self.path = os.fspath(path)
        self.store: Store = FileStore(self.path)

    @classmethod
    def redis(
        cls,
        url: str,
        *,
        batch_max: int = DEFAULT_BATCH_MAX,
        batch_refill: int = DEFAULT_BATCH_REFILL,
        batch_interval: float = DEFAULT_BATCH_INTERVAL,
        timeout: float = 0.5,
        retry_interval: float = 5.0,
        key_prefix: str = "trigger-client:batch:",
        **redis_options: Any,
    ) -> SharedRateLimit:
        """The fleet's processes on any number of machines share the batch bucket through the Redis server at
        ``url`` (``redis://``, ``rediss://`` for TLS, or ``unix://``; a password as ``redis://:pw@host:6379/0``).

        Needs the ``redis`` extra (``pip install 'trigger-client[redis]'``, redis-py). Each key's bucket is one
        Redis key, ``key_prefix`` plus a hash of the API URL and the secret key (never the key itself), which
        expires once it has been idle long enough to be full again. A take reads the bucket and Redis's own clock
        (``TIME``, so the workers' clocks need not agree) and writes the result with a compare-and-set, both one
        Lua script: atomic, and no lock a crashed worker could leave held.

        Redis stays an aid, never a dependency of a call: each command is cut at ``timeout`` seconds; when Redis
        is unreachable or failing the clients pace themselves from the server's headers (one warning per process)
        and try Redis again every ``retry_interval`` seconds. ``redis_options`` go to ``redis.Redis.from_url``
        (``ssl_ca_certs=``, ``ssl_certfile=``, ``ssl_keyfile=``, ``username=``, ``password=``, ...).

        Example::

            limit = SharedRateLimit.redis("redis://:secret@redis.internal:6379/0")  # the same URL in every worker
            with TriggerClient(shared_rate_limit=limit) as client:
                client.tasks.batch_trigger("send-email", [{"payload": {"to": a}} for a in addresses])
        """
        from trigger_client._http.shared_redis import RedisStore

        limit = cls.__new__(cls)
        limit._configure(batch_max, batch_refill, batch_interval)
        limit.path = None
        # Idle this long, a bucket is full again, as a missing key reads; a server-reported limit is kept as long.
        idle = (math.ceil(limit.batch_max / limit.batch_refill) + 1) * limit.batch_interval
        store: RedisStore = RedisStore(
            url,
            timeout=timeout,
            retry_interval=retry_interval,
            key_prefix=key_prefix,
            expire_after=idle,
            options=redis_options,
        )
        limit.store = store
        return limit

    def _configure(self, batch_max: int, batch_refill: int, batch_interval: float) -> None:
        for name, value in (("batch_max", batch_max), ("batch_refill", batch_refill)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigurationError(f"SharedRateLimit: {name} must be a whole number >= 1, got {value!r}")
        self.batch_max, self.batch_refill = batch_max, batch_refill
        self.batch_interval = positive_seconds("batch_interval", batch_interval)

    def __repr__(self) -> str:
        return (
            f"SharedRateLimit{self.store.describe()}, batch_max={self.batch_max}, batch_refill={self.batch_refill}, "
            f"batch_interval={self.batch_interval})"
        )

    def bucket(self, api_url: str, token: str) -> SharedBucket:
        """The bucket of one key at one API URL, filed under a hash of both (the key itself is never written)."""
        digest = hashlib.sha256(f"{api_url}\n{token}".encode()).hexdigest()[:32]
        return SharedBucket(self, digest)


def _has_fcntl() -> bool:
    try:
        import fcntl  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class SharedBucket:
    """One key's batch bucket in a :class:`SharedRateLimit`; ``now`` is epoch seconds (a Redis store uses its own).

    Example::

        bucket = SharedRateLimit("/tmp/limits.json").bucket("https://api.trigger.dev", key)
        wait = bucket.take(1_000, time.time())  # 0.0: taken; else the seconds until enough are there
    """

    limit: SharedRateLimit
    key: str

    def take(self, items: int, now: float) -> float:
        """Take ``items`` tokens and return 0.0, or take none and return the seconds until enough are there.

        More items than the bucket holds, or a store that cannot be used, return 0.0 at once: the server decides.
        """
        return self.limit.store.update(self.key, self._taking(items), now)

    async def atake(self, items: int, now: float) -> float:
        """:meth:`take` for the async client (a Redis store waits for Redis off the event loop)."""
        return await self.limit.store.aupdate(self.key, self._taking(items), now)

    def refused(self, limit: int, remaining: int, reset: float) -> None:
        """The server refused a batch create: it had ``remaining`` tokens (0 from the webapp) until ``reset``
        (epoch seconds, floored to the second by api.v3.batches.ts, so the refill is over by ``reset + 1``)."""
        self.limit.store.update(self.key, self._refusal(limit, remaining, reset), reset)

    async def arefused(self, limit: int, remaining: int, reset: float) -> None:
        """:meth:`refused` for the async client."""
        await self.limit.store.aupdate(self.key, self._refusal(limit, remaining, reset), reset)

    def _taking(self, items: int) -> Change:
        interval, refill = self.limit.batch_interval, self.limit.batch_refill

        def take(stored: State | None, now: float) -> tuple[State, float]:
            state = stored if _valid(stored) else self._fresh(now)
            if now >= state["refilled_at"] + interval:
                # Refilled in whole steps counted from the last refill, as upstash's token bucket does.
                steps = math.floor((now - state["refilled_at"]) / interval)
                state["tokens"] = min(state["max"], state["tokens"] + steps * refill)
                state["refilled_at"] += steps * interval
            if items > state["max"]:
                return state, 0.0
            if state["tokens"] >= items:
                state["tokens"] -= items
                return state, 0.0
            refills = math.ceil((items - int(state["tokens"])) / refill)
            return state, max(0.0, float(state["refilled_at"]) + refills * interval - now)

        return take

    def _refusal(self, limit: int, remaining: int, reset: float) -> Change:
        def refuse(stored: State | None, now: float) -> tuple[State, float]:
            # Made wholly anew from the server's answer: neither the stored state nor the time matters.
            most = max(1, limit)
            state = {"max": most, "tokens": min(most, max(0, remaining))}
            return {**state, "refilled_at": reset + 1 - self.limit.batch_interval}, 0.0

        return refuse

    def _fresh(self, now: float) -> State:
        # A bucket the server makes on this key's first create starts full; its refills are counted from that
        # create's arrival, a moment after now, so this model refills a little later to stay behind the server's.
        margin = min(1.0, self.limit.batch_interval / 4)
        return {"max": self.limit.batch_max, "tokens": self.limit.batch_max, "refilled_at": now + margin}


class FileStore:
    """The buckets in one JSON file, changed under an exclusive ``fcntl.flock``; ``now`` is the caller's clock."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.failed = False
        try:
            os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
        except OSError as exc:
            raise ConfigurationError(
                f"SharedRateLimit: cannot open {self.path!r} for reading and writing ({exc.strerror or exc}); "
                "choose a path in a writable directory that every process of the fleet can reach"
            ) from None

    def describe(self) -> str:
        return f"({self.path!r}"

    def update(self, key: str, change: Change, now: float) -> float:
        import fcntl

        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            self._warn(f"cannot open it ({exc.strerror or exc})")
            return 0.0
        try:
            with os.fdopen(fd, "r+b") as file:
                fcntl.flock(file.fileno(), fcntl.LOCK_EX)  # released when the file is closed
                buckets = _read(file.read(), self.path)
                buckets[key], result = change(buckets.get(key), now)
                file.seek(0)
                file.truncate()
                file.write(json.dumps({"version": _VERSION, "buckets": buckets}).encode())
                self.failed = False
                return result
        except OSError as exc:
            self._warn(f"cannot use it ({exc.strerror or exc})")
            return 0.0

    async def aupdate(self, key: str, change: Change, now: float) -> float:
        # Microseconds under the lock, once per batch create: not worth a thread hop off the event loop.
        return self.update(key, change, now)

    def _warn(self, reason: str) -> None:
        if not self.failed:  # once per outage, not once per batch
            logger.warning("shared rate limit file %r: %s; pacing from the server's headers alone", self.path, reason)
        self.failed = True


def _read(data: bytes, path: str) -> dict[str, Any]:
    if not data:
        return {}
    try:
        document = json.loads(data)
    except ValueError:
        document = None
    if (
        not isinstance(document, dict)
        or document.get("version") != _VERSION
        or not isinstance(document.get("buckets"), dict)
    ):
        logger.warning("shared rate limit file %r is not one this client wrote; starting it afresh", path)
        return {}
    buckets: dict[str, Any] = document["buckets"]
    return buckets


def _valid(state: object) -> TypeGuard[State]:
    return (
        isinstance(state, dict)
        and isinstance(state.get("max"), int)
        and state["max"] >= 1
        and isinstance(state.get("tokens"), int)
        and isinstance(state.get("refilled_at"), (int, float))
        and math.isfinite(state["refilled_at"])
    )
