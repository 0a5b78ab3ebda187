from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.promote_deployment_v1_response_400 import PromoteDeploymentV1Response400
from ...models.promoted_deployment import PromotedDeployment
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    version: str,
    *,
    allow_rollbacks: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["allowRollbacks"] = allow_rollbacks

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/deployments/{version}/promote".format(
            version=errors.path_segment(version, "version"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PromoteDeploymentV1Response400 | PromotedDeployment | None:
    if response.status_code == 200:
        response_200 = PromotedDeployment.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = PromoteDeploymentV1Response400.from_dict(loads_json(response.content))

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
) -> Response[Any | PromoteDeploymentV1Response400 | PromotedDeployment]:
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
    allow_rollbacks: bool | Unset = UNSET,
) -> Response[Any | PromoteDeploymentV1Response400 | PromotedDeployment]:
    """Promote deployment

     Promote a previously deployed version to be the current version for the environment. This makes the
    specified version active for new task runs.

    Args:
        version (str):
        allow_rollbacks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PromoteDeploymentV1Response400 | PromotedDeployment]
    """

    kwargs = _get_kwargs(
        version=version,
        allow_rollbacks=allow_rollbacks,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: str,
    *,
    client: AuthenticatedClient,
    allow_rollbacks: bool | Unset = UNSET,
) -> Any | PromoteDeploymentV1Response400 | PromotedDeployment | None:
    """Promote deployment

     Promote a previously deployed version to be the current version for the environment. This makes the
    specified version active for new task runs.

    Args:
        version (str):
        allow_rollbacks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PromoteDeploymentV1Response400 | PromotedDeployment
    """

    return sync_detailed(
        version=version,
        client=client,
        allow_rollbacks=allow_rollbacks,
    ).parsed


async def asyncio_detailed(
    version: str,
    *,
    client: AuthenticatedClient,
    allow_rollbacks: bool | Unset = UNSET,
) -> Response[Any | PromoteDeploymentV1Response400 | PromotedDeployment]:
    """Promote deployment

     Promote a previously deployed version to be the current version for the environment. This makes the
    specified version active for new task runs.

    Args:
        version (str):
        allow_rollbacks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PromoteDeploymentV1Response400 | PromotedDeployment]
    """

    kwargs = _get_kwargs(
        version=version,
        allow_rollbacks=allow_rollbacks,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    *,
    client: AuthenticatedClient,
    allow_rollbacks: bool | Unset = UNSET,
) -> Any | PromoteDeploymentV1Response400 | PromotedDeployment | None:
    """Promote deployment

     Promote a previously deployed version to be the current version for the environment. This makes the
    specified version active for new task runs.

    Args:
        version (str):
        allow_rollbacks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PromoteDeploymentV1Response400 | PromotedDeployment
    """

    return (
        await asyncio_detailed(
            version=version,
            client=client,
            allow_rollbacks=allow_rollbacks,
        )
    ).parsed


def build(
    version: str,
    *,
    allow_rollbacks: bool | None = None,
) -> ApiRequest[PromotedDeployment]:
    """The request of `POST /api/v1/deployments/{version}/promote` (Promote deployment), with its success parser.

    Example::

        request = promote_deployment_v1.build(...)
    """
    return ApiRequest(
        "promote_deployment_v1",
        lambda: _get_kwargs(
            version=version,
            allow_rollbacks=allow_rollbacks,
        ),
        _parse_success,
        "/api/v1/deployments/{version}/promote",
    )


def _parse_success(response: httpx.Response) -> PromotedDeployment:
    if response.status_code == 200:
        response_200 = PromotedDeployment.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of promote_deployment_v1")
