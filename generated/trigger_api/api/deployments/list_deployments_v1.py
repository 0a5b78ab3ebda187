from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_page import DeploymentPage
from ...models.deployment_status import DeploymentStatus
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    *,
    status: DeploymentStatus | Unset = UNSET,
    period: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["period"] = period

    params["from"] = from_

    params["to"] = to

    params["page[size]"] = pagesize

    params["page[after]"] = pageafter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/deployments",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | DeploymentPage | None:
    if response.status_code == 200:
        response_200 = DeploymentPage.from_dict(loads_json(response.content))

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
) -> Response[Any | DeploymentPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: DeploymentStatus | Unset = UNSET,
    period: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
) -> Response[Any | DeploymentPage]:
    """List deployments

     List deployments for the authenticated environment, ordered by most recent first.

    Args:
        status (DeploymentStatus | Unset): The current status of the deployment
        period (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeploymentPage]
    """

    kwargs = _get_kwargs(
        status=status,
        period=period,
        from_=from_,
        to=to,
        pagesize=pagesize,
        pageafter=pageafter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: DeploymentStatus | Unset = UNSET,
    period: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
) -> Any | DeploymentPage | None:
    """List deployments

     List deployments for the authenticated environment, ordered by most recent first.

    Args:
        status (DeploymentStatus | Unset): The current status of the deployment
        period (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeploymentPage
    """

    return sync_detailed(
        client=client,
        status=status,
        period=period,
        from_=from_,
        to=to,
        pagesize=pagesize,
        pageafter=pageafter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: DeploymentStatus | Unset = UNSET,
    period: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
) -> Response[Any | DeploymentPage]:
    """List deployments

     List deployments for the authenticated environment, ordered by most recent first.

    Args:
        status (DeploymentStatus | Unset): The current status of the deployment
        period (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeploymentPage]
    """

    kwargs = _get_kwargs(
        status=status,
        period=period,
        from_=from_,
        to=to,
        pagesize=pagesize,
        pageafter=pageafter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: DeploymentStatus | Unset = UNSET,
    period: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
) -> Any | DeploymentPage | None:
    """List deployments

     List deployments for the authenticated environment, ordered by most recent first.

    Args:
        status (DeploymentStatus | Unset): The current status of the deployment
        period (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeploymentPage
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            period=period,
            from_=from_,
            to=to,
            pagesize=pagesize,
            pageafter=pageafter,
        )
    ).parsed


def build(
    *,
    status: DeploymentStatus | None = None,
    period: str | None = None,
    from_: str | None = None,
    to: str | None = None,
    page_size: int | None = None,
    page_after: str | None = None,
) -> ApiRequest[DeploymentPage]:
    """The request of `GET /api/v1/deployments` (List deployments), with its success parser.

    Example::

        request = list_deployments_v1.build(...)
    """
    return ApiRequest(
        "list_deployments_v1",
        lambda: _get_kwargs(
            status=status,
            period=period,
            from_=from_,
            to=to,
            pagesize=page_size,
            pageafter=page_after,
        ),
        _parse_success,
        "/api/v1/deployments",
    )


def _parse_success(response: httpx.Response) -> DeploymentPage:
    if response.status_code == 200:
        response_200 = DeploymentPage.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of list_deployments_v1")
