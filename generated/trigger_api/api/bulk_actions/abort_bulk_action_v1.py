from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.abort_bulk_action_response import AbortBulkActionResponse
from ...models.error_response import ErrorResponse
from ...types import Response


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
) -> AbortBulkActionResponse | Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AbortBulkActionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

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
) -> Response[AbortBulkActionResponse | Any | ErrorResponse]:
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
) -> Response[AbortBulkActionResponse | Any | ErrorResponse]:
    """Abort bulk action

     Abort a pending bulk action so it stops processing additional runs. Runs already processed by the
    action are not undone.

    Args:
        bulk_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AbortBulkActionResponse | Any | ErrorResponse]
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
) -> AbortBulkActionResponse | Any | ErrorResponse | None:
    """Abort bulk action

     Abort a pending bulk action so it stops processing additional runs. Runs already processed by the
    action are not undone.

    Args:
        bulk_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AbortBulkActionResponse | Any | ErrorResponse
    """

    return sync_detailed(
        bulk_action_id=bulk_action_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    bulk_action_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AbortBulkActionResponse | Any | ErrorResponse]:
    """Abort bulk action

     Abort a pending bulk action so it stops processing additional runs. Runs already processed by the
    action are not undone.

    Args:
        bulk_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AbortBulkActionResponse | Any | ErrorResponse]
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
) -> AbortBulkActionResponse | Any | ErrorResponse | None:
    """Abort bulk action

     Abort a pending bulk action so it stops processing additional runs. Runs already processed by the
    action are not undone.

    Args:
        bulk_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AbortBulkActionResponse | Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            bulk_action_id=bulk_action_id,
            client=client,
        )
    ).parsed
