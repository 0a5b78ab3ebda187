"""Contains all the data models used in inputs/outputs"""

# trigger-client: each model is imported on first use (PEP 562), so using one does not load all of them.
import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abort_bulk_action_response import AbortBulkActionResponse
    from .add_run_tags_v1_body import AddRunTagsV1Body
    from .add_run_tags_v1_response_200 import AddRunTagsV1Response200
    from .add_run_tags_v1_response_400 import AddRunTagsV1Response400
    from .add_run_tags_v1_response_401 import AddRunTagsV1Response401
    from .add_run_tags_v1_response_401_error import AddRunTagsV1Response401Error
    from .add_run_tags_v1_response_422 import AddRunTagsV1Response422
    from .batch_trigger_request_body import BatchTriggerRequestBody
    from .batch_trigger_task_by_id_v1_body import BatchTriggerTaskByIdV1Body
    from .batch_trigger_task_request_body_item import BatchTriggerTaskRequestBodyItem
    from .batch_trigger_task_response import BatchTriggerTaskResponse
    from .batch_trigger_task_v2_response import BatchTriggerTaskV2Response
    from .batch_trigger_task_v2_response_runs_item import (
        BatchTriggerTaskV2ResponseRunsItem,
    )
    from .batch_trigger_v2_request_body import BatchTriggerV2RequestBody
    from .bulk_action_filter import BulkActionFilter
    from .bulk_action_filter_status_type_0 import BulkActionFilterStatusType0
    from .bulk_action_filter_status_type_1_item import BulkActionFilterStatusType1Item
    from .bulk_action_object import BulkActionObject
    from .bulk_action_object_counts import BulkActionObjectCounts
    from .bulk_action_object_status import BulkActionObjectStatus
    from .bulk_action_object_type import BulkActionObjectType
    from .cancel_by_filter import CancelByFilter
    from .cancel_by_filter_action import CancelByFilterAction
    from .cancel_by_run_i_ds import CancelByRunIDs
    from .cancel_by_run_i_ds_action import CancelByRunIDsAction
    from .cancel_run_v1_response_200 import CancelRunV1Response200
    from .cancel_run_v1_response_400 import CancelRunV1Response400
    from .cancel_run_v1_response_400_error import CancelRunV1Response400Error
    from .cancel_run_v1_response_401 import CancelRunV1Response401
    from .cancel_run_v1_response_401_error import CancelRunV1Response401Error
    from .cancel_run_v1_response_404 import CancelRunV1Response404
    from .cancel_run_v1_response_404_error import CancelRunV1Response404Error
    from .close_session_request_body import CloseSessionRequestBody
    from .common_run_object import CommonRunObject
    from .common_run_object_metadata_type_0 import CommonRunObjectMetadataType0
    from .common_run_object_status import CommonRunObjectStatus
    from .common_run_object_trigger_function import CommonRunObjectTriggerFunction
    from .common_runs_filter import CommonRunsFilter
    from .common_runs_filter_created_at import CommonRunsFilterCreatedAt
    from .common_runs_filter_status_item import CommonRunsFilterStatusItem
    from .complete_waitpoint_token_callback_v1_body import (
        CompleteWaitpointTokenCallbackV1Body,
    )
    from .complete_waitpoint_token_request import CompleteWaitpointTokenRequest
    from .complete_waitpoint_token_response import CompleteWaitpointTokenResponse
    from .create_batch_request_body import CreateBatchRequestBody
    from .create_batch_request_body_idempotency_key_options import (
        CreateBatchRequestBodyIdempotencyKeyOptions,
    )
    from .create_batch_request_body_idempotency_key_options_scope import (
        CreateBatchRequestBodyIdempotencyKeyOptionsScope,
    )
    from .create_batch_response import CreateBatchResponse
    from .create_bulk_action_response import CreateBulkActionResponse
    from .create_jwt_claims_v1_response_200 import CreateJwtClaimsV1Response200
    from .create_project_envvar_v1_response_401 import CreateProjectEnvvarV1Response401
    from .create_project_envvar_v1_response_404 import CreateProjectEnvvarV1Response404
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
    from .create_waitpoint_token_response import CreateWaitpointTokenResponse
    from .created_session_response_body import CreatedSessionResponseBody
    from .current_deployment import CurrentDeployment
    from .current_deployment_error_type_0 import CurrentDeploymentErrorType0
    from .current_deployment_git_type_0 import CurrentDeploymentGitType0
    from .current_deployment_status import CurrentDeploymentStatus
    from .delete_schedule_v1_response_200 import DeleteScheduleV1Response200
    from .env_filter import EnvFilter
    from .env_filter_env_item import EnvFilterEnvItem
    from .env_var import EnvVar
    from .env_var_value import EnvVarValue
    from .error_list_item import ErrorListItem
    from .error_list_item_status import ErrorListItemStatus
    from .error_object import ErrorObject
    from .error_object_status import ErrorObjectStatus
    from .error_response import ErrorResponse
    from .error_with_details_response import ErrorWithDetailsResponse
    from .error_with_details_response_details_type_0_item import (
        ErrorWithDetailsResponseDetailsType0Item,
    )
    from .errors_filter import ErrorsFilter
    from .errors_filter_status_item import ErrorsFilterStatusItem
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
    from .get_batch_results_v1_response_200 import GetBatchResultsV1Response200
    from .get_batch_results_v1_response_200_items_type_0_item import (
        GetBatchResultsV1Response200ItemsType0Item,
    )
    from .get_batch_results_v1_response_200_items_type_0_item_error_type_0 import (
        GetBatchResultsV1Response200ItemsType0ItemErrorType0,
    )
    from .get_batch_results_v1_response_200_items_type_0_item_usage_type_0 import (
        GetBatchResultsV1Response200ItemsType0ItemUsageType0,
    )
    from .get_deployment_v1_response_200 import GetDeploymentV1Response200
    from .get_deployment_v1_response_200_error_data_type_0 import (
        GetDeploymentV1Response200ErrorDataType0,
    )
    from .get_deployment_v1_response_200_external_build_data_type_0 import (
        GetDeploymentV1Response200ExternalBuildDataType0,
    )
    from .get_deployment_v1_response_200_status import GetDeploymentV1Response200Status
    from .get_deployment_v1_response_200_worker_type_0 import (
        GetDeploymentV1Response200WorkerType0,
    )
    from .get_deployment_v1_response_200_worker_type_0_tasks_type_0_item import (
        GetDeploymentV1Response200WorkerType0TasksType0Item,
    )
    from .get_latest_deployment_v1_response_200 import GetLatestDeploymentV1Response200
    from .get_latest_deployment_v1_response_200_error_data_type_0 import (
        GetLatestDeploymentV1Response200ErrorDataType0,
    )
    from .get_latest_deployment_v1_response_200_status import (
        GetLatestDeploymentV1Response200Status,
    )
    from .get_query_schema_v1_response_200 import GetQuerySchemaV1Response200
    from .get_query_schema_v1_response_200_tables_type_0_item import (
        GetQuerySchemaV1Response200TablesType0Item,
    )
    from .get_query_schema_v1_response_200_tables_type_0_item_columns_type_0_item import (
        GetQuerySchemaV1Response200TablesType0ItemColumnsType0Item,
    )
    from .get_run_events_v1_response_200 import GetRunEventsV1Response200
    from .get_run_events_v1_response_200_events_type_0_item import (
        GetRunEventsV1Response200EventsType0Item,
    )
    from .get_run_events_v1_response_200_events_type_0_item_events_type_0_item import (
        GetRunEventsV1Response200EventsType0ItemEventsType0Item,
    )
    from .get_run_events_v1_response_200_events_type_0_item_events_type_0_item_properties_type_0 import (
        GetRunEventsV1Response200EventsType0ItemEventsType0ItemPropertiesType0,
    )
    from .get_run_events_v1_response_200_events_type_0_item_kind import (
        GetRunEventsV1Response200EventsType0ItemKind,
    )
    from .get_run_events_v1_response_200_events_type_0_item_level import (
        GetRunEventsV1Response200EventsType0ItemLevel,
    )
    from .get_run_events_v1_response_200_events_type_0_item_style_type_0 import (
        GetRunEventsV1Response200EventsType0ItemStyleType0,
    )
    from .get_run_events_v1_response_200_events_type_0_item_style_type_0_accessory_type_0 import (
        GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0,
    )
    from .get_run_events_v1_response_200_events_type_0_item_style_type_0_accessory_type_0_style import (
        GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0Style,
    )
    from .get_run_events_v1_response_401 import GetRunEventsV1Response401
    from .get_run_events_v1_response_401_error import GetRunEventsV1Response401Error
    from .get_run_events_v1_response_404 import GetRunEventsV1Response404
    from .get_run_events_v1_response_404_error import GetRunEventsV1Response404Error
    from .get_run_result_v1_response_200 import GetRunResultV1Response200
    from .get_run_result_v1_response_200_error_type_0 import (
        GetRunResultV1Response200ErrorType0,
    )
    from .get_run_result_v1_response_200_usage_type_0 import (
        GetRunResultV1Response200UsageType0,
    )
    from .get_run_result_v1_response_401 import GetRunResultV1Response401
    from .get_run_result_v1_response_401_error import GetRunResultV1Response401Error
    from .get_run_result_v1_response_404 import GetRunResultV1Response404
    from .get_run_result_v1_response_404_error import GetRunResultV1Response404Error
    from .get_run_trace_v1_response_200 import GetRunTraceV1Response200
    from .get_run_trace_v1_response_200_trace_type_0 import (
        GetRunTraceV1Response200TraceType0,
    )
    from .get_run_trace_v1_response_401 import GetRunTraceV1Response401
    from .get_run_trace_v1_response_401_error import GetRunTraceV1Response401Error
    from .get_run_trace_v1_response_404 import GetRunTraceV1Response404
    from .get_run_trace_v1_response_404_error import GetRunTraceV1Response404Error
    from .get_timezones_result import GetTimezonesResult
    from .ignore_error_v1_body import IgnoreErrorV1Body
    from .invalid_env_vars_request_response import InvalidEnvVarsRequestResponse
    from .invalid_env_vars_request_response_issues_type_0_item import (
        InvalidEnvVarsRequestResponseIssuesType0Item,
    )
    from .invalid_env_vars_request_response_variable_errors_type_0_item import (
        InvalidEnvVarsRequestResponseVariableErrorsType0Item,
    )
    from .list_bulk_actions_result import ListBulkActionsResult
    from .list_bulk_actions_result_pagination import ListBulkActionsResultPagination
    from .list_dashboards_v1_response_200 import ListDashboardsV1Response200
    from .list_dashboards_v1_response_200_dashboards_type_0_item import (
        ListDashboardsV1Response200DashboardsType0Item,
    )
    from .list_dashboards_v1_response_200_dashboards_type_0_item_widgets_type_0_item import (
        ListDashboardsV1Response200DashboardsType0ItemWidgetsType0Item,
    )
    from .list_dashboards_v1_response_200_dashboards_type_0_item_widgets_type_0_item_type import (
        ListDashboardsV1Response200DashboardsType0ItemWidgetsType0ItemType,
    )
    from .list_deployments_v1_response_200 import ListDeploymentsV1Response200
    from .list_deployments_v1_response_200_data_type_0_item import (
        ListDeploymentsV1Response200DataType0Item,
    )
    from .list_deployments_v1_response_200_data_type_0_item_error_type_0 import (
        ListDeploymentsV1Response200DataType0ItemErrorType0,
    )
    from .list_deployments_v1_response_200_data_type_0_item_git_type_0 import (
        ListDeploymentsV1Response200DataType0ItemGitType0,
    )
    from .list_deployments_v1_response_200_data_type_0_item_status import (
        ListDeploymentsV1Response200DataType0ItemStatus,
    )
    from .list_deployments_v1_response_200_pagination_type_0 import (
        ListDeploymentsV1Response200PaginationType0,
    )
    from .list_deployments_v1_status import ListDeploymentsV1Status
    from .list_errors_result import ListErrorsResult
    from .list_errors_result_pagination_type_0 import ListErrorsResultPaginationType0
    from .list_errors_v1_filterstatus_item import ListErrorsV1FilterstatusItem
    from .list_project_runs_v1_filterenv import ListProjectRunsV1Filterenv
    from .list_project_runs_v1_filterstatus_item import (
        ListProjectRunsV1FilterstatusItem,
    )
    from .list_queues_result import ListQueuesResult
    from .list_queues_result_pagination import ListQueuesResultPagination
    from .list_run_item import ListRunItem
    from .list_run_item_env import ListRunItemEnv
    from .list_run_item_metadata_type_0 import ListRunItemMetadataType0
    from .list_run_item_status import ListRunItemStatus
    from .list_runs_result import ListRunsResult
    from .list_runs_result_pagination_type_0 import ListRunsResultPaginationType0
    from .list_runs_v1_filterstatus_item import ListRunsV1FilterstatusItem
    from .list_schedules_result import ListSchedulesResult
    from .list_schedules_result_pagination_type_0 import (
        ListSchedulesResultPaginationType0,
    )
    from .list_sessions_result import ListSessionsResult
    from .list_sessions_result_pagination_type_0 import (
        ListSessionsResultPaginationType0,
    )
    from .list_sessions_v1_filterstatus_item import ListSessionsV1FilterstatusItem
    from .list_waitpoint_tokens_result import ListWaitpointTokensResult
    from .list_waitpoint_tokens_result_pagination import (
        ListWaitpointTokensResultPagination,
    )
    from .override_queue_concurrency_v1_body import OverrideQueueConcurrencyV1Body
    from .override_queue_concurrency_v1_body_type import (
        OverrideQueueConcurrencyV1BodyType,
    )
    from .pause_queue_v1_body import PauseQueueV1Body
    from .pause_queue_v1_body_action import PauseQueueV1BodyAction
    from .pause_queue_v1_body_type import PauseQueueV1BodyType
    from .promote_deployment_v1_response_200 import PromoteDeploymentV1Response200
    from .promote_deployment_v1_response_400 import PromoteDeploymentV1Response400
    from .queue_object import QueueObject
    from .queue_object_concurrency_type_0 import QueueObjectConcurrencyType0
    from .queue_object_type import QueueObjectType
    from .queue_options import QueueOptions
    from .queue_type_name import QueueTypeName
    from .queue_type_name_type import QueueTypeNameType
    from .replay_by_filter import ReplayByFilter
    from .replay_by_filter_action import ReplayByFilterAction
    from .replay_by_run_i_ds import ReplayByRunIDs
    from .replay_by_run_i_ds_action import ReplayByRunIDsAction
    from .replay_run_v1_response_200 import ReplayRunV1Response200
    from .replay_run_v1_response_400 import ReplayRunV1Response400
    from .replay_run_v1_response_400_error import ReplayRunV1Response400Error
    from .replay_run_v1_response_401 import ReplayRunV1Response401
    from .replay_run_v1_response_401_error import ReplayRunV1Response401Error
    from .replay_run_v1_response_404 import ReplayRunV1Response404
    from .replay_run_v1_response_404_error import ReplayRunV1Response404Error
    from .reschedule_run_request_body import RescheduleRunRequestBody
    from .reschedule_run_v1_response_400 import RescheduleRunV1Response400
    from .reschedule_run_v1_response_400_error import RescheduleRunV1Response400Error
    from .reschedule_run_v1_response_401 import RescheduleRunV1Response401
    from .reschedule_run_v1_response_401_error import RescheduleRunV1Response401Error
    from .reschedule_run_v1_response_404 import RescheduleRunV1Response404
    from .reschedule_run_v1_response_404_error import RescheduleRunV1Response404Error
    from .reset_idempotency_key_v1_body import ResetIdempotencyKeyV1Body
    from .reset_idempotency_key_v1_response_200 import ResetIdempotencyKeyV1Response200
    from .reset_queue_concurrency_v1_body import ResetQueueConcurrencyV1Body
    from .reset_queue_concurrency_v1_body_type import ResetQueueConcurrencyV1BodyType
    from .resolve_error_v1_body import ResolveErrorV1Body
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
    from .retrieve_batch_v1_response_200_status import RetrieveBatchV1Response200Status
    from .retrieve_batch_v2_response import RetrieveBatchV2Response
    from .retrieve_batch_v2_response_processing import RetrieveBatchV2ResponseProcessing
    from .retrieve_batch_v2_response_processing_errors_item import (
        RetrieveBatchV2ResponseProcessingErrorsItem,
    )
    from .retrieve_batch_v2_response_status import RetrieveBatchV2ResponseStatus
    from .retrieve_queue_v1_type import RetrieveQueueV1Type
    from .retrieve_run_response import RetrieveRunResponse
    from .retrieve_run_response_attempts_type_0_item import (
        RetrieveRunResponseAttemptsType0Item,
    )
    from .retrieve_run_response_attempts_type_0_item_status import (
        RetrieveRunResponseAttemptsType0ItemStatus,
    )
    from .retrieve_run_response_related_runs_type_0 import (
        RetrieveRunResponseRelatedRunsType0,
    )
    from .retrieve_run_response_schedule_type_0 import RetrieveRunResponseScheduleType0
    from .retrieve_run_response_schedule_type_0_generator import (
        RetrieveRunResponseScheduleType0Generator,
    )
    from .retrieve_run_response_schedule_type_0_generator_type import (
        RetrieveRunResponseScheduleType0GeneratorType,
    )
    from .retrieve_run_v1_response_400 import RetrieveRunV1Response400
    from .retrieve_run_v1_response_400_error import RetrieveRunV1Response400Error
    from .retrieve_run_v1_response_401 import RetrieveRunV1Response401
    from .retrieve_run_v1_response_401_error import RetrieveRunV1Response401Error
    from .retrieve_run_v1_response_404 import RetrieveRunV1Response404
    from .retrieve_run_v1_response_404_error import RetrieveRunV1Response404Error
    from .schedule_environment import ScheduleEnvironment
    from .schedule_object import ScheduleObject
    from .schedule_object_generator import ScheduleObjectGenerator
    from .schedule_object_generator_type import ScheduleObjectGeneratorType
    from .serialized_error import SerializedError
    from .session_object import SessionObject
    from .session_object_metadata_type_0 import SessionObjectMetadataType0
    from .session_trigger_config import SessionTriggerConfig
    from .session_trigger_config_base_payload import SessionTriggerConfigBasePayload
    from .sessions_filter import SessionsFilter
    from .sessions_filter_created_at import SessionsFilterCreatedAt
    from .sessions_filter_status_item import SessionsFilterStatusItem
    from .span_detailed_summary import SpanDetailedSummary
    from .span_detailed_summary_data_type_0 import SpanDetailedSummaryDataType0
    from .span_detailed_summary_data_type_0_events_type_0_item import (
        SpanDetailedSummaryDataType0EventsType0Item,
    )
    from .span_detailed_summary_data_type_0_events_type_0_item_properties_type_0 import (
        SpanDetailedSummaryDataType0EventsType0ItemPropertiesType0,
    )
    from .span_detailed_summary_data_type_0_level import (
        SpanDetailedSummaryDataType0Level,
    )
    from .span_detailed_summary_data_type_0_properties_type_0 import (
        SpanDetailedSummaryDataType0PropertiesType0,
    )
    from .stream_batch_items_response import StreamBatchItemsResponse
    from .succeed_response import SucceedResponse
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
    from .trigger_task_request_body_options_idempotency_key_options_scope import (
        TriggerTaskRequestBodyOptionsIdempotencyKeyOptionsScope,
    )
    from .trigger_task_request_body_options_machine import (
        TriggerTaskRequestBodyOptionsMachine,
    )
    from .trigger_task_request_body_options_metadata import (
        TriggerTaskRequestBodyOptionsMetadata,
    )
    from .trigger_task_response import TriggerTaskResponse
    from .update_run_metadata_v1_body import UpdateRunMetadataV1Body
    from .update_run_metadata_v1_body_metadata import UpdateRunMetadataV1BodyMetadata
    from .update_run_metadata_v1_response_200 import UpdateRunMetadataV1Response200
    from .update_run_metadata_v1_response_200_metadata_type_0 import (
        UpdateRunMetadataV1Response200MetadataType0,
    )
    from .update_run_metadata_v1_response_400 import UpdateRunMetadataV1Response400
    from .update_run_metadata_v1_response_400_error import (
        UpdateRunMetadataV1Response400Error,
    )
    from .update_run_metadata_v1_response_401 import UpdateRunMetadataV1Response401
    from .update_run_metadata_v1_response_401_error import (
        UpdateRunMetadataV1Response401Error,
    )
    from .update_run_metadata_v1_response_404 import UpdateRunMetadataV1Response404
    from .update_run_metadata_v1_response_404_error import (
        UpdateRunMetadataV1Response404Error,
    )
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
    from .waitpoint_token_object import WaitpointTokenObject
    from .waitpoint_token_object_status import WaitpointTokenObjectStatus

_MODULES = {
    "AbortBulkActionResponse": ".abort_bulk_action_response",
    "AddRunTagsV1Body": ".add_run_tags_v1_body",
    "AddRunTagsV1Response200": ".add_run_tags_v1_response_200",
    "AddRunTagsV1Response400": ".add_run_tags_v1_response_400",
    "AddRunTagsV1Response401": ".add_run_tags_v1_response_401",
    "AddRunTagsV1Response401Error": ".add_run_tags_v1_response_401_error",
    "AddRunTagsV1Response422": ".add_run_tags_v1_response_422",
    "BatchTriggerRequestBody": ".batch_trigger_request_body",
    "BatchTriggerTaskByIdV1Body": ".batch_trigger_task_by_id_v1_body",
    "BatchTriggerTaskRequestBodyItem": ".batch_trigger_task_request_body_item",
    "BatchTriggerTaskResponse": ".batch_trigger_task_response",
    "BatchTriggerTaskV2Response": ".batch_trigger_task_v2_response",
    "BatchTriggerTaskV2ResponseRunsItem": ".batch_trigger_task_v2_response_runs_item",
    "BatchTriggerV2RequestBody": ".batch_trigger_v2_request_body",
    "BulkActionFilter": ".bulk_action_filter",
    "BulkActionFilterStatusType0": ".bulk_action_filter_status_type_0",
    "BulkActionFilterStatusType1Item": ".bulk_action_filter_status_type_1_item",
    "BulkActionObject": ".bulk_action_object",
    "BulkActionObjectCounts": ".bulk_action_object_counts",
    "BulkActionObjectStatus": ".bulk_action_object_status",
    "BulkActionObjectType": ".bulk_action_object_type",
    "CancelByFilter": ".cancel_by_filter",
    "CancelByFilterAction": ".cancel_by_filter_action",
    "CancelByRunIDs": ".cancel_by_run_i_ds",
    "CancelByRunIDsAction": ".cancel_by_run_i_ds_action",
    "CancelRunV1Response200": ".cancel_run_v1_response_200",
    "CancelRunV1Response400": ".cancel_run_v1_response_400",
    "CancelRunV1Response400Error": ".cancel_run_v1_response_400_error",
    "CancelRunV1Response401": ".cancel_run_v1_response_401",
    "CancelRunV1Response401Error": ".cancel_run_v1_response_401_error",
    "CancelRunV1Response404": ".cancel_run_v1_response_404",
    "CancelRunV1Response404Error": ".cancel_run_v1_response_404_error",
    "CloseSessionRequestBody": ".close_session_request_body",
    "CommonRunObject": ".common_run_object",
    "CommonRunObjectMetadataType0": ".common_run_object_metadata_type_0",
    "CommonRunObjectStatus": ".common_run_object_status",
    "CommonRunObjectTriggerFunction": ".common_run_object_trigger_function",
    "CommonRunsFilter": ".common_runs_filter",
    "CommonRunsFilterCreatedAt": ".common_runs_filter_created_at",
    "CommonRunsFilterStatusItem": ".common_runs_filter_status_item",
    "CompleteWaitpointTokenCallbackV1Body": ".complete_waitpoint_token_callback_v1_body",
    "CompleteWaitpointTokenRequest": ".complete_waitpoint_token_request",
    "CompleteWaitpointTokenResponse": ".complete_waitpoint_token_response",
    "CreateBatchRequestBody": ".create_batch_request_body",
    "CreateBatchRequestBodyIdempotencyKeyOptions": ".create_batch_request_body_idempotency_key_options",
    "CreateBatchRequestBodyIdempotencyKeyOptionsScope": ".create_batch_request_body_idempotency_key_options_scope",
    "CreateBatchResponse": ".create_batch_response",
    "CreateBulkActionResponse": ".create_bulk_action_response",
    "CreateJwtClaimsV1Response200": ".create_jwt_claims_v1_response_200",
    "CreateProjectEnvvarV1Response401": ".create_project_envvar_v1_response_401",
    "CreateProjectEnvvarV1Response404": ".create_project_envvar_v1_response_404",
    "CreatePublicTokenV1Body": ".create_public_token_v1_body",
    "CreatePublicTokenV1BodyRealtime": ".create_public_token_v1_body_realtime",
    "CreatePublicTokenV1Response200": ".create_public_token_v1_response_200",
    "CreateScheduleOptions": ".create_schedule_options",
    "CreateSessionRequestBody": ".create_session_request_body",
    "CreateSessionRequestBodyMetadata": ".create_session_request_body_metadata",
    "CreateUploadPayloadUrlV2Response200": ".create_upload_payload_url_v2_response_200",
    "CreateWaitpointTokenRequest": ".create_waitpoint_token_request",
    "CreateWaitpointTokenResponse": ".create_waitpoint_token_response",
    "CreatedSessionResponseBody": ".created_session_response_body",
    "CurrentDeployment": ".current_deployment",
    "CurrentDeploymentErrorType0": ".current_deployment_error_type_0",
    "CurrentDeploymentGitType0": ".current_deployment_git_type_0",
    "CurrentDeploymentStatus": ".current_deployment_status",
    "DeleteScheduleV1Response200": ".delete_schedule_v1_response_200",
    "EnvFilter": ".env_filter",
    "EnvFilterEnvItem": ".env_filter_env_item",
    "EnvVar": ".env_var",
    "EnvVarValue": ".env_var_value",
    "ErrorListItem": ".error_list_item",
    "ErrorListItemStatus": ".error_list_item_status",
    "ErrorObject": ".error_object",
    "ErrorObjectStatus": ".error_object_status",
    "ErrorResponse": ".error_response",
    "ErrorWithDetailsResponse": ".error_with_details_response",
    "ErrorWithDetailsResponseDetailsType0Item": ".error_with_details_response_details_type_0_item",
    "ErrorsFilter": ".errors_filter",
    "ErrorsFilterStatusItem": ".errors_filter_status_item",
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
    "GetBatchResultsV1Response200": ".get_batch_results_v1_response_200",
    "GetBatchResultsV1Response200ItemsType0Item": ".get_batch_results_v1_response_200_items_type_0_item",
    "GetBatchResultsV1Response200ItemsType0ItemErrorType0": ".get_batch_results_v1_response_200_items_type_0_item_error_type_0",
    "GetBatchResultsV1Response200ItemsType0ItemUsageType0": ".get_batch_results_v1_response_200_items_type_0_item_usage_type_0",
    "GetDeploymentV1Response200": ".get_deployment_v1_response_200",
    "GetDeploymentV1Response200ErrorDataType0": ".get_deployment_v1_response_200_error_data_type_0",
    "GetDeploymentV1Response200ExternalBuildDataType0": ".get_deployment_v1_response_200_external_build_data_type_0",
    "GetDeploymentV1Response200Status": ".get_deployment_v1_response_200_status",
    "GetDeploymentV1Response200WorkerType0": ".get_deployment_v1_response_200_worker_type_0",
    "GetDeploymentV1Response200WorkerType0TasksType0Item": ".get_deployment_v1_response_200_worker_type_0_tasks_type_0_item",
    "GetLatestDeploymentV1Response200": ".get_latest_deployment_v1_response_200",
    "GetLatestDeploymentV1Response200ErrorDataType0": ".get_latest_deployment_v1_response_200_error_data_type_0",
    "GetLatestDeploymentV1Response200Status": ".get_latest_deployment_v1_response_200_status",
    "GetQuerySchemaV1Response200": ".get_query_schema_v1_response_200",
    "GetQuerySchemaV1Response200TablesType0Item": ".get_query_schema_v1_response_200_tables_type_0_item",
    "GetQuerySchemaV1Response200TablesType0ItemColumnsType0Item": ".get_query_schema_v1_response_200_tables_type_0_item_columns_type_0_item",
    "GetRunEventsV1Response200": ".get_run_events_v1_response_200",
    "GetRunEventsV1Response200EventsType0Item": ".get_run_events_v1_response_200_events_type_0_item",
    "GetRunEventsV1Response200EventsType0ItemEventsType0Item": ".get_run_events_v1_response_200_events_type_0_item_events_type_0_item",
    "GetRunEventsV1Response200EventsType0ItemEventsType0ItemPropertiesType0": ".get_run_events_v1_response_200_events_type_0_item_events_type_0_item_properties_type_0",
    "GetRunEventsV1Response200EventsType0ItemKind": ".get_run_events_v1_response_200_events_type_0_item_kind",
    "GetRunEventsV1Response200EventsType0ItemLevel": ".get_run_events_v1_response_200_events_type_0_item_level",
    "GetRunEventsV1Response200EventsType0ItemStyleType0": ".get_run_events_v1_response_200_events_type_0_item_style_type_0",
    "GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0": ".get_run_events_v1_response_200_events_type_0_item_style_type_0_accessory_type_0",
    "GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0Style": ".get_run_events_v1_response_200_events_type_0_item_style_type_0_accessory_type_0_style",
    "GetRunEventsV1Response401": ".get_run_events_v1_response_401",
    "GetRunEventsV1Response401Error": ".get_run_events_v1_response_401_error",
    "GetRunEventsV1Response404": ".get_run_events_v1_response_404",
    "GetRunEventsV1Response404Error": ".get_run_events_v1_response_404_error",
    "GetRunResultV1Response200": ".get_run_result_v1_response_200",
    "GetRunResultV1Response200ErrorType0": ".get_run_result_v1_response_200_error_type_0",
    "GetRunResultV1Response200UsageType0": ".get_run_result_v1_response_200_usage_type_0",
    "GetRunResultV1Response401": ".get_run_result_v1_response_401",
    "GetRunResultV1Response401Error": ".get_run_result_v1_response_401_error",
    "GetRunResultV1Response404": ".get_run_result_v1_response_404",
    "GetRunResultV1Response404Error": ".get_run_result_v1_response_404_error",
    "GetRunTraceV1Response200": ".get_run_trace_v1_response_200",
    "GetRunTraceV1Response200TraceType0": ".get_run_trace_v1_response_200_trace_type_0",
    "GetRunTraceV1Response401": ".get_run_trace_v1_response_401",
    "GetRunTraceV1Response401Error": ".get_run_trace_v1_response_401_error",
    "GetRunTraceV1Response404": ".get_run_trace_v1_response_404",
    "GetRunTraceV1Response404Error": ".get_run_trace_v1_response_404_error",
    "GetTimezonesResult": ".get_timezones_result",
    "IgnoreErrorV1Body": ".ignore_error_v1_body",
    "InvalidEnvVarsRequestResponse": ".invalid_env_vars_request_response",
    "InvalidEnvVarsRequestResponseIssuesType0Item": ".invalid_env_vars_request_response_issues_type_0_item",
    "InvalidEnvVarsRequestResponseVariableErrorsType0Item": ".invalid_env_vars_request_response_variable_errors_type_0_item",
    "ListBulkActionsResult": ".list_bulk_actions_result",
    "ListBulkActionsResultPagination": ".list_bulk_actions_result_pagination",
    "ListDashboardsV1Response200": ".list_dashboards_v1_response_200",
    "ListDashboardsV1Response200DashboardsType0Item": ".list_dashboards_v1_response_200_dashboards_type_0_item",
    "ListDashboardsV1Response200DashboardsType0ItemWidgetsType0Item": ".list_dashboards_v1_response_200_dashboards_type_0_item_widgets_type_0_item",
    "ListDashboardsV1Response200DashboardsType0ItemWidgetsType0ItemType": ".list_dashboards_v1_response_200_dashboards_type_0_item_widgets_type_0_item_type",
    "ListDeploymentsV1Response200": ".list_deployments_v1_response_200",
    "ListDeploymentsV1Response200DataType0Item": ".list_deployments_v1_response_200_data_type_0_item",
    "ListDeploymentsV1Response200DataType0ItemErrorType0": ".list_deployments_v1_response_200_data_type_0_item_error_type_0",
    "ListDeploymentsV1Response200DataType0ItemGitType0": ".list_deployments_v1_response_200_data_type_0_item_git_type_0",
    "ListDeploymentsV1Response200DataType0ItemStatus": ".list_deployments_v1_response_200_data_type_0_item_status",
    "ListDeploymentsV1Response200PaginationType0": ".list_deployments_v1_response_200_pagination_type_0",
    "ListDeploymentsV1Status": ".list_deployments_v1_status",
    "ListErrorsResult": ".list_errors_result",
    "ListErrorsResultPaginationType0": ".list_errors_result_pagination_type_0",
    "ListErrorsV1FilterstatusItem": ".list_errors_v1_filterstatus_item",
    "ListProjectRunsV1Filterenv": ".list_project_runs_v1_filterenv",
    "ListProjectRunsV1FilterstatusItem": ".list_project_runs_v1_filterstatus_item",
    "ListQueuesResult": ".list_queues_result",
    "ListQueuesResultPagination": ".list_queues_result_pagination",
    "ListRunItem": ".list_run_item",
    "ListRunItemEnv": ".list_run_item_env",
    "ListRunItemMetadataType0": ".list_run_item_metadata_type_0",
    "ListRunItemStatus": ".list_run_item_status",
    "ListRunsResult": ".list_runs_result",
    "ListRunsResultPaginationType0": ".list_runs_result_pagination_type_0",
    "ListRunsV1FilterstatusItem": ".list_runs_v1_filterstatus_item",
    "ListSchedulesResult": ".list_schedules_result",
    "ListSchedulesResultPaginationType0": ".list_schedules_result_pagination_type_0",
    "ListSessionsResult": ".list_sessions_result",
    "ListSessionsResultPaginationType0": ".list_sessions_result_pagination_type_0",
    "ListSessionsV1FilterstatusItem": ".list_sessions_v1_filterstatus_item",
    "ListWaitpointTokensResult": ".list_waitpoint_tokens_result",
    "ListWaitpointTokensResultPagination": ".list_waitpoint_tokens_result_pagination",
    "OverrideQueueConcurrencyV1Body": ".override_queue_concurrency_v1_body",
    "OverrideQueueConcurrencyV1BodyType": ".override_queue_concurrency_v1_body_type",
    "PauseQueueV1Body": ".pause_queue_v1_body",
    "PauseQueueV1BodyAction": ".pause_queue_v1_body_action",
    "PauseQueueV1BodyType": ".pause_queue_v1_body_type",
    "PromoteDeploymentV1Response200": ".promote_deployment_v1_response_200",
    "PromoteDeploymentV1Response400": ".promote_deployment_v1_response_400",
    "QueueObject": ".queue_object",
    "QueueObjectConcurrencyType0": ".queue_object_concurrency_type_0",
    "QueueObjectType": ".queue_object_type",
    "QueueOptions": ".queue_options",
    "QueueTypeName": ".queue_type_name",
    "QueueTypeNameType": ".queue_type_name_type",
    "ReplayByFilter": ".replay_by_filter",
    "ReplayByFilterAction": ".replay_by_filter_action",
    "ReplayByRunIDs": ".replay_by_run_i_ds",
    "ReplayByRunIDsAction": ".replay_by_run_i_ds_action",
    "ReplayRunV1Response200": ".replay_run_v1_response_200",
    "ReplayRunV1Response400": ".replay_run_v1_response_400",
    "ReplayRunV1Response400Error": ".replay_run_v1_response_400_error",
    "ReplayRunV1Response401": ".replay_run_v1_response_401",
    "ReplayRunV1Response401Error": ".replay_run_v1_response_401_error",
    "ReplayRunV1Response404": ".replay_run_v1_response_404",
    "ReplayRunV1Response404Error": ".replay_run_v1_response_404_error",
    "RescheduleRunRequestBody": ".reschedule_run_request_body",
    "RescheduleRunV1Response400": ".reschedule_run_v1_response_400",
    "RescheduleRunV1Response400Error": ".reschedule_run_v1_response_400_error",
    "RescheduleRunV1Response401": ".reschedule_run_v1_response_401",
    "RescheduleRunV1Response401Error": ".reschedule_run_v1_response_401_error",
    "RescheduleRunV1Response404": ".reschedule_run_v1_response_404",
    "RescheduleRunV1Response404Error": ".reschedule_run_v1_response_404_error",
    "ResetIdempotencyKeyV1Body": ".reset_idempotency_key_v1_body",
    "ResetIdempotencyKeyV1Response200": ".reset_idempotency_key_v1_response_200",
    "ResetQueueConcurrencyV1Body": ".reset_queue_concurrency_v1_body",
    "ResetQueueConcurrencyV1BodyType": ".reset_queue_concurrency_v1_body_type",
    "ResolveErrorV1Body": ".resolve_error_v1_body",
    "RetrieveBatchV1Response200": ".retrieve_batch_v1_response_200",
    "RetrieveBatchV1Response200ErrorsType0Item": ".retrieve_batch_v1_response_200_errors_type_0_item",
    "RetrieveBatchV1Response200ErrorsType0ItemErrorType0": ".retrieve_batch_v1_response_200_errors_type_0_item_error_type_0",
    "RetrieveBatchV1Response200ProcessingType0": ".retrieve_batch_v1_response_200_processing_type_0",
    "RetrieveBatchV1Response200ProcessingType0ErrorsType0Item": ".retrieve_batch_v1_response_200_processing_type_0_errors_type_0_item",
    "RetrieveBatchV1Response200Status": ".retrieve_batch_v1_response_200_status",
    "RetrieveBatchV2Response": ".retrieve_batch_v2_response",
    "RetrieveBatchV2ResponseProcessing": ".retrieve_batch_v2_response_processing",
    "RetrieveBatchV2ResponseProcessingErrorsItem": ".retrieve_batch_v2_response_processing_errors_item",
    "RetrieveBatchV2ResponseStatus": ".retrieve_batch_v2_response_status",
    "RetrieveQueueV1Type": ".retrieve_queue_v1_type",
    "RetrieveRunResponse": ".retrieve_run_response",
    "RetrieveRunResponseAttemptsType0Item": ".retrieve_run_response_attempts_type_0_item",
    "RetrieveRunResponseAttemptsType0ItemStatus": ".retrieve_run_response_attempts_type_0_item_status",
    "RetrieveRunResponseRelatedRunsType0": ".retrieve_run_response_related_runs_type_0",
    "RetrieveRunResponseScheduleType0": ".retrieve_run_response_schedule_type_0",
    "RetrieveRunResponseScheduleType0Generator": ".retrieve_run_response_schedule_type_0_generator",
    "RetrieveRunResponseScheduleType0GeneratorType": ".retrieve_run_response_schedule_type_0_generator_type",
    "RetrieveRunV1Response400": ".retrieve_run_v1_response_400",
    "RetrieveRunV1Response400Error": ".retrieve_run_v1_response_400_error",
    "RetrieveRunV1Response401": ".retrieve_run_v1_response_401",
    "RetrieveRunV1Response401Error": ".retrieve_run_v1_response_401_error",
    "RetrieveRunV1Response404": ".retrieve_run_v1_response_404",
    "RetrieveRunV1Response404Error": ".retrieve_run_v1_response_404_error",
    "ScheduleEnvironment": ".schedule_environment",
    "ScheduleObject": ".schedule_object",
    "ScheduleObjectGenerator": ".schedule_object_generator",
    "ScheduleObjectGeneratorType": ".schedule_object_generator_type",
    "SerializedError": ".serialized_error",
    "SessionObject": ".session_object",
    "SessionObjectMetadataType0": ".session_object_metadata_type_0",
    "SessionTriggerConfig": ".session_trigger_config",
    "SessionTriggerConfigBasePayload": ".session_trigger_config_base_payload",
    "SessionsFilter": ".sessions_filter",
    "SessionsFilterCreatedAt": ".sessions_filter_created_at",
    "SessionsFilterStatusItem": ".sessions_filter_status_item",
    "SpanDetailedSummary": ".span_detailed_summary",
    "SpanDetailedSummaryDataType0": ".span_detailed_summary_data_type_0",
    "SpanDetailedSummaryDataType0EventsType0Item": ".span_detailed_summary_data_type_0_events_type_0_item",
    "SpanDetailedSummaryDataType0EventsType0ItemPropertiesType0": ".span_detailed_summary_data_type_0_events_type_0_item_properties_type_0",
    "SpanDetailedSummaryDataType0Level": ".span_detailed_summary_data_type_0_level",
    "SpanDetailedSummaryDataType0PropertiesType0": ".span_detailed_summary_data_type_0_properties_type_0",
    "StreamBatchItemsResponse": ".stream_batch_items_response",
    "SucceedResponse": ".succeed_response",
    "TriggerTaskRequestBody": ".trigger_task_request_body",
    "TriggerTaskRequestBodyOptions": ".trigger_task_request_body_options",
    "TriggerTaskRequestBodyOptionsDebounce": ".trigger_task_request_body_options_debounce",
    "TriggerTaskRequestBodyOptionsDebounceMode": ".trigger_task_request_body_options_debounce_mode",
    "TriggerTaskRequestBodyOptionsIdempotencyKeyOptions": ".trigger_task_request_body_options_idempotency_key_options",
    "TriggerTaskRequestBodyOptionsIdempotencyKeyOptionsScope": ".trigger_task_request_body_options_idempotency_key_options_scope",
    "TriggerTaskRequestBodyOptionsMachine": ".trigger_task_request_body_options_machine",
    "TriggerTaskRequestBodyOptionsMetadata": ".trigger_task_request_body_options_metadata",
    "TriggerTaskResponse": ".trigger_task_response",
    "UpdateRunMetadataV1Body": ".update_run_metadata_v1_body",
    "UpdateRunMetadataV1BodyMetadata": ".update_run_metadata_v1_body_metadata",
    "UpdateRunMetadataV1Response200": ".update_run_metadata_v1_response_200",
    "UpdateRunMetadataV1Response200MetadataType0": ".update_run_metadata_v1_response_200_metadata_type_0",
    "UpdateRunMetadataV1Response400": ".update_run_metadata_v1_response_400",
    "UpdateRunMetadataV1Response400Error": ".update_run_metadata_v1_response_400_error",
    "UpdateRunMetadataV1Response401": ".update_run_metadata_v1_response_401",
    "UpdateRunMetadataV1Response401Error": ".update_run_metadata_v1_response_401_error",
    "UpdateRunMetadataV1Response404": ".update_run_metadata_v1_response_404",
    "UpdateRunMetadataV1Response404Error": ".update_run_metadata_v1_response_404_error",
    "UpdateScheduleOptions": ".update_schedule_options",
    "UpdateSessionRequestBody": ".update_session_request_body",
    "UpdateSessionRequestBodyMetadataType0": ".update_session_request_body_metadata_type_0",
    "UploadProjectEnvvarsV1Body": ".upload_project_envvars_v1_body",
    "UploadProjectEnvvarsV1BodyParentVariables": ".upload_project_envvars_v1_body_parent_variables",
    "UploadProjectEnvvarsV1BodyVariables": ".upload_project_envvars_v1_body_variables",
    "UploadProjectEnvvarsV1Response401": ".upload_project_envvars_v1_response_401",
    "UploadProjectEnvvarsV1Response404": ".upload_project_envvars_v1_response_404",
    "WaitpointTokenObject": ".waitpoint_token_object",
    "WaitpointTokenObjectStatus": ".waitpoint_token_object_status",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "AbortBulkActionResponse",
    "AddRunTagsV1Body",
    "AddRunTagsV1Response200",
    "AddRunTagsV1Response400",
    "AddRunTagsV1Response401",
    "AddRunTagsV1Response401Error",
    "AddRunTagsV1Response422",
    "BatchTriggerRequestBody",
    "BatchTriggerTaskByIdV1Body",
    "BatchTriggerTaskRequestBodyItem",
    "BatchTriggerTaskResponse",
    "BatchTriggerTaskV2Response",
    "BatchTriggerTaskV2ResponseRunsItem",
    "BatchTriggerV2RequestBody",
    "BulkActionFilter",
    "BulkActionFilterStatusType0",
    "BulkActionFilterStatusType1Item",
    "BulkActionObject",
    "BulkActionObjectCounts",
    "BulkActionObjectStatus",
    "BulkActionObjectType",
    "CancelByFilter",
    "CancelByFilterAction",
    "CancelByRunIDs",
    "CancelByRunIDsAction",
    "CancelRunV1Response200",
    "CancelRunV1Response400",
    "CancelRunV1Response400Error",
    "CancelRunV1Response401",
    "CancelRunV1Response401Error",
    "CancelRunV1Response404",
    "CancelRunV1Response404Error",
    "CloseSessionRequestBody",
    "CommonRunObject",
    "CommonRunObjectMetadataType0",
    "CommonRunObjectStatus",
    "CommonRunObjectTriggerFunction",
    "CommonRunsFilter",
    "CommonRunsFilterCreatedAt",
    "CommonRunsFilterStatusItem",
    "CompleteWaitpointTokenCallbackV1Body",
    "CompleteWaitpointTokenRequest",
    "CompleteWaitpointTokenResponse",
    "CreateBatchRequestBody",
    "CreateBatchRequestBodyIdempotencyKeyOptions",
    "CreateBatchRequestBodyIdempotencyKeyOptionsScope",
    "CreateBatchResponse",
    "CreateBulkActionResponse",
    "CreateJwtClaimsV1Response200",
    "CreateProjectEnvvarV1Response401",
    "CreateProjectEnvvarV1Response404",
    "CreatePublicTokenV1Body",
    "CreatePublicTokenV1BodyRealtime",
    "CreatePublicTokenV1Response200",
    "CreateScheduleOptions",
    "CreateSessionRequestBody",
    "CreateSessionRequestBodyMetadata",
    "CreateUploadPayloadUrlV2Response200",
    "CreateWaitpointTokenRequest",
    "CreateWaitpointTokenResponse",
    "CreatedSessionResponseBody",
    "CurrentDeployment",
    "CurrentDeploymentErrorType0",
    "CurrentDeploymentGitType0",
    "CurrentDeploymentStatus",
    "DeleteScheduleV1Response200",
    "EnvFilter",
    "EnvFilterEnvItem",
    "EnvVar",
    "EnvVarValue",
    "ErrorListItem",
    "ErrorListItemStatus",
    "ErrorObject",
    "ErrorObjectStatus",
    "ErrorResponse",
    "ErrorWithDetailsResponse",
    "ErrorWithDetailsResponseDetailsType0Item",
    "ErrorsFilter",
    "ErrorsFilterStatusItem",
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
    "GetBatchResultsV1Response200",
    "GetBatchResultsV1Response200ItemsType0Item",
    "GetBatchResultsV1Response200ItemsType0ItemErrorType0",
    "GetBatchResultsV1Response200ItemsType0ItemUsageType0",
    "GetDeploymentV1Response200",
    "GetDeploymentV1Response200ErrorDataType0",
    "GetDeploymentV1Response200ExternalBuildDataType0",
    "GetDeploymentV1Response200Status",
    "GetDeploymentV1Response200WorkerType0",
    "GetDeploymentV1Response200WorkerType0TasksType0Item",
    "GetLatestDeploymentV1Response200",
    "GetLatestDeploymentV1Response200ErrorDataType0",
    "GetLatestDeploymentV1Response200Status",
    "GetQuerySchemaV1Response200",
    "GetQuerySchemaV1Response200TablesType0Item",
    "GetQuerySchemaV1Response200TablesType0ItemColumnsType0Item",
    "GetRunEventsV1Response200",
    "GetRunEventsV1Response200EventsType0Item",
    "GetRunEventsV1Response200EventsType0ItemEventsType0Item",
    "GetRunEventsV1Response200EventsType0ItemEventsType0ItemPropertiesType0",
    "GetRunEventsV1Response200EventsType0ItemKind",
    "GetRunEventsV1Response200EventsType0ItemLevel",
    "GetRunEventsV1Response200EventsType0ItemStyleType0",
    "GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0",
    "GetRunEventsV1Response200EventsType0ItemStyleType0AccessoryType0Style",
    "GetRunEventsV1Response401",
    "GetRunEventsV1Response401Error",
    "GetRunEventsV1Response404",
    "GetRunEventsV1Response404Error",
    "GetRunResultV1Response200",
    "GetRunResultV1Response200ErrorType0",
    "GetRunResultV1Response200UsageType0",
    "GetRunResultV1Response401",
    "GetRunResultV1Response401Error",
    "GetRunResultV1Response404",
    "GetRunResultV1Response404Error",
    "GetRunTraceV1Response200",
    "GetRunTraceV1Response200TraceType0",
    "GetRunTraceV1Response401",
    "GetRunTraceV1Response401Error",
    "GetRunTraceV1Response404",
    "GetRunTraceV1Response404Error",
    "GetTimezonesResult",
    "IgnoreErrorV1Body",
    "InvalidEnvVarsRequestResponse",
    "InvalidEnvVarsRequestResponseIssuesType0Item",
    "InvalidEnvVarsRequestResponseVariableErrorsType0Item",
    "ListBulkActionsResult",
    "ListBulkActionsResultPagination",
    "ListDashboardsV1Response200",
    "ListDashboardsV1Response200DashboardsType0Item",
    "ListDashboardsV1Response200DashboardsType0ItemWidgetsType0Item",
    "ListDashboardsV1Response200DashboardsType0ItemWidgetsType0ItemType",
    "ListDeploymentsV1Response200",
    "ListDeploymentsV1Response200DataType0Item",
    "ListDeploymentsV1Response200DataType0ItemErrorType0",
    "ListDeploymentsV1Response200DataType0ItemGitType0",
    "ListDeploymentsV1Response200DataType0ItemStatus",
    "ListDeploymentsV1Response200PaginationType0",
    "ListDeploymentsV1Status",
    "ListErrorsResult",
    "ListErrorsResultPaginationType0",
    "ListErrorsV1FilterstatusItem",
    "ListProjectRunsV1Filterenv",
    "ListProjectRunsV1FilterstatusItem",
    "ListQueuesResult",
    "ListQueuesResultPagination",
    "ListRunItem",
    "ListRunItemEnv",
    "ListRunItemMetadataType0",
    "ListRunItemStatus",
    "ListRunsResult",
    "ListRunsResultPaginationType0",
    "ListRunsV1FilterstatusItem",
    "ListSchedulesResult",
    "ListSchedulesResultPaginationType0",
    "ListSessionsResult",
    "ListSessionsResultPaginationType0",
    "ListSessionsV1FilterstatusItem",
    "ListWaitpointTokensResult",
    "ListWaitpointTokensResultPagination",
    "OverrideQueueConcurrencyV1Body",
    "OverrideQueueConcurrencyV1BodyType",
    "PauseQueueV1Body",
    "PauseQueueV1BodyAction",
    "PauseQueueV1BodyType",
    "PromoteDeploymentV1Response200",
    "PromoteDeploymentV1Response400",
    "QueueObject",
    "QueueObjectConcurrencyType0",
    "QueueObjectType",
    "QueueOptions",
    "QueueTypeName",
    "QueueTypeNameType",
    "ReplayByFilter",
    "ReplayByFilterAction",
    "ReplayByRunIDs",
    "ReplayByRunIDsAction",
    "ReplayRunV1Response200",
    "ReplayRunV1Response400",
    "ReplayRunV1Response400Error",
    "ReplayRunV1Response401",
    "ReplayRunV1Response401Error",
    "ReplayRunV1Response404",
    "ReplayRunV1Response404Error",
    "RescheduleRunRequestBody",
    "RescheduleRunV1Response400",
    "RescheduleRunV1Response400Error",
    "RescheduleRunV1Response401",
    "RescheduleRunV1Response401Error",
    "RescheduleRunV1Response404",
    "RescheduleRunV1Response404Error",
    "ResetIdempotencyKeyV1Body",
    "ResetIdempotencyKeyV1Response200",
    "ResetQueueConcurrencyV1Body",
    "ResetQueueConcurrencyV1BodyType",
    "ResolveErrorV1Body",
    "RetrieveBatchV1Response200",
    "RetrieveBatchV1Response200ErrorsType0Item",
    "RetrieveBatchV1Response200ErrorsType0ItemErrorType0",
    "RetrieveBatchV1Response200ProcessingType0",
    "RetrieveBatchV1Response200ProcessingType0ErrorsType0Item",
    "RetrieveBatchV1Response200Status",
    "RetrieveBatchV2Response",
    "RetrieveBatchV2ResponseProcessing",
    "RetrieveBatchV2ResponseProcessingErrorsItem",
    "RetrieveBatchV2ResponseStatus",
    "RetrieveQueueV1Type",
    "RetrieveRunResponse",
    "RetrieveRunResponseAttemptsType0Item",
    "RetrieveRunResponseAttemptsType0ItemStatus",
    "RetrieveRunResponseRelatedRunsType0",
    "RetrieveRunResponseScheduleType0",
    "RetrieveRunResponseScheduleType0Generator",
    "RetrieveRunResponseScheduleType0GeneratorType",
    "RetrieveRunV1Response400",
    "RetrieveRunV1Response400Error",
    "RetrieveRunV1Response401",
    "RetrieveRunV1Response401Error",
    "RetrieveRunV1Response404",
    "RetrieveRunV1Response404Error",
    "ScheduleEnvironment",
    "ScheduleObject",
    "ScheduleObjectGenerator",
    "ScheduleObjectGeneratorType",
    "SerializedError",
    "SessionObject",
    "SessionObjectMetadataType0",
    "SessionTriggerConfig",
    "SessionTriggerConfigBasePayload",
    "SessionsFilter",
    "SessionsFilterCreatedAt",
    "SessionsFilterStatusItem",
    "SpanDetailedSummary",
    "SpanDetailedSummaryDataType0",
    "SpanDetailedSummaryDataType0EventsType0Item",
    "SpanDetailedSummaryDataType0EventsType0ItemPropertiesType0",
    "SpanDetailedSummaryDataType0Level",
    "SpanDetailedSummaryDataType0PropertiesType0",
    "StreamBatchItemsResponse",
    "SucceedResponse",
    "TriggerTaskRequestBody",
    "TriggerTaskRequestBodyOptions",
    "TriggerTaskRequestBodyOptionsDebounce",
    "TriggerTaskRequestBodyOptionsDebounceMode",
    "TriggerTaskRequestBodyOptionsIdempotencyKeyOptions",
    "TriggerTaskRequestBodyOptionsIdempotencyKeyOptionsScope",
    "TriggerTaskRequestBodyOptionsMachine",
    "TriggerTaskRequestBodyOptionsMetadata",
    "TriggerTaskResponse",
    "UpdateRunMetadataV1Body",
    "UpdateRunMetadataV1BodyMetadata",
    "UpdateRunMetadataV1Response200",
    "UpdateRunMetadataV1Response200MetadataType0",
    "UpdateRunMetadataV1Response400",
    "UpdateRunMetadataV1Response400Error",
    "UpdateRunMetadataV1Response401",
    "UpdateRunMetadataV1Response401Error",
    "UpdateRunMetadataV1Response404",
    "UpdateRunMetadataV1Response404Error",
    "UpdateScheduleOptions",
    "UpdateSessionRequestBody",
    "UpdateSessionRequestBodyMetadataType0",
    "UploadProjectEnvvarsV1Body",
    "UploadProjectEnvvarsV1BodyParentVariables",
    "UploadProjectEnvvarsV1BodyVariables",
    "UploadProjectEnvvarsV1Response401",
    "UploadProjectEnvvarsV1Response404",
    "WaitpointTokenObject",
    "WaitpointTokenObjectStatus",
)
