from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_by_filter import CancelByFilter
from ...models.cancel_by_run_i_ds import CancelByRunIDs
from ...models.created_bulk_action import CreatedBulkAction
from ...models.error_response import ErrorResponse
from ...models.replay_by_filter import ReplayByFilter
from ...models.replay_by_run_i_ds import ReplayByRunIDs
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    *,
    body: CancelByFilter | CancelByRunIDs | ReplayByFilter | ReplayByRunIDs,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/bulk-actions",
    }

    if isinstance(body, CancelByFilter) or isinstance(body, CancelByRunIDs) or isinstance(body, ReplayByFilter):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreatedBulkAction | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = CreatedBulkAction.from_dict(loads_json(response.content))

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

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
) -> Response[Any | CreatedBulkAction | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CancelByFilter | CancelByRunIDs | ReplayByFilter | ReplayByRunIDs,
) -> Response[Any | CreatedBulkAction | ErrorResponse]:
    """Create bulk action

     Create an asynchronous bulk action to cancel or replay runs selected by run IDs or filters.

    Args:
        body (CancelByFilter | CancelByRunIDs | ReplayByFilter | ReplayByRunIDs):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatedBulkAction | ErrorResponse]
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
    body: CancelByFilter | CancelByRunIDs | ReplayByFilter | ReplayByRunIDs,
) -> Any | CreatedBulkAction | ErrorResponse | None:
    """Create bulk action

     Create an asynchronous bulk action to cancel or replay runs selected by run IDs or filters.

    Args:
        body (CancelByFilter | CancelByRunIDs | ReplayByFilter | ReplayByRunIDs):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatedBulkAction | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CancelByFilter | CancelByRunIDs | ReplayByFilter | ReplayByRunIDs,
) -> Response[Any | CreatedBulkAction | ErrorResponse]:
    """Create bulk action

     Create an asynchronous bulk action to cancel or replay runs selected by run IDs or filters.

    Args:
        body (CancelByFilter | CancelByRunIDs | ReplayByFilter | ReplayByRunIDs):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatedBulkAction | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CancelByFilter | CancelByRunIDs | ReplayByFilter | ReplayByRunIDs,
) -> Any | CreatedBulkAction | ErrorResponse | None:
    """Create bulk action

     Create an asynchronous bulk action to cancel or replay runs selected by run IDs or filters.

    Args:
        body (CancelByFilter | CancelByRunIDs | ReplayByFilter | ReplayByRunIDs):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatedBulkAction | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build(
    *,
    body: CancelByFilter | CancelByRunIDs | ReplayByFilter | ReplayByRunIDs,
) -> ApiRequest[CreatedBulkAction]:
    """The request of `POST /api/v1/bulk-actions` (Create bulk action), with its success parser.

    Example::

        request = create_bulk_action_v1.build(...)
    """
    return ApiRequest(
        "create_bulk_action_v1",
        lambda: _get_kwargs(
            body=body,
        ),
        _parse_success,
        "/api/v1/bulk-actions",
    )


def _parse_success(response: httpx.Response) -> CreatedBulkAction:
    if response.status_code == 202:
        response_202 = CreatedBulkAction.from_dict(loads_json(response.content))

        return response_202

    raise ValueError(f"status {response.status_code} is not a documented success of create_bulk_action_v1")
