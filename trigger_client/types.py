"""The models that client methods return, under stable names.

These are the classes of the generated ``trigger_api`` package, named through ``class_overrides`` in
``codegen/config.yaml`` so regeneration keeps the names. Optional fields that the server left out are ``None``.
Import them from here; the generated package (``trigger_api``, the raw layer) stays available but is never needed.

Example::

    from trigger_client import TriggerClient
    from trigger_client.types import Run

    def describe(run: Run) -> str:
        return f"{run.id}: {run.status.value}, output {run.output!r}"

    with TriggerClient() as client:
        print(describe(client.runs.retrieve("run_1234")))
"""

import warnings
from typing import Any

from trigger_api.models import (
    AbortedBulkAction,
    AddedDashboardWidget,
    Batch,
    BatchHandle,
    BatchResults,
    BatchStatus,
    BulkAction,
    CanceledRun,
    CompletedWaitpointToken,
    ConcurrencyLimit,
    ConcurrencyLimitBound,
    ConcurrencyLimitKey,
    ConcurrencyLimitKeyBound,
    CreatedBulkAction,
    CreatedSession,
    CreatedWaitpointToken,
    CurrentDeployment,
    Dashboard,
    Dashboards,
    DashboardWidget,
    DashboardWidgetDisplay,
    DashboardWidgetInput,
    DashboardWidgetPosition,
    DeletedDashboard,
    DeletedSchedule,
    Deployment,
    DeploymentSummary,
    EnvVar,
    EnvVarValue,
    ErrorGroup,
    ErrorGroupListItem,
    ExecuteQueryCsvResponse,
    ExecuteQueryJsonResponse,
    InputStreamSent,
    LatestDeployment,
    PromotedDeployment,
    PromptOk,
    PromptOverrideCreated,
    PromptSummary,
    PromptVersion,
    QuerySchema,
    Queue,
    QueueVersion,
    ReplayedRun,
    ReplayedWebhookDelivery,
    ReportViewModel,
    ResolvedPrompt,
    RotatedWebhookSecret,
    Run,
    RunEvents,
    RunHandle,
    RunListItem,
    RunMetadata,
    RunResult,
    RunSpan,
    RunStatus,
    RunTagsAdded,
    RunTrace,
    RunTraceAttemptFailure,
    RunTracePage,
    RunTraceSpan,
    Schedule,
    SerializedError,
    Session,
    SessionChannelAppended,
    SessionHandoff,
    SessionTranscript,
    StoredRunMetadata,
    Success,
    WaitpointToken,
    WebhookDelivery,
    WebhookDeliveryListItem,
    WebhookEndpoint,
    WebhookEndpointDetail,
    WebhookSecretSet,
)
from trigger_client._operation import RawResponse
from trigger_client._polling import BatchOutcome
from trigger_client.resources.query import QueryResult

__all__ = [
    "AbortedBulkAction",
    "AddedDashboardWidget",
    "Batch",
    "BatchHandle",
    "BatchOutcome",
    "BatchResults",
    "BatchStatus",
    "BulkAction",
    "CanceledRun",
    "CompletedWaitpointToken",
    "ConcurrencyLimit",
    "ConcurrencyLimitBound",
    "ConcurrencyLimitKey",
    "ConcurrencyLimitKeyBound",
    "CreatedBulkAction",
    "CreatedSession",
    "CreatedWaitpointToken",
    "CurrentDeployment",
    "Dashboard",
    "DashboardWidget",
    "DashboardWidgetDisplay",
    "DashboardWidgetInput",
    "DashboardWidgetPosition",
    "Dashboards",
    "DeletedDashboard",
    "DeletedSchedule",
    "Deployment",
    "DeploymentSummary",
    "EnvVar",
    "EnvVarValue",
    "ErrorGroup",
    "ErrorGroupListItem",
    "ExecuteQueryCsvResponse",
    "ExecuteQueryJsonResponse",
    "InputStreamSent",
    "LatestDeployment",
    "PromotedDeployment",
    "PromptOk",
    "PromptOverrideCreated",
    "PromptSummary",
    "PromptVersion",
    "QueryResult",
    "QuerySchema",
    "Queue",
    "QueueVersion",
    "RawResponse",
    "ReplayedRun",
    "ReplayedWebhookDelivery",
    "ReportViewModel",
    "ResolvedPrompt",
    "RotatedWebhookSecret",
    "Run",
    "RunEvents",
    "RunHandle",
    "RunListItem",
    "RunMetadata",
    "RunResult",
    "RunSpan",
    "RunStatus",
    "RunTagsAdded",
    "RunTrace",
    "RunTraceAttemptFailure",
    "RunTracePage",
    "RunTraceSpan",
    "Schedule",
    "SerializedError",
    "Session",
    "SessionChannelAppended",
    "SessionHandoff",
    "SessionTranscript",
    "StoredRunMetadata",
    "Success",
    "WaitpointToken",
    "WebhookDelivery",
    "WebhookDeliveryListItem",
    "WebhookEndpoint",
    "WebhookEndpointDetail",
    "WebhookSecretSet",
]

# Names that went away, kept for one minor version (see docs/migration.md): old name -> (object, replacement).
_DEPRECATED: dict[str, tuple[Any, str]] = {
    # Run list items now carry the same RunStatus as runs.
    "RunListItemStatus": (RunStatus, "RunStatus"),
}


def __getattr__(name: str) -> Any:
    if name in _DEPRECATED:
        value, replacement = _DEPRECATED[name]
        warnings.warn(
            f"trigger_client.types.{name} is deprecated; use trigger_client.types.{replacement}",
            DeprecationWarning,
            stacklevel=2,
        )
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
