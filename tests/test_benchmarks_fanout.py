"""The realtime.fanout bench's bookkeeping: what counts as delivered and out of order, and how a pair of results is
judged against the targets. Pure functions on made-up figures; nothing here is timed."""

from __future__ import annotations

from typing import Any

from tests.benchmarks import fanout, plan, report
from tests.benchmarks.fanout_server import Fanout


def test_a_tally_counts_new_versions_and_flags_repeats_and_steps_back() -> None:
    tally = fanout.Tally()
    for version in (0, 1, 2, 2, 4, 3, 5):
        tally.see(version)
    # 0 is the snapshot before any update; 2 again and 3 after 4 are out of order; 3 counts as not delivered.
    assert (tally.delivered, tally.out_of_order, tally.last) == (4, 2, 5)


def result(cpu_us: float, rss: float, delivered: int = 1000, out_of_order: int = 0) -> dict[str, Any]:
    return {
        "cpu_per_update_us": cpu_us,
        "peak_rss_mb": rss,
        "updates_sent": 1000,
        "updates_delivered": delivered,
        "out_of_order": out_of_order,
    }


def judge(ours: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    comparison = next(c for c in plan.COMPARISONS if c.subject == plan.FANOUT_CLIENT)
    results = {plan.FANOUT_CLIENT: ours, plan.FANOUT_SDK: theirs}
    return report.evaluate(comparison, {}, results, {})


def test_half_the_sdks_cpu_and_rss_with_nothing_lost_passes() -> None:
    row = judge(result(400, 50), result(1000, 300))
    assert (row["status"], row["speed"], round(row["rss_ratio"], 3)) == ("PASS", 2.5, 0.167)
    assert row["target"] == "CPU/update ≤0.50×, peak RSS ≤0.50×, none lost or out of order"


def test_each_target_missed_is_named() -> None:
    row = judge(result(600, 200, delivered=998, out_of_order=1), result(1000, 300))
    assert row["status"] == "MISS"
    assert row["why"] == "CPU/update 0.60× > 0.50×; peak RSS 0.67× > 0.50×; 2 lost, 1 out of order"


def test_a_missing_sdk_skips_the_comparison_with_the_reason() -> None:
    comparison = next(c for c in plan.COMPARISONS if c.subject == plan.FANOUT_CLIENT)
    row = report.evaluate(comparison, {}, {plan.FANOUT_CLIENT: result(400, 50)}, {plan.FANOUT_SDK: "no node"})
    assert (row["status"], row["why"]) == ("SKIP", "no node")


def test_the_pair_with_the_median_ratio_gives_both_sides_figures_and_the_row_shows_every_pair() -> None:
    ours = [result(500, 60), result(400, 61), result(450, 62)]
    theirs = [result(1000, 300), result(1000, 301), result(1000, 302)]
    chosen = fanout.median_pair({plan.FANOUT_CLIENT: ours, plan.FANOUT_SDK: theirs})
    # Ratios 2.0, 2.5 and 2.22: the median pair is the third, on both sides.
    assert chosen[plan.FANOUT_CLIENT]["peak_rss_mb"] == 62
    assert chosen[plan.FANOUT_SDK]["peak_rss_mb"] == 302
    assert chosen[plan.FANOUT_CLIENT]["pair_speeds"] == [2.0, 2.5, 1000 / 450]
    row = judge(chosen[plan.FANOUT_CLIENT], chosen[plan.FANOUT_SDK])
    assert (row["status"], row["speed"], row["speeds"]) == ("PASS", 1000 / 450, [2.0, 2.5, 1000 / 450])
    assert row["fanout"] == "CPU/update 0.45×, peak RSS 0.21× (the median of 3 pairs of rounds)"


def test_without_the_sdk_the_clients_first_round_stands_alone() -> None:
    ours = [result(500, 60)]
    assert fanout.median_pair({plan.FANOUT_CLIENT: ours}) == {plan.FANOUT_CLIENT: ours[0]}
    row = judge(result(400, 50), result(1000, 300))
    assert row["fanout"].endswith("(one round each)")


def test_the_server_replays_one_change_per_answer_from_the_offset() -> None:
    server = Fanout(runs=1, seconds=3, interval=1.0)
    server.version = 3
    answer = server.request(None, "/realtime/v1/runs/run_fanout00000?live=true&offset=1_0", AUTH)  # type: ignore[arg-type]
    assert b"electric-offset: 2_0\r\n" in answer and b'"metadata":"{\\"v\\": 2}"' in answer
    assert b"electric-cursor: " in answer and b'"control":"up-to-date"' in answer
    final = server.request(None, "/realtime/v1/runs/run_fanout00000?live=true&offset=2_0", AUTH)  # type: ignore[arg-type]
    assert b'"status":"COMPLETED_SUCCESSFULLY"' in final and b'"completedAt"' in final


AUTH = {"authorization": f"Bearer {fanout.workloads.SECRET_KEY}", "x-trigger-electric-version": "1.0.0-beta.1"}


def test_the_server_protocol_answers_through_the_shared_http_handling() -> None:
    from tests.benchmarks.fanout_server import FanoutProtocol
    from tests.benchmarks.server import Incoming, Pages, Stats

    protocol = FanoutProtocol(Pages(0), Stats(), None)
    protocol.fanout = Fanout(runs=1, seconds=3, interval=1.0)
    answer = protocol.handle(Incoming("GET", "/realtime/v1/runs/run_fanout00000?offset=-1", AUTH))
    assert answer.startswith(b"HTTP/1.1 200") and b"electric-handle: " in answer
    stats = protocol.handle(Incoming("GET", "/__bench/stats", {}))
    assert b'"updates_sent": 0' in stats and b'"requests": 1' in stats
