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

from trigger_api.models import (
    AbortedBulkAction,
    Batch,
    BatchHandle,
    BatchResults,
    BulkAction,
    CanceledRun,
    CompletedWaitpointToken,
    CreatedBulkAction,
    CreatedSession,
    CreatedWaitpointToken,
    CurrentDeployment,
    Dashboards,
    DeletedSchedule,
    Deployment,
    DeploymentSummary,
    EnvVar,
    EnvVarValue,
    ErrorGroup,
    ErrorGroupListItem,
    ExecuteQueryCsvResponse,
    ExecuteQueryJsonResponse,
    LatestDeployment,
    PromotedDeployment,
    QuerySchema,
    Queue,
    ReplayedRun,
    ReplayedWebhookDelivery,
    RotatedWebhookSecret,
    Run,
    RunEvents,
    RunHandle,
    RunListItem,
    RunListItemStatus,
    RunMetadata,
    RunResult,
    RunStatus,
    RunTagsAdded,
    RunTrace,
    Schedule,
    SerializedError,
    Session,
    SessionHandoff,
    SessionTranscript,
    Success,
    WaitpointToken,
    WebhookDelivery,
    WebhookDeliveryListItem,
    WebhookEndpoint,
    WebhookEndpointDetail,
    WebhookSecretSet,
)
from trigger_client._core import RawResponse
from trigger_client._polling import BatchOutcome
from trigger_client.resources.query import QueryResult

__all__ = [
    "AbortedBulkAction",
    "Batch",
    "BatchHandle",
    "BatchOutcome",
    "BatchResults",
    "BulkAction",
    "CanceledRun",
    "CompletedWaitpointToken",
    "CreatedBulkAction",
    "CreatedSession",
    "CreatedWaitpointToken",
    "CurrentDeployment",
    "Dashboards",
    "DeletedSchedule",
    "Deployment",
    "DeploymentSummary",
    "EnvVar",
    "EnvVarValue",
    "ErrorGroup",
    "ErrorGroupListItem",
    "ExecuteQueryCsvResponse",
    "ExecuteQueryJsonResponse",
    "LatestDeployment",
    "PromotedDeployment",
    "QueryResult",
    "QuerySchema",
    "Queue",
    "RawResponse",
    "ReplayedRun",
    "ReplayedWebhookDelivery",
    "RotatedWebhookSecret",
    "Run",
    "RunEvents",
    "RunHandle",
    "RunListItem",
    "RunListItemStatus",
    "RunMetadata",
    "RunResult",
    "RunStatus",
    "RunTagsAdded",
    "RunTrace",
    "Schedule",
    "SerializedError",
    "Session",
    "SessionHandoff",
    "SessionTranscript",
    "Success",
    "WaitpointToken",
    "WebhookDelivery",
    "WebhookDeliveryListItem",
    "WebhookEndpoint",
    "WebhookEndpointDetail",
    "WebhookSecretSet",
]
