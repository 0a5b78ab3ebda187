"""trigger_client: the Python client for the Trigger.dev Management and Realtime APIs.

Example::

    from trigger_client import TriggerClient

    with TriggerClient() as client:  # reads TRIGGER_SECRET_KEY
        handle = client.tasks.trigger("send-email", {"to": "ada@example.com"})
        for run in client.runs.list(status=["FAILED"], period="1d"):
            client.runs.cancel(run.id)
"""

import importlib
from typing import TYPE_CHECKING, Any

from trigger_client._client import AsyncTriggerClient, TriggerClient
from trigger_client._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    PollTimeoutError,
    ResponseTooLargeError,
    RunFailedError,
    TriggerError,
    ValidationError,
)
from trigger_client._http.metrics import Metrics, MetricsSnapshot
from trigger_client._operation import RawResponse
from trigger_client._status_errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from trigger_client._version import __version__

# Names whose modules pull in resources, generated endpoints and models, or are not needed until a hook fires or
# a listing starts, are imported on first use (PEP 562), so `import trigger_client` stays cheap.
_LAZY = {
    "AiohttpTransport": "_http.aiohttp",
    "ErrorEvent": "_http.events",
    "RequestEvent": "_http.events",
    "ResponseEvent": "_http.events",
    "RetryEvent": "_http.events",
    "AsyncPaginator": "_pagination",
    "Page": "_pagination",
    "SyncPaginator": "_pagination",
    "BatchItemResult": "_batching",
    "BatchTriggerResult": "_batching",
    "AsyncProjects": "_projects",
    "Profile": "_profiles",
    "ProfileError": "_profiles",
    "ProjectResult": "_projects",
    "Projects": "_projects",
    "load_profiles": "_profiles",
    "AsyncSubscription": "_realtime",
    "RealtimeRun": "_realtime",
    "RunError": "_realtime",
    "StreamChunk": "_realtime",
    "Subscription": "_realtime",
    "SharedRateLimit": "_http.shared_limit",
    "EnvVarDiff": "resources.envvars",
    "QueueRef": "resources.queues",
    "RunFilters": "resources.runs",
    "ScheduleOptions": "resources.schedules",
    "BatchItem": "resources.tasks",
    "TriggerOptions": "resources.tasks",
}

if TYPE_CHECKING:
    from trigger_client._batching import BatchItemResult, BatchTriggerResult
    from trigger_client._http.aiohttp import AiohttpTransport
    from trigger_client._http.events import ErrorEvent, RequestEvent, ResponseEvent, RetryEvent
    from trigger_client._http.shared_limit import SharedRateLimit
    from trigger_client._pagination import AsyncPaginator, Page, SyncPaginator
    from trigger_client._profiles import Profile, ProfileError, load_profiles
    from trigger_client._projects import AsyncProjects, ProjectResult, Projects
    from trigger_client._realtime import AsyncSubscription, RealtimeRun, RunError, StreamChunk, Subscription
    from trigger_client.resources._run_filters import RunFilters
    from trigger_client.resources.envvars import EnvVarDiff
    from trigger_client.resources.queues import QueueRef
    from trigger_client.resources.schedules import ScheduleOptions
    from trigger_client.resources.tasks import BatchItem, TriggerOptions


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"trigger_client.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AiohttpTransport",
    "AsyncPaginator",
    "AsyncProjects",
    "AsyncSubscription",
    "AsyncTriggerClient",
    "AuthenticationError",
    "BadRequestError",
    "BatchItem",
    "BatchItemResult",
    "BatchTriggerResult",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "EnvVarDiff",
    "ErrorEvent",
    "InternalServerError",
    "Metrics",
    "MetricsSnapshot",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "PollTimeoutError",
    "Profile",
    "ProfileError",
    "ProjectResult",
    "Projects",
    "QueueRef",
    "RateLimitError",
    "RawResponse",
    "RealtimeRun",
    "RequestEvent",
    "ResponseEvent",
    "ResponseTooLargeError",
    "RetryEvent",
    "RunError",
    "RunFailedError",
    "RunFilters",
    "ScheduleOptions",
    "SharedRateLimit",
    "StreamChunk",
    "Subscription",
    "SyncPaginator",
    "TriggerClient",
    "TriggerError",
    "TriggerOptions",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
    "load_profiles",
]
