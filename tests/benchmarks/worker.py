"""One measurement in a fresh process: ``python -m tests.benchmarks.worker '<spec as JSON>'`` prints its result.

A process per measurement makes its peak RSS its own (nothing left over from an earlier scenario) and keeps
the client's CPU apart from the server's and from the other scenarios'. The spec names a workload of
:mod:`tests.benchmarks.workloads`, the kind (``client``, ``generated``, ``httpx``), how many operations a round
does at most, within how many seconds at most, at which concurrency, and whether to profile the timed part.

With ``"turns": true`` the process takes its rounds in turns with other processes (its baseline's): after the
warm-up it prints ``ready``, then runs one round for each ``round`` line on stdin and prints that round's figures
as a JSON line, until ``done``; then it prints its summary like a one-shot run of ``rounds`` rounds does.
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
import statistics
import sys
import threading
import time
from collections.abc import Iterator
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
    """This program's peak resident set size so far, in bytes: Linux's VmHWM, which starts afresh when the process
    execs. Linux's ru_maxrss does not: it also counts the process before its exec, a forked copy of the bench's
    runner, so every worker's peak read as at least the runner's RSS at the time (tens of MB that were never the
    worker's: see tests/test_benchmarks_stats.py). ru_maxrss (KiB on Linux, bytes on macOS) where there is no /proc.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
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


# What a round reports in turns: enough for the parent to pair it with the baseline's round of the same moment.
ROUND_FIGURES = ("ops", "cpu_seconds", "seconds", "server_cpu_seconds", "server_requests")


class Session:
    """The timed rounds of one measurement: wall and CPU time, the server's share, RSS, optionally a cProfile.

    The summary is the median round (by client CPU per operation; its throughput the median of the rounds'): on a
    shared machine a round's cost moves with the load of its moment, and the median is robust to a burst. RSS
    growth spans all rounds, so a leak shows however the rounds went.
    """

    def __init__(self, spec: dict[str, Any]) -> None:
        self.base_url: str = spec["base_url"]
        # One profile per profiled round or thread (cProfile sees only the thread that enabled it).
        self.profiles: list[cProfile.Profile] | None = [] if spec.get("profile") else None
        self.rss_start: int | None = None
        self.rounds: list[dict[str, Any]] = []
        self.count: int = spec.get("rounds", 1)
        self.turns: bool = spec.get("turns", False)

    def schedule(self) -> Iterator[int]:
        """The rounds to run: ``rounds`` of them, or in turns one per ``round`` line on stdin (see the module)."""
        if not self.turns:
            yield from range(self.count)
            return
        print("ready", flush=True)
        for number, line in enumerate(sys.stdin):
            if line.strip() != "round":
                return
            yield number
            print(json.dumps({name: self.rounds[-1][name] for name in ROUND_FIGURES}), flush=True)

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
        # The process's peak so far, after each round: a transient rise shows in the round it happened in.
        record["peak_rss_after_mb"] = peak_rss() / MB
        self.rounds.append(record)

    def summary(self, unit: str) -> dict[str, Any]:
        if not self.rounds:
            raise RuntimeError("no round was run")
        by_cost = sorted(self.rounds, key=lambda record: record["cpu_seconds"] / max(1, record["ops"]))
        middle = dict(by_cost[(len(by_cost) - 1) // 2])
        latencies = sorted(middle.pop("latencies", []))
        middle.pop("peak_rss_after_mb", None)
        assert self.rss_start is not None
        peak = max(peak_rss(), current_rss())
        result = {
            **middle,
            "unit": unit,
            "throughput": statistics.median(record["throughput"] for record in self.rounds),
            "total_ops": sum(record["ops"] for record in self.rounds),
            "rounds": [record["throughput"] for record in self.rounds],
            "peak_rss_by_round_mb": [round(record["peak_rss_after_mb"], 2) for record in self.rounds],
            "rss_before_mb": self.rss_start / MB,
            "rss_after_mb": current_rss() / MB,
            # The peak is since process start; after imports and warm-up, a rise above rss_before is the run's.
            "peak_rss_mb": peak / MB,
            "rss_growth_mb": max(0, peak - self.rss_start) / MB,
        }
        if latencies:
            result["p50_ms"] = percentile(latencies, 50) * 1000
            result["p99_ms"] = percentile(latencies, 99) * 1000
        if unit == "ms":
            result["value"] = middle["cpu_seconds"] / max(1, middle["ops"]) * 1000
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


def drive_items(items: Iterator[Any], count: int, deadline: float) -> tuple[int, list[float]]:
    """Consume up to ``count`` items (whole pages) of ``items``; returns the items seen and each page's latency."""
    latencies: list[float] = []
    seen = 0
    started = time.perf_counter()
    for seen, _ in enumerate(items, start=1):
        if seen % workloads.PAGE_SIZE == 0:
            now = time.perf_counter()
            latencies.append(now - started)
            started = now
            if seen >= count or now > deadline:
                break
    return seen, latencies


def measure(spec: dict[str, Any]) -> dict[str, Any]:
    """Run the spec's workload: warm up (connections, caches), then time its rounds of ``count`` operations."""
    workload, kind, base_url = spec["workload"], spec.get("kind", ""), spec["base_url"]
    if workload.startswith("fleet_"):
        return workloads.fleet_member(
            workload, base_url, spec.get("seconds", 0.0), spec.get("items", 0), spec.get("limit"), spec.get("redis_url")
        )
    if workload == "async_trigger":
        return asyncio.run(measure_async(spec))
    # --- batch.100k ---
    if workload == "batch_scale":
        from tests.benchmarks import batch_scale  # it uses this module's Session

        return batch_scale.measure(spec)
    count, seconds, warmup = spec["count"], spec["seconds"], spec.get("warmup", 1)
    session = Session(spec)
    if workload == "sync_trigger":
        threads = spec.get("concurrency", 1)
        with workloads.sync_trigger(kind, base_url) as call:
            drive_sync(call, warmup, threads, float("inf"))
            for _ in session.schedule():
                with session.round(profile_this_thread=threads == 1) as record:
                    deadline = time.perf_counter() + seconds
                    record["latencies"] = drive_sync(call, count, threads, deadline, session.profiles)
                    record["ops"] = len(record["latencies"])
        return session.summary("req")
    if workload == "run_listing":
        with workloads.run_listing(kind, base_url) as walk:
            # One listing after another: a round goes on where the last stopped, so over the rounds a single
            # client walks the whole listing (and more), which is what the RSS growth figure is about.
            items = itertools.chain.from_iterable(walk() for _ in itertools.count())
            drive_items(items, warmup, float("inf"))
            for _ in session.schedule():
                with session.round() as record:
                    record["ops"], record["latencies"] = drive_items(items, count, time.perf_counter() + seconds)
        return session.summary("items")
    if workload == "construct":
        workloads.construct(kind, base_url)  # the first one pays for lazy imports; the rounds are the steady state
        for _ in session.schedule():
            with session.round() as record:
                for _ in range(count):
                    workloads.construct(kind, base_url)
                record["ops"] = count
        return session.summary("ms")
    raise ValueError(f"unknown workload {workload!r}")


async def measure_async(spec: dict[str, Any]) -> dict[str, Any]:
    count, concurrency, seconds = spec["count"], spec["concurrency"], spec["seconds"]
    session = Session(spec)
    async with workloads.async_trigger(spec["kind"], spec["base_url"]) as call:
        await drive_async(call, spec["warmup"], concurrency, float("inf"))
        # Blocking reads of stdin and the stats requests between rounds are fine: nothing is in flight then.
        for _ in session.schedule():
            with session.round() as record:
                record["latencies"] = await drive_async(call, count, concurrency, time.perf_counter() + seconds)
                record["ops"] = len(record["latencies"])
    return session.summary("req")


def main() -> None:
    print(json.dumps(measure(json.loads(sys.argv[1]))))


if __name__ == "__main__":
    main()
