from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aborted_bulk_action import AbortedBulkAction
from ...models.error_response import ErrorResponse
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    bulk_action_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/bulk-actions/{bulk_action_id}/abort".format(
            bulk_action_id=errors.path_segment(bulk_action_id, "bulk_action_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AbortedBulkAction | Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AbortedBulkAction.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AbortedBulkAction | Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bulk_action_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AbortedBulkAction | Any | ErrorResponse]:
    """Abort bulk action

     Abort a pending bulk action so it stops processing additional runs. Runs already processed by the
    action are not undone.

    Args:
        bulk_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AbortedBulkAction | Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bulk_action_id=bulk_action_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bulk_action_id: str,
    *,
    client: AuthenticatedClient,
) -> AbortedBulkAction | Any | ErrorResponse | None:
    """Abort bulk action

     Abort a pending bulk action so it stops processing additional runs. Runs already processed by the
    action are not undone.

    Args:
        bulk_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AbortedBulkAction | Any | ErrorResponse
    """

    return sync_detailed(
        bulk_action_id=bulk_action_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    bulk_action_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AbortedBulkAction | Any | ErrorResponse]:
    """Abort bulk action

     Abort a pending bulk action so it stops processing additional runs. Runs already processed by the
    action are not undone.

    Args:
        bulk_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AbortedBulkAction | Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bulk_action_id=bulk_action_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bulk_action_id: str,
    *,
    client: AuthenticatedClient,
) -> AbortedBulkAction | Any | ErrorResponse | None:
    """Abort bulk action

     Abort a pending bulk action so it stops processing additional runs. Runs already processed by the
    action are not undone.

    Args:
        bulk_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AbortedBulkAction | Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            bulk_action_id=bulk_action_id,
            client=client,
        )
    ).parsed


def build(
    bulk_action_id: str,
) -> ApiRequest[AbortedBulkAction]:
    """The request of `POST /api/v1/bulk-actions/{bulk_action_id}/abort` (Abort bulk action), with its success parser.

    Example::

        request = abort_bulk_action_v1.build(...)
    """
    return ApiRequest(
        "abort_bulk_action_v1",
        lambda: _get_kwargs(
            bulk_action_id=bulk_action_id,
        ),
        _parse_success,
        "/api/v1/bulk-actions/{bulk_action_id}/abort",
    )


def _parse_success(response: httpx.Response) -> AbortedBulkAction:
    if response.status_code == 200:
        response_200 = AbortedBulkAction.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of abort_bulk_action_v1")
