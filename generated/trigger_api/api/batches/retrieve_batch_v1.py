from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.retrieve_batch_v1_response_200 import RetrieveBatchV1Response200
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    batch_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/batches/{batch_id}".format(
            batch_id=errors.path_segment(batch_id, "batch_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RetrieveBatchV1Response200 | None:
    if response.status_code == 200:
        response_200 = RetrieveBatchV1Response200.from_dict(loads_json(response.content))

        return response_200

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
) -> Response[ErrorResponse | RetrieveBatchV1Response200]:
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
) -> Response[ErrorResponse | RetrieveBatchV1Response200]:
    """Retrieve a batch

     Retrieve a batch by its ID, including its status and the IDs of all runs in the batch.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RetrieveBatchV1Response200]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RetrieveBatchV1Response200 | None:
    """Retrieve a batch

     Retrieve a batch by its ID, including its status and the IDs of all runs in the batch.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RetrieveBatchV1Response200
    """

    return sync_detailed(
        batch_id=batch_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | RetrieveBatchV1Response200]:
    """Retrieve a batch

     Retrieve a batch by its ID, including its status and the IDs of all runs in the batch.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RetrieveBatchV1Response200]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RetrieveBatchV1Response200 | None:
    """Retrieve a batch

     Retrieve a batch by its ID, including its status and the IDs of all runs in the batch.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RetrieveBatchV1Response200
    """

    return (
        await asyncio_detailed(
            batch_id=batch_id,
            client=client,
        )
    ).parsed


def build(
    batch_id: str,
) -> ApiRequest[RetrieveBatchV1Response200]:
    """The request of `GET /api/v1/batches/{batch_id}` (Retrieve a batch), with its success parser.

    Example::

        request = retrieve_batch_v1.build(...)
    """
    return ApiRequest(
        "retrieve_batch_v1",
        lambda: _get_kwargs(
            batch_id=batch_id,
        ),
        _parse_success,
        "/api/v1/batches/{batch_id}",
    )


def _parse_success(response: httpx.Response) -> RetrieveBatchV1Response200:
    if response.status_code == 200:
        response_200 = RetrieveBatchV1Response200.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of retrieve_batch_v1")
