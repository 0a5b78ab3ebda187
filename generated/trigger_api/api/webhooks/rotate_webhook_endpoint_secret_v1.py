from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.rotate_webhook_endpoint_secret_request_body import (
    RotateWebhookEndpointSecretRequestBody,
)
from ...models.rotated_webhook_secret import RotatedWebhookSecret
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    endpoint_id: str,
    *,
    body: RotateWebhookEndpointSecretRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks/endpoints/{endpoint_id}/rotate-secret".format(
            endpoint_id=errors.path_segment(endpoint_id, "endpoint_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RotatedWebhookSecret | None:
    if response.status_code == 200:
        response_200 = RotatedWebhookSecret.from_dict(loads_json(response.content))

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
) -> Response[ErrorResponse | RotatedWebhookSecret]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: RotateWebhookEndpointSecretRequestBody,
) -> Response[ErrorResponse | RotatedWebhookSecret]:
    """Generate a new signing secret for a webhook endpoint

    Args:
        endpoint_id (str):
        body (RotateWebhookEndpointSecretRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RotatedWebhookSecret]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: RotateWebhookEndpointSecretRequestBody,
) -> ErrorResponse | RotatedWebhookSecret | None:
    """Generate a new signing secret for a webhook endpoint

    Args:
        endpoint_id (str):
        body (RotateWebhookEndpointSecretRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RotatedWebhookSecret
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: RotateWebhookEndpointSecretRequestBody,
) -> Response[ErrorResponse | RotatedWebhookSecret]:
    """Generate a new signing secret for a webhook endpoint

    Args:
        endpoint_id (str):
        body (RotateWebhookEndpointSecretRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RotatedWebhookSecret]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: RotateWebhookEndpointSecretRequestBody,
) -> ErrorResponse | RotatedWebhookSecret | None:
    """Generate a new signing secret for a webhook endpoint

    Args:
        endpoint_id (str):
        body (RotateWebhookEndpointSecretRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RotatedWebhookSecret
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            body=body,
        )
    ).parsed


def build(
    endpoint_id: str,
    *,
    body: RotateWebhookEndpointSecretRequestBody,
) -> ApiRequest[RotatedWebhookSecret]:
    """The request of `POST /api/v1/webhooks/endpoints/{endpoint_id}/rotate-secret` (Generate a new signing secret for a webhook endpoint), with its success parser.

    Example::

        request = rotate_webhook_endpoint_secret_v1.build(...)
    """
    return ApiRequest(
        "rotate_webhook_endpoint_secret_v1",
        lambda: _get_kwargs(
            endpoint_id=endpoint_id,
            body=body,
        ),
        _parse_success,
        "/api/v1/webhooks/endpoints/{endpoint_id}/rotate-secret",
    )


def _parse_success(response: httpx.Response) -> RotatedWebhookSecret:
    if response.status_code == 200:
        response_200 = RotatedWebhookSecret.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of rotate_webhook_endpoint_secret_v1")
