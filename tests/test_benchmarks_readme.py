"""The README's Performance figures are generated from tests/benchmarks/results.json (format, never speed)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.benchmarks import readme


def test_readme_section_is_the_rendering_of_results_json() -> None:
    document = json.loads(readme.RESULTS.read_text())
    assert readme.section_of(readme.README.read_text()) == readme.render(document), (
        "README.md is out of date with results.json: run `python -m tests.benchmarks readme`"
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
        "passes": 5,
        "previous_speeds": {"a. trigger sync": 0.9},
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
                "spread": 0.04,
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
        "| a. trigger sync | 900 req/s | `trigger.sync.httpx` 1,000 req/s | 0.99× (±4%) | +10% | ≥0.90× | met |" in text
    )
    assert "| g. vs SDK | — | `sdk.list` | — | — | ≥1.50× | not measured |" in text
    assert "| 96% of allowed | — | ≥90% of allowed, 429s ≤5% | **missed** |" in text
    assert "allowed 34.4 req/s, achieved 33.0 req/s, 270 requests, 2 answered 429." in text
    assert "Full run of 200 s, 5 passes, on 2 CPUs (load average 1.0, 0.5, 0.2" in text
    assert "every ratio moved by at most 10% (a. trigger sync); target: within ±10%: met." in text


def test_stability_is_judged_on_the_ratio_that_moved_most() -> None:
    document = fake_document()
    document["previous_speeds"] = {"a. trigger sync": 0.8, "h. fleet.paced": 0.97}
    line = readme.stability_line(document)
    assert line == (
        "- Against the previous run every ratio moved by at most 24% (a. trigger sync); "
        "target: within ±10%: **missed**."
    )
    document["previous_speeds"] = {}
    assert readme.stability_line(document) is None


def test_replace_section_keeps_the_rest_and_needs_the_markers() -> None:
    text = f"intro\n{readme.START}\nold figures\n{readme.END}\noutro\n"
    assert readme.replace_section(text, "new") == f"intro\n{readme.START}\nnew\n{readme.END}\noutro\n"
    with pytest.raises(ValueError, match="benchmarks:start"):
        readme.replace_section("no markers", "new")
