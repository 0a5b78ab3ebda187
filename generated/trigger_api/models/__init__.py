"""Contains all the data models used in inputs/outputs"""

# trigger-client: each model is imported on first use (PEP 562), so using one does not load all of them.
import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aborted_bulk_action import AbortedBulkAction
    from .add_dashboard_widget_request_body import AddDashboardWidgetRequestBody
    from .add_run_tags_v1_body import AddRunTagsV1Body
    from .add_run_tags_v1_response_400 import AddRunTagsV1Response400
    from .add_run_tags_v1_response_401 import AddRunTagsV1Response401
    from .add_run_tags_v1_response_422 import AddRunTagsV1Response422
    from .added_dashboard_widget import AddedDashboardWidget
    from .batch import Batch
    from .batch_handle import BatchHandle
    from .batch_processing import BatchProcessing
    from .batch_processing_errors_item import BatchProcessingErrorsItem
    from .batch_results import BatchResults
    from .batch_results_items_type_0_item import BatchResultsItemsType0Item
    from .batch_results_items_type_0_item_error_type_0 import (
        BatchResultsItemsType0ItemErrorType0,
    )
    from .batch_results_items_type_0_item_usage_type_0 import (
        BatchResultsItemsType0ItemUsageType0,
    )
    from .batch_status import BatchStatus
    from .batch_trigger_request_body import BatchTriggerRequestBody
    from .batch_trigger_task_by_id_v1_body import BatchTriggerTaskByIdV1Body
    from .batch_trigger_task_request_body_item import BatchTriggerTaskRequestBodyItem
    from .batch_trigger_task_v2_batch_processing_strategy import (
        BatchTriggerTaskV2BatchProcessingStrategy,
    )
    from .batch_trigger_task_v2_response import BatchTriggerTaskV2Response
    from .batch_trigger_task_v2_response_runs_item import (
        BatchTriggerTaskV2ResponseRunsItem,
    )
    from .batch_trigger_v2_request_body import BatchTriggerV2RequestBody
    from .batch_trigger_v3_request_body import BatchTriggerV3RequestBody
    from .batch_trigger_v3_response import BatchTriggerV3Response
    from .bulk_action import BulkAction
    from .bulk_action_counts import BulkActionCounts
    from .bulk_action_filter import BulkActionFilter
    from .bulk_action_status import BulkActionStatus
    from .bulk_action_type import BulkActionType
    from .bulk_cancel_action import BulkCancelAction
    from .bulk_replay_action import BulkReplayAction
    from .cancel_by_filter import CancelByFilter
    from .cancel_by_run_i_ds import CancelByRunIDs
    from .cancel_run_v1_response_400 import CancelRunV1Response400
    from .cancel_run_v1_response_401 import CancelRunV1Response401
    from .cancel_run_v1_response_404 import CancelRunV1Response404
    from .canceled_run import CanceledRun
    from .close_session_request_body import CloseSessionRequestBody
    from .common_run_object import CommonRunObject
    from .common_run_object_metadata_type_0 import CommonRunObjectMetadataType0
    from .common_run_object_trigger_function import CommonRunObjectTriggerFunction
    from .common_runs_filter import CommonRunsFilter
    from .common_runs_filter_created_at import CommonRunsFilterCreatedAt
    from .complete_waitpoint_token_callback_v1_body import (
        CompleteWaitpointTokenCallbackV1Body,
    )
    from .complete_waitpoint_token_request import CompleteWaitpointTokenRequest
    from .completed_waitpoint_token import CompletedWaitpointToken
    from .concurrency_limit import ConcurrencyLimit
    from .concurrency_limit_bound import ConcurrencyLimitBound
    from .concurrency_limit_key import ConcurrencyLimitKey
    from .concurrency_limit_key_bound import ConcurrencyLimitKeyBound
    from .concurrency_limit_page import ConcurrencyLimitPage
    from .concurrency_limit_page_pagination import ConcurrencyLimitPagePagination
    from .create_batch_request_body import CreateBatchRequestBody
    from .create_batch_request_body_idempotency_key_options import (
        CreateBatchRequestBodyIdempotencyKeyOptions,
    )
    from .create_batch_response import CreateBatchResponse
    from .create_dashboard_request_body import CreateDashboardRequestBody
    from .create_jwt_claims_v1_response_200 import CreateJwtClaimsV1Response200
    from .create_project_envvar_v1_response_401 import CreateProjectEnvvarV1Response401
    from .create_project_envvar_v1_response_404 import CreateProjectEnvvarV1Response404
    from .create_prompt_override_request_body import CreatePromptOverrideRequestBody
    from .create_public_token_v1_body import CreatePublicTokenV1Body
    from .create_public_token_v1_body_realtime import CreatePublicTokenV1BodyRealtime
    from .create_public_token_v1_response_200 import CreatePublicTokenV1Response200
    from .create_schedule_options import CreateScheduleOptions
    from .create_session_request_body import CreateSessionRequestBody
    from .create_session_request_body_metadata import CreateSessionRequestBodyMetadata
    from .create_upload_payload_url_v2_response_200 import (
        CreateUploadPayloadUrlV2Response200,
    )
    from .create_waitpoint_token_request import CreateWaitpointTokenRequest
    from .created_bulk_action import CreatedBulkAction
    from .created_session import CreatedSession
    from .created_waitpoint_token import CreatedWaitpointToken
    from .current_deployment import CurrentDeployment
    from .current_deployment_error_type_0 import CurrentDeploymentErrorType0
    from .current_deployment_git_type_0 import CurrentDeploymentGitType0
    from .dashboard import Dashboard
    from .dashboard_list import Dashboards
    from .dashboard_widget import DashboardWidget
    from .dashboard_widget_display import DashboardWidgetDisplay
    from .dashboard_widget_display_aggregation import DashboardWidgetDisplayAggregation
    from .dashboard_widget_display_chart_type import DashboardWidgetDisplayChartType
    from .dashboard_widget_display_series_colors_type_0 import (
        DashboardWidgetDisplaySeriesColorsType0,
    )
    from .dashboard_widget_display_sort_direction import (
        DashboardWidgetDisplaySortDirection,
    )
    from .dashboard_widget_display_sorting_type_0_item import (
        DashboardWidgetDisplaySortingType0Item,
    )
    from .dashboard_widget_input import DashboardWidgetInput
    from .dashboard_widget_position import DashboardWidgetPosition
    from .dashboard_widget_type import DashboardWidgetType
    from .dashboards_dashboards_type_0_item import DashboardsDashboardsType0Item
    from .dashboards_dashboards_type_0_item_type import (
        DashboardsDashboardsType0ItemType,
    )
    from .dashboards_dashboards_type_0_item_widgets_type_0_item import (
        DashboardsDashboardsType0ItemWidgetsType0Item,
    )
    from .deleted_dashboard import DeletedDashboard
    from .deleted_schedule import DeletedSchedule
    from .deployment import Deployment
    from .deployment_error_data_type_0 import DeploymentErrorDataType0
    from .deployment_external_build_data_type_0 import DeploymentExternalBuildDataType0
    from .deployment_page import DeploymentPage
    from .deployment_page_pagination_type_0 import DeploymentPagePaginationType0
    from .deployment_status import DeploymentStatus
    from .deployment_summary import DeploymentSummary
    from .deployment_summary_error_type_0 import DeploymentSummaryErrorType0
    from .deployment_summary_git_type_0 import DeploymentSummaryGitType0
    from .deployment_worker_type_0 import DeploymentWorkerType0
    from .deployment_worker_type_0_tasks_type_0_item import (
        DeploymentWorkerType0TasksType0Item,
    )
    from .end_and_continue_session_request_body import EndAndContinueSessionRequestBody
    from .env_filter import EnvFilter
    from .env_filter_env_item import EnvFilterEnvItem
    from .env_var import EnvVar
    from .env_var_value import EnvVarValue
    from .error_group import ErrorGroup
    from .error_group_list_item import ErrorGroupListItem
    from .error_group_status import ErrorGroupStatus
    from .error_response import ErrorResponse
    from .error_with_details_response import ErrorWithDetailsResponse
    from .error_with_details_response_details_type_0_item import (
        ErrorWithDetailsResponseDetailsType0Item,
    )
    from .errors_filter import ErrorsFilter
    from .event_level import EventLevel
    from .execute_query_csv_response import ExecuteQueryCsvResponse
    from .execute_query_csv_response_format import ExecuteQueryCsvResponseFormat
    from .execute_query_json_response import ExecuteQueryJsonResponse
    from .execute_query_json_response_format import ExecuteQueryJsonResponseFormat
    from .execute_query_json_response_results_item import (
        ExecuteQueryJsonResponseResultsItem,
    )
    from .execute_query_request_body import ExecuteQueryRequestBody
    from .execute_query_request_body_format import ExecuteQueryRequestBodyFormat
    from .execute_query_request_body_scope import ExecuteQueryRequestBodyScope
    from .execute_query_v1_response_400 import ExecuteQueryV1Response400
    from .execute_query_v1_response_429 import ExecuteQueryV1Response429
    from .get_report_v1_format import GetReportV1Format
    from .get_run_events_v1_response_401 import GetRunEventsV1Response401
    from .get_run_events_v1_response_404 import GetRunEventsV1Response404
    from .get_run_packet_url_v1_field import GetRunPacketUrlV1Field
    from .get_run_result_v1_response_401 import GetRunResultV1Response401
    from .get_run_result_v1_response_404 import GetRunResultV1Response404
    from .get_run_trace_v1_response_401 import GetRunTraceV1Response401
    from .get_run_trace_v1_response_404 import GetRunTraceV1Response404
    from .idempotency_key_scope import IdempotencyKeyScope
    from .ignore_error_v1_body import IgnoreErrorV1Body
    from .input_stream_sent import InputStreamSent
    from .invalid_env_vars_request_response import InvalidEnvVarsRequestResponse
    from .invalid_env_vars_request_response_issues_type_0_item import (
        InvalidEnvVarsRequestResponseIssuesType0Item,
    )
    from .invalid_env_vars_request_response_variable_errors_type_0_item import (
        InvalidEnvVarsRequestResponseVariableErrorsType0Item,
    )
    from .latest_deployment import LatestDeployment
    from .latest_deployment_error_data_type_0 import LatestDeploymentErrorDataType0
    from .list_bulk_actions_result import ListBulkActionsResult
    from .list_bulk_actions_result_pagination import ListBulkActionsResultPagination
    from .list_errors_result import ListErrorsResult
    from .list_errors_result_pagination_type_0 import ListErrorsResultPaginationType0
    from .list_project_runs_v1_filterenv import ListProjectRunsV1Filterenv
    from .list_sessions_result import ListSessionsResult
    from .list_sessions_result_pagination_type_0 import (
        ListSessionsResultPaginationType0,
    )
    from .list_webhook_deliveries_response import ListWebhookDeliveriesResponse
    from .list_webhook_deliveries_response_pagination import (
        ListWebhookDeliveriesResponsePagination,
    )
    from .list_webhook_endpoints_response import ListWebhookEndpointsResponse
    from .machine_preset_name import MachinePresetName
    from .override_concurrency_limit_request_body import (
        OverrideConcurrencyLimitRequestBody,
    )
    from .override_queue_concurrency_v1_body import OverrideQueueConcurrencyV1Body
    from .packet_url import PacketUrl
    from .pause_action import PauseAction
    from .pause_concurrency_limit_v1_body import PauseConcurrencyLimitV1Body
    from .pause_queue_v1_body import PauseQueueV1Body
    from .promote_deployment_v1_response_400 import PromoteDeploymentV1Response400
    from .promote_prompt_version_request_body import PromotePromptVersionRequestBody
    from .promoted_deployment import PromotedDeployment
    from .prompt_list import PromptList
    from .prompt_ok import PromptOk
    from .prompt_override_created import PromptOverrideCreated
    from .prompt_summary import PromptSummary
    from .prompt_version import PromptVersion
    from .prompt_version_list import PromptVersionList
    from .query_schema import QuerySchema
    from .query_schema_tables_type_0_item import QuerySchemaTablesType0Item
    from .query_schema_tables_type_0_item_columns_type_0_item import (
        QuerySchemaTablesType0ItemColumnsType0Item,
    )
    from .queue import Queue
    from .queue_concurrency_type_0 import QueueConcurrencyType0
    from .queue_lookup import QueueLookup
    from .queue_options import QueueOptions
    from .queue_page import QueuePage
    from .queue_page_pagination import QueuePagePagination
    from .queue_type import QueueType
    from .queue_type_name import QueueTypeName
    from .queue_version import QueueVersion
    from .reactivate_prompt_override_request_body import (
        ReactivatePromptOverrideRequestBody,
    )
    from .replace_dashboard_request_body import ReplaceDashboardRequestBody
    from .replay_by_filter import ReplayByFilter
    from .replay_by_run_i_ds import ReplayByRunIDs
    from .replay_run_request_body import ReplayRunRequestBody
    from .replay_run_request_body_metadata import ReplayRunRequestBodyMetadata
    from .replay_run_request_body_payload_type import ReplayRunRequestBodyPayloadType
    from .replay_run_v1_response_400 import ReplayRunV1Response400
    from .replay_run_v1_response_401 import ReplayRunV1Response401
    from .replay_run_v1_response_404 import ReplayRunV1Response404
    from .replayed_run import ReplayedRun
    from .replayed_webhook_delivery import ReplayedWebhookDelivery
    from .report_finding import ReportFinding
    from .report_finding_anomaly_window_type_0 import ReportFindingAnomalyWindowType0
    from .report_finding_attribution_type_0 import ReportFindingAttributionType0
    from .report_finding_exclusions_type_0_item import ReportFindingExclusionsType0Item
    from .report_finding_exclusions_type_0_item_evidence_type_0 import (
        ReportFindingExclusionsType0ItemEvidenceType0,
    )
    from .report_finding_hedge_type_0 import ReportFindingHedgeType0
    from .report_finding_observations_type_0_item import (
        ReportFindingObservationsType0Item,
    )
    from .report_finding_observations_type_0_item_evidence_type_0 import (
        ReportFindingObservationsType0ItemEvidenceType0,
    )
    from .report_finding_recommendation_type_0 import ReportFindingRecommendationType0
    from .report_metric import ReportMetric
    from .report_metric_aggregation import ReportMetricAggregation
    from .report_metric_annotation_type_0 import ReportMetricAnnotationType0
    from .report_metric_availability import ReportMetricAvailability
    from .report_metric_breakdown_type_0 import ReportMetricBreakdownType0
    from .report_metric_delta_type_0 import ReportMetricDeltaType0
    from .report_metric_delta_type_0_dir import ReportMetricDeltaType0Dir
    from .report_metric_series_type_0 import ReportMetricSeriesType0
    from .report_metric_series_type_0_kind import ReportMetricSeriesType0Kind
    from .report_metric_unit import ReportMetricUnit
    from .report_severity import ReportSeverity
    from .report_view_model import ReportViewModel
    from .report_view_model_facts import ReportViewModelFacts
    from .report_view_model_footer_item import ReportViewModelFooterItem
    from .report_view_model_links_item import ReportViewModelLinksItem
    from .report_view_model_summary import ReportViewModelSummary
    from .report_view_model_summary_statements_item import (
        ReportViewModelSummaryStatementsItem,
    )
    from .reschedule_run_request_body import RescheduleRunRequestBody
    from .reschedule_run_v1_response_400 import RescheduleRunV1Response400
    from .reschedule_run_v1_response_401 import RescheduleRunV1Response401
    from .reschedule_run_v1_response_404 import RescheduleRunV1Response404
    from .reset_concurrency_limit_v1_body import ResetConcurrencyLimitV1Body
    from .reset_idempotency_key_v1_body import ResetIdempotencyKeyV1Body
    from .reset_idempotency_key_v1_response_200 import ResetIdempotencyKeyV1Response200
    from .reset_queue_concurrency_v1_body import ResetQueueConcurrencyV1Body
    from .resolve_error_v1_body import ResolveErrorV1Body
    from .resolve_prompt_request_body import ResolvePromptRequestBody
    from .resolve_prompt_request_body_variables import ResolvePromptRequestBodyVariables
    from .resolve_prompt_response_body import ResolvePromptResponseBody
    from .resolved_prompt import ResolvedPrompt
    from .resolved_prompt_config_type_0 import ResolvedPromptConfigType0
    from .retrieve_batch_v1_response_200 import RetrieveBatchV1Response200
    from .retrieve_batch_v1_response_200_errors_type_0_item import (
        RetrieveBatchV1Response200ErrorsType0Item,
    )
    from .retrieve_batch_v1_response_200_errors_type_0_item_error_type_0 import (
        RetrieveBatchV1Response200ErrorsType0ItemErrorType0,
    )
    from .retrieve_batch_v1_response_200_processing_type_0 import (
        RetrieveBatchV1Response200ProcessingType0,
    )
    from .retrieve_batch_v1_response_200_processing_type_0_errors_type_0_item import (
        RetrieveBatchV1Response200ProcessingType0ErrorsType0Item,
    )
    from .retrieve_run_v1_response_400 import RetrieveRunV1Response400
    from .retrieve_run_v1_response_401 import RetrieveRunV1Response401
    from .retrieve_run_v1_response_404 import RetrieveRunV1Response404
    from .rotate_webhook_endpoint_secret_request_body import (
        RotateWebhookEndpointSecretRequestBody,
    )
    from .rotated_webhook_secret import RotatedWebhookSecret
    from .run import Run
    from .run_attempts_type_0_item import RunAttemptsType0Item
    from .run_attempts_type_0_item_status import RunAttemptsType0ItemStatus
    from .run_events import RunEvents
    from .run_events_events_type_0_item import RunEventsEventsType0Item
    from .run_events_events_type_0_item_events_type_0_item import (
        RunEventsEventsType0ItemEventsType0Item,
    )
    from .run_events_events_type_0_item_events_type_0_item_properties_type_0 import (
        RunEventsEventsType0ItemEventsType0ItemPropertiesType0,
    )
    from .run_events_events_type_0_item_kind import RunEventsEventsType0ItemKind
    from .run_events_events_type_0_item_style_type_0 import (
        RunEventsEventsType0ItemStyleType0,
    )
    from .run_events_events_type_0_item_style_type_0_accessory_type_0 import (
        RunEventsEventsType0ItemStyleType0AccessoryType0,
    )
    from .run_events_events_type_0_item_style_type_0_accessory_type_0_style import (
        RunEventsEventsType0ItemStyleType0AccessoryType0Style,
    )
    from .run_handle import RunHandle
    from .run_list_item import RunListItem
    from .run_list_item_env import RunListItemEnv
    from .run_list_item_metadata_type_0 import RunListItemMetadataType0
    from .run_list_page import RunListPage
    from .run_list_page_pagination_type_0 import RunListPagePaginationType0
    from .run_metadata import RunMetadata
    from .run_metadata_metadata_type_0 import RunMetadataMetadataType0
    from .run_related_runs_type_0 import RunRelatedRunsType0
    from .run_result import RunResult
    from .run_result_error_type_0 import RunResultErrorType0
    from .run_result_usage_type_0 import RunResultUsageType0
    from .run_schedule_type_0 import RunScheduleType0
    from .run_schedule_type_0_generator import RunScheduleType0Generator
    from .run_span import RunSpan
    from .run_span_ai_type_0 import RunSpanAiType0
    from .run_span_properties_type_0 import RunSpanPropertiesType0
    from .run_span_triggered_runs_type_0_item import RunSpanTriggeredRunsType0Item
    from .run_status import RunStatus
    from .run_tags_added import RunTagsAdded
    from .run_trace import RunTrace
    from .run_trace_attempt_failure import RunTraceAttemptFailure
    from .run_trace_page import RunTracePage
    from .run_trace_page_pagination import RunTracePagePagination
    from .run_trace_span import RunTraceSpan
    from .run_trace_trace_type_0 import RunTraceTraceType0
    from .schedule import Schedule
    from .schedule_applied_schedule_policy_type_0 import (
        ScheduleAppliedSchedulePolicyType0,
    )
    from .schedule_applied_schedule_policy_type_0_reason import (
        ScheduleAppliedSchedulePolicyType0Reason,
    )
    from .schedule_environment import ScheduleEnvironment
    from .schedule_generator import ScheduleGenerator
    from .schedule_generator_type import ScheduleGeneratorType
    from .schedule_page import SchedulePage
    from .schedule_page_pagination_type_0 import SchedulePagePaginationType0
    from .send_input_stream_v1_body import SendInputStreamV1Body
    from .serialized_error import SerializedError
    from .serialized_error_causes_type_0_item import SerializedErrorCausesType0Item
    from .session_channel_appended import SessionChannelAppended
    from .session_channel_io import SessionChannelIo
    from .session_handoff import SessionHandoff
    from .session_metadata_type_0 import SessionMetadataType0
    from .session_object import Session
    from .session_status import SessionStatus
    from .session_transcript import SessionTranscript
    from .session_transcript_cursors_type_0 import SessionTranscriptCursorsType0
    from .session_trigger_config import SessionTriggerConfig
    from .session_trigger_config_base_payload import SessionTriggerConfigBasePayload
    from .sessions_filter import SessionsFilter
    from .sessions_filter_created_at import SessionsFilterCreatedAt
    from .set_webhook_endpoint_secret_request_body import (
        SetWebhookEndpointSecretRequestBody,
    )
    from .span_detailed_summary import SpanDetailedSummary
    from .span_detailed_summary_data_type_0 import SpanDetailedSummaryDataType0
    from .span_detailed_summary_data_type_0_events_type_0_item import (
        SpanDetailedSummaryDataType0EventsType0Item,
    )
    from .span_detailed_summary_data_type_0_events_type_0_item_properties_type_0 import (
        SpanDetailedSummaryDataType0EventsType0ItemPropertiesType0,
    )
    from .span_detailed_summary_data_type_0_properties_type_0 import (
        SpanDetailedSummaryDataType0PropertiesType0,
    )
    from .stored_run_metadata import StoredRunMetadata
    from .stream_batch_items_response import StreamBatchItemsResponse
    from .success import Success
    from .timezones_result import Timezones
    from .trigger_task_request_body import TriggerTaskRequestBody
    from .trigger_task_request_body_options import TriggerTaskRequestBodyOptions
    from .trigger_task_request_body_options_debounce import (
        TriggerTaskRequestBodyOptionsDebounce,
    )
    from .trigger_task_request_body_options_debounce_mode import (
        TriggerTaskRequestBodyOptionsDebounceMode,
    )
    from .trigger_task_request_body_options_idempotency_key_options import (
        TriggerTaskRequestBodyOptionsIdempotencyKeyOptions,
    )
    from .trigger_task_request_body_options_metadata import (
        TriggerTaskRequestBodyOptionsMetadata,
    )
    from .update_dashboard_request_body import UpdateDashboardRequestBody
    from .update_dashboard_widget_request_body import UpdateDashboardWidgetRequestBody
    from .update_prompt_override_request_body import UpdatePromptOverrideRequestBody
    from .update_run_metadata_v1_body import UpdateRunMetadataV1Body
    from .update_run_metadata_v1_body_metadata import UpdateRunMetadataV1BodyMetadata
    from .update_run_metadata_v1_response_400 import UpdateRunMetadataV1Response400
    from .update_run_metadata_v1_response_401 import UpdateRunMetadataV1Response401
    from .update_run_metadata_v1_response_404 import UpdateRunMetadataV1Response404
    from .update_schedule_options import UpdateScheduleOptions
    from .update_session_request_body import UpdateSessionRequestBody
    from .update_session_request_body_metadata_type_0 import (
        UpdateSessionRequestBodyMetadataType0,
    )
    from .upload_project_envvars_v1_body import UploadProjectEnvvarsV1Body
    from .upload_project_envvars_v1_body_parent_variables import (
        UploadProjectEnvvarsV1BodyParentVariables,
    )
    from .upload_project_envvars_v1_body_variables import (
        UploadProjectEnvvarsV1BodyVariables,
    )
    from .upload_project_envvars_v1_response_401 import (
        UploadProjectEnvvarsV1Response401,
    )
    from .upload_project_envvars_v1_response_404 import (
        UploadProjectEnvvarsV1Response404,
    )
    from .waitpoint_token import WaitpointToken
    from .waitpoint_token_page import WaitpointTokenPage
    from .waitpoint_token_page_pagination import WaitpointTokenPagePagination
    from .waitpoint_token_status import WaitpointTokenStatus
    from .webhook_delivery import WebhookDelivery
    from .webhook_delivery_endpoint_type_0 import WebhookDeliveryEndpointType0
    from .webhook_delivery_headers_type_0 import WebhookDeliveryHeadersType0
    from .webhook_delivery_list_item import WebhookDeliveryListItem
    from .webhook_delivery_list_item_endpoint_type_0 import (
        WebhookDeliveryListItemEndpointType0,
    )
    from .webhook_delivery_status import WebhookDeliveryStatus
    from .webhook_delivery_target import WebhookDeliveryTarget
    from .webhook_delivery_target_status import WebhookDeliveryTargetStatus
    from .webhook_delivery_target_type import WebhookDeliveryTargetType
    from .webhook_delivery_target_waiters_type_0 import (
        WebhookDeliveryTargetWaitersType0,
    )
    from .webhook_endpoint import WebhookEndpoint
    from .webhook_endpoint_detail import WebhookEndpointDetail
    from .webhook_endpoint_status import WebhookEndpointStatus
    from .webhook_endpoint_subscriber import WebhookEndpointSubscriber
    from .webhook_endpoint_subscriber_type import WebhookEndpointSubscriberType
    from .webhook_secret_provisioning import WebhookSecretProvisioning
    from .webhook_secret_set import WebhookSecretSet

_MODULES = {
    "AbortedBulkAction": ".aborted_bulk_action",
    "AddDashboardWidgetRequestBody": ".add_dashboard_widget_request_body",
    "AddRunTagsV1Body": ".add_run_tags_v1_body",
    "AddRunTagsV1Response400": ".add_run_tags_v1_response_400",
    "AddRunTagsV1Response401": ".add_run_tags_v1_response_401",
    "AddRunTagsV1Response422": ".add_run_tags_v1_response_422",
    "AddedDashboardWidget": ".added_dashboard_widget",
    "Batch": ".batch",
    "BatchHandle": ".batch_handle",
    "BatchProcessing": ".batch_processing",
    "BatchProcessingErrorsItem": ".batch_processing_errors_item",
    "BatchResults": ".batch_results",
    "BatchResultsItemsType0Item": ".batch_results_items_type_0_item",
    "BatchResultsItemsType0ItemErrorType0": ".batch_results_items_type_0_item_error_type_0",
    "BatchResultsItemsType0ItemUsageType0": ".batch_results_items_type_0_item_usage_type_0",
    "BatchStatus": ".batch_status",
    "BatchTriggerRequestBody": ".batch_trigger_request_body",
    "BatchTriggerTaskByIdV1Body": ".batch_trigger_task_by_id_v1_body",
    "BatchTriggerTaskRequestBodyItem": ".batch_trigger_task_request_body_item",
    "BatchTriggerTaskV2BatchProcessingStrategy": ".batch_trigger_task_v2_batch_processing_strategy",
    "BatchTriggerTaskV2Response": ".batch_trigger_task_v2_response",
    "BatchTriggerTaskV2ResponseRunsItem": ".batch_trigger_task_v2_response_runs_item",
    "BatchTriggerV2RequestBody": ".batch_trigger_v2_request_body",
    "BatchTriggerV3RequestBody": ".batch_trigger_v3_request_body",
    "BatchTriggerV3Response": ".batch_trigger_v3_response",
    "BulkAction": ".bulk_action",
    "BulkActionCounts": ".bulk_action_counts",
    "BulkActionFilter": ".bulk_action_filter",
    "BulkActionStatus": ".bulk_action_status",
    "BulkActionType": ".bulk_action_type",
    "BulkCancelAction": ".bulk_cancel_action",
    "BulkReplayAction": ".bulk_replay_action",
    "CancelByFilter": ".cancel_by_filter",
    "CancelByRunIDs": ".cancel_by_run_i_ds",
    "CancelRunV1Response400": ".cancel_run_v1_response_400",
    "CancelRunV1Response401": ".cancel_run_v1_response_401",
    "CancelRunV1Response404": ".cancel_run_v1_response_404",
    "CanceledRun": ".canceled_run",
    "CloseSessionRequestBody": ".close_session_request_body",
    "CommonRunObject": ".common_run_object",
    "CommonRunObjectMetadataType0": ".common_run_object_metadata_type_0",
    "CommonRunObjectTriggerFunction": ".common_run_object_trigger_function",
    "CommonRunsFilter": ".common_runs_filter",
    "CommonRunsFilterCreatedAt": ".common_runs_filter_created_at",
    "CompleteWaitpointTokenCallbackV1Body": ".complete_waitpoint_token_callback_v1_body",
    "CompleteWaitpointTokenRequest": ".complete_waitpoint_token_request",
    "CompletedWaitpointToken": ".completed_waitpoint_token",
    "ConcurrencyLimit": ".concurrency_limit",
    "ConcurrencyLimitBound": ".concurrency_limit_bound",
    "ConcurrencyLimitKey": ".concurrency_limit_key",
    "ConcurrencyLimitKeyBound": ".concurrency_limit_key_bound",
    "ConcurrencyLimitPage": ".concurrency_limit_page",
    "ConcurrencyLimitPagePagination": ".concurrency_limit_page_pagination",
    "CreateBatchRequestBody": ".create_batch_request_body",
    "CreateBatchRequestBodyIdempotencyKeyOptions": ".create_batch_request_body_idempotency_key_options",
    "CreateBatchResponse": ".create_batch_response",
    "CreateDashboardRequestBody": ".create_dashboard_request_body",
    "CreateJwtClaimsV1Response200": ".create_jwt_claims_v1_response_200",
    "CreateProjectEnvvarV1Response401": ".create_project_envvar_v1_response_401",
    "CreateProjectEnvvarV1Response404": ".create_project_envvar_v1_response_404",
    "CreatePromptOverrideRequestBody": ".create_prompt_override_request_body",
    "CreatePublicTokenV1Body": ".create_public_token_v1_body",
    "CreatePublicTokenV1BodyRealtime": ".create_public_token_v1_body_realtime",
    "CreatePublicTokenV1Response200": ".create_public_token_v1_response_200",
    "CreateScheduleOptions": ".create_schedule_options",
    "CreateSessionRequestBody": ".create_session_request_body",
    "CreateSessionRequestBodyMetadata": ".create_session_request_body_metadata",
    "CreateUploadPayloadUrlV2Response200": ".create_upload_payload_url_v2_response_200",
    "CreateWaitpointTokenRequest": ".create_waitpoint_token_request",
    "CreatedBulkAction": ".created_bulk_action",
    "CreatedSession": ".created_session",
    "CreatedWaitpointToken": ".created_waitpoint_token",
    "CurrentDeployment": ".current_deployment",
    "CurrentDeploymentErrorType0": ".current_deployment_error_type_0",
    "CurrentDeploymentGitType0": ".current_deployment_git_type_0",
    "Dashboard": ".dashboard",
    "Dashboards": ".dashboard_list",
    "DashboardWidget": ".dashboard_widget",
    "DashboardWidgetDisplay": ".dashboard_widget_display",
    "DashboardWidgetDisplayAggregation": ".dashboard_widget_display_aggregation",
    "DashboardWidgetDisplayChartType": ".dashboard_widget_display_chart_type",
    "DashboardWidgetDisplaySeriesColorsType0": ".dashboard_widget_display_series_colors_type_0",
    "DashboardWidgetDisplaySortDirection": ".dashboard_widget_display_sort_direction",
    "DashboardWidgetDisplaySortingType0Item": ".dashboard_widget_display_sorting_type_0_item",
    "DashboardWidgetInput": ".dashboard_widget_input",
    "DashboardWidgetPosition": ".dashboard_widget_position",
    "DashboardWidgetType": ".dashboard_widget_type",
    "DashboardsDashboardsType0Item": ".dashboards_dashboards_type_0_item",
    "DashboardsDashboardsType0ItemType": ".dashboards_dashboards_type_0_item_type",
    "DashboardsDashboardsType0ItemWidgetsType0Item": ".dashboards_dashboards_type_0_item_widgets_type_0_item",
    "DeletedDashboard": ".deleted_dashboard",
    "DeletedSchedule": ".deleted_schedule",
    "Deployment": ".deployment",
    "DeploymentErrorDataType0": ".deployment_error_data_type_0",
    "DeploymentExternalBuildDataType0": ".deployment_external_build_data_type_0",
    "DeploymentPage": ".deployment_page",
    "DeploymentPagePaginationType0": ".deployment_page_pagination_type_0",
    "DeploymentStatus": ".deployment_status",
    "DeploymentSummary": ".deployment_summary",
    "DeploymentSummaryErrorType0": ".deployment_summary_error_type_0",
    "DeploymentSummaryGitType0": ".deployment_summary_git_type_0",
    "DeploymentWorkerType0": ".deployment_worker_type_0",
    "DeploymentWorkerType0TasksType0Item": ".deployment_worker_type_0_tasks_type_0_item",
    "EndAndContinueSessionRequestBody": ".end_and_continue_session_request_body",
    "EnvFilter": ".env_filter",
    "EnvFilterEnvItem": ".env_filter_env_item",
    "EnvVar": ".env_var",
    "EnvVarValue": ".env_var_value",
    "ErrorGroup": ".error_group",
    "ErrorGroupListItem": ".error_group_list_item",
    "ErrorGroupStatus": ".error_group_status",
    "ErrorResponse": ".error_response",
    "ErrorWithDetailsResponse": ".error_with_details_response",
    "ErrorWithDetailsResponseDetailsType0Item": ".error_with_details_response_details_type_0_item",
    "ErrorsFilter": ".errors_filter",
    "EventLevel": ".event_level",
    "ExecuteQueryCsvResponse": ".execute_query_csv_response",
    "ExecuteQueryCsvResponseFormat": ".execute_query_csv_response_format",
    "ExecuteQueryJsonResponse": ".execute_query_json_response",
    "ExecuteQueryJsonResponseFormat": ".execute_query_json_response_format",
    "ExecuteQueryJsonResponseResultsItem": ".execute_query_json_response_results_item",
    "ExecuteQueryRequestBody": ".execute_query_request_body",
    "ExecuteQueryRequestBodyFormat": ".execute_query_request_body_format",
    "ExecuteQueryRequestBodyScope": ".execute_query_request_body_scope",
    "ExecuteQueryV1Response400": ".execute_query_v1_response_400",
    "ExecuteQueryV1Response429": ".execute_query_v1_response_429",
    "GetReportV1Format": ".get_report_v1_format",
    "GetRunEventsV1Response401": ".get_run_events_v1_response_401",
    "GetRunEventsV1Response404": ".get_run_events_v1_response_404",
    "GetRunPacketUrlV1Field": ".get_run_packet_url_v1_field",
    "GetRunResultV1Response401": ".get_run_result_v1_response_401",
    "GetRunResultV1Response404": ".get_run_result_v1_response_404",
    "GetRunTraceV1Response401": ".get_run_trace_v1_response_401",
    "GetRunTraceV1Response404": ".get_run_trace_v1_response_404",
    "IdempotencyKeyScope": ".idempotency_key_scope",
    "IgnoreErrorV1Body": ".ignore_error_v1_body",
    "InputStreamSent": ".input_stream_sent",
    "InvalidEnvVarsRequestResponse": ".invalid_env_vars_request_response",
    "InvalidEnvVarsRequestResponseIssuesType0Item": ".invalid_env_vars_request_response_issues_type_0_item",
    "InvalidEnvVarsRequestResponseVariableErrorsType0Item": ".invalid_env_vars_request_response_variable_errors_type_0_item",
    "LatestDeployment": ".latest_deployment",
    "LatestDeploymentErrorDataType0": ".latest_deployment_error_data_type_0",
    "ListBulkActionsResult": ".list_bulk_actions_result",
    "ListBulkActionsResultPagination": ".list_bulk_actions_result_pagination",
    "ListErrorsResult": ".list_errors_result",
    "ListErrorsResultPaginationType0": ".list_errors_result_pagination_type_0",
    "ListProjectRunsV1Filterenv": ".list_project_runs_v1_filterenv",
    "ListSessionsResult": ".list_sessions_result",
    "ListSessionsResultPaginationType0": ".list_sessions_result_pagination_type_0",
    "ListWebhookDeliveriesResponse": ".list_webhook_deliveries_response",
    "ListWebhookDeliveriesResponsePagination": ".list_webhook_deliveries_response_pagination",
    "ListWebhookEndpointsResponse": ".list_webhook_endpoints_response",
    "MachinePresetName": ".machine_preset_name",
    "OverrideConcurrencyLimitRequestBody": ".override_concurrency_limit_request_body",
    "OverrideQueueConcurrencyV1Body": ".override_queue_concurrency_v1_body",
    "PacketUrl": ".packet_url",
    "PauseAction": ".pause_action",
    "PauseConcurrencyLimitV1Body": ".pause_concurrency_limit_v1_body",
    "PauseQueueV1Body": ".pause_queue_v1_body",
    "PromoteDeploymentV1Response400": ".promote_deployment_v1_response_400",
    "PromotePromptVersionRequestBody": ".promote_prompt_version_request_body",
    "PromotedDeployment": ".promoted_deployment",
    "PromptList": ".prompt_list",
    "PromptOk": ".prompt_ok",
    "PromptOverrideCreated": ".prompt_override_created",
    "PromptSummary": ".prompt_summary",
    "PromptVersion": ".prompt_version",
    "PromptVersionList": ".prompt_version_list",
    "QuerySchema": ".query_schema",
    "QuerySchemaTablesType0Item": ".query_schema_tables_type_0_item",
    "QuerySchemaTablesType0ItemColumnsType0Item": ".query_schema_tables_type_0_item_columns_type_0_item",
    "Queue": ".queue",
    "QueueConcurrencyType0": ".queue_concurrency_type_0",
    "QueueLookup": ".queue_lookup",
    "QueueOptions": ".queue_options",
    "QueuePage": ".queue_page",
    "QueuePagePagination": ".queue_page_pagination",
    "QueueType": ".queue_type",
    "QueueTypeName": ".queue_type_name",
    "QueueVersion": ".queue_version",
    "ReactivatePromptOverrideRequestBody": ".reactivate_prompt_override_request_body",
    "ReplaceDashboardRequestBody": ".replace_dashboard_request_body",
    "ReplayByFilter": ".replay_by_filter",
    "ReplayByRunIDs": ".replay_by_run_i_ds",
    "ReplayRunRequestBody": ".replay_run_request_body",
    "ReplayRunRequestBodyMetadata": ".replay_run_request_body_metadata",
    "ReplayRunRequestBodyPayloadType": ".replay_run_request_body_payload_type",
    "ReplayRunV1Response400": ".replay_run_v1_response_400",
    "ReplayRunV1Response401": ".replay_run_v1_response_401",
    "ReplayRunV1Response404": ".replay_run_v1_response_404",
    "ReplayedRun": ".replayed_run",
    "ReplayedWebhookDelivery": ".replayed_webhook_delivery",
    "ReportFinding": ".report_finding",
    "ReportFindingAnomalyWindowType0": ".report_finding_anomaly_window_type_0",
    "ReportFindingAttributionType0": ".report_finding_attribution_type_0",
    "ReportFindingExclusionsType0Item": ".report_finding_exclusions_type_0_item",
    "ReportFindingExclusionsType0ItemEvidenceType0": ".report_finding_exclusions_type_0_item_evidence_type_0",
    "ReportFindingHedgeType0": ".report_finding_hedge_type_0",
    "ReportFindingObservationsType0Item": ".report_finding_observations_type_0_item",
    "ReportFindingObservationsType0ItemEvidenceType0": ".report_finding_observations_type_0_item_evidence_type_0",
    "ReportFindingRecommendationType0": ".report_finding_recommendation_type_0",
    "ReportMetric": ".report_metric",
    "ReportMetricAggregation": ".report_metric_aggregation",
    "ReportMetricAnnotationType0": ".report_metric_annotation_type_0",
    "ReportMetricAvailability": ".report_metric_availability",
    "ReportMetricBreakdownType0": ".report_metric_breakdown_type_0",
    "ReportMetricDeltaType0": ".report_metric_delta_type_0",
    "ReportMetricDeltaType0Dir": ".report_metric_delta_type_0_dir",
    "ReportMetricSeriesType0": ".report_metric_series_type_0",
    "ReportMetricSeriesType0Kind": ".report_metric_series_type_0_kind",
    "ReportMetricUnit": ".report_metric_unit",
    "ReportSeverity": ".report_severity",
    "ReportViewModel": ".report_view_model",
    "ReportViewModelFacts": ".report_view_model_facts",
    "ReportViewModelFooterItem": ".report_view_model_footer_item",
    "ReportViewModelLinksItem": ".report_view_model_links_item",
    "ReportViewModelSummary": ".report_view_model_summary",
    "ReportViewModelSummaryStatementsItem": ".report_view_model_summary_statements_item",
    "RescheduleRunRequestBody": ".reschedule_run_request_body",
    "RescheduleRunV1Response400": ".reschedule_run_v1_response_400",
    "RescheduleRunV1Response401": ".reschedule_run_v1_response_401",
    "RescheduleRunV1Response404": ".reschedule_run_v1_response_404",
    "ResetConcurrencyLimitV1Body": ".reset_concurrency_limit_v1_body",
    "ResetIdempotencyKeyV1Body": ".reset_idempotency_key_v1_body",
    "ResetIdempotencyKeyV1Response200": ".reset_idempotency_key_v1_response_200",
    "ResetQueueConcurrencyV1Body": ".reset_queue_concurrency_v1_body",
    "ResolveErrorV1Body": ".resolve_error_v1_body",
    "ResolvePromptRequestBody": ".resolve_prompt_request_body",
    "ResolvePromptRequestBodyVariables": ".resolve_prompt_request_body_variables",
    "ResolvePromptResponseBody": ".resolve_prompt_response_body",
    "ResolvedPrompt": ".resolved_prompt",
    "ResolvedPromptConfigType0": ".resolved_prompt_config_type_0",
    "RetrieveBatchV1Response200": ".retrieve_batch_v1_response_200",
    "RetrieveBatchV1Response200ErrorsType0Item": ".retrieve_batch_v1_response_200_errors_type_0_item",
    "RetrieveBatchV1Response200ErrorsType0ItemErrorType0": ".retrieve_batch_v1_response_200_errors_type_0_item_error_type_0",
    "RetrieveBatchV1Response200ProcessingType0": ".retrieve_batch_v1_response_200_processing_type_0",
    "RetrieveBatchV1Response200ProcessingType0ErrorsType0Item": ".retrieve_batch_v1_response_200_processing_type_0_errors_type_0_item",
    "RetrieveRunV1Response400": ".retrieve_run_v1_response_400",
    "RetrieveRunV1Response401": ".retrieve_run_v1_response_401",
    "RetrieveRunV1Response404": ".retrieve_run_v1_response_404",
    "RotateWebhookEndpointSecretRequestBody": ".rotate_webhook_endpoint_secret_request_body",
    "RotatedWebhookSecret": ".rotated_webhook_secret",
    "Run": ".run",
    "RunAttemptsType0Item": ".run_attempts_type_0_item",
    "RunAttemptsType0ItemStatus": ".run_attempts_type_0_item_status",
    "RunEvents": ".run_events",
    "RunEventsEventsType0Item": ".run_events_events_type_0_item",
    "RunEventsEventsType0ItemEventsType0Item": ".run_events_events_type_0_item_events_type_0_item",
    "RunEventsEventsType0ItemEventsType0ItemPropertiesType0": ".run_events_events_type_0_item_events_type_0_item_properties_type_0",
    "RunEventsEventsType0ItemKind": ".run_events_events_type_0_item_kind",
    "RunEventsEventsType0ItemStyleType0": ".run_events_events_type_0_item_style_type_0",
    "RunEventsEventsType0ItemStyleType0AccessoryType0": ".run_events_events_type_0_item_style_type_0_accessory_type_0",
    "RunEventsEventsType0ItemStyleType0AccessoryType0Style": ".run_events_events_type_0_item_style_type_0_accessory_type_0_style",
    "RunHandle": ".run_handle",
    "RunListItem": ".run_list_item",
    "RunListItemEnv": ".run_list_item_env",
    "RunListItemMetadataType0": ".run_list_item_metadata_type_0",
    "RunListPage": ".run_list_page",
    "RunListPagePaginationType0": ".run_list_page_pagination_type_0",
    "RunMetadata": ".run_metadata",
    "RunMetadataMetadataType0": ".run_metadata_metadata_type_0",
    "RunRelatedRunsType0": ".run_related_runs_type_0",
    "RunResult": ".run_result",
    "RunResultErrorType0": ".run_result_error_type_0",
    "RunResultUsageType0": ".run_result_usage_type_0",
    "RunScheduleType0": ".run_schedule_type_0",
    "RunScheduleType0Generator": ".run_schedule_type_0_generator",
    "RunSpan": ".run_span",
    "RunSpanAiType0": ".run_span_ai_type_0",
    "RunSpanPropertiesType0": ".run_span_properties_type_0",
    "RunSpanTriggeredRunsType0Item": ".run_span_triggered_runs_type_0_item",
    "RunStatus": ".run_status",
    "RunTagsAdded": ".run_tags_added",
    "RunTrace": ".run_trace",
    "RunTraceAttemptFailure": ".run_trace_attempt_failure",
    "RunTracePage": ".run_trace_page",
    "RunTracePagePagination": ".run_trace_page_pagination",
    "RunTraceSpan": ".run_trace_span",
    "RunTraceTraceType0": ".run_trace_trace_type_0",
    "Schedule": ".schedule",
    "ScheduleAppliedSchedulePolicyType0": ".schedule_applied_schedule_policy_type_0",
    "ScheduleAppliedSchedulePolicyType0Reason": ".schedule_applied_schedule_policy_type_0_reason",
    "ScheduleEnvironment": ".schedule_environment",
    "ScheduleGenerator": ".schedule_generator",
    "ScheduleGeneratorType": ".schedule_generator_type",
    "SchedulePage": ".schedule_page",
    "SchedulePagePaginationType0": ".schedule_page_pagination_type_0",
    "SendInputStreamV1Body": ".send_input_stream_v1_body",
    "SerializedError": ".serialized_error",
    "SerializedErrorCausesType0Item": ".serialized_error_causes_type_0_item",
    "SessionChannelAppended": ".session_channel_appended",
    "SessionChannelIo": ".session_channel_io",
    "SessionHandoff": ".session_handoff",
    "SessionMetadataType0": ".session_metadata_type_0",
    "Session": ".session_object",
    "SessionStatus": ".session_status",
    "SessionTranscript": ".session_transcript",
    "SessionTranscriptCursorsType0": ".session_transcript_cursors_type_0",
    "SessionTriggerConfig": ".session_trigger_config",
    "SessionTriggerConfigBasePayload": ".session_trigger_config_base_payload",
    "SessionsFilter": ".sessions_filter",
    "SessionsFilterCreatedAt": ".sessions_filter_created_at",
    "SetWebhookEndpointSecretRequestBody": ".set_webhook_endpoint_secret_request_body",
    "SpanDetailedSummary": ".span_detailed_summary",
    "SpanDetailedSummaryDataType0": ".span_detailed_summary_data_type_0",
    "SpanDetailedSummaryDataType0EventsType0Item": ".span_detailed_summary_data_type_0_events_type_0_item",
    "SpanDetailedSummaryDataType0EventsType0ItemPropertiesType0": ".span_detailed_summary_data_type_0_events_type_0_item_properties_type_0",
    "SpanDetailedSummaryDataType0PropertiesType0": ".span_detailed_summary_data_type_0_properties_type_0",
    "StoredRunMetadata": ".stored_run_metadata",
    "StreamBatchItemsResponse": ".stream_batch_items_response",
    "Success": ".success",
    "Timezones": ".timezones_result",
    "TriggerTaskRequestBody": ".trigger_task_request_body",
    "TriggerTaskRequestBodyOptions": ".trigger_task_request_body_options",
    "TriggerTaskRequestBodyOptionsDebounce": ".trigger_task_request_body_options_debounce",
    "TriggerTaskRequestBodyOptionsDebounceMode": ".trigger_task_request_body_options_debounce_mode",
    "TriggerTaskRequestBodyOptionsIdempotencyKeyOptions": ".trigger_task_request_body_options_idempotency_key_options",
    "TriggerTaskRequestBodyOptionsMetadata": ".trigger_task_request_body_options_metadata",
    "UpdateDashboardRequestBody": ".update_dashboard_request_body",
    "UpdateDashboardWidgetRequestBody": ".update_dashboard_widget_request_body",
    "UpdatePromptOverrideRequestBody": ".update_prompt_override_request_body",
    "UpdateRunMetadataV1Body": ".update_run_metadata_v1_body",
    "UpdateRunMetadataV1BodyMetadata": ".update_run_metadata_v1_body_metadata",
    "UpdateRunMetadataV1Response400": ".update_run_metadata_v1_response_400",
    "UpdateRunMetadataV1Response401": ".update_run_metadata_v1_response_401",
    "UpdateRunMetadataV1Response404": ".update_run_metadata_v1_response_404",
    "UpdateScheduleOptions": ".update_schedule_options",
    "UpdateSessionRequestBody": ".update_session_request_body",
    "UpdateSessionRequestBodyMetadataType0": ".update_session_request_body_metadata_type_0",
    "UploadProjectEnvvarsV1Body": ".upload_project_envvars_v1_body",
    "UploadProjectEnvvarsV1BodyParentVariables": ".upload_project_envvars_v1_body_parent_variables",
    "UploadProjectEnvvarsV1BodyVariables": ".upload_project_envvars_v1_body_variables",
    "UploadProjectEnvvarsV1Response401": ".upload_project_envvars_v1_response_401",
    "UploadProjectEnvvarsV1Response404": ".upload_project_envvars_v1_response_404",
    "WaitpointToken": ".waitpoint_token",
    "WaitpointTokenPage": ".waitpoint_token_page",
    "WaitpointTokenPagePagination": ".waitpoint_token_page_pagination",
    "WaitpointTokenStatus": ".waitpoint_token_status",
    "WebhookDelivery": ".webhook_delivery",
    "WebhookDeliveryEndpointType0": ".webhook_delivery_endpoint_type_0",
    "WebhookDeliveryHeadersType0": ".webhook_delivery_headers_type_0",
    "WebhookDeliveryListItem": ".webhook_delivery_list_item",
    "WebhookDeliveryListItemEndpointType0": ".webhook_delivery_list_item_endpoint_type_0",
    "WebhookDeliveryStatus": ".webhook_delivery_status",
    "WebhookDeliveryTarget": ".webhook_delivery_target",
    "WebhookDeliveryTargetStatus": ".webhook_delivery_target_status",
    "WebhookDeliveryTargetType": ".webhook_delivery_target_type",
    "WebhookDeliveryTargetWaitersType0": ".webhook_delivery_target_waiters_type_0",
    "WebhookEndpoint": ".webhook_endpoint",
    "WebhookEndpointDetail": ".webhook_endpoint_detail",
    "WebhookEndpointStatus": ".webhook_endpoint_status",
    "WebhookEndpointSubscriber": ".webhook_endpoint_subscriber",
    "WebhookEndpointSubscriberType": ".webhook_endpoint_subscriber_type",
    "WebhookSecretProvisioning": ".webhook_secret_provisioning",
    "WebhookSecretSet": ".webhook_secret_set",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "AbortedBulkAction",
    "AddDashboardWidgetRequestBody",
    "AddRunTagsV1Body",
    "AddRunTagsV1Response400",
    "AddRunTagsV1Response401",
    "AddRunTagsV1Response422",
    "AddedDashboardWidget",
    "Batch",
    "BatchHandle",
    "BatchProcessing",
    "BatchProcessingErrorsItem",
    "BatchResults",
    "BatchResultsItemsType0Item",
    "BatchResultsItemsType0ItemErrorType0",
    "BatchResultsItemsType0ItemUsageType0",
    "BatchStatus",
    "BatchTriggerRequestBody",
    "BatchTriggerTaskByIdV1Body",
    "BatchTriggerTaskRequestBodyItem",
    "BatchTriggerTaskV2BatchProcessingStrategy",
    "BatchTriggerTaskV2Response",
    "BatchTriggerTaskV2ResponseRunsItem",
    "BatchTriggerV2RequestBody",
    "BatchTriggerV3RequestBody",
    "BatchTriggerV3Response",
    "BulkAction",
    "BulkActionCounts",
    "BulkActionFilter",
    "BulkActionStatus",
    "BulkActionType",
    "BulkCancelAction",
    "BulkReplayAction",
    "CancelByFilter",
    "CancelByRunIDs",
    "CancelRunV1Response400",
    "CancelRunV1Response401",
    "CancelRunV1Response404",
    "CanceledRun",
    "CloseSessionRequestBody",
    "CommonRunObject",
    "CommonRunObjectMetadataType0",
    "CommonRunObjectTriggerFunction",
    "CommonRunsFilter",
    "CommonRunsFilterCreatedAt",
    "CompleteWaitpointTokenCallbackV1Body",
    "CompleteWaitpointTokenRequest",
    "CompletedWaitpointToken",
    "ConcurrencyLimit",
    "ConcurrencyLimitBound",
    "ConcurrencyLimitKey",
    "ConcurrencyLimitKeyBound",
    "ConcurrencyLimitPage",
    "ConcurrencyLimitPagePagination",
    "CreateBatchRequestBody",
    "CreateBatchRequestBodyIdempotencyKeyOptions",
    "CreateBatchResponse",
    "CreateDashboardRequestBody",
    "CreateJwtClaimsV1Response200",
    "CreateProjectEnvvarV1Response401",
    "CreateProjectEnvvarV1Response404",
    "CreatePromptOverrideRequestBody",
    "CreatePublicTokenV1Body",
    "CreatePublicTokenV1BodyRealtime",
    "CreatePublicTokenV1Response200",
    "CreateScheduleOptions",
    "CreateSessionRequestBody",
    "CreateSessionRequestBodyMetadata",
    "CreateUploadPayloadUrlV2Response200",
    "CreateWaitpointTokenRequest",
    "CreatedBulkAction",
    "CreatedSession",
    "CreatedWaitpointToken",
    "CurrentDeployment",
    "CurrentDeploymentErrorType0",
    "CurrentDeploymentGitType0",
    "Dashboard",
    "DashboardWidget",
    "DashboardWidgetDisplay",
    "DashboardWidgetDisplayAggregation",
    "DashboardWidgetDisplayChartType",
    "DashboardWidgetDisplaySeriesColorsType0",
    "DashboardWidgetDisplaySortDirection",
    "DashboardWidgetDisplaySortingType0Item",
    "DashboardWidgetInput",
    "DashboardWidgetPosition",
    "DashboardWidgetType",
    "Dashboards",
    "DashboardsDashboardsType0Item",
    "DashboardsDashboardsType0ItemType",
    "DashboardsDashboardsType0ItemWidgetsType0Item",
    "DeletedDashboard",
    "DeletedSchedule",
    "Deployment",
    "DeploymentErrorDataType0",
    "DeploymentExternalBuildDataType0",
    "DeploymentPage",
    "DeploymentPagePaginationType0",
    "DeploymentStatus",
    "DeploymentSummary",
    "DeploymentSummaryErrorType0",
    "DeploymentSummaryGitType0",
    "DeploymentWorkerType0",
    "DeploymentWorkerType0TasksType0Item",
    "EndAndContinueSessionRequestBody",
    "EnvFilter",
    "EnvFilterEnvItem",
    "EnvVar",
    "EnvVarValue",
    "ErrorGroup",
    "ErrorGroupListItem",
    "ErrorGroupStatus",
    "ErrorResponse",
    "ErrorWithDetailsResponse",
    "ErrorWithDetailsResponseDetailsType0Item",
    "ErrorsFilter",
    "EventLevel",
    "ExecuteQueryCsvResponse",
    "ExecuteQueryCsvResponseFormat",
    "ExecuteQueryJsonResponse",
    "ExecuteQueryJsonResponseFormat",
    "ExecuteQueryJsonResponseResultsItem",
    "ExecuteQueryRequestBody",
    "ExecuteQueryRequestBodyFormat",
    "ExecuteQueryRequestBodyScope",
    "ExecuteQueryV1Response400",
    "ExecuteQueryV1Response429",
    "GetReportV1Format",
    "GetRunEventsV1Response401",
    "GetRunEventsV1Response404",
    "GetRunPacketUrlV1Field",
    "GetRunResultV1Response401",
    "GetRunResultV1Response404",
    "GetRunTraceV1Response401",
    "GetRunTraceV1Response404",
    "IdempotencyKeyScope",
    "IgnoreErrorV1Body",
    "InputStreamSent",
    "InvalidEnvVarsRequestResponse",
    "InvalidEnvVarsRequestResponseIssuesType0Item",
    "InvalidEnvVarsRequestResponseVariableErrorsType0Item",
    "LatestDeployment",
    "LatestDeploymentErrorDataType0",
    "ListBulkActionsResult",
    "ListBulkActionsResultPagination",
    "ListErrorsResult",
    "ListErrorsResultPaginationType0",
    "ListProjectRunsV1Filterenv",
    "ListSessionsResult",
    "ListSessionsResultPaginationType0",
    "ListWebhookDeliveriesResponse",
    "ListWebhookDeliveriesResponsePagination",
    "ListWebhookEndpointsResponse",
    "MachinePresetName",
    "OverrideConcurrencyLimitRequestBody",
    "OverrideQueueConcurrencyV1Body",
    "PacketUrl",
    "PauseAction",
    "PauseConcurrencyLimitV1Body",
    "PauseQueueV1Body",
    "PromoteDeploymentV1Response400",
    "PromotePromptVersionRequestBody",
    "PromotedDeployment",
    "PromptList",
    "PromptOk",
    "PromptOverrideCreated",
    "PromptSummary",
    "PromptVersion",
    "PromptVersionList",
    "QuerySchema",
    "QuerySchemaTablesType0Item",
    "QuerySchemaTablesType0ItemColumnsType0Item",
    "Queue",
    "QueueConcurrencyType0",
    "QueueLookup",
    "QueueOptions",
    "QueuePage",
    "QueuePagePagination",
    "QueueType",
    "QueueTypeName",
    "QueueVersion",
    "ReactivatePromptOverrideRequestBody",
    "ReplaceDashboardRequestBody",
    "ReplayByFilter",
    "ReplayByRunIDs",
    "ReplayRunRequestBody",
    "ReplayRunRequestBodyMetadata",
    "ReplayRunRequestBodyPayloadType",
    "ReplayRunV1Response400",
    "ReplayRunV1Response401",
    "ReplayRunV1Response404",
    "ReplayedRun",
    "ReplayedWebhookDelivery",
    "ReportFinding",
    "ReportFindingAnomalyWindowType0",
    "ReportFindingAttributionType0",
    "ReportFindingExclusionsType0Item",
    "ReportFindingExclusionsType0ItemEvidenceType0",
    "ReportFindingHedgeType0",
    "ReportFindingObservationsType0Item",
    "ReportFindingObservationsType0ItemEvidenceType0",
    "ReportFindingRecommendationType0",
    "ReportMetric",
    "ReportMetricAggregation",
    "ReportMetricAnnotationType0",
    "ReportMetricAvailability",
    "ReportMetricBreakdownType0",
    "ReportMetricDeltaType0",
    "ReportMetricDeltaType0Dir",
    "ReportMetricSeriesType0",
    "ReportMetricSeriesType0Kind",
    "ReportMetricUnit",
    "ReportSeverity",
    "ReportViewModel",
    "ReportViewModelFacts",
    "ReportViewModelFooterItem",
    "ReportViewModelLinksItem",
    "ReportViewModelSummary",
    "ReportViewModelSummaryStatementsItem",
    "RescheduleRunRequestBody",
    "RescheduleRunV1Response400",
    "RescheduleRunV1Response401",
    "RescheduleRunV1Response404",
    "ResetConcurrencyLimitV1Body",
    "ResetIdempotencyKeyV1Body",
    "ResetIdempotencyKeyV1Response200",
    "ResetQueueConcurrencyV1Body",
    "ResolveErrorV1Body",
    "ResolvePromptRequestBody",
    "ResolvePromptRequestBodyVariables",
    "ResolvePromptResponseBody",
    "ResolvedPrompt",
    "ResolvedPromptConfigType0",
    "RetrieveBatchV1Response200",
    "RetrieveBatchV1Response200ErrorsType0Item",
    "RetrieveBatchV1Response200ErrorsType0ItemErrorType0",
    "RetrieveBatchV1Response200ProcessingType0",
    "RetrieveBatchV1Response200ProcessingType0ErrorsType0Item",
    "RetrieveRunV1Response400",
    "RetrieveRunV1Response401",
    "RetrieveRunV1Response404",
    "RotateWebhookEndpointSecretRequestBody",
    "RotatedWebhookSecret",
    "Run",
    "RunAttemptsType0Item",
    "RunAttemptsType0ItemStatus",
    "RunEvents",
    "RunEventsEventsType0Item",
    "RunEventsEventsType0ItemEventsType0Item",
    "RunEventsEventsType0ItemEventsType0ItemPropertiesType0",
    "RunEventsEventsType0ItemKind",
    "RunEventsEventsType0ItemStyleType0",
    "RunEventsEventsType0ItemStyleType0AccessoryType0",
    "RunEventsEventsType0ItemStyleType0AccessoryType0Style",
    "RunHandle",
    "RunListItem",
    "RunListItemEnv",
    "RunListItemMetadataType0",
    "RunListPage",
    "RunListPagePaginationType0",
    "RunMetadata",
    "RunMetadataMetadataType0",
    "RunRelatedRunsType0",
    "RunResult",
    "RunResultErrorType0",
    "RunResultUsageType0",
    "RunScheduleType0",
    "RunScheduleType0Generator",
    "RunSpan",
    "RunSpanAiType0",
    "RunSpanPropertiesType0",
    "RunSpanTriggeredRunsType0Item",
    "RunStatus",
    "RunTagsAdded",
    "RunTrace",
    "RunTraceAttemptFailure",
    "RunTracePage",
    "RunTracePagePagination",
    "RunTraceSpan",
    "RunTraceTraceType0",
    "Schedule",
    "ScheduleAppliedSchedulePolicyType0",
    "ScheduleAppliedSchedulePolicyType0Reason",
    "ScheduleEnvironment",
    "ScheduleGenerator",
    "ScheduleGeneratorType",
    "SchedulePage",
    "SchedulePagePaginationType0",
    "SendInputStreamV1Body",
    "SerializedError",
    "SerializedErrorCausesType0Item",
    "Session",
    "SessionChannelAppended",
    "SessionChannelIo",
    "SessionHandoff",
    "SessionMetadataType0",
    "SessionStatus",
    "SessionTranscript",
    "SessionTranscriptCursorsType0",
    "SessionTriggerConfig",
    "SessionTriggerConfigBasePayload",
    "SessionsFilter",
    "SessionsFilterCreatedAt",
    "SetWebhookEndpointSecretRequestBody",
    "SpanDetailedSummary",
    "SpanDetailedSummaryDataType0",
    "SpanDetailedSummaryDataType0EventsType0Item",
    "SpanDetailedSummaryDataType0EventsType0ItemPropertiesType0",
    "SpanDetailedSummaryDataType0PropertiesType0",
    "StoredRunMetadata",
    "StreamBatchItemsResponse",
    "Success",
    "Timezones",
    "TriggerTaskRequestBody",
    "TriggerTaskRequestBodyOptions",
    "TriggerTaskRequestBodyOptionsDebounce",
    "TriggerTaskRequestBodyOptionsDebounceMode",
    "TriggerTaskRequestBodyOptionsIdempotencyKeyOptions",
    "TriggerTaskRequestBodyOptionsMetadata",
    "UpdateDashboardRequestBody",
    "UpdateDashboardWidgetRequestBody",
    "UpdatePromptOverrideRequestBody",
    "UpdateRunMetadataV1Body",
    "UpdateRunMetadataV1BodyMetadata",
    "UpdateRunMetadataV1Response400",
    "UpdateRunMetadataV1Response401",
    "UpdateRunMetadataV1Response404",
    "UpdateScheduleOptions",
    "UpdateSessionRequestBody",
    "UpdateSessionRequestBodyMetadataType0",
    "UploadProjectEnvvarsV1Body",
    "UploadProjectEnvvarsV1BodyParentVariables",
    "UploadProjectEnvvarsV1BodyVariables",
    "UploadProjectEnvvarsV1Response401",
    "UploadProjectEnvvarsV1Response404",
    "WaitpointToken",
    "WaitpointTokenPage",
    "WaitpointTokenPagePagination",
    "WaitpointTokenStatus",
    "WebhookDelivery",
    "WebhookDeliveryEndpointType0",
    "WebhookDeliveryHeadersType0",
    "WebhookDeliveryListItem",
    "WebhookDeliveryListItemEndpointType0",
    "WebhookDeliveryStatus",
    "WebhookDeliveryTarget",
    "WebhookDeliveryTargetStatus",
    "WebhookDeliveryTargetType",
    "WebhookDeliveryTargetWaitersType0",
    "WebhookEndpoint",
    "WebhookEndpointDetail",
    "WebhookEndpointStatus",
    "WebhookEndpointSubscriber",
    "WebhookEndpointSubscriberType",
    "WebhookSecretProvisioning",
    "WebhookSecretSet",
)
