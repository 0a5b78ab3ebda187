from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dashboard_list import Dashboards
from ...types import ApiRequest, Response, loads_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/query/dashboards",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Dashboards | None:
    if response.status_code == 200:
        response_200 = Dashboards.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Dashboards]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | Dashboards]:
    """List built-in dashboards

     List available built-in dashboards with their widgets. Each dashboard contains pre-built TRQL
    queries for common metrics like run success rates, costs, and LLM usage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Dashboards]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Any | Dashboards | None:
    """List built-in dashboards

     List available built-in dashboards with their widgets. Each dashboard contains pre-built TRQL
    queries for common metrics like run success rates, costs, and LLM usage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Dashboards
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | Dashboards]:
    """List built-in dashboards

     List available built-in dashboards with their widgets. Each dashboard contains pre-built TRQL
    queries for common metrics like run success rates, costs, and LLM usage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Dashboards]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Any | Dashboards | None:
    """List built-in dashboards

     List available built-in dashboards with their widgets. Each dashboard contains pre-built TRQL
    queries for common metrics like run success rates, costs, and LLM usage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Dashboards
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


def build() -> ApiRequest[Dashboards]:
    """The request of `GET /api/v1/query/dashboards` (List built-in dashboards), with its success parser.

    Example::

        request = list_dashboards_v1.build(...)
    """
    return ApiRequest(
        "list_dashboards_v1",
        lambda: _get_kwargs(),
        _parse_success,
        "/api/v1/query/dashboards",
    )


def _parse_success(response: httpx.Response) -> Dashboards:
    if response.status_code == 200:
        response_200 = Dashboards.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of list_dashboards_v1")
