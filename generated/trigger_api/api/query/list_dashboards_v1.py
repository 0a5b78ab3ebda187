from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_dashboards_v1_response_200 import ListDashboardsV1Response200
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/query/dashboards",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ListDashboardsV1Response200 | None:
    if response.status_code == 200:
        response_200 = ListDashboardsV1Response200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ListDashboardsV1Response200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | ListDashboardsV1Response200]:
    """List built-in dashboards

     List available built-in dashboards with their widgets. Each dashboard contains pre-built TRQL
    queries for common metrics like run success rates, costs, and LLM usage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListDashboardsV1Response200]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Any | ListDashboardsV1Response200 | None:
    """List built-in dashboards

     List available built-in dashboards with their widgets. Each dashboard contains pre-built TRQL
    queries for common metrics like run success rates, costs, and LLM usage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListDashboardsV1Response200
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | ListDashboardsV1Response200]:
    """List built-in dashboards

     List available built-in dashboards with their widgets. Each dashboard contains pre-built TRQL
    queries for common metrics like run success rates, costs, and LLM usage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListDashboardsV1Response200]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Any | ListDashboardsV1Response200 | None:
    """List built-in dashboards

     List available built-in dashboards with their widgets. Each dashboard contains pre-built TRQL
    queries for common metrics like run success rates, costs, and LLM usage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListDashboardsV1Response200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
