"""One measurement in a fresh process: ``python -m tests.benchmarks.worker '<spec as JSON>'`` prints its result.

A process per measurement makes its peak RSS its own (nothing left over from an earlier scenario) and keeps
the client's CPU apart from the server's and from the other scenarios'. The spec names a workload of
:mod:`tests.benchmarks.workloads`, the kind (``client``, ``generated``, ``httpx``), how many operations at
most, within how many seconds at most, at which concurrency, and whether to profile the timed part.
"""

from __future__ import annotations

import asyncio
import cProfile
import http.client
import io
import itertools
import json
import os
import pstats
import resource
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

from tests.benchmarks import workloads

MB = 1024 * 1024
PROFILE_LINES = 25


def current_rss() -> int:
    """Resident set size now, in bytes (Linux /proc; the peak stands in where there is no /proc)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return peak_rss()


def peak_rss() -> int:
    """The process's peak resident set size so far, in bytes (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def server_stats(base_url: str) -> dict[str, float]:
    """The bench server's CPU seconds and request count, over a connection of its own outside any client."""
    url = urlsplit(base_url)
    connection = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=10)
    try:
        connection.request("GET", "/__bench/stats")
        stats: dict[str, float] = json.loads(connection.getresponse().read())
        return stats
    finally:
        connection.close()


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    if not sorted_values:
        return float("nan")
    rank = max(0, min(len(sorted_values) - 1, round(p / 100 * len(sorted_values)) - 1))
    return sorted_values[rank]


class Session:
    """The timed rounds of one measurement: wall and CPU time, the server's share, RSS, optionally a cProfile.

    Several rounds, the one with the least client CPU per operation reported: this machine may be shared, and
    other processes only ever add to a round's CPU time (cache and core contention), so the cheapest round is the
    truest. RSS growth spans all rounds, so a leak shows however the rounds went.
    """

    def __init__(self, base_url: str, profile: bool) -> None:
        self.base_url = base_url
        # One profile per profiled round or thread (cProfile sees only the thread that enabled it).
        self.profiles: list[cProfile.Profile] | None = [] if profile else None
        self.rss_start: int | None = None
        self.rounds: list[dict[str, Any]] = []

    @contextmanager
    def round(self, profile_this_thread: bool = True) -> Iterator[dict[str, Any]]:
        """Time the block; it fills in ``ops`` and ``latencies`` (seconds) of the yielded record.

        A block whose work runs in other threads passes ``profile_this_thread=False`` and profiles them itself:
        this thread only waits for them.
        """
        if self.rss_start is None:
            self.rss_start = current_rss()
        record: dict[str, Any] = {}
        server_before = server_stats(self.base_url)
        cpu, wall = time.process_time(), time.perf_counter()
        profiler = None
        if self.profiles is not None and profile_this_thread:
            profiler = cProfile.Profile()
            self.profiles.append(profiler)
            profiler.enable()
        yield record
        if profiler:
            profiler.disable()
        record["seconds"] = time.perf_counter() - wall
        record["cpu_seconds"] = time.process_time() - cpu
        server_after = server_stats(self.base_url)
        record["server_cpu_seconds"] = server_after["cpu"] - server_before["cpu"]
        record["server_requests"] = server_after["requests"] - server_before["requests"]
        record["throughput"] = record["ops"] / record["seconds"] if record["seconds"] else 0.0
        self.rounds.append(record)

    def summary(self, unit: str) -> dict[str, Any]:
        best = min(self.rounds, key=lambda record: record["cpu_seconds"] / max(1, record["ops"]))
        latencies = sorted(best.pop("latencies"))
        assert self.rss_start is not None
        peak = max(peak_rss(), current_rss())
        result = {
            **best,
            "unit": unit,
            "p50_ms": percentile(latencies, 50) * 1000,
            "p99_ms": percentile(latencies, 99) * 1000,
            "rounds": [record["throughput"] for record in self.rounds],
            "rss_before_mb": self.rss_start / MB,
            "rss_after_mb": current_rss() / MB,
            # The peak is since process start; after imports and warm-up, a rise above rss_before is the run's.
            "peak_rss_mb": peak / MB,
            "rss_growth_mb": max(0, peak - self.rss_start) / MB,
        }
        if self.profiles:
            result["profile"] = profile_text(self.profiles)
        return result


def profile_text(profiles: list[cProfile.Profile]) -> str:
    """The top functions by own time and by cumulative time, over all the profiles."""
    out = io.StringIO()
    stats = pstats.Stats(*profiles, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(PROFILE_LINES)
    stats.sort_stats("cumulative").print_stats(PROFILE_LINES)
    return out.getvalue()


def drive_sync(
    call: workloads.SyncCall,
    count: int,
    threads: int,
    deadline: float,
    profiles: list[cProfile.Profile] | None = None,
) -> list[float]:
    """``count`` calls spread over ``threads`` threads (stopping at ``deadline``); returns each call's latency.

    One thread runs in the caller's; more run each under a profile of its own when ``profiles`` is a list.
    """
    tickets = iter(range(count))  # next() on a range iterator is atomic under the GIL: a shared work queue
    per_thread: list[list[float]] = [[] for _ in range(threads)]

    def work(latencies: list[float]) -> None:
        for _ in tickets:
            started = time.perf_counter()
            call()
            latencies.append(time.perf_counter() - started)
            if started > deadline:
                return

    def profiled_work(latencies: list[float]) -> None:
        profiler = cProfile.Profile()
        profiler.runcall(work, latencies)
        assert profiles is not None
        profiles.append(profiler)  # list.append is atomic under the GIL

    if threads == 1:
        work(per_thread[0])
        return per_thread[0]
    target = work if profiles is None else profiled_work
    pool = [threading.Thread(target=target, args=(latencies,)) for latencies in per_thread]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return list(itertools.chain.from_iterable(per_thread))


async def drive_async(call: workloads.AsyncCall, count: int, concurrency: int, deadline: float) -> list[float]:
    """``count`` awaited calls, ``concurrency`` in flight at a time; returns each call's latency."""
    tickets = iter(range(count))
    latencies: list[float] = []

    async def work() -> None:
        for _ in tickets:
            started = time.perf_counter()
            await call()
            latencies.append(time.perf_counter() - started)
            if started > deadline:
                return

    await asyncio.gather(*(work() for _ in range(concurrency)))
    return latencies


def drive_items(walk: Callable[[], Iterator[Any]], count: int, deadline: float) -> tuple[int, list[float]]:
    """Consume up to ``count`` items of a fresh listing; returns the items seen and each page's latency."""
    latencies: list[float] = []
    seen = 0
    started = time.perf_counter()
    for seen, _ in enumerate(walk(), start=1):
        if seen % workloads.PAGE_SIZE == 0:
            now = time.perf_counter()
            latencies.append(now - started)
            started = now
            if seen >= count or now > deadline:
                break
    return seen, latencies


def measure(spec: dict[str, Any]) -> dict[str, Any]:
    """Run the spec's workload: warm up (connections, caches), then time ``rounds`` rounds of ``count`` operations."""
    workload, kind, base_url = spec["workload"], spec.get("kind"), spec["base_url"]
    if workload.startswith("fleet_"):
        return workloads.fleet_member(
            workload, base_url, spec.get("seconds", 0.0), spec.get("items", 0), spec.get("limit")
        )
    if workload == "construct":
        return measure_construction(kind, base_url, spec["count"])
    if workload == "async_trigger":
        return asyncio.run(measure_async(spec))
    count, seconds, rounds, warmup = spec["count"], spec["seconds"], spec["rounds"], spec["warmup"]
    session = Session(base_url, spec.get("profile", False))
    if workload == "sync_trigger":
        threads = spec.get("concurrency", 1)
        with workloads.sync_trigger(kind, base_url) as call:
            drive_sync(call, warmup, threads, float("inf"))
            for _ in range(rounds):
                with session.round(profile_this_thread=threads == 1) as record:
                    deadline = time.perf_counter() + seconds
                    record["latencies"] = drive_sync(call, count, threads, deadline, session.profiles)
                    record["ops"] = len(record["latencies"])
        return session.summary("req")
    if workload == "run_listing":
        with workloads.run_listing(kind, base_url) as walk:
            drive_items(walk, warmup, float("inf"))
            for _ in range(rounds):
                with session.round() as record:
                    record["ops"], record["latencies"] = drive_items(walk, count, time.perf_counter() + seconds)
        return session.summary("items")
    raise ValueError(f"unknown workload {workload!r}")


async def measure_async(spec: dict[str, Any]) -> dict[str, Any]:
    count, concurrency, seconds = spec["count"], spec["concurrency"], spec["seconds"]
    session = Session(spec["base_url"], spec.get("profile", False))
    async with workloads.async_trigger(spec["kind"], spec["base_url"]) as call:
        await drive_async(call, spec["warmup"], concurrency, float("inf"))
        for _ in range(spec["rounds"]):
            # The blocking stats requests inside the loop are fine: nothing is in flight between rounds.
            with session.round() as record:
                record["latencies"] = await drive_async(call, count, concurrency, time.perf_counter() + seconds)
                record["ops"] = len(record["latencies"])
    return session.summary("req")


def measure_construction(kind: str, base_url: str, count: int) -> dict[str, Any]:
    """The median time to build and close a client."""
    workloads.construct(kind, base_url)  # the first one pays for lazy imports; the median is the steady state
    samples = []
    for _ in range(count):
        started = time.perf_counter()
        workloads.construct(kind, base_url)
        samples.append(time.perf_counter() - started)
    samples.sort()
    return {"unit": "ms", "value": percentile(samples, 50) * 1000, "samples": count}


def main() -> None:
    print(json.dumps(measure(json.loads(sys.argv[1]))))


if __name__ == "__main__":
    main()
