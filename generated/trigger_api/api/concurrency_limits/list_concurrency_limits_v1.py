from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.concurrency_limit_page import ConcurrencyLimitPage
from ...models.error_response import ErrorResponse
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    *,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["perPage"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/concurrency-limits",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConcurrencyLimitPage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConcurrencyLimitPage.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConcurrencyLimitPage | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[ConcurrencyLimitPage | ErrorResponse]:
    """List concurrency limits

     The environment's named limits; a task's inline limit is listed as `task/<task id>`.

    Args:
        per_page (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConcurrencyLimitPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> ConcurrencyLimitPage | ErrorResponse | None:
    """List concurrency limits

     The environment's named limits; a task's inline limit is listed as `task/<task id>`.

    Args:
        per_page (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConcurrencyLimitPage | ErrorResponse
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[ConcurrencyLimitPage | ErrorResponse]:
    """List concurrency limits

     The environment's named limits; a task's inline limit is listed as `task/<task id>`.

    Args:
        per_page (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConcurrencyLimitPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> ConcurrencyLimitPage | ErrorResponse | None:
    """List concurrency limits

     The environment's named limits; a task's inline limit is listed as `task/<task id>`.

    Args:
        per_page (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConcurrencyLimitPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
        )
    ).parsed


def build(
    *,
    per_page: int | None = None,
    page: int | None = None,
) -> ApiRequest[ConcurrencyLimitPage]:
    """The request of `GET /api/v1/concurrency-limits` (List concurrency limits), with its success parser.

    Example::

        request = list_concurrency_limits_v1.build(...)
    """
    return ApiRequest(
        "list_concurrency_limits_v1",
        lambda: _get_kwargs(
            per_page=per_page,
            page=page,
        ),
        _parse_success,
        "/api/v1/concurrency-limits",
    )


def _parse_success(response: httpx.Response) -> ConcurrencyLimitPage:
    if response.status_code == 200:
        response_200 = ConcurrencyLimitPage.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of list_concurrency_limits_v1")
