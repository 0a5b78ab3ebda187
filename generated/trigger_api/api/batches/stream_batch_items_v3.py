from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.stream_batch_items_response import StreamBatchItemsResponse
from ...types import ApiRequest, File, Response, loads_json


def _get_kwargs(
    batch_id: str,
    *,
    body: File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/batches/{batch_id}/items".format(
            batch_id=errors.path_segment(batch_id, "batch_id"),
        ),
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/x-ndjson"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StreamBatchItemsResponse | None:
    if response.status_code == 200:
        response_200 = StreamBatchItemsResponse.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(loads_json(response.content))

        return response_415

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(loads_json(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | StreamBatchItemsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Response[ErrorResponse | StreamBatchItemsResponse]:
    """Stream a batch's items (phase 2 of 2)

     One JSON item `{index, task, payload, options}` per line; re-sent items are deduplicated.

    Args:
        batch_id (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StreamBatchItemsResponse]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    batch_id: str,
    *,
    client: AuthenticatedClient,
    body: File,
) -> ErrorResponse | StreamBatchItemsResponse | None:
    """Stream a batch's items (phase 2 of 2)

     One JSON item `{index, task, payload, options}` per line; re-sent items are deduplicated.

    Args:
        batch_id (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StreamBatchItemsResponse
    """

    return sync_detailed(
        batch_id=batch_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Response[ErrorResponse | StreamBatchItemsResponse]:
    """Stream a batch's items (phase 2 of 2)

     One JSON item `{index, task, payload, options}` per line; re-sent items are deduplicated.

    Args:
        batch_id (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StreamBatchItemsResponse]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    batch_id: str,
    *,
    client: AuthenticatedClient,
    body: File,
) -> ErrorResponse | StreamBatchItemsResponse | None:
    """Stream a batch's items (phase 2 of 2)

     One JSON item `{index, task, payload, options}` per line; re-sent items are deduplicated.

    Args:
        batch_id (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StreamBatchItemsResponse
    """

    return (
        await asyncio_detailed(
            batch_id=batch_id,
            client=client,
            body=body,
        )
    ).parsed


def build(
    batch_id: str,
    *,
    body: File,
) -> ApiRequest[StreamBatchItemsResponse]:
    """The request of `POST /api/v3/batches/{batch_id}/items` (Stream a batch's items (phase 2 of 2)), with its success parser.

    Example::

        request = stream_batch_items_v3.build(...)
    """
    return ApiRequest(
        "stream_batch_items_v3",
        lambda: _get_kwargs(
            batch_id=batch_id,
            body=body,
        ),
        _parse_success,
        "/api/v3/batches/{batch_id}/items",
    )


def _parse_success(response: httpx.Response) -> StreamBatchItemsResponse:
    if response.status_code == 200:
        response_200 = StreamBatchItemsResponse.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of stream_batch_items_v3")
