"""``realtime.fanout``: hundreds of ``runs.subscribe`` on one async client, against the SDK's ``subscribeToRun``.

Each side runs once, in a process of its own against a fresh :mod:`tests.benchmarks.fanout_server`: it opens one
subscription per run, waits until every one has its first snapshot, tells the server to start (from then on a new
version of every run each second), and follows them all until the runs complete and the subscriptions end by
themselves. Its CPU from the start to the end over the updates it delivered is the CPU per update; its peak RSS is
the process's. A version is delivered when the subscriber sees it; one seen again or after a later one is out of
order. ``python -m tests.benchmarks.fanout '<spec as JSON>'`` is the Python side; the SDK's is in ``sdk_bench.mjs``.
"""

from __future__ import annotations

import asyncio
import cProfile
import http.client
import json
import subprocess
import sys
import time
from collections.abc import Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tests.benchmarks import sdk, workloads
from tests.benchmarks.plan import FANOUT_CLIENT, FANOUT_SDK, Comparison, Measurement
from tests.benchmarks.worker import MB, peak_rss, profile_text

ROOT = Path(__file__).resolve().parents[2]
# Beyond the updates' own seconds: starting the subscriptions, and the end of a slow side.
SLACK_SECONDS = 120


class Tally:
    """What one run's subscriber saw: the versions delivered in order, and those out of order."""

    __slots__ = ("delivered", "last", "out_of_order")

    def __init__(self) -> None:
        self.last = -1
        self.delivered = 0
        self.out_of_order = 0

    def see(self, version: int) -> None:
        if version <= self.last:
            self.out_of_order += 1
            return
        if version > 0:  # version 0 is the snapshot before the first update
            self.delivered += 1
        self.last = version


def post(base_url: str, path: str) -> dict[str, Any]:
    """A control request to the fanout server, on a connection of its own outside any client."""
    url = urlsplit(base_url)
    connection = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=10)
    try:
        connection.request("POST" if path.endswith("start") else "GET", path)
        answer: dict[str, Any] = json.loads(connection.getresponse().read())
        return answer
    finally:
        connection.close()


async def follow_all(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The Python side: ``runs`` subscriptions on one :class:`AsyncTriggerClient`, timed from the start."""
    from trigger_client import AsyncTriggerClient

    run_ids = [f"run_fanout{index:05d}" for index in range(spec["runs"])]
    tallies = {run_id: Tally() for run_id in run_ids}
    first = {run_id: asyncio.Event() for run_id in run_ids}
    async with AsyncTriggerClient(secret_key=workloads.SECRET_KEY, api_url=spec["base_url"]) as client:

        async def follow(run_id: str) -> None:
            tally, ready = tallies[run_id], first[run_id]
            async for run in client.runs.subscribe(run_id):
                tally.see(run.metadata["v"])
                ready.set()

        tasks = [asyncio.create_task(follow(run_id)) for run_id in run_ids]
        await asyncio.wait_for(asyncio.gather(*(event.wait() for event in first.values())), SLACK_SECONDS)
        post(spec["base_url"], "/__bench/start")  # blocking, but every subscription is waiting on the server
        profiler = cProfile.Profile() if spec.get("profile") else None
        cpu, wall = time.process_time(), time.perf_counter()
        if profiler:
            profiler.enable()
        done, pending = await asyncio.wait(tasks, timeout=spec["seconds"] + SLACK_SECONDS)
        if profiler:
            profiler.disable()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        for task in pending:
            task.cancel()
        for task in done:
            task.result()  # a subscription that failed fails the measurement
    result = summary(tallies.values(), cpu, wall, peak_rss() / MB)
    if profiler:
        result["profile"] = profile_text([profiler])
    return result


def summary(tallies: Any, cpu: float, wall: float, peak_mb: float) -> dict[str, Any]:
    tallies = list(tallies)
    delivered = sum(tally.delivered for tally in tallies)
    return {
        "unit": "updates",
        "ops": delivered,
        "throughput": delivered / wall if wall else 0.0,
        "seconds": wall,
        "cpu_seconds": cpu,
        "cpu_per_update_us": cpu / delivered * 1e6 if delivered else float("inf"),
        "peak_rss_mb": peak_mb,
        "updates_delivered": delivered,
        "out_of_order": sum(tally.out_of_order for tally in tallies),
        "subscriptions": len(tallies),
    }


def fanout_server(runs: int, seconds: int) -> AbstractContextManager[str]:
    """The fanout server for ``runs`` runs updated for ``seconds``, as a context manager yielding its URL."""
    from tests.benchmarks.runner import server_process

    return server_process("tests.benchmarks.fanout_server", "--runs", str(runs), "--seconds", str(seconds))


def run_fanout(measurement: Measurement, node_modules: Path | None, profile: bool = False) -> dict[str, Any]:
    """One side of the scenario, against a server of its own; with the server's count of the updates it made."""
    from tests.benchmarks.runner import MeasurementFailed, clean_env

    params = measurement.params
    with fanout_server(params["runs"], params["seconds"]) as base_url:
        spec: dict[str, Any] = {**params, "base_url": base_url, "profile": profile}
        if measurement.key == FANOUT_CLIENT:
            command = [sys.executable, "-m", "tests.benchmarks.fanout", json.dumps(spec)]
        else:
            assert node_modules is not None
            spec |= {"node_modules": str(node_modules), "secret_key": workloads.SECRET_KEY}
            command = ["node", str(sdk.DRIVER), json.dumps(spec)]
        try:
            done = subprocess.run(
                command,
                cwd=ROOT,
                env=clean_env(),
                capture_output=True,
                text=True,
                timeout=params["seconds"] + 2 * SLACK_SECONDS,
            )
        except subprocess.TimeoutExpired as exc:
            raise MeasurementFailed(f"{measurement.key}: no result in time") from exc
        lines = done.stdout.strip().splitlines()
        if done.returncode != 0 or not lines:
            tail = " | ".join(line.strip()[:200] for line in done.stderr.strip().splitlines()[-3:])
            raise MeasurementFailed(f"{measurement.key} exited with {done.returncode}: {tail}")
        result: dict[str, Any] = json.loads(lines[-1])
        server = post(base_url, "/__bench/stats")
    result["updates_sent"] = server["updates_sent"]
    result["server_cpu_seconds"] = server["cpu"]
    result["server_requests"] = server["requests"]
    return result


def target_text(comparison: Comparison) -> str:
    parts = []
    if comparison.min_speed is not None:
        parts.append(f"CPU/update ≤{1 / comparison.min_speed:.2f}×")
    if comparison.max_rss_ratio is not None:
        parts.append(f"peak RSS ≤{comparison.max_rss_ratio:.2f}×")
    if comparison.lossless:
        parts.append("none lost or out of order")
    return ", ".join(parts)


def headline(result: Mapping[str, Any]) -> str:
    return (
        f"{result['cpu_per_update_us']:,.0f} µs CPU/update, {result['peak_rss_mb']:,.0f} MB, "
        f"{result['updates_delivered']:,}/{result['updates_sent']:,} delivered, {result['out_of_order']} out of order"
    )


def median_pair(done: Mapping[str, list[dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Each side's round from the pair whose CPU-per-update ratio (the SDK's over ours) is the median one (the lower
    middle of an even count), ours carrying every pair's ratio as ``pair_speeds``; ours alone when the SDK did not
    run."""
    ours = done[FANOUT_CLIENT]
    theirs = done.get(FANOUT_SDK)
    if not theirs:
        return {FANOUT_CLIENT: ours[0]}
    # The SDK's rounds may stop short of ours (it failed and was skipped): the pairs are those both sides ran.
    pairs = zip(ours, theirs, strict=False)
    speeds = [sdk["cpu_per_update_us"] / own["cpu_per_update_us"] for own, sdk in pairs]
    middle = sorted(range(len(speeds)), key=speeds.__getitem__)[(len(speeds) - 1) // 2]
    return {FANOUT_CLIENT: {**ours[middle], "pair_speeds": speeds}, FANOUT_SDK: theirs[middle]}


def evaluate(
    comparison: Comparison, row: dict[str, Any], ours: Mapping[str, Any], theirs: Mapping[str, Any]
) -> dict[str, Any]:
    """The scenario's row: CPU per update and peak RSS as ratios to the SDK's, and whether we lost anything."""
    speed = theirs["cpu_per_update_us"] / ours["cpu_per_update_us"]
    rss = ours["peak_rss_mb"] / theirs["peak_rss_mb"]
    speeds = list(ours.get("pair_speeds") or [speed])
    pairs = "one round each" if len(speeds) == 1 else f"the median of {len(speeds)} pairs of rounds"
    misses = []
    if comparison.min_speed is not None and speed < comparison.min_speed:
        misses.append(f"CPU/update {1 / speed:.2f}× > {1 / comparison.min_speed:.2f}×")
    if comparison.max_rss_ratio is not None and rss > comparison.max_rss_ratio:
        misses.append(f"peak RSS {rss:.2f}× > {comparison.max_rss_ratio:.2f}×")
    if comparison.lossless and (ours["updates_delivered"] != ours["updates_sent"] or ours["out_of_order"]):
        misses.append(f"{ours['updates_sent'] - ours['updates_delivered']} lost, {ours['out_of_order']} out of order")
    return {
        **row,
        "target": target_text(comparison),
        "ours": headline(ours),
        "theirs": headline(theirs),
        "speed": speed,
        "rss_ratio": rss,
        "speeds": speeds,
        "spread": (max(speeds) - min(speeds)) / 2 / speed,
        "wall_speed": None,
        "fanout": f"CPU/update {1 / speed:.2f}×, peak RSS {rss:.2f}× ({pairs})",
        "status": "MISS" if misses else "PASS",
        "why": "; ".join(misses),
    }


def main() -> None:
    print(json.dumps(asyncio.run(follow_all(json.loads(sys.argv[1])))))


if __name__ == "__main__":
    main()
