from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_results import BatchResults
from ...models.error_response import ErrorResponse
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    batch_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/batches/{batch_id}/results".format(
            batch_id=errors.path_segment(batch_id, "batch_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchResults | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BatchResults.from_dict(loads_json(response.content))

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
) -> Response[BatchResults | ErrorResponse]:
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
) -> Response[BatchResults | ErrorResponse]:
    """Retrieve batch results

     Returns the execution results of all completed runs in a batch. Only finished runs (successful or
    failed) are included in the items array — runs that are still executing are omitted. Returns 404 if
    the batch doesn't exist.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchResults | ErrorResponse]
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
) -> BatchResults | ErrorResponse | None:
    """Retrieve batch results

     Returns the execution results of all completed runs in a batch. Only finished runs (successful or
    failed) are included in the items array — runs that are still executing are omitted. Returns 404 if
    the batch doesn't exist.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchResults | ErrorResponse
    """

    return sync_detailed(
        batch_id=batch_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BatchResults | ErrorResponse]:
    """Retrieve batch results

     Returns the execution results of all completed runs in a batch. Only finished runs (successful or
    failed) are included in the items array — runs that are still executing are omitted. Returns 404 if
    the batch doesn't exist.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchResults | ErrorResponse]
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
) -> BatchResults | ErrorResponse | None:
    """Retrieve batch results

     Returns the execution results of all completed runs in a batch. Only finished runs (successful or
    failed) are included in the items array — runs that are still executing are omitted. Returns 404 if
    the batch doesn't exist.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchResults | ErrorResponse
    """

    return (
        await asyncio_detailed(
            batch_id=batch_id,
            client=client,
        )
    ).parsed


def build(
    batch_id: str,
) -> ApiRequest[BatchResults]:
    """The request of `GET /api/v1/batches/{batch_id}/results` (Retrieve batch results), with its success parser.

    Example::

        request = get_batch_results_v1.build(...)
    """
    return ApiRequest(
        "get_batch_results_v1",
        lambda: _get_kwargs(
            batch_id=batch_id,
        ),
        _parse_success,
        "/api/v1/batches/{batch_id}/results",
    )


def _parse_success(response: httpx.Response) -> BatchResults:
    if response.status_code == 200:
        response_200 = BatchResults.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of get_batch_results_v1")
