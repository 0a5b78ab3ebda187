from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.timezones_result import Timezones
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    *,
    exclude_utc: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["excludeUtc"] = exclude_utc

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/timezones",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Timezones | None:
    if response.status_code == 200:
        response_200 = Timezones.from_dict(loads_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Timezones]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    exclude_utc: bool | Unset = UNSET,
) -> Response[Timezones]:
    """Get all supported timezones

     Get all supported timezones that schedule tasks support.

    Args:
        exclude_utc (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Timezones]
    """

    kwargs = _get_kwargs(
        exclude_utc=exclude_utc,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    exclude_utc: bool | Unset = UNSET,
) -> Timezones | None:
    """Get all supported timezones

     Get all supported timezones that schedule tasks support.

    Args:
        exclude_utc (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Timezones
    """

    return sync_detailed(
        client=client,
        exclude_utc=exclude_utc,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    exclude_utc: bool | Unset = UNSET,
) -> Response[Timezones]:
    """Get all supported timezones

     Get all supported timezones that schedule tasks support.

    Args:
        exclude_utc (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Timezones]
    """

    kwargs = _get_kwargs(
        exclude_utc=exclude_utc,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    exclude_utc: bool | Unset = UNSET,
) -> Timezones | None:
    """Get all supported timezones

     Get all supported timezones that schedule tasks support.

    Args:
        exclude_utc (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Timezones
    """

    return (
        await asyncio_detailed(
            client=client,
            exclude_utc=exclude_utc,
        )
    ).parsed


def build(
    *,
    exclude_utc: bool | None = None,
) -> ApiRequest[Timezones]:
    """The request of `GET /api/v1/timezones` (Get all supported timezones), with its success parser.

    Example::

        request = get_timezones_v1.build(...)
    """
    return ApiRequest(
        "get_timezones_v1",
        lambda: _get_kwargs(
            exclude_utc=exclude_utc,
        ),
        _parse_success,
        "/api/v1/timezones",
    )


def _parse_success(response: httpx.Response) -> Timezones:
    if response.status_code == 200:
        response_200 = Timezones.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of get_timezones_v1")
