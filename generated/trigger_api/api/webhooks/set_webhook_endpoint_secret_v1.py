from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.set_webhook_endpoint_secret_request_body import (
    SetWebhookEndpointSecretRequestBody,
)
from ...models.webhook_secret_set import WebhookSecretSet
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    endpoint_id: str,
    *,
    body: SetWebhookEndpointSecretRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/webhooks/endpoints/{endpoint_id}/secret".format(
            endpoint_id=errors.path_segment(endpoint_id, "endpoint_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WebhookSecretSet | None:
    if response.status_code == 200:
        response_200 = WebhookSecretSet.from_dict(loads_json(response.content))

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
) -> Response[ErrorResponse | WebhookSecretSet]:
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
    body: SetWebhookEndpointSecretRequestBody,
) -> Response[ErrorResponse | WebhookSecretSet]:
    """Store the signing secret or public key a provider issued

    Args:
        endpoint_id (str):
        body (SetWebhookEndpointSecretRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhookSecretSet]
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
    body: SetWebhookEndpointSecretRequestBody,
) -> ErrorResponse | WebhookSecretSet | None:
    """Store the signing secret or public key a provider issued

    Args:
        endpoint_id (str):
        body (SetWebhookEndpointSecretRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhookSecretSet
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
    body: SetWebhookEndpointSecretRequestBody,
) -> Response[ErrorResponse | WebhookSecretSet]:
    """Store the signing secret or public key a provider issued

    Args:
        endpoint_id (str):
        body (SetWebhookEndpointSecretRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhookSecretSet]
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
    body: SetWebhookEndpointSecretRequestBody,
) -> ErrorResponse | WebhookSecretSet | None:
    """Store the signing secret or public key a provider issued

    Args:
        endpoint_id (str):
        body (SetWebhookEndpointSecretRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhookSecretSet
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
    body: SetWebhookEndpointSecretRequestBody,
) -> ApiRequest[WebhookSecretSet]:
    """The request of `PUT /api/v1/webhooks/endpoints/{endpoint_id}/secret` (Store the signing secret or public key a provider issued), with its success parser.

    Example::

        request = set_webhook_endpoint_secret_v1.build(...)
    """
    return ApiRequest(
        "set_webhook_endpoint_secret_v1",
        lambda: _get_kwargs(
            endpoint_id=endpoint_id,
            body=body,
        ),
        _parse_success,
        "/api/v1/webhooks/endpoints/{endpoint_id}/secret",
    )


def _parse_success(response: httpx.Response) -> WebhookSecretSet:
    if response.status_code == 200:
        response_200 = WebhookSecretSet.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of set_webhook_endpoint_secret_v1")
