"""``python -m tests.benchmarks [--quick] [--profile] [--no-sdk] [--only KEY ...]``: run every benchmark, print, write
results.json and the Performance guide's figures (a full run); ``python -m tests.benchmarks readme`` rewrites those
figures only. ``--only`` runs the named measurements alone (``make bench QUICK=1 ONLY=fleet.batch.redis``) and writes
its own results file, never the Performance guide.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

from tests.benchmarks import cold_start, fanout, plan, readme, report, runner, sdk, stats, workloads

RESULTS = readme.RESULTS
# A quick run's figures are indicative only: they go elsewhere and never reach the Performance guide.
QUICK_RESULTS = RESULTS.with_name("results-quick.json")
# A partial run's figures: the measurements it was asked for, held against the targets whose figures it has.
ONLY_RESULTS = RESULTS.with_name("results-only.json")
IMPORT_PROFILE_LINES = 15
# A 1-minute load average above this means something besides the bench is running.
BUSY_LOAD = 1.0


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="one short pass, no SDK unless --only names it (under a minute)"
    )
    parser.add_argument("--profile", action="store_true", help="cProfile every figure of ours that misses a target")
    parser.add_argument("--no-sdk", action="store_true", help="skip the official TypeScript SDK")
    parser.add_argument(
        "--only", nargs="+", default=None, metavar="KEY", help="only these measurements (e.g. fleet.batch.redis)"
    )
    parser.add_argument(
        "--output", type=Path, default=None, help=f"JSON results (default {RESULTS.name}, quick: {QUICK_RESULTS.name})"
    )
    return parser.parse_args()


def say(text: str) -> None:
    print(text, flush=True)


def measure_all(
    measurements: list[plan.Measurement],
    base_url: str,
    node_modules: Path | None,
    sdk_reason: str,
    sizes: plan.Sizes,
    python: str,
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]], dict[str, str]]:
    """Every group of measurements side by side, taking turns, once per pass (a fleet once in all: the limiter, not
    the CPU, sets its pace); returns each measurement's rounds and its summary of each pass, and what was skipped."""
    rounds: dict[str, list[dict[str, Any]]] = {}
    passes: dict[str, list[dict[str, Any]]] = {}
    skipped: dict[str, str] = {}
    for number in range(sizes.passes):
        if sizes.passes > 1:
            say(f"pass {number + 1} of {sizes.passes}")
        for group in plan.groups(measurements):
            started = time.perf_counter()
            if group[0].engine == plan.FLEET:
                if number == 0:
                    passes[group[0].key] = [runner.run_fleet(group[0].params)]
                    say(f"  {group[0].label}: {report.headline(passes[group[0].key][0])}")
                continue
            # --- realtime.fanout: pairs of rounds once in all (a round is the scenario's whole minute)
            if group[0].engine == plan.FANOUT:
                if number == 0:
                    measure_fanout(group, node_modules, sdk_reason, passes, skipped, sizes.fanout_pairs)
                continue
            # --- end realtime.fanout
            if node_modules is None:
                skipped.update({m.key: sdk_reason for m in group if m.engine == plan.NODE})
            members = [m for m in group if m.key not in skipped]
            last = number == sizes.passes - 1
            more = (lambda done: not precise(rounds, done)) if last else None
            # A group may name its own server (batch.100k's answers come late) and its own number of cycles.
            cycles = group[0].params.get("cycles", sizes.cycles)
            most = group[0].params.get("cycles", sizes.max_cycles)
            with runner.group_server(group, base_url) as url:
                done = runner.run_group(members, cycles, url, node_modules, python, more, most)
            for key, reason in done.skipped.items():
                skipped[key] = reason
                rounds.pop(key, None)
                passes.pop(key, None)
                say(f"  {key}: skipped: {reason}")
            for key, summary in done.summaries.items():
                rounds.setdefault(key, []).extend(done.rounds[key])
                passes.setdefault(key, []).append(summary)
            figures = ", ".join(
                f"{m.label} {report.headline(done.summaries[m.key])}" for m in group if m.key in done.summaries
            )
            say(f"  {figures} ({done.cycles} cycles, {time.perf_counter() - started:.1f} s)")
    return rounds, passes, skipped


# --- realtime.fanout
def measure_fanout(
    group: list[plan.Measurement],
    node_modules: Path | None,
    sdk_reason: str,
    passes: dict[str, list[dict[str, Any]]],
    skipped: dict[str, str],
    pairs: int,
) -> None:
    """``pairs`` rounds of each side of the fanout scenario, each against a server of its own, the sides taking turns
    (which goes first alternating); the SDK's failing is skipped, ours raises. Each side keeps the round of the pair
    whose CPU ratio is the median (:func:`fanout.median_pair`)."""
    done: dict[str, list[dict[str, Any]]] = {}
    for number in range(pairs):
        for measurement in group if number % 2 == 0 else group[::-1]:
            if measurement.key in skipped:
                continue
            if measurement.key != plan.FANOUT_CLIENT and node_modules is None:
                skipped[measurement.key] = sdk_reason
                continue
            try:
                result = fanout.run_fanout(measurement, node_modules)
            except runner.MeasurementFailed as exc:
                if measurement.key == plan.FANOUT_CLIENT:
                    raise
                done.pop(measurement.key, None)  # its other rounds have no pair to stand on their own
                skipped[measurement.key] = str(exc)
                say(f"  {measurement.key}: skipped: {exc}")
                continue
            done.setdefault(measurement.key, []).append(result)
            say(f"  {measurement.label}: {fanout.headline(result)}")
        if plan.FANOUT_SDK not in done:  # nothing to pair the client's rounds with: one is enough
            break
    passes.update({key: [result] for key, result in fanout.median_pair(done).items()})


# --- end realtime.fanout


def precise(earlier: dict[str, list[dict[str, Any]]], done: runner.GroupRun) -> bool:
    """Whether every ratio between members of the group is known within ±:data:`plan.PRECISION`, counting the
    rounds of earlier passes."""
    for comparison in plan.COMPARISONS:
        if comparison.subject in done.rounds and comparison.baseline in done.rounds:
            ours = earlier.get(comparison.subject, []) + done.rounds[comparison.subject]
            theirs = earlier.get(comparison.baseline, []) + done.rounds[comparison.baseline]
            ratios = stats.pair_ratios(ours, theirs)
            if not ratios or stats.uncertainty(ratios) > plan.PRECISION:
                return False
    return True


def profile_misses(rows: list[dict[str, Any]], measurements: list[plan.Measurement], base_url: str) -> dict[str, str]:
    """cProfile (or ``-X importtime``) output for each measurement of ours behind a missed target."""
    by_key = {measurement.key: measurement for measurement in measurements}
    profiles: dict[str, str] = {}
    for row in rows:
        key = row["subject"]
        if row["status"] != report.MISS or key in profiles:
            continue
        measurement = by_key[key]
        if measurement.engine in (plan.IMPORT, plan.COLD):
            # A cold start: what its import, construction and first trigger load, the last two's at the top level.
            code = cold_start.profile_code(base_url) if measurement.engine == plan.COLD else None
            lines = runner.import_profile(measurement.params.get("module", ""), IMPORT_PROFILE_LINES, code=code)
            header = "cumulative ms  own ms  module (python -X importtime, top levels)"
            profiles[key] = "\n".join(
                [header, *(f"{cum / 1000:13.1f}  {own / 1000:6.1f}  {name}" for cum, own, name in lines)]
            )
        # --- realtime.fanout: the Python side once more, profiled over its updates
        elif measurement.engine == plan.FANOUT:
            profiles[key] = fanout.run_fanout(measurement, None, profile=True)["profile"]
        # --- end realtime.fanout
        elif measurement.engine == plan.PYTHON:
            params = {**measurement.params, "profile": True, "rounds": 1}  # one round: enough to rank functions
            with runner.group_server([measurement], base_url) as url:
                profiles[key] = runner.run_python(params, url)["profile"]
    return profiles


def environment(sdk_reason: str, plain_reason: str) -> dict[str, Any]:
    return {
        "imports": plain_reason,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
        "node": sdk.node_version(),
        "sdk": sdk_reason,
    }


def previous_speeds(path: Path) -> dict[str, float]:
    """The ratios of the run that wrote ``path`` before, by scenario, to show how much this run moved them."""
    try:
        rows = json.loads(path.read_text())["comparisons"]
    except (OSError, ValueError, KeyError):
        return {}
    return {row["scenario"]: row["speed"] for row in rows if "speed" in row}


def main() -> int:
    if sys.argv[1:] == ["readme"]:
        return readme.main()
    args = parse_args()
    output = args.output or (ONLY_RESULTS if args.only else QUICK_RESULTS if args.quick else RESULTS)
    before = previous_speeds(output)
    sizes = plan.QUICK if args.quick else plan.FULL
    started = time.perf_counter()
    measurements = plan.measurements(sizes)
    comparisons = plan.COMPARISONS
    if args.only:
        unknown = set(args.only) - {m.key for m in measurements}
        if unknown:
            say(f"unknown measurements: {', '.join(sorted(unknown))}; known: {', '.join(m.key for m in measurements)}")
            return 2
        measurements = [m for m in measurements if m.key in args.only]
        comparisons = [c for c in comparisons if {c.subject, c.baseline} - {None} <= set(args.only)]
    # A quick run skips the SDK unless --only names one of its measurements: Node's start and the warm-up V8 needs
    # would take most of the minute.
    named_sdk = bool(args.only) and any(m.engine == plan.NODE or m.key.startswith("sdk.") for m in measurements)
    if args.no_sdk or (args.quick and not named_sdk):
        node_modules, sdk_reason = None, "--no-sdk" if args.no_sdk else "skipped in a quick run"
    else:
        node_modules, sdk_reason = sdk.ensure_sdk(install=True)
    say(f"official SDK: {sdk_reason}" if node_modules else f"official SDK skipped: {sdk_reason}")
    load = os.getloadavg()[0]
    if load > BUSY_LOAD:
        say(
            f"warning: load average {load:.1f} on {os.cpu_count()} CPUs: other processes compete; figures will be noisy"
        )
    # Likewise the wheel: a quick run times the plain install as it is, unless --only names a measurement of it.
    named_plain = bool(args.only) and any(m.engine in (plan.IMPORT, plan.COLD) for m in measurements)
    plain_python, plain_reason = runner.plain_install(build=not args.quick or named_plain)
    say(f"imports timed in {plain_reason}")
    pages = sizes.listing_items // workloads.PAGE_SIZE
    with runner.bench_server(pages) as base_url:
        say(f"bench server at {base_url} ({pages} pages of {workloads.PAGE_SIZE} runs)")
        rounds, passes, skipped = measure_all(measurements, base_url, node_modules, sdk_reason, sizes, plain_python)
        results = {key: report.median_result(summaries) for key, summaries in passes.items()}
        rows = [report.evaluate(comparison, rounds, results, skipped) for comparison in comparisons]
        report.add_drift(rows, before)
        profiles = profile_misses(rows, measurements, base_url) if args.profile else {}

    say("")
    say(report.table(report.MEASUREMENT_HEADER, report.measurement_rows(measurements, results)))
    say(report.server_summary(results))
    say("")
    say(report.table(report.COMPARISON_HEADER, report.comparison_rows(rows)))
    for key, text in profiles.items():
        say(f"\n=== profile of {key} ===\n{text}")
    if args.quick:
        say(
            f"\nquick run: {sizes.cycles} short rounds a figure, so ratios are indicative; "
            "`make bench` for the real ones"
        )
    elapsed = time.perf_counter() - started
    say(f"\n{'quick' if args.quick else 'full'} run in {elapsed:.0f} s; results in {output}")
    stability = report.stability(rows)
    if stability:
        say(f"against the previous run of {output.name}: {stability}")

    document = {
        "mode": "quick" if args.quick else "full",
        "seconds": elapsed,
        "passes": sizes.passes,
        "cycles": sizes.cycles,
        "max_cycles": sizes.max_cycles,
        "previous_speeds": before,
        "environment": environment(sdk_reason, plain_reason),
        "measurements": {
            m.key: {"label": m.label, "params": m.params, **results[m.key], "passes": report.figures(passes[m.key])}
            for m in measurements
            if m.key in results
        },
        "skipped": skipped,
        "comparisons": rows,
        "profiles": profiles,
    }
    output.write_text(json.dumps(document, indent=2) + "\n")
    if output == RESULTS and not args.only:
        readme.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
