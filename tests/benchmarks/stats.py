"""The arithmetic of a ratio: per-round costs, paired ratios, their median, its confidence interval, and drift.

A comparison's figure comes from rounds taken in turns: round ``i`` of ours and round ``i`` of the baseline ran
one right after the other, so they shared that moment's load from the rest of the machine. Each such pair gives a
ratio; the figure is their median, and the interval says how well the median is known, which is what decides
whether two runs agree.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from typing import Any

# Two-sided: the interval holds the true median with at least this probability.
CONFIDENCE = 0.95


def cost(record: Mapping[str, Any]) -> float:
    """Client CPU seconds per operation of one round (infinite for a round that did nothing)."""
    ops = record["ops"]
    return float(record["cpu_seconds"] / ops) if ops else math.inf


def pair_ratios(ours: Sequence[Mapping[str, Any]], theirs: Sequence[Mapping[str, Any]]) -> list[float]:
    """Round by round, the baseline's cost over ours: above 1 means ours spent less CPU per operation.

    A pair where either round did nothing (or took no measurable CPU) says nothing and is left out.
    """
    ratios = []
    for mine, baseline in zip(ours, theirs, strict=True):
        subject_cost, baseline_cost = cost(mine), cost(baseline)
        if 0 < subject_cost < math.inf and baseline_cost < math.inf:
            ratios.append(baseline_cost / subject_cost)
    return ratios


def wall_ratios(ours: Sequence[Mapping[str, Any]], theirs: Sequence[Mapping[str, Any]]) -> list[float]:
    """Round by round, our wall-clock rate over the baseline's (ops per second), for the record beside CPU."""
    return [
        (mine["ops"] / mine["seconds"]) / (baseline["ops"] / baseline["seconds"])
        for mine, baseline in zip(ours, theirs, strict=True)
        if mine["seconds"] and baseline["seconds"] and baseline["ops"]
    ]


def median_interval(values: Sequence[float], confidence: float = CONFIDENCE) -> tuple[float, float]:
    """A distribution-free interval for the median: the order statistics ``k`` in from each end, with ``k`` the
    largest for which a Binomial(n, ½) falls below ``k`` with probability at most (1 − confidence)/2.

    Nothing is assumed about the shape of the ratios (load makes them skewed); with too few values for any ``k``,
    the interval is their whole range.
    """
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        raise ValueError("no values")
    tail = (1 - confidence) / 2
    k, below = 0, 0.0
    while k < n // 2:
        below += math.comb(n, k) / 2**n  # P(Binomial(n, ½) ≤ k)
        if below > tail:
            break
        k += 1
    k = max(k, 1)
    return ordered[k - 1], ordered[n - k]


def uncertainty(values: Sequence[float], confidence: float = CONFIDENCE) -> float:
    """Half the width of :func:`median_interval` relative to the median: 0.03 means the figure is known to ±3%."""
    low, high = median_interval(values, confidence)
    middle = statistics.median(values)
    return (high - low) / 2 / middle if middle else 0.0


def spread(values: Sequence[float]) -> float:
    """Half the interquartile range relative to the median: how much a typical single pair strays."""
    if len(values) < 2:
        return 0.0
    first, _, third = statistics.quantiles(values, n=4, method="inclusive")
    middle = statistics.median(values)
    return (third - first) / 2 / middle if middle else 0.0


def differences(ours: Sequence[Mapping[str, Any]], theirs: Sequence[Mapping[str, Any]]) -> list[float]:
    """Round by round, our cost minus the baseline's, in milliseconds per operation (an import's extra cost)."""
    return [(cost(mine) - cost(baseline)) * 1000 for mine, baseline in zip(ours, theirs, strict=True)]


def drift(current: Mapping[str, float], previous: Mapping[str, float]) -> dict[str, float]:
    """Each figure's relative change against the previous run's, for the figures both runs have."""
    return {key: value / previous[key] - 1 for key, value in current.items() if previous.get(key)}
