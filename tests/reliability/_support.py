"""Helpers of the reliability suite: wire counters, a fast rate limiter, run accounting, figures."""

from __future__ import annotations

import math
import threading
import time
from collections import Counter
from typing import Any

import httpx
import pytest

from trigger_client.testing import TriggerEmulator
from trigger_client.testing._limits import RateDecision

# (test name, figures) recorded by tests and printed in the terminal summary.
FIGURES: list[tuple[str, dict[str, Any]]] = []


def record(name: str, **figures: Any) -> dict[str, Any]:
    """Keep ``figures`` for the end-of-run summary (and print them for ``-s``)."""
    FIGURES.append((name, figures))
    print(f"{name}: {figures}")
    return figures


def scale(normal: int, soak: int) -> list[Any]:
    """Parameters ``[normal, soak]``, the second marked ``soak`` (skipped without ``--soak``) with a long timeout."""
    return [
        pytest.param(normal, id=f"n={normal}"),
        pytest.param(soak, id=f"n={soak}", marks=[pytest.mark.soak, pytest.mark.timeout(1800)]),
    ]


class WireCounts:
    """What crossed the wire below the client's retry layer: statuses and dropped connections."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.statuses: Counter[int] = Counter()
        self.drops = 0

    def response(self, status: int) -> None:
        with self._lock:
            self.statuses[status] += 1

    def drop(self) -> None:
        with self._lock:
            self.drops += 1

    @property
    def attempts(self) -> int:
        return sum(self.statuses.values()) + self.drops

    @property
    def faults(self) -> int:
        """Attempts that did not get a final answer: 5xx, 429 and dropped connections."""
        return self.drops + self.statuses[429] + sum(n for s, n in self.statuses.items() if s >= 500)


class CountingTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, counts: WireCounts) -> None:
        self.inner, self.counts = inner, counts

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = self.inner.handle_request(request)
        except httpx.TransportError:
            self.counts.drop()
            raise
        self.counts.response(response.status_code)
        return response


class AsyncCountingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, counts: WireCounts) -> None:
        self.inner, self.counts = inner, counts

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self.inner.handle_async_request(request)
        except httpx.TransportError:
            self.counts.drop()
            raise
        self.counts.response(response.status_code)
        return response


class CountLimits:
    """A limiter that any client speed reaches: it grants ``limit`` requests, then refuses every request until
    ``pause`` seconds of real time have passed, then grants ``limit`` more. The refusal after each ``limit`` grants
    is decided by counting, not by timing, so the number of 429s has a floor that does not depend on how fast the
    machine is. Same ``take`` contract as the emulator's ``Limits``."""

    def __init__(self, limit: int, pause: float) -> None:
        self.rate_per_minute = limit * 60 / pause
        self.limit, self.pause = limit, pause
        self._granted: dict[str, int] = {}
        self._closed_until: dict[str, float] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> RateDecision:
        with self._lock:
            now = time.time()
            closed_until = self._closed_until.get(key, 0.0)
            if now < closed_until:
                return RateDecision(False, self.limit, 0, math.ceil(closed_until * 1000))
            granted = self._granted.get(key, 0)
            if granted >= self.limit:
                # The window is spent: this request is the first refusal, whatever the clock says.
                self._granted[key] = 0
                self._closed_until[key] = now + self.pause
                return RateDecision(False, self.limit, 0, math.ceil((now + self.pause) * 1000))
            self._granted[key] = granted + 1
            return RateDecision(True, self.limit, self.limit - granted - 1, math.ceil((now + self.pause) * 1000))


def all_runs(emulator: TriggerEmulator) -> list[Any]:
    """Every run of the default project, all environments."""
    with emulator.store.lock:
        return [run for env in emulator.default_project.environments.values() for run in env.runs.values()]


def runs_by_index(emulator: TriggerEmulator) -> dict[int, list[str]]:
    """Run ids per payload ``{"i": index}``."""
    found: dict[int, list[str]] = {}
    for run in all_runs(emulator):
        if isinstance(run.payload, dict) and "i" in run.payload:
            found.setdefault(run.payload["i"], []).append(run.id)
    return found
