from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.promote_deployment_v1_response_200 import PromoteDeploymentV1Response200
from ...models.promote_deployment_v1_response_400 import PromoteDeploymentV1Response400
from ...types import Response


def _get_kwargs(
    version: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/deployments/{version}/promote".format(
            version=errors.path_segment(version, "version"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PromoteDeploymentV1Response200 | PromoteDeploymentV1Response400 | None:
    if response.status_code == 200:
        response_200 = PromoteDeploymentV1Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PromoteDeploymentV1Response400.from_dict(response.json())

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
) -> Response[Any | PromoteDeploymentV1Response200 | PromoteDeploymentV1Response400]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | PromoteDeploymentV1Response200 | PromoteDeploymentV1Response400]:
    """Promote deployment

     Promote a previously deployed version to be the current version for the environment. This makes the
    specified version active for new task runs.

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PromoteDeploymentV1Response200 | PromoteDeploymentV1Response400]
    """

    kwargs = _get_kwargs(
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: str,
    *,
    client: AuthenticatedClient,
) -> Any | PromoteDeploymentV1Response200 | PromoteDeploymentV1Response400 | None:
    """Promote deployment

     Promote a previously deployed version to be the current version for the environment. This makes the
    specified version active for new task runs.

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PromoteDeploymentV1Response200 | PromoteDeploymentV1Response400
    """

    return sync_detailed(
        version=version,
        client=client,
    ).parsed


async def asyncio_detailed(
    version: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | PromoteDeploymentV1Response200 | PromoteDeploymentV1Response400]:
    """Promote deployment

     Promote a previously deployed version to be the current version for the environment. This makes the
    specified version active for new task runs.

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PromoteDeploymentV1Response200 | PromoteDeploymentV1Response400]
    """

    kwargs = _get_kwargs(
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    *,
    client: AuthenticatedClient,
) -> Any | PromoteDeploymentV1Response200 | PromoteDeploymentV1Response400 | None:
    """Promote deployment

     Promote a previously deployed version to be the current version for the environment. This makes the
    specified version active for new task runs.

    Args:
        version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PromoteDeploymentV1Response200 | PromoteDeploymentV1Response400
    """

    return (
        await asyncio_detailed(
            version=version,
            client=client,
        )
    ).parsed
