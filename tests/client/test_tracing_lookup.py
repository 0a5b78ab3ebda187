"""How a call finds the tracer: while no provider is set it reads OpenTelemetry's global instead of asking the API,
whose getter looks the environment up on every call; a provider set later, or one the environment names, is found."""

from __future__ import annotations

from typing import Any

import pytest
from opentelemetry import trace

from tests.otel_globals import memory_tracing, reset_tracer_provider
from trigger_client._http import tracing


def _refuse() -> Any:
    raise AssertionError("get_tracer_provider() was called")


def test_no_provider_means_no_tracer_without_asking_the_api(monkeypatch: pytest.MonkeyPatch) -> None:
    reset_tracer_provider()
    monkeypatch.setattr(tracing, "_PROVIDER_FROM_ENVIRONMENT", False)
    monkeypatch.setattr(trace, "get_tracer_provider", _refuse)
    assert tracing._current_tracer() is None


def test_a_provider_set_later_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    reset_tracer_provider()
    monkeypatch.setattr(tracing, "_PROVIDER_FROM_ENVIRONMENT", False)
    assert tracing._current_tracer() is None
    with memory_tracing():
        found = tracing._current_tracer()
        assert found is not None and found is tracing._current_tracer()
    assert tracing._current_tracer() is None


def test_a_provider_named_by_the_environment_is_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    reset_tracer_provider()
    asked: list[bool] = []
    monkeypatch.setattr(tracing, "_PROVIDER_FROM_ENVIRONMENT", True)
    monkeypatch.setattr(trace, "get_tracer_provider", lambda: asked.append(True) or trace.NoOpTracerProvider())
    assert tracing._current_tracer() is None  # the no-op provider traces nothing
    assert asked == [True]
