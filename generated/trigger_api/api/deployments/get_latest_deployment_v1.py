from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.latest_deployment import LatestDeployment
from ...types import ApiRequest, Response, loads_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/deployments/latest",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | LatestDeployment | None:
    if response.status_code == 200:
        response_200 = LatestDeployment.from_dict(loads_json(response.content))

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | LatestDeployment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | LatestDeployment]:
    """Get latest deployment

     Retrieve information about the latest unmanaged deployment for the authenticated project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LatestDeployment]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Any | LatestDeployment | None:
    """Get latest deployment

     Retrieve information about the latest unmanaged deployment for the authenticated project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LatestDeployment
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | LatestDeployment]:
    """Get latest deployment

     Retrieve information about the latest unmanaged deployment for the authenticated project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LatestDeployment]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Any | LatestDeployment | None:
    """Get latest deployment

     Retrieve information about the latest unmanaged deployment for the authenticated project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LatestDeployment
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


def build() -> ApiRequest[LatestDeployment]:
    """The request of `GET /api/v1/deployments/latest` (Get latest deployment), with its success parser.

    Example::

        request = get_latest_deployment_v1.build(...)
    """
    return ApiRequest(
        "get_latest_deployment_v1",
        lambda: _get_kwargs(),
        _parse_success,
        "/api/v1/deployments/latest",
    )


def _parse_success(response: httpx.Response) -> LatestDeployment:
    if response.status_code == 200:
        response_200 = LatestDeployment.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of get_latest_deployment_v1")
