"""The bench's arithmetic: paired ratios, their median's interval, spread, drift, and which measurements take turns.

Pure functions on made-up rounds; nothing here is timed.
"""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from tests.benchmarks import plan, report, runner, stats


def rounds(*costs: float, ops: int = 100) -> list[dict[str, float]]:
    """Rounds of ``ops`` operations costing ``costs`` CPU seconds each (wall time twice the CPU time)."""
    return [{"ops": ops, "cpu_seconds": cost * ops, "seconds": 2 * cost * ops} for cost in costs]


def test_pair_ratios_divide_the_baselines_cost_by_ours_round_by_round() -> None:
    ours = rounds(1.0, 2.0, 4.0)
    theirs = rounds(1.5, 2.0, 2.0)
    assert stats.pair_ratios(ours, theirs) == [1.5, 1.0, 0.5]


def test_a_pair_with_an_empty_round_is_left_out() -> None:
    ours = [*rounds(1.0), {"ops": 0, "cpu_seconds": 0.1, "seconds": 0.1}, *rounds(1.0)]
    theirs = [*rounds(2.0), *rounds(2.0), {"ops": 0, "cpu_seconds": 0.0, "seconds": 0.0}]
    assert stats.pair_ratios(ours, theirs) == [2.0]


def test_pairs_must_line_up() -> None:
    with pytest.raises(ValueError):
        stats.pair_ratios(rounds(1.0, 1.0), rounds(1.0))


def test_wall_ratios_are_ours_over_theirs_by_ops_per_second() -> None:
    ours = [{"ops": 300, "cpu_seconds": 0.1, "seconds": 1.0}]
    theirs = [{"ops": 100, "cpu_seconds": 0.1, "seconds": 0.5}]
    assert stats.wall_ratios(ours, theirs) == [1.5]


def test_load_that_hits_both_sides_of_a_pair_cancels() -> None:
    # The machine gets twice and three times as slow for a while: both rounds of those pairs cost more alike.
    load = [1.0, 2.0, 3.0, 1.0, 2.0]
    ours = rounds(*(0.8 * factor for factor in load))
    theirs = rounds(*(1.0 * factor for factor in load))
    assert stats.pair_ratios(ours, theirs) == pytest.approx([1.25] * 5)


def test_median_interval_uses_the_binomial_order_statistics() -> None:
    values = [float(v) for v in range(1, 21)]  # n = 20: the 95% interval is the 6th to the 15th value
    assert stats.median_interval(values) == (6.0, 15.0)
    assert stats.median_interval([float(v) for v in range(1, 11)]) == (2.0, 9.0)  # n = 10: 2nd to 9th


def test_median_interval_of_few_values_is_their_range() -> None:
    assert stats.median_interval([3.0, 1.0, 2.0]) == (1.0, 3.0)
    assert stats.median_interval([5.0]) == (5.0, 5.0)
    with pytest.raises(ValueError, match="no values"):
        stats.median_interval([])


def test_uncertainty_is_the_intervals_half_width_relative_to_the_median() -> None:
    values = [float(v) for v in range(1, 21)]  # median 10.5, interval 6..15
    assert stats.uncertainty(values) == pytest.approx(4.5 / 10.5)


def test_uncertainty_shrinks_as_pairs_add_up() -> None:
    # The same scatter of pair ratios, more of them: the median is known better.
    scatter = [0.9, 1.1, 0.95, 1.05, 1.0, 0.85, 1.15, 0.97, 1.03, 1.0]
    assert stats.uncertainty(scatter * 4) < stats.uncertainty(scatter)


def test_spread_is_half_the_interquartile_range_relative_to_the_median() -> None:
    assert stats.spread([1.0, 2.0, 3.0, 4.0, 5.0]) == pytest.approx((4.0 - 2.0) / 2 / 3.0)
    assert stats.spread([2.0]) == 0.0


def test_differences_are_milliseconds_per_operation() -> None:
    ours = [{"ops": 1, "cpu_seconds": 0.150, "seconds": 0.2}]
    theirs = [{"ops": 1, "cpu_seconds": 0.120, "seconds": 0.2}]
    assert stats.differences(ours, theirs) == pytest.approx([30.0])


def test_drift_against_the_previous_run_skips_what_it_lacks() -> None:
    moves = stats.drift({"a": 1.1, "b": 0.5, "c": 2.0}, {"a": 1.0, "b": 0.0})
    assert moves == {"a": pytest.approx(0.1)}


def test_rows_get_their_drift_and_the_worst_one_is_named() -> None:
    rows = [
        {"scenario": "a", "speed": 1.05, "status": report.PASS},
        {"scenario": "b", "speed": 0.6, "status": report.MISS},
        {"scenario": "c", "status": report.SKIP},
        {"scenario": "d", "speed": 1.0, "status": report.PASS},
    ]
    report.add_drift(rows, {"a": 1.0, "b": 0.5, "c": 1.0})
    assert [row["drift"] for row in rows] == [pytest.approx(0.05), pytest.approx(0.2), None, None]
    assert report.drift_text(rows[0]) == "+5% ok"
    assert report.drift_text(rows[1]) == "+20% MOVED"
    assert report.stability(rows) == "1 of 2 ratios within ±10%; the one that moved most: b by +20%"
    assert report.stability(rows[2:]) is None


def test_evaluate_takes_the_median_of_the_pairs() -> None:
    comparison = plan.Comparison("x", "ours", "theirs", min_speed=0.9)
    ours, theirs = rounds(1.0, 1.0, 1.0, 2.0, 1.0), rounds(0.95, 1.2, 0.8, 1.0, 1.0)
    summary = {"unit": "req", "throughput": 100.0}
    row = report.evaluate(comparison, {"ours": ours, "theirs": theirs}, {"ours": summary, "theirs": summary}, {})
    assert row["speeds"] == pytest.approx([0.95, 1.2, 0.8, 0.5, 1.0])
    assert row["speed"] == pytest.approx(0.95)
    assert row["pairs"] == 5
    assert (row["status"], row["why"]) == (report.PASS, "")
    assert row["uncertainty"] == pytest.approx((1.2 - 0.5) / 2 / 0.95)  # five pairs: the interval is their range
    assert report.ratio_text(row) == "0.95× ±37% (±11%, 5 pairs)"


def test_evaluate_reports_an_imports_extra_milliseconds() -> None:
    comparison = plan.Comparison("f", "import.client", "import.httpx", max_value_ms=150.0)
    ours, theirs = rounds(0.16, 0.15, 0.17, ops=1), rounds(0.12, 0.12, 0.13, ops=1)
    results = {"import.client": {"unit": "ms", "value": 160.0}, "import.httpx": {"unit": "ms", "value": 120.0}}
    row = report.evaluate(comparison, {"import.client": ours, "import.httpx": theirs}, results, {})
    assert row["extra_ms"] == pytest.approx(40.0)
    assert (row["status"], row["why"]) == (report.MISS, "160 ms ≥ 150 ms")


def test_each_figure_takes_turns_with_every_baseline_it_is_held_against() -> None:
    groups = {tuple(m.key for m in group) for group in plan.groups(plan.measurements(plan.QUICK))}
    assert ("trigger.sync.client", "trigger.sync.httpx", "trigger.sync.generated") in groups
    assert (
        "trigger.async32.client",
        "trigger.async32.httpx",
        "trigger.async32.aiohttp",
        "sdk.trigger.async32",
    ) in groups
    assert ("list.client", "list.httpx", "sdk.list") in groups
    assert ("import.client", "import.httpx") in groups
    assert ("fleet.paced",) in groups
    assert ("fleet.batch.redis",) in groups  # a fleet of its own: the same batch fleet, sharing Redis, not a file
    for comparison in plan.COMPARISONS:
        if comparison.baseline is not None:
            assert any({comparison.subject, comparison.baseline} <= set(group) for group in groups), comparison


def test_cost_of_an_empty_round_is_infinite() -> None:
    assert stats.cost({"ops": 0, "cpu_seconds": 1.0}) == math.inf


class FakeTurns:
    """Stands in for a measurement's process: logs each round it is asked for, in order."""

    def __init__(self, key: str, log: list[str], fail_at: int | None = None) -> None:
        self.key, self.log, self.fail_at = key, log, fail_at

    def ready(self) -> None:
        self.log.append(f"ready {self.key}")

    def round(self) -> dict[str, float]:
        if self.fail_at is not None and sum(entry == self.key for entry in self.log) == self.fail_at:
            raise runner.MeasurementFailed(f"{self.key} broke")
        self.log.append(self.key)
        return {"ops": 1, "cpu_seconds": 1.0, "seconds": 1.0}

    def finish(self) -> dict[str, str]:
        return {"unit": "req"}

    def close(self) -> None:
        pass


def fake_group(monkeypatch: pytest.MonkeyPatch, log: list[str], fail: str = "") -> list[plan.Measurement]:
    group = [
        plan.Measurement("ours", "ours", plan.PYTHON),
        plan.Measurement("theirs", "theirs", plan.PYTHON),
        plan.Measurement("sdk", "sdk", plan.NODE),
    ]

    def start(measurement: plan.Measurement, *_: object) -> FakeTurns:
        return FakeTurns(measurement.key, log, 1 if measurement.key == fail else None)

    monkeypatch.setattr(runner, "start_turns", start)
    return group


def test_a_group_takes_turns_round_by_round_in_a_rotating_order(monkeypatch: pytest.MonkeyPatch) -> None:
    log: list[str] = []
    done = runner.run_group(fake_group(monkeypatch, log), 3, "http://127.0.0.1:1", None)
    assert log == [
        "ready ours", "ready theirs", "ready sdk",
        "ours", "theirs", "sdk",
        "theirs", "sdk", "ours",
        "sdk", "ours", "theirs",
    ]  # fmt: skip
    assert {key: len(rounds) for key, rounds in done.rounds.items()} == {"ours": 3, "theirs": 3, "sdk": 3}
    assert done.cycles == 3 and set(done.summaries) == {"ours", "theirs", "sdk"}


def test_a_group_goes_on_while_more_is_wanted_up_to_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    group = fake_group(monkeypatch, [])
    asked: list[int] = []

    def more(done: runner.GroupRun) -> bool:
        asked.append(len(done.rounds["ours"]))
        return len(done.rounds["ours"]) < 5

    assert runner.run_group(group, 2, "http://127.0.0.1:1", None, more=more, max_cycles=9).cycles == 5
    assert asked == [2, 3, 4, 5]
    assert runner.run_group(group, 2, "http://127.0.0.1:1", None, more=lambda _: True, max_cycles=4).cycles == 4


def test_a_failing_sdk_is_dropped_but_a_failing_client_breaks_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    log: list[str] = []
    done = runner.run_group(fake_group(monkeypatch, log, fail="sdk"), 3, "http://127.0.0.1:1", None)
    assert done.skipped == {"sdk": "sdk broke"}
    assert set(done.rounds) == set(done.summaries) == {"ours", "theirs"}
    assert len(done.rounds["ours"]) == 3
    with pytest.raises(runner.MeasurementFailed, match="theirs broke"):
        runner.run_group(fake_group(monkeypatch, [], fail="theirs"), 3, "http://127.0.0.1:1", None)


def test_the_redis_fleet_is_the_batch_fleet_sharing_redis_held_to_the_same_targets() -> None:
    by_key = {m.key: m for m in plan.measurements(plan.FULL)}
    batch, redis_fleet = by_key["fleet.batch"], by_key["fleet.batch.redis"]
    assert redis_fleet.params == {**batch.params, "redis": True}
    targets = {c.subject: (c.min_achieved_share, c.max_share_429) for c in plan.COMPARISONS}
    assert targets["fleet.batch.redis"] == targets["fleet.batch"] == (0.9, 0.05)


def test_a_workers_summary_gives_the_peak_rss_after_each_round() -> None:
    from tests.benchmarks import worker

    session = worker.Session({"base_url": "http://127.0.0.1:1"})
    session.rss_start = 40 * worker.MB
    for cpu, peak in ((0.2, 41.0), (0.1, 58.5), (0.3, 58.5)):
        session.rounds.append(
            {"ops": 10, "cpu_seconds": cpu, "seconds": cpu, "throughput": 10 / cpu, "peak_rss_after_mb": peak}
        )
    result = session.summary("req")
    assert result["peak_rss_by_round_mb"] == [41.0, 58.5, 58.5]
    assert "peak_rss_after_mb" not in result
    assert result["cpu_seconds"] == 0.2  # the median round's own figures still lead the summary


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="VmHWM and ru_maxrss across exec are Linux's")
def test_a_workers_peak_rss_is_its_own_not_the_runners_that_forked_it() -> None:
    from tests.benchmarks import worker

    held = bytearray(128 * worker.MB)
    held[::4096] = b"\1" * len(held[::4096])  # resident, as the runner's memory is when it starts a worker
    code = (
        "import resource; from tests.benchmarks.worker import peak_rss; "
        "print(peak_rss(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=runner.ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    own, inherited = (int(figure) for figure in done.stdout.split())
    assert inherited > len(held)  # ru_maxrss counts the forked copy of this process before the exec
    assert own < len(held)  # the worker's figure counts only what it held itself
    del held
