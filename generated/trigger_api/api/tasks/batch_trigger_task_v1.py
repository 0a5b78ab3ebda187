from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_trigger_task_v2_response import BatchTriggerTaskV2Response
from ...models.batch_trigger_v2_request_body import BatchTriggerV2RequestBody
from ...models.error_response import ErrorResponse
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    *,
    body: BatchTriggerV2RequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tasks/batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchTriggerTaskV2Response | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = BatchTriggerTaskV2Response.from_dict(loads_json(response.content))

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchTriggerTaskV2Response | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchTriggerV2RequestBody,
) -> Response[BatchTriggerTaskV2Response | ErrorResponse]:
    """Batch trigger tasks

     Batch trigger tasks with up to 1,000 payloads with SDK 4.3.1+ (500 in prior versions).

    Args:
        body (BatchTriggerV2RequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchTriggerTaskV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BatchTriggerV2RequestBody,
) -> BatchTriggerTaskV2Response | ErrorResponse | None:
    """Batch trigger tasks

     Batch trigger tasks with up to 1,000 payloads with SDK 4.3.1+ (500 in prior versions).

    Args:
        body (BatchTriggerV2RequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchTriggerTaskV2Response | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchTriggerV2RequestBody,
) -> Response[BatchTriggerTaskV2Response | ErrorResponse]:
    """Batch trigger tasks

     Batch trigger tasks with up to 1,000 payloads with SDK 4.3.1+ (500 in prior versions).

    Args:
        body (BatchTriggerV2RequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchTriggerTaskV2Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchTriggerV2RequestBody,
) -> BatchTriggerTaskV2Response | ErrorResponse | None:
    """Batch trigger tasks

     Batch trigger tasks with up to 1,000 payloads with SDK 4.3.1+ (500 in prior versions).

    Args:
        body (BatchTriggerV2RequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchTriggerTaskV2Response | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build(
    *,
    body: BatchTriggerV2RequestBody,
) -> ApiRequest[BatchTriggerTaskV2Response]:
    """The request of `POST /api/v1/tasks/batch` (Batch trigger tasks), with its success parser.

    Example::

        request = batch_trigger_task_v1.build(...)
    """
    return ApiRequest(
        "batch_trigger_task_v1",
        lambda: _get_kwargs(
            body=body,
        ),
        _parse_success,
        "/api/v1/tasks/batch",
    )


def _parse_success(response: httpx.Response) -> BatchTriggerTaskV2Response:
    if response.status_code == 202:
        response_202 = BatchTriggerTaskV2Response.from_dict(loads_json(response.content))

        return response_202

    raise ValueError(f"status {response.status_code} is not a documented success of batch_trigger_task_v1")
