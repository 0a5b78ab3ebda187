"""The Performance guide's figures are generated from tests/benchmarks/results.json (format, never speed)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.benchmarks import cold_start, plan, readme, summary


def test_readme_section_is_the_rendering_of_results_json() -> None:
    document = json.loads(readme.RESULTS.read_text())
    assert readme.section_of(readme.PAGE.read_text()) == readme.render(document), (
        "docs/guides/performance.md is out of date with results.json: run `python -m tests.benchmarks readme`"
    )


def test_every_target_is_shown_with_whether_it_was_met() -> None:
    document = json.loads(readme.RESULTS.read_text())
    rows = [line for line in readme.render(document).splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) == 1 + len(document["comparisons"])
    for row, line in zip(document["comparisons"], rows[1:], strict=True):
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        assert cells[0] == row["scenario"] and cells[5] == row["target"]
        assert cells[6] == readme.MET[row["status"]]


def fake_document() -> dict[str, Any]:
    fleet = {
        "params": {"limit": [75, 25, 1.0]},
        "processes": 8,
        "allowed_per_s": 34.4,
        "achieved_per_s": 33.0,
        "requests": 270,
        "responses_429": 2,
    }
    return {
        "mode": "full",
        "seconds": 200.0,
        "passes": 2,
        "cycles": 15,
        "max_cycles": 45,
        "previous_speeds": {"a. trigger sync": 0.95, "f. import": 0.9},
        "environment": {
            "cpus": 2,
            "load_average": [1.0, 0.5, 0.25],
            "python": "3.11.7",
            "node": None,
            "sdk": "--no-sdk",
        },
        "measurements": {"fleet.paced": fleet},
        "comparisons": [
            {
                "scenario": "a. trigger sync",
                "baseline": "trigger.sync.httpx",
                "target": "≥0.90×",
                "ours": "900 req/s",
                "theirs": "1,000 req/s",
                "speed": 0.99,
                "pairs": 30,
                "uncertainty": 0.03,
                "spread": 0.12,
                "wall_speed": 1.01,
                "status": "PASS",
            },
            {
                "scenario": "f. import",
                "subject": "import.client",
                "baseline": "import.httpx",
                "target": "<150 ms",
                "ours": "140.0 ms",
                "theirs": "110.0 ms",
                "speed": 0.79,
                "pairs": 30,
                "uncertainty": 0.02,
                "spread": 0.05,
                "extra_ms": 30.4,
                "status": "PASS",
            },
            {"scenario": "g. vs SDK", "baseline": "sdk.list", "target": "≥1.50×", "status": "SKIP", "why": "no node"},
            {
                "scenario": "h. fleet.paced",
                "baseline": "rate limit",
                "target": "≥90% of allowed, 429s ≤5%",
                "ours": "33 req/s",
                "theirs": "allowed 34/s",
                "speed": 0.96,
                "spread": 0.0,
                "status": "MISS",
            },
        ],
    }


def test_render_shows_ratio_spread_change_and_verdict() -> None:
    text = readme.render(fake_document())
    assert (
        "| a. trigger sync | 900 req/s | `trigger.sync.httpx` 1,000 req/s | 0.99× ±3% (30 pairs, each ±12%); "
        "wall clock 1.01× | +4% | ≥0.90× | met |"
    ) in text
    assert "| f. import | 140.0 ms | `import.httpx` 110.0 ms | 0.79× ±2% (30 pairs, each ±5%) | **-12%** |" in text
    assert "| g. vs SDK | — | `sdk.list` | — | — | ≥1.50× | not measured |" in text
    assert "| 96% of allowed | — | ≥90% of allowed, 429s ≤5% | **missed** |" in text
    assert "allowed 34.4 req/s, achieved 33.0 req/s, 270 requests, 2 answered 429." in text
    assert "Full run of 200 s, 2 passes of 15 to 45 cycles, on 2 CPUs (load average 1.0, 0.5, 0.2" in text
    assert (
        "- `import trigger_client` costs 30 ms of CPU above `import httpx` (the median difference of 30 pairs" in text
    )
    assert (
        "- Against the previous run 1 of 2 ratios moved by at most ±10%; the one that moved most: f. import by -12%. "
        "Target: every ratio within ±10%: **missed**."
    ) in text


def test_the_redis_fleet_says_it_shared_only_redis() -> None:
    document = fake_document()
    paced = document["measurements"]["fleet.paced"]
    redis_fleet = {**paced, "params": {"limit": [8_000, 4_000, 1.0], "redis": True}, "unit": "items"}
    redis_fleet |= {"items": 100_000, "items_per_s": 4_100.0}
    document["measurements"]["fleet.batch.redis"] = redis_fleet
    assert (
        "- `fleet.batch.redis`: 8 processes on one key, sharing only a redis-server, behind a bucket of 8000 refilled "
        "by 4000 every 1 s"
    ) in readme.render(document)


def test_a_results_json_from_before_round_pairs_still_renders() -> None:
    document = fake_document()
    row = document["comparisons"][0]
    for key in ("pairs", "uncertainty", "wall_speed"):
        del row[key]
    del document["cycles"], document["max_cycles"]
    text = readme.render(document)
    assert "| 0.99× (±12% over passes) | +4% |" in text
    assert "Full run of 200 s, 2 passes, on 2 CPUs" in text


def test_stability_is_judged_on_the_ratio_that_moved_most() -> None:
    document = fake_document()
    document["previous_speeds"] = {"a. trigger sync": 0.8, "h. fleet.paced": 0.97}
    line = readme.stability_line(document)
    assert line == (
        "- Against the previous run 1 of 2 ratios moved by at most ±10%; the one that moved most: a. trigger sync "
        "by +24%. Target: every ratio within ±10%: **missed**."
    )
    document["previous_speeds"] = {}
    assert readme.stability_line(document) is None


def test_replace_section_keeps_the_rest_and_needs_the_markers() -> None:
    text = f"intro\n{readme.START}\nold figures\n{readme.END}\noutro\n"
    assert readme.replace_section(text, "new") == f"intro\n{readme.START}\nnew\n{readme.END}\noutro\n"
    with pytest.raises(ValueError, match="benchmarks:start"):
        readme.replace_section("no markers", "new")


# --- batch.100k, cold.start and the README's Performance section ---


def test_readme_performance_section_is_the_rendering_of_results_json() -> None:
    document = json.loads(readme.RESULTS.read_text())
    section = readme.section_of(readme.README.read_text(), readme.README_START, readme.README_END)
    assert section == summary.render_summary(document), (
        "README.md's Performance section is out of date with results.json: run `python -m tests.benchmarks readme`"
    )


def scenarios_document() -> dict[str, Any]:
    """fake_document() with batch.100k, cold.start and realtime.fanout measured."""
    document = fake_document()
    batch = {"ops": 100_000, "seconds": 4.0, "cpu_seconds": 3.0, "peak_rss_mb": 80.0}
    sdk_batch = {"ops": 100_000, "seconds": 8.0, "cpu_seconds": 7.5, "peak_rss_mb": 400.0}
    fanout = {"cpu_per_update_us": 12.5, "peak_rss_mb": 50.0, "updates_sent": 1000, "updates_delivered": 1000}
    document["measurements"] |= {
        "batch.100k.client": batch,
        "sdk.batch.100k": sdk_batch,
        "cold.start.client": {"unit": "ms", "value": 110.0, "wall_ms": 140.0, "samples": 30},
        "cold.start.httpx": {"unit": "ms", "value": 95.0, "wall_ms": 120.0, "samples": 30},
        "realtime.fanout.client": {**fanout, "out_of_order": 0},
        "sdk.realtime.fanout": {**fanout, "cpu_per_update_us": 40.0, "peak_rss_mb": 120.0, "out_of_order": 0},
    }
    pair = {"subject": "batch.100k.client", "baseline": "sdk.batch.100k", "status": "PASS", "spread": 0.0}
    document["comparisons"] += [
        {**pair, "scenario": "i. batch.100k wall vs SDK", "metric": "wall", "speed": 2.0, "target": "≤0.67×"},
        {**pair, "scenario": "i. batch.100k CPU vs SDK", "metric": "cpu", "speed": 2.5, "target": "≤0.50×"},
        {**pair, "scenario": "i. batch.100k peak RSS vs SDK", "metric": "rss", "speed": 5.0, "target": "≤0.50×"},
        {
            "scenario": "j. cold start",
            "subject": "cold.start.client",
            "baseline": "cold.start.httpx",
            "target": "<120 ms",
            "ours": "110.0 ms",
            "theirs": "95.0 ms",
            "speed": 0.86,
            "spread": 0.0,
            "status": "PASS",
        },
        {
            "scenario": "k. realtime fanout vs SDK",
            "subject": "realtime.fanout.client",
            "baseline": "sdk.realtime.fanout",
            "target": "CPU/update ≤0.50×, peak RSS ≤0.50×, none lost or out of order",
            "speed": 3.2,
            "spread": 0.0,
            "status": "PASS",
        },
    ]
    return document


def test_the_summary_has_a_line_per_headline_figure_and_links_the_guide() -> None:
    text = summary.render_summary(scenarios_document())
    assert "[the performance guide](docs/guides/performance.md)" in text
    assert (
        "- `batch.100k`, 100,000 items of 1 KB over 20 ms of latency, as a share of the SDK's: wall time 0.50× "
        "(target ≤0.67×: met), CPU 0.40× (target ≤0.50×: met), peak RSS 0.20× (target ≤0.50×: met)."
    ) in text
    assert (
        "- Cold start (import, construct, first trigger, in a fresh interpreter): 110.0 ms of CPU, raw httpx's "
        "95.0 ms (target <120 ms: met)."
    ) in text
    assert (
        "- `realtime.fanout`: 12.5 µs of CPU per update against the SDK's 40.0 µs, peak RSS 50 MB against 120 MB; "
        "1,000 of 1,000 updates delivered, 0 out of order "
        "(target CPU/update ≤0.50×, peak RSS ≤0.50×, none lost or out of order: met)."
    ) in text
    assert "- `import trigger_client`: 140.0 ms of CPU, 30 ms above `import httpx` (target <150 ms: met)." in text


def test_the_summary_says_what_was_not_measured() -> None:
    lines = summary.render_summary(fake_document()).splitlines()
    missing = [line for line in lines if line.endswith(": not measured.")]
    assert [line.split(":")[0] for line in missing] == [
        "- Async triggers, 32 in flight",
        "- `runs.list`",
        "- `batch.100k`, 100,000 items of 1 KB",
        "- `realtime.fanout`",
        "- Cold start (import, construct, first trigger, in a fresh interpreter)",
    ]


def test_the_guide_gives_each_side_of_batch_and_cold_start_when_measured() -> None:
    text = readme.render(scenarios_document())
    assert (
        "- `batch.100k`: 100,000 items of 1 KB in one call, answers 20 ms late: the client 4.00 s, 3.00 s of CPU, "
        "80 MB peak RSS; the SDK 8.00 s, 7.50 s of CPU, 400 MB (wall, CPU and peak RSS of the median round)."
    ) in text
    assert (
        "- Cold start, the median of 30 fresh interpreters: the client 110 ms of CPU (140 ms wall), raw httpx 95 ms "
        "(120 ms wall)."
    ) in text
    assert "batch.100k" not in readme.render(fake_document())


def test_the_cold_start_lines_give_the_dependency_floor_when_measured() -> None:
    document = scenarios_document()
    document["measurements"]["cold.start.deps"] = {"unit": "ms", "value": 88.4, "wall_ms": 90.0, "samples": 30}
    assert (
        "- Cold start (import, construct, first trigger, in a fresh interpreter): 110.0 ms of CPU, raw httpx's "
        "95.0 ms (target <120 ms: met); importing httpx, httpcore, h11 and attrs alone takes 88 ms."
    ) in summary.render_summary(document)
    assert (
        "(120 ms wall). Importing only the libraries a first trigger needs (httpx, httpcore, h11, attrs) takes 88 ms "
        "of CPU: the floor under any client built on them."
    ) in readme.render(document)


def test_the_dependency_floor_takes_turns_with_the_cold_starts() -> None:
    cold = [m for m in plan.measurements(plan.FULL) if m.key.startswith("cold.start.")]
    assert [m.key for m in cold] == ["cold.start.client", "cold.start.httpx", "cold.start.deps"]
    assert plan.groups(cold) == [cold]
    assert cold_start.command("deps", "python3", "http://127.0.0.1:1")() == ["python3", "-c", cold_start.DEPS]
