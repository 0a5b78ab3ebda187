from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_batch_request_body import CreateBatchRequestBody
from ...models.create_batch_response import CreateBatchResponse
from ...models.error_response import ErrorResponse
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    *,
    body: CreateBatchRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/batches",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateBatchResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreateBatchResponse.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 202:
        response_202 = CreateBatchResponse.from_dict(loads_json(response.content))

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(loads_json(response.content))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateBatchResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBatchRequestBody,
) -> Response[CreateBatchResponse | ErrorResponse]:
    """Create a batch (phase 1 of 2)

     Creates an empty batch of `runCount` items; stream them with `stream_batch_items_v3`.

    Args:
        body (CreateBatchRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBatchResponse | ErrorResponse]
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
    body: CreateBatchRequestBody,
) -> CreateBatchResponse | ErrorResponse | None:
    """Create a batch (phase 1 of 2)

     Creates an empty batch of `runCount` items; stream them with `stream_batch_items_v3`.

    Args:
        body (CreateBatchRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBatchResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBatchRequestBody,
) -> Response[CreateBatchResponse | ErrorResponse]:
    """Create a batch (phase 1 of 2)

     Creates an empty batch of `runCount` items; stream them with `stream_batch_items_v3`.

    Args:
        body (CreateBatchRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBatchResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateBatchRequestBody,
) -> CreateBatchResponse | ErrorResponse | None:
    """Create a batch (phase 1 of 2)

     Creates an empty batch of `runCount` items; stream them with `stream_batch_items_v3`.

    Args:
        body (CreateBatchRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBatchResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build(
    *,
    body: CreateBatchRequestBody,
) -> ApiRequest[CreateBatchResponse]:
    """The request of `POST /api/v3/batches` (Create a batch (phase 1 of 2)), with its success parser.

    Example::

        request = create_batch_v3.build(...)
    """
    return ApiRequest(
        "create_batch_v3",
        lambda: _get_kwargs(
            body=body,
        ),
        _parse_success,
        "/api/v3/batches",
    )


def _parse_success(response: httpx.Response) -> CreateBatchResponse:
    if response.status_code == 200:
        response_200 = CreateBatchResponse.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 202:
        response_202 = CreateBatchResponse.from_dict(loads_json(response.content))

        return response_202

    raise ValueError(f"status {response.status_code} is not a documented success of create_batch_v3")
