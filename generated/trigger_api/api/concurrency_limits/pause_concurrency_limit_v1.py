from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.concurrency_limit import ConcurrencyLimit
from ...models.error_response import ErrorResponse
from ...models.pause_concurrency_limit_v1_body import PauseConcurrencyLimitV1Body
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    name: str,
    *,
    body: PauseConcurrencyLimitV1Body,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/concurrency-limits/{name}/pause".format(
            name=errors.path_segment(name, "name"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConcurrencyLimit | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConcurrencyLimit.from_dict(loads_json(response.content))

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
) -> Response[ConcurrencyLimit | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: PauseConcurrencyLimitV1Body,
) -> Response[ConcurrencyLimit | ErrorResponse]:
    """Pause or resume a concurrency limit

     A paused limit admits no runs; runs already executing continue and the bounds are kept.

    Args:
        name (str):
        body (PauseConcurrencyLimitV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConcurrencyLimit | ErrorResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
    body: PauseConcurrencyLimitV1Body,
) -> ConcurrencyLimit | ErrorResponse | None:
    """Pause or resume a concurrency limit

     A paused limit admits no runs; runs already executing continue and the bounds are kept.

    Args:
        name (str):
        body (PauseConcurrencyLimitV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConcurrencyLimit | ErrorResponse
    """

    return sync_detailed(
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: PauseConcurrencyLimitV1Body,
) -> Response[ConcurrencyLimit | ErrorResponse]:
    """Pause or resume a concurrency limit

     A paused limit admits no runs; runs already executing continue and the bounds are kept.

    Args:
        name (str):
        body (PauseConcurrencyLimitV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConcurrencyLimit | ErrorResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
    body: PauseConcurrencyLimitV1Body,
) -> ConcurrencyLimit | ErrorResponse | None:
    """Pause or resume a concurrency limit

     A paused limit admits no runs; runs already executing continue and the bounds are kept.

    Args:
        name (str):
        body (PauseConcurrencyLimitV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConcurrencyLimit | ErrorResponse
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
        )
    ).parsed


def build(
    name: str,
    *,
    body: PauseConcurrencyLimitV1Body,
) -> ApiRequest[ConcurrencyLimit]:
    """The request of `POST /api/v1/concurrency-limits/{name}/pause` (Pause or resume a concurrency limit), with its success parser.

    Example::

        request = pause_concurrency_limit_v1.build(...)
    """
    return ApiRequest(
        "pause_concurrency_limit_v1",
        lambda: _get_kwargs(
            name=name,
            body=body,
        ),
        _parse_success,
        "/api/v1/concurrency-limits/{name}/pause",
    )


def _parse_success(response: httpx.Response) -> ConcurrencyLimit:
    if response.status_code == 200:
        response_200 = ConcurrencyLimit.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of pause_concurrency_limit_v1")
