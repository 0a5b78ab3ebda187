from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_trigger_task_v2_batch_processing_strategy import (
    BatchTriggerTaskV2BatchProcessingStrategy,
)
from ...models.batch_trigger_v3_request_body import BatchTriggerV3RequestBody
from ...models.batch_trigger_v3_response import BatchTriggerV3Response
from ...models.error_response import ErrorResponse
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    *,
    body: BatchTriggerV3RequestBody,
    batch_processing_strategy: BatchTriggerTaskV2BatchProcessingStrategy | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(batch_processing_strategy, Unset):
        headers["batch-processing-strategy"] = str(batch_processing_strategy)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/tasks/batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchTriggerV3Response | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = BatchTriggerV3Response.from_dict(loads_json(response.content))

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(loads_json(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchTriggerV3Response | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchTriggerV3RequestBody,
    batch_processing_strategy: BatchTriggerTaskV2BatchProcessingStrategy | Unset = UNSET,
) -> Response[BatchTriggerV3Response | ErrorResponse]:
    """Batch trigger tasks in one request (the pre-4.3 SDK batch API)

     The one-request batch API the SDK's ApiClient keeps for older callers. The high-level client has no
    method for it: `client.tasks.batch_trigger` uses the two-phase batch API (`POST /api/v3/batches` and
    its item stream), as the SDK's public batch functions do.

    Args:
        batch_processing_strategy (BatchTriggerTaskV2BatchProcessingStrategy | Unset):
        body (BatchTriggerV3RequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchTriggerV3Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        batch_processing_strategy=batch_processing_strategy,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BatchTriggerV3RequestBody,
    batch_processing_strategy: BatchTriggerTaskV2BatchProcessingStrategy | Unset = UNSET,
) -> BatchTriggerV3Response | ErrorResponse | None:
    """Batch trigger tasks in one request (the pre-4.3 SDK batch API)

     The one-request batch API the SDK's ApiClient keeps for older callers. The high-level client has no
    method for it: `client.tasks.batch_trigger` uses the two-phase batch API (`POST /api/v3/batches` and
    its item stream), as the SDK's public batch functions do.

    Args:
        batch_processing_strategy (BatchTriggerTaskV2BatchProcessingStrategy | Unset):
        body (BatchTriggerV3RequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchTriggerV3Response | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        batch_processing_strategy=batch_processing_strategy,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchTriggerV3RequestBody,
    batch_processing_strategy: BatchTriggerTaskV2BatchProcessingStrategy | Unset = UNSET,
) -> Response[BatchTriggerV3Response | ErrorResponse]:
    """Batch trigger tasks in one request (the pre-4.3 SDK batch API)

     The one-request batch API the SDK's ApiClient keeps for older callers. The high-level client has no
    method for it: `client.tasks.batch_trigger` uses the two-phase batch API (`POST /api/v3/batches` and
    its item stream), as the SDK's public batch functions do.

    Args:
        batch_processing_strategy (BatchTriggerTaskV2BatchProcessingStrategy | Unset):
        body (BatchTriggerV3RequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchTriggerV3Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        batch_processing_strategy=batch_processing_strategy,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchTriggerV3RequestBody,
    batch_processing_strategy: BatchTriggerTaskV2BatchProcessingStrategy | Unset = UNSET,
) -> BatchTriggerV3Response | ErrorResponse | None:
    """Batch trigger tasks in one request (the pre-4.3 SDK batch API)

     The one-request batch API the SDK's ApiClient keeps for older callers. The high-level client has no
    method for it: `client.tasks.batch_trigger` uses the two-phase batch API (`POST /api/v3/batches` and
    its item stream), as the SDK's public batch functions do.

    Args:
        batch_processing_strategy (BatchTriggerTaskV2BatchProcessingStrategy | Unset):
        body (BatchTriggerV3RequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchTriggerV3Response | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            batch_processing_strategy=batch_processing_strategy,
        )
    ).parsed


def build(
    *,
    body: BatchTriggerV3RequestBody,
    batch_processing_strategy: BatchTriggerTaskV2BatchProcessingStrategy | None = None,
) -> ApiRequest[BatchTriggerV3Response]:
    """The request of `POST /api/v2/tasks/batch` (Batch trigger tasks in one request (the pre-4.3 SDK batch API)), with its success parser.

    Example::

        request = batch_trigger_task_v2.build(...)
    """
    return ApiRequest(
        "batch_trigger_task_v2",
        lambda: _get_kwargs(
            body=body,
            batch_processing_strategy=batch_processing_strategy,
        ),
        _parse_success,
        "/api/v2/tasks/batch",
    )


def _parse_success(response: httpx.Response) -> BatchTriggerV3Response:
    if response.status_code == 202:
        response_202 = BatchTriggerV3Response.from_dict(loads_json(response.content))

        return response_202

    raise ValueError(f"status {response.status_code} is not a documented success of batch_trigger_task_v2")
