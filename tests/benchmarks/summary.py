"""The README's Performance section (a line per headline figure) and the guide's lines on ``batch.100k`` and
``cold.start``, from ``results.json``; :mod:`tests.benchmarks.readme` writes them.

A figure missing from the results (a scenario the run did not measure, or one added after it) reads "not measured".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# A target's verdict, by the row's status.
MET = {"PASS": "met", "MISS": "**missed**", "SKIP": "not measured", "": "(reported only)"}
NOT_MEASURED = "not measured"
GUIDE = "docs/guides/performance.md"


def find(document: Mapping[str, Any], subject: str, baseline: str, metric: str = "cpu") -> Mapping[str, Any] | None:
    """The comparison row of ``subject`` against ``baseline`` (of ``metric``), if the run measured both."""
    row: Mapping[str, Any]
    for row in document["comparisons"]:
        same = row.get("subject") == subject and row.get("baseline") == baseline
        if same and row.get("metric", "cpu") == metric and row["status"] != "SKIP":
            return row
    return None


def _target(row: Mapping[str, Any]) -> str:
    return f"target {row['target']}: {MET[row['status']]}" if row["status"] else "reported only"


def _async_line(document: Mapping[str, Any]) -> str:
    sdk = find(document, "trigger.async32.client", "sdk.trigger.async32")
    if sdk is None:
        return f"- Async triggers, 32 in flight: {NOT_MEASURED}."
    line = f"- Async triggers, 32 in flight, per CPU second: {sdk['speed']:.2f}× the SDK's ({_target(sdk)})"
    bare = find(document, "trigger.async32.client", "trigger.async32.aiohttp")
    if bare is not None:
        line += f", {bare['speed']:.2f}× bare aiohttp's, which has no client around it ({_target(bare)})"
    return line + "."


def _listing_line(document: Mapping[str, Any]) -> str:
    raw = find(document, "list.client", "list.httpx")
    sdk = find(document, "list.client", "sdk.list")
    if raw is None and sdk is None:
        return f"- `runs.list`: {NOT_MEASURED}."
    parts = []
    if raw is not None:
        parts.append(f"{raw['speed']:.2f}× raw httpx's items per CPU second ({_target(raw)})")
    if sdk is not None:
        parts.append(f"{sdk['speed']:.2f}× the SDK's ({_target(sdk)})")
    growth = document["measurements"].get("list.client", {}).get("rss_growth_mb")
    memory = f"; memory grows {growth:.1f} MB over the whole listing" if growth is not None else ""
    return f"- `runs.list`: {' and '.join(parts)}{memory}."


def _batch_line(document: Mapping[str, Any]) -> str:
    rows = {metric: find(document, "batch.100k.client", "sdk.batch.100k", metric) for metric in ("wall", "cpu", "rss")}
    measured = {metric: row for metric, row in rows.items() if row is not None}
    if not measured:
        return f"- `batch.100k`, 100,000 items of 1 KB: {NOT_MEASURED}."
    names = {"wall": "wall time", "cpu": "CPU", "rss": "peak RSS"}
    parts = [f"{names[metric]} {1 / row['speed']:.2f}× ({_target(row)})" for metric, row in measured.items()]
    return f"- `batch.100k`, 100,000 items of 1 KB over 20 ms of latency, as a share of the SDK's: {', '.join(parts)}."


def _fanout_line(document: Mapping[str, Any]) -> str:
    measurements = document["measurements"]
    ours, theirs = measurements.get("realtime.fanout.client"), measurements.get("sdk.realtime.fanout")
    if ours is None or theirs is None:
        return f"- `realtime.fanout`: {NOT_MEASURED}."
    verdicts = [_target(row) for row in document["comparisons"] if row.get("subject") == "realtime.fanout.client"]
    targets = f" ({'; '.join(verdicts)})" if verdicts else ""
    return (
        f"- `realtime.fanout`: {ours['cpu_per_update_us']:.1f} µs of CPU per update against the SDK's "
        f"{theirs['cpu_per_update_us']:.1f} µs, peak RSS {ours['peak_rss_mb']:.0f} MB against "
        f"{theirs['peak_rss_mb']:.0f} MB; {ours['updates_delivered']:,} of {ours['updates_sent']:,} updates delivered, "
        f"{ours['out_of_order']} out of order{targets}."
    )


def _cold_line(document: Mapping[str, Any]) -> str:
    row = find(document, "cold.start.client", "cold.start.httpx")
    if row is None:
        return f"- Cold start (import, construct, first trigger, in a fresh interpreter): {NOT_MEASURED}."
    floor = document["measurements"].get("cold.start.deps")
    deps = "" if floor is None else f"; importing httpx, httpcore, h11 and attrs alone takes {floor['value']:.0f} ms"
    return (
        f"- Cold start (import, construct, first trigger, in a fresh interpreter): {row['ours']} of CPU, raw httpx's "
        f"{row['theirs']} ({_target(row)}){deps}."
    )


def _import_line(document: Mapping[str, Any]) -> str:
    row = find(document, "import.client", "import.httpx")
    if row is None:
        return f"- `import trigger_client`: {NOT_MEASURED}."
    extra = f", {row['extra_ms']:.0f} ms above `import httpx`" if "extra_ms" in row else ""
    return f"- `import trigger_client`: {row['ours']} of CPU{extra} ({_target(row)})."


def render_summary(document: Mapping[str, Any]) -> str:
    """The README's section: where the figures come from, then a line per headline figure."""
    env = document["environment"]
    lines = [
        f"From the last `make bench` ({document['mode']} run on {env['cpus']} CPUs, Python {env['python']}, Node "
        f"{env['node'] or '—'}), each figure a ratio to a baseline measured in the same run; the method, every "
        f"figure and its interval are in [the performance guide]({GUIDE}).",
        "",
        _async_line(document),
        _listing_line(document),
        _batch_line(document),
        _fanout_line(document),
        _cold_line(document),
        _import_line(document),
    ]
    return "\n".join(lines)


def scenario_lines(document: Mapping[str, Any]) -> list[str]:
    """The guide's lines on ``batch.100k`` and ``cold.start`` (only those measured): each side's figures."""
    measurements = document["measurements"]
    lines = []
    ours, theirs = measurements.get("batch.100k.client"), measurements.get("sdk.batch.100k")
    if ours is not None and theirs is not None:

        def figures(result: Mapping[str, Any]) -> str:
            return f"{result['seconds']:.2f} s, {result['cpu_seconds']:.2f} s of CPU, {result['peak_rss_mb']:.0f} MB"

        lines.append(
            f"- `batch.100k`: {ours['ops']:,} items of 1 KB in one call, answers 20 ms late: the client "
            f"{figures(ours)} peak RSS; the SDK {figures(theirs)} (wall, CPU and peak RSS of the median round)."
        )
    ours, theirs = measurements.get("cold.start.client"), measurements.get("cold.start.httpx")
    if ours is not None and theirs is not None:
        lines.append(
            f"- Cold start, the median of {ours['samples']} fresh interpreters: the client {ours['value']:.0f} ms of "
            f"CPU ({ours.get('wall_ms', 0):.0f} ms wall), raw httpx {theirs['value']:.0f} ms "
            f"({theirs.get('wall_ms', 0):.0f} ms wall)."
        )
        floor = measurements.get("cold.start.deps")
        if floor is not None:
            lines[-1] += (
                f" Importing only the libraries a first trigger needs (httpx, httpcore, h11, attrs) takes "
                f"{floor['value']:.0f} ms of CPU: the floor under any client built on them."
            )
    return lines
