from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_group import ErrorGroup
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    error_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/errors/{error_id}".format(
            error_id=errors.path_segment(error_id, "error_id"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorGroup | None:
    if response.status_code == 200:
        response_200 = ErrorGroup.from_dict(loads_json(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorGroup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    error_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorGroup]:
    """Retrieve an error

     Retrieve detailed information about a single error group, including its lifecycle state and the
    worker versions it has affected.

    Args:
        error_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorGroup]
    """

    kwargs = _get_kwargs(
        error_id=error_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    error_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorGroup | None:
    """Retrieve an error

     Retrieve detailed information about a single error group, including its lifecycle state and the
    worker versions it has affected.

    Args:
        error_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorGroup
    """

    return sync_detailed(
        error_id=error_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    error_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorGroup]:
    """Retrieve an error

     Retrieve detailed information about a single error group, including its lifecycle state and the
    worker versions it has affected.

    Args:
        error_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorGroup]
    """

    kwargs = _get_kwargs(
        error_id=error_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    error_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorGroup | None:
    """Retrieve an error

     Retrieve detailed information about a single error group, including its lifecycle state and the
    worker versions it has affected.

    Args:
        error_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorGroup
    """

    return (
        await asyncio_detailed(
            error_id=error_id,
            client=client,
        )
    ).parsed


def build(
    error_id: str,
) -> ApiRequest[ErrorGroup]:
    """The request of `GET /api/v1/errors/{error_id}` (Retrieve an error), with its success parser.

    Example::

        request = retrieve_error_v1.build(...)
    """
    return ApiRequest(
        "retrieve_error_v1",
        lambda: _get_kwargs(
            error_id=error_id,
        ),
        _parse_success,
        "/api/v1/errors/{error_id}",
    )


def _parse_success(response: httpx.Response) -> ErrorGroup:
    if response.status_code == 200:
        response_200 = ErrorGroup.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of retrieve_error_v1")
