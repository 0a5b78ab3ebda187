"""OpenTelemetry spans for the client's calls, and ``traceparent`` on their requests (the ``otel`` extra).

Loaded by the transport on the first call, and only when ``opentelemetry-api`` is installed; a call makes spans only
while a tracer provider is set. Each logical call is one span named after the operation (``trigger runs.retrieve``),
each attempt a child span in the shape of an HTTP client span, and the request of an attempt carries its context
through the configured propagator (W3C ``traceparent`` by default). Attribute names follow the OpenTelemetry HTTP
semantic conventions (``http.request.method``, ``url.template``, ``server.address``, ``server.port``,
``http.response.status_code``, ``error.type``, ``http.request.resend_count``); the client's own are ``trigger.*``.
"""

from __future__ import annotations

import os
from contextvars import Token
from typing import Any

import httpx
from opentelemetry import context as otel_context
from opentelemetry import propagate, trace
from opentelemetry.environment_variables import OTEL_PYTHON_TRACER_PROVIDER
from opentelemetry.trace import NoOpTracerProvider, ProxyTracerProvider, SpanKind, Status, StatusCode

from trigger_client._version import __version__

# The public method that sends each generated operation (``client.runs.retrieve`` sends retrieve_run_v1). Where one
# route serves several methods (queues.pause and queues.resume), the span takes the route's name; the operation id
# is on every span as ``trigger.operation``, as the metrics key it. Realtime feeds are named so already; routes only
# ``client.raw`` reaches have no entry (raw calls are named by their method).
PUBLIC_NAMES = {
    "abort_bulk_action_v1": "runs.bulk.abort",
    "activate_schedule_v1": "schedules.activate",
    "append_session_channel_stream_v1": "sessions.send",
    "append_session_stream_v1": "sessions.send",
    "add_dashboard_widget_v1": "query.dashboards.widgets.add",
    "add_run_tags_v1": "runs.add_tags",
    "cancel_run_v1": "runs.cancel",
    "close_session_v1": "sessions.close",
    "complete_waitpoint_token_callback_v1": "waitpoints.tokens.complete_callback",
    "complete_waitpoint_token_v1": "waitpoints.tokens.complete",
    "create_batch_v3": "tasks.batch_trigger",
    "create_bulk_action_v1": "runs.bulk.create",
    "create_dashboard_v1": "query.dashboards.create",
    "create_jwt_claims_v1": "auth.create_public_token",
    "create_project_envvar_v1": "envvars.create",
    "create_prompt_override_v1": "prompts.create_override",
    "create_public_token_v1": "auth.create_public_token",
    "create_schedule_v1": "schedules.create",
    "create_session_v1": "sessions.create",
    "create_upload_payload_url_v2": "tasks.upload_payload",
    "create_waitpoint_token_v1": "waitpoints.tokens.create",
    "deactivate_schedule_v1": "schedules.deactivate",
    "delete_dashboard_v1": "query.dashboards.delete",
    "delete_dashboard_widget_v1": "query.dashboards.widgets.delete",
    "delete_project_envvar_v1": "envvars.delete",
    "delete_schedule_v1": "schedules.delete",
    "download_packet": "runs.download_packet",
    "end_and_continue_session_v1": "sessions.end_and_continue",
    "execute_query_v1": "query.execute",
    "get_batch_results_v1": "batches.results",
    "get_current_deployment_v1": "deployments.current",
    "get_deployment_v1": "deployments.retrieve",
    "get_latest_deployment_v1": "deployments.latest",
    "get_payload_url_v1": "runs.subscribe",
    "get_project_envvar_v1": "envvars.retrieve",
    "get_query_schema_v1": "query.schema",
    "get_report_v1": "reports.retrieve",
    "get_run_events_v1": "runs.events",
    "get_run_metadata_v1": "runs.metadata",
    "get_run_packet_url_v1": "runs.subscribe",
    "get_run_result_v1": "runs.result",
    "get_run_trace_v1": "runs.trace",
    "get_schedule_v1": "schedules.retrieve",
    "get_session_transcript_v1": "sessions.transcript",
    "get_timezones_v1": "schedules.timezones",
    "ignore_error_v1": "errors.ignore",
    "list_bulk_actions_v1": "runs.bulk.list",
    "list_concurrency_limits_v1": "concurrency_limits.list",
    "list_dashboards_v1": "query.dashboards.list",
    "list_deployments_v1": "deployments.list",
    "list_errors_v1": "errors.list",
    "list_project_envvars_v1": "envvars.list",
    "list_project_runs_v1": "runs.list",
    "list_prompt_versions_v1": "prompts.versions",
    "list_prompts_v1": "prompts.list",
    "list_queues_v1": "queues.list",
    "list_runs_v1": "runs.list",
    "list_schedules_v1": "schedules.list",
    "list_sessions_v1": "sessions.list",
    "list_waitpoint_tokens_v1": "waitpoints.tokens.list",
    "list_webhook_deliveries_v1": "webhooks.deliveries.list",
    "list_webhook_endpoints_v1": "webhooks.endpoints.list",
    "override_concurrency_limit_v1": "concurrency_limits.override",
    "override_queue_concurrency_v1": "queues.override_concurrency",
    "pause_concurrency_limit_v1": "concurrency_limits.pause",
    "pause_queue_v1": "queues.pause",
    "promote_deployment_v1": "deployments.promote",
    "promote_prompt_version_v1": "prompts.promote",
    "reactivate_prompt_override_v1": "prompts.reactivate_override",
    "remove_prompt_override_v1": "prompts.remove_override",
    "replace_dashboard_v1": "query.dashboards.replace",
    "replay_run_v1": "runs.replay",
    "replay_webhook_delivery_v1": "webhooks.deliveries.replay",
    "reschedule_run_v1": "runs.reschedule",
    "reset_concurrency_limit_v1": "concurrency_limits.reset",
    "reset_idempotency_key_v1": "idempotency_keys.reset",
    "reset_queue_concurrency_v1": "queues.reset_concurrency",
    "resolve_error_v1": "errors.resolve",
    "resolve_prompt_v1": "prompts.resolve",
    "retrieve_batch_v2": "batches.retrieve",
    "retrieve_bulk_action_v1": "runs.bulk.retrieve",
    "retrieve_concurrency_limit_v1": "concurrency_limits.retrieve",
    "retrieve_dashboard_v1": "query.dashboards.retrieve",
    "retrieve_error_v1": "errors.retrieve",
    "retrieve_queue_v1": "queues.retrieve",
    "retrieve_run_span_v1": "runs.span",
    "retrieve_run_v1": "runs.retrieve",
    "retrieve_session_v1": "sessions.retrieve",
    "retrieve_waitpoint_token_v1": "waitpoints.tokens.retrieve",
    "retrieve_webhook_delivery_v1": "webhooks.deliveries.retrieve",
    "retrieve_webhook_endpoint_v1": "webhooks.endpoints.retrieve",
    "rotate_webhook_endpoint_secret_v1": "webhooks.endpoints.rotate_secret",
    "send_input_stream_v1": "runs.send_input",
    "set_webhook_endpoint_secret_v1": "webhooks.endpoints.set_secret",
    "stream_batch_items_v3": "tasks.batch_trigger",
    "trigger_task_v1": "tasks.trigger",
    "unresolve_error_v1": "errors.unresolve",
    "update_dashboard_v1": "query.dashboards.update",
    "update_dashboard_widget_v1": "query.dashboards.widgets.update",
    "update_project_envvar_v1": "envvars.update",
    "update_prompt_override_v1": "prompts.update_override",
    "update_run_metadata_v1": "runs.update_metadata",
    "update_schedule_v1": "schedules.update",
    "update_session_v1": "sessions.update",
    "upload_packet": "tasks.upload_payload",
    "upload_project_envvars_v1": "envvars.import_",
}

# Path parameters reported as span attributes: what a trace is searched by.
_PATH_ATTRIBUTES = {"{run_id}": "trigger.run_id", "{task_identifier}": "trigger.task"}

_tracer: tuple[Any, trace.Tracer] | None = None  # (provider, its tracer): one lookup per provider set
# What the API answers while no provider is set (its proxy), or when tracing is switched off; a tuple, since a
# union written in isinstance() would be built again on every call.
_NO_PROVIDER = (ProxyTracerProvider, NoOpTracerProvider)
_UNKNOWN = object()
# Whether the environment names a provider for the API to load on first use (read as the process starts tracing).
_PROVIDER_FROM_ENVIRONMENT = OTEL_PYTHON_TRACER_PROVIDER in os.environ


def _current_tracer() -> trace.Tracer | None:
    """The tracer of the provider set now, or None while none is (the API's proxy) or it is the no-op one."""
    global _tracer
    if getattr(trace, "_TRACER_PROVIDER", _UNKNOWN) is None and not _PROVIDER_FROM_ENVIRONMENT:
        # None set (the API's own global, read rather than through get_tracer_provider(), which looks the
        # environment up on every call while none is: profiled, a tenth of the client's own per-call tracing cost).
        return None
    provider = trace.get_tracer_provider()
    if isinstance(provider, _NO_PROVIDER):
        return None
    if _tracer is None or _tracer[0] is not provider:
        _tracer = (provider, provider.get_tracer("trigger_client", __version__))
    return _tracer[1]


def start(request: httpx.Request, operation: str | None, template: str | None) -> CallSpan | None:
    """The span of a call about to make its first attempt, or None when no tracer provider is set.

    ``operation`` is None for requests made outside the client's methods (``client.raw``): their span is named by
    the method alone, since the path holds ids.
    """
    tracer = _current_tracer()
    return None if tracer is None else CallSpan(tracer, request, operation, template)


class CallSpan:
    """The spans of one logical call: the call's own, and the one of the attempt in flight."""

    __slots__ = ("_attempt", "_common", "_detach", "_ended", "_name", "_span", "_tracer")

    def __init__(self, tracer: trace.Tracer, request: httpx.Request, operation: str | None, template: str | None):
        url = request.url
        method = request.method
        self._common: dict[str, Any] = {
            "http.request.method": method,
            "server.address": url.host,
            "server.port": url.port or (443 if url.scheme == "https" else 80),
        }
        if template:
            self._common["url.template"] = template
        # The attempt spans are HTTP client spans: "{method} {url.template}", or the method alone.
        self._name = f"{method} {template}" if template else method
        attributes = dict(self._common)
        if operation is not None:
            attributes["trigger.operation"] = operation
        if template:
            attributes.update(_path_attributes(template, url.path))
        self._tracer = tracer
        name = f"trigger {PUBLIC_NAMES.get(operation, operation)}" if operation else f"trigger {method}"
        self._span = tracer.start_span(name, kind=SpanKind.INTERNAL, attributes=attributes)
        self._attempt: trace.Span | None = None
        self._detach: Token[otel_context.Context] | None = None
        self._ended = False

    def begin_attempt(self, request: httpx.Request, number: int) -> None:
        """Open the span of attempt ``number`` (1-based), make it current while it runs (so an HTTP library's own
        instrumentation nests under it), and put its context on the request's headers."""
        attributes = dict(self._common)
        # Without the query (presigned object-store URLs carry their signature there) or any user info.
        attributes["url.full"] = str(request.url.copy_with(query=None, userinfo=b""))
        if number > 1:
            attributes["http.request.resend_count"] = number - 1
        parent = trace.set_span_in_context(self._span)
        self._attempt = self._tracer.start_span(self._name, context=parent, kind=SpanKind.CLIENT, attributes=attributes)
        current = trace.set_span_in_context(self._attempt, parent)
        propagate.inject(request.headers, context=current)
        self._detach = otel_context.attach(current)

    def end_attempt(self, status: int | None, error: str | None = None) -> None:
        """Close the attempt's span with its response status, or the error that ended it."""
        span, self._attempt = self._attempt, None
        if span is None:
            return
        _outcome(span, status, error)
        span.end()
        token, self._detach = self._detach, None
        if token is not None:
            otel_context.detach(token)

    def end(self, status: int | None, attempts: int, error: str | None = None) -> None:
        """Close the call's span: its final status or error, and how many times it was retried."""
        if self._ended:
            return
        self._ended = True
        self._span.set_attribute("trigger.retry_count", max(0, attempts - 1))
        _outcome(self._span, status, error)
        self._span.end()

    def failed(self, error: BaseException, attempts: int, final: bool = True) -> None:
        """The attempt in flight ended with ``error``; when ``final``, so did the call (a transport error with no
        retry left, or anything escaping the call: a size cap, a cancellation, a hook). ``error.type`` is the
        exception's class name, as OpenTelemetry's own HTTP instrumentations report it."""
        kind = type(error).__qualname__
        self.end_attempt(None, kind)
        if final:
            self.end(None, attempts, kind)


def _outcome(span: trace.Span, status: int | None, error: str | None) -> None:
    # A client span with a 4xx or 5xx answer is an error, typed by its status code (HTTP semantic conventions).
    if status is not None:
        span.set_attribute("http.response.status_code", status)
        if status >= 400 and error is None:
            error = str(status)
    if error is not None:
        span.set_attribute("error.type", error)
        span.set_status(Status(StatusCode.ERROR))


def _path_attributes(template: str, path: str) -> dict[str, str]:
    """``trigger.run_id`` / ``trigger.task`` from the path, matched against the template from its end (the API URL
    may have a path of its own)."""
    wanted = [(index, name) for index, name in enumerate(template.split("/")) if name in _PATH_ATTRIBUTES]
    if not wanted:
        return {}
    parts = template.count("/") + 1
    segments = path.split("/")[-parts:]
    if len(segments) != parts:
        return {}
    return {_PATH_ATTRIBUTES[name]: segments[index] for index, name in wanted}
