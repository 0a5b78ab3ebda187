from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_action import BulkAction
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    bulk_action_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/bulk-actions/{bulk_action_id}".format(
            bulk_action_id=errors.path_segment(bulk_action_id, "bulk_action_id"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | BulkAction | None:
    if response.status_code == 200:
        response_200 = BulkAction.from_dict(loads_json(response.content))

        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | BulkAction]:
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
) -> Response[Any | BulkAction]:
    """Retrieve bulk action

     Retrieve the status and aggregate processing counts for a bulk action.

    Args:
        bulk_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BulkAction]
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
) -> Any | BulkAction | None:
    """Retrieve bulk action

     Retrieve the status and aggregate processing counts for a bulk action.

    Args:
        bulk_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BulkAction
    """

    return sync_detailed(
        bulk_action_id=bulk_action_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    bulk_action_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | BulkAction]:
    """Retrieve bulk action

     Retrieve the status and aggregate processing counts for a bulk action.

    Args:
        bulk_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BulkAction]
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
) -> Any | BulkAction | None:
    """Retrieve bulk action

     Retrieve the status and aggregate processing counts for a bulk action.

    Args:
        bulk_action_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BulkAction
    """

    return (
        await asyncio_detailed(
            bulk_action_id=bulk_action_id,
            client=client,
        )
    ).parsed


def build(
    bulk_action_id: str,
) -> ApiRequest[BulkAction]:
    """The request of `GET /api/v1/bulk-actions/{bulk_action_id}` (Retrieve bulk action), with its success parser.

    Example::

        request = retrieve_bulk_action_v1.build(...)
    """
    return ApiRequest(
        "retrieve_bulk_action_v1",
        lambda: _get_kwargs(
            bulk_action_id=bulk_action_id,
        ),
        _parse_success,
        "/api/v1/bulk-actions/{bulk_action_id}",
    )


def _parse_success(response: httpx.Response) -> BulkAction:
    if response.status_code == 200:
        response_200 = BulkAction.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of retrieve_bulk_action_v1")
