from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.reset_idempotency_key_v1_body import ResetIdempotencyKeyV1Body
from ...models.reset_idempotency_key_v1_response_200 import (
    ResetIdempotencyKeyV1Response200,
)
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    key: str,
    *,
    body: ResetIdempotencyKeyV1Body,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/idempotencyKeys/{key}/reset".format(
            key=errors.path_segment(key, "key"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ResetIdempotencyKeyV1Response200 | None:
    if response.status_code == 200:
        response_200 = ResetIdempotencyKeyV1Response200.from_dict(loads_json(response.content))

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
) -> Response[ErrorResponse | ResetIdempotencyKeyV1Response200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key: str,
    *,
    client: AuthenticatedClient,
    body: ResetIdempotencyKeyV1Body,
) -> Response[ErrorResponse | ResetIdempotencyKeyV1Response200]:
    """Reset an idempotency key

     Clears the (hashed) key from the task's runs, so the next trigger with it creates a run.

    Args:
        key (str):
        body (ResetIdempotencyKeyV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResetIdempotencyKeyV1Response200]
    """

    kwargs = _get_kwargs(
        key=key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key: str,
    *,
    client: AuthenticatedClient,
    body: ResetIdempotencyKeyV1Body,
) -> ErrorResponse | ResetIdempotencyKeyV1Response200 | None:
    """Reset an idempotency key

     Clears the (hashed) key from the task's runs, so the next trigger with it creates a run.

    Args:
        key (str):
        body (ResetIdempotencyKeyV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResetIdempotencyKeyV1Response200
    """

    return sync_detailed(
        key=key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    key: str,
    *,
    client: AuthenticatedClient,
    body: ResetIdempotencyKeyV1Body,
) -> Response[ErrorResponse | ResetIdempotencyKeyV1Response200]:
    """Reset an idempotency key

     Clears the (hashed) key from the task's runs, so the next trigger with it creates a run.

    Args:
        key (str):
        body (ResetIdempotencyKeyV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResetIdempotencyKeyV1Response200]
    """

    kwargs = _get_kwargs(
        key=key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key: str,
    *,
    client: AuthenticatedClient,
    body: ResetIdempotencyKeyV1Body,
) -> ErrorResponse | ResetIdempotencyKeyV1Response200 | None:
    """Reset an idempotency key

     Clears the (hashed) key from the task's runs, so the next trigger with it creates a run.

    Args:
        key (str):
        body (ResetIdempotencyKeyV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResetIdempotencyKeyV1Response200
    """

    return (
        await asyncio_detailed(
            key=key,
            client=client,
            body=body,
        )
    ).parsed


def build(
    key: str,
    *,
    body: ResetIdempotencyKeyV1Body,
) -> ApiRequest[ResetIdempotencyKeyV1Response200]:
    """The request of `POST /api/v1/idempotencyKeys/{key}/reset` (Reset an idempotency key), with its success parser.

    Example::

        request = reset_idempotency_key_v1.build(...)
    """
    return ApiRequest(
        "reset_idempotency_key_v1",
        lambda: _get_kwargs(
            key=key,
            body=body,
        ),
        _parse_success,
        "/api/v1/idempotencyKeys/{key}/reset",
    )


def _parse_success(response: httpx.Response) -> ResetIdempotencyKeyV1Response200:
    if response.status_code == 200:
        response_200 = ResetIdempotencyKeyV1Response200.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of reset_idempotency_key_v1")
