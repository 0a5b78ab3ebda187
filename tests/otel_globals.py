"""OpenTelemetry's global tracer provider for one test: set, then reset, so no later test traces or sends
``traceparent`` (the API lets a process set its provider only once)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.util._once import Once


def reset_tracer_provider() -> None:
    """No provider set, as in a fresh process (what opentelemetry-test-utils' ``reset_trace_globals`` does)."""
    trace._TRACER_PROVIDER_SET_ONCE = Once()
    trace._TRACER_PROVIDER = None


@contextlib.contextmanager
def memory_tracing() -> Iterator[InMemorySpanExporter]:
    """A global provider exporting every finished span to memory."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    try:
        yield exporter
    finally:
        provider.shutdown()
        reset_tracer_provider()
