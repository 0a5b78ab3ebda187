"""Judging results against their targets and printing them as tables."""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from typing import Any

from tests.benchmarks import fanout, stats
from tests.benchmarks.plan import Comparison, Measurement

PASS, MISS, SKIP = "PASS", "MISS", "SKIP"
# Two consecutive full runs agree within this on every ratio, so a larger change is not noise.
STABLE_WITHIN = 0.10
# Above this share of one core the server could be slowing the client down; below it the client is the limit.
SERVER_BUSY_WARNING = 0.5


def target_text(comparison: Comparison) -> str:
    if comparison.lossless:  # realtime.fanout
        return fanout.target_text(comparison)
    parts = []
    if comparison.min_speed is not None:
        parts.append(f"≥{comparison.min_speed:.2f}×")
    if comparison.max_value_ms is not None:
        parts.append(f"<{comparison.max_value_ms:.0f} ms")
    if comparison.max_rss_growth_mb is not None:
        parts.append(f"RSS +<{comparison.max_rss_growth_mb:.0f} MB")
    if comparison.min_achieved_share is not None:
        parts.append(f"≥{comparison.min_achieved_share:.0%} of allowed")
    if comparison.max_share_429 is not None:
        parts.append(f"429s ≤{comparison.max_share_429:.0%}")
    if comparison.max_share is not None:
        parts.append(f"≤{comparison.max_share:.2f}× the baseline's {METRIC_NAMES[comparison.metric]}")
    return ", ".join(parts) or "(report only)"


# --- batch.100k: ratios of wall time or peak RSS beside those of CPU ---
METRIC_NAMES = {"cpu": "CPU", "wall": "wall time", "rss": "peak RSS"}


def metric_figure(result: Mapping[str, Any], metric: str) -> str:
    """A result's figure of ``metric``: its (median) round's wall or CPU seconds, or the process's peak RSS."""
    if metric == "rss":
        return f"{result['peak_rss_mb']:.0f} MB peak RSS"
    if metric == "wall":
        return f"{result['seconds']:.2f} s"
    return f"{result['cpu_seconds']:.2f} s CPU"


def evaluate_rss(
    comparison: Comparison, row: dict[str, Any], subject: Mapping[str, Any], baseline: Mapping[str, Any]
) -> dict[str, Any]:
    """A peak-RSS row: one figure per process, so the ratio of the two (no pairs of rounds)."""
    ratio = baseline["peak_rss_mb"] / subject["peak_rss_mb"]
    share = 1 / ratio
    over = comparison.max_share is not None and share > comparison.max_share
    return {
        **row,
        "metric": comparison.metric,
        "ours": metric_figure(subject, comparison.metric),
        "theirs": metric_figure(baseline, comparison.metric),
        "speed": ratio,
        "speeds": [ratio],
        "spread": 0.0,
        "status": MISS if over else PASS,
        "why": f"{share:.2f}× > {comparison.max_share:.2f}×" if over else "",
    }


# --- end batch.100k ---


def evaluate_fleet(comparison: Comparison, row: dict[str, Any], fleet: Mapping[str, Any]) -> dict[str, Any]:
    """A fleet's row: the share of the budget it used and of its requests refused, against their targets."""
    misses = []
    if comparison.min_achieved_share is not None and fleet["achieved_share"] < comparison.min_achieved_share:
        misses.append(f"achieved {fleet['achieved_share']:.0%} of allowed")
    if comparison.max_share_429 is not None and fleet["share_429"] > comparison.max_share_429:
        misses.append(f"{fleet['share_429']:.1%} 429s")
    theirs = f"allowed {fleet['allowed_per_s']:,.0f}/s"
    unit = fleet.get("unit", "req")
    return {
        **row,
        "ours": f"{fleet['achieved_per_s']:,.0f} {unit}/s, {fleet['responses_429']} × 429 of {fleet['requests']}",
        "theirs": theirs,
        "speed": fleet["achieved_share"],
        "speeds": [fleet["achieved_share"]],
        "spread": 0.0,
        "status": MISS if misses else PASS,
        "why": "; ".join(misses),
    }


def figure(result: Mapping[str, Any]) -> float:
    """The one number of a result: its throughput, or its time in ms."""
    return float(result["value"] if result["unit"] == "ms" else result["throughput"])


def figures(passes: Sequence[Mapping[str, Any]]) -> list[float]:
    return [figure(result) for result in passes]


def median_result(passes: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The pass with the median figure (the lower middle one of an even count)."""
    ordered = sorted(passes, key=figure)
    return dict(ordered[(len(ordered) - 1) // 2])


def evaluate(
    comparison: Comparison,
    rounds: Mapping[str, Sequence[Mapping[str, Any]]],
    results: Mapping[str, Mapping[str, Any]],
    skipped: Mapping[str, str],
) -> dict[str, Any]:
    """One row of the targets table: both figures, the median of the round-pair ratios with their spread and how
    well the median is known, and PASS, MISS or SKIP with the reasons.

    The ratio is of client CPU per operation, not of wall-clock throughput: each side is CPU-bound in its own
    process, so on an idle machine the two agree, but on a shared one the wall clock mostly measures the neighbours
    (the wall-clock ratio is recorded beside it). A comparison whose ``metric`` says so is of wall time instead (a
    scenario that waits on the network, where the wall clock is the point), or of the two processes' peak RSS.
    """
    row: dict[str, Any] = {
        "scenario": comparison.scenario,
        "subject": comparison.subject,
        "baseline": comparison.baseline or "rate limit",
        "target": target_text(comparison),
    }
    subject = results.get(comparison.subject)
    if comparison.baseline is None:
        if subject is None:
            return {**row, "status": SKIP, "why": skipped.get(comparison.subject, "not measured")}
        return evaluate_fleet(comparison, row, subject)
    baseline = results.get(comparison.baseline)
    if subject is None or baseline is None:
        missing = comparison.subject if subject is None else comparison.baseline
        return {**row, "status": SKIP, "why": skipped.get(missing, "not measured")}
    if comparison.metric == "rss":
        return evaluate_rss(comparison, row, subject, baseline)
    # --- realtime.fanout: the median of a few pairs of whole-minute rounds, judged on its own figures
    if comparison.lossless:
        return {**fanout.evaluate(comparison, row, subject, baseline), "target": row["target"]}
    # --- end realtime.fanout
    ours, theirs = rounds[comparison.subject], rounds[comparison.baseline]
    ratios = stats.wall_ratios(ours, theirs) if comparison.metric == "wall" else stats.pair_ratios(ours, theirs)
    if not ratios:
        return {**row, "status": SKIP, "why": "no round did any work"}
    ratio = statistics.median(ratios)
    wall = stats.wall_ratios(ours, theirs)
    misses = []
    if comparison.min_speed is not None and ratio < comparison.min_speed:
        misses.append(f"{ratio:.2f}× < {comparison.min_speed:.2f}×")
    if comparison.max_value_ms is not None and subject["value"] >= comparison.max_value_ms:
        misses.append(f"{subject['value']:.0f} ms ≥ {comparison.max_value_ms:.0f} ms")
    growth = subject.get("rss_growth_mb")
    if comparison.max_rss_growth_mb is not None and growth is not None and growth >= comparison.max_rss_growth_mb:
        misses.append(f"RSS grew {growth:.1f} MB")
    if comparison.max_share is not None and 1 / ratio > comparison.max_share:
        misses.append(f"{1 / ratio:.2f}× > {comparison.max_share:.2f}×")
    has_target = any(
        target is not None for target in (comparison.min_speed, comparison.max_value_ms, comparison.max_share)
    )
    named = comparison.max_share is not None  # a figure of its metric, not the throughput
    out = {
        **row,
        "metric": comparison.metric,
        "ours": metric_figure(subject, comparison.metric) if named else headline(subject),
        "theirs": metric_figure(baseline, comparison.metric) if named else headline(baseline),
        "speed": ratio,
        "pairs": len(ratios),
        "uncertainty": stats.uncertainty(ratios),
        "spread": stats.spread(ratios),
        "speeds": ratios,
        "wall_speed": statistics.median(wall) if wall else None,
        "wall_spread": stats.spread(wall),
        "status": (MISS if misses else PASS) if has_target else "",
        "why": "; ".join(misses),
    }
    if subject["unit"] == "ms":
        extra = stats.differences(ours, theirs)
        out["extra_ms"] = statistics.median(extra)
    return out


def headline(result: Mapping[str, Any]) -> str:
    if result["unit"] == "ms":
        return f"{result['value']:.1f} ms"
    return f"{result['throughput']:,.0f} {result['unit']}/s"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain-text table; the first column left-aligned, the rest right-aligned."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        first, *rest = (str(cell) for cell in cells)
        return "  ".join([first.ljust(widths[0]), *(cell.rjust(w) for cell, w in zip(rest, widths[1:], strict=True))])

    return "\n".join([line(header), "  ".join("-" * w for w in widths), *(line(row) for row in rows)])


def _per_op_us(seconds: float, ops: float) -> str:
    return f"{seconds / ops * 1e6:,.1f}" if ops else "-"


def measurement_rows(plan: Sequence[Measurement], results: Mapping[str, Mapping[str, Any]]) -> list[list[str]]:
    rows = []
    for measurement in plan:
        result = results.get(measurement.key)
        if result is None:
            rows.append([measurement.label, "skipped", *["-"] * 7])
        elif result["unit"] == "ms":
            rows.append([measurement.label, f"{result['value']:.2f} ms CPU", *["-"] * 7])
        # --- realtime.fanout
        elif "cpu_per_update_us" in result:
            rows.append(
                [
                    measurement.label,
                    fanout.headline(result),
                    "-",
                    "-",
                    f"{result['peak_rss_mb']:.1f}",
                    "-",
                    _per_op_us(result["cpu_seconds"], result["updates_delivered"]),
                    _per_op_us(result["server_cpu_seconds"], result["updates_sent"]),
                    "-",
                ]
            )
        # --- end realtime.fanout
        elif "allowed_per_s" in result:
            rows.append([measurement.label, headline(result), *["-"] * 7])
        else:
            # Per request: a listing's "op" is an item, but server CPU is spent per page request.
            requests = result["server_requests"]
            rows.append(
                [
                    measurement.label,
                    headline(result),
                    f"{result['p50_ms']:.2f}",
                    f"{result['p99_ms']:.2f}",
                    f"{result['peak_rss_mb']:.1f}",
                    f"{result['rss_growth_mb']:.1f}",
                    _per_op_us(result["cpu_seconds"], requests),
                    _per_op_us(result["server_cpu_seconds"], requests),
                    f"{server_busy(result):.0%}",
                ]
            )
    return rows


MEASUREMENT_HEADER = [
    "measurement",
    "throughput",
    "p50 ms",
    "p99 ms",
    "peak RSS MB",
    "RSS growth MB",
    "client CPU µs/req",
    "server CPU µs/req",
    "server busy",
]
COMPARISON_HEADER = [
    "scenario",
    "ours",
    "baseline",
    "baseline figure",
    "speed vs baseline (95% CI; IQR of pairs)",
    "vs previous run",
    "target",
    "result",
]
# Skip reasons are printed in full above the tables; the table keeps its lines short.
SKIP_REASON_CHARS = 40


def ratio_text(row: Mapping[str, Any]) -> str:
    """``0.95× ±3% (±12%, 30 pairs)``: the median, how well it is known, how much one pair strays."""
    named = f" {METRIC_NAMES[row['metric']]}" if row.get("metric", "cpu") != "cpu" else ""
    if "fanout" in row:  # realtime.fanout: a few pairs of whole-minute rounds
        return str(row["fanout"])
    if "uncertainty" not in row:
        return f"{row['speed']:.2f}×{named}"
    return f"{row['speed']:.2f}×{named} ±{row['uncertainty']:.0%} (±{row['spread']:.0%}, {row['pairs']} pairs)"


def drift_text(row: Mapping[str, Any]) -> str:
    """How far the ratio moved from the previous run's, and whether that is within :data:`STABLE_WITHIN`."""
    if row.get("drift") is None:
        return "-"
    verdict = "ok" if abs(row["drift"]) <= STABLE_WITHIN else "MOVED"
    return f"{row['drift']:+.0%} {verdict}"


def add_drift(rows: Sequence[dict[str, Any]], previous: Mapping[str, float]) -> None:
    """Each row's drift against the previous run's ratio of the same scenario (None when there is none)."""
    moves = stats.drift({row["scenario"]: row["speed"] for row in rows if row["status"] != SKIP}, previous)
    for row in rows:
        row["drift"] = moves.get(row["scenario"])


def stability(rows: Sequence[Mapping[str, Any]]) -> str | None:
    """The ratio that moved most against the previous run, and how many stayed within :data:`STABLE_WITHIN`."""
    moves = {row["scenario"]: row["drift"] for row in rows if row.get("drift") is not None}
    if not moves:
        return None
    worst = max(moves, key=lambda scenario: abs(moves[scenario]))
    within = sum(abs(move) <= STABLE_WITHIN for move in moves.values())
    return (
        f"{within} of {len(moves)} ratios within ±{STABLE_WITHIN:.0%}; "
        f"the one that moved most: {worst} by {moves[worst]:+.0%}"
    )


def server_busy(result: Mapping[str, Any]) -> float:
    """The share of one core the server used while this measurement ran."""
    return float(result["server_cpu_seconds"] / result["seconds"]) if result.get("seconds") else 0.0


def comparison_rows(rows: Sequence[Mapping[str, Any]]) -> list[list[str]]:
    out = []
    for row in rows:
        if row["status"] == SKIP:
            why = row["why"] if len(row["why"]) <= SKIP_REASON_CHARS else row["why"][:SKIP_REASON_CHARS] + "…"
            out.append([row["scenario"], "-", row["baseline"], "-", "-", "-", row["target"], f"SKIP ({why})"])
            continue
        result = f"{row['status']} ({row['why']})" if row["why"] else row["status"]
        out.append(
            [
                row["scenario"],
                row["ours"],
                row["baseline"],
                row["theirs"],
                ratio_text(row),
                drift_text(row),
                row["target"],
                result,
            ]
        )
    return out


def server_summary(results: Mapping[str, Mapping[str, Any]]) -> str:
    busy = {key: server_busy(result) for key, result in results.items() if "server_cpu_seconds" in result}
    if not busy:
        return "server: no load measured"
    key = max(busy, key=lambda k: busy[k])
    verdict = "could be a bottleneck there" if busy[key] > SERVER_BUSY_WARNING else "not the bottleneck"
    return f"server: busiest during {key} at {busy[key]:.0%} of one core: {verdict}"
