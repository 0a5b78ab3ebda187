from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.replayed_webhook_delivery import ReplayedWebhookDelivery
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    delivery_id: str,
    *,
    target_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["targetId"] = target_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks/deliveries/{delivery_id}/replay".format(
            delivery_id=errors.path_segment(delivery_id, "delivery_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ReplayedWebhookDelivery | None:
    if response.status_code == 200:
        response_200 = ReplayedWebhookDelivery.from_dict(loads_json(response.content))

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
) -> Response[ErrorResponse | ReplayedWebhookDelivery]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    delivery_id: str,
    *,
    client: AuthenticatedClient,
    target_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ReplayedWebhookDelivery]:
    """Replay a webhook delivery as a new delivery

    Args:
        delivery_id (str):
        target_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReplayedWebhookDelivery]
    """

    kwargs = _get_kwargs(
        delivery_id=delivery_id,
        target_id=target_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    delivery_id: str,
    *,
    client: AuthenticatedClient,
    target_id: str | Unset = UNSET,
) -> ErrorResponse | ReplayedWebhookDelivery | None:
    """Replay a webhook delivery as a new delivery

    Args:
        delivery_id (str):
        target_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReplayedWebhookDelivery
    """

    return sync_detailed(
        delivery_id=delivery_id,
        client=client,
        target_id=target_id,
    ).parsed


async def asyncio_detailed(
    delivery_id: str,
    *,
    client: AuthenticatedClient,
    target_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ReplayedWebhookDelivery]:
    """Replay a webhook delivery as a new delivery

    Args:
        delivery_id (str):
        target_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReplayedWebhookDelivery]
    """

    kwargs = _get_kwargs(
        delivery_id=delivery_id,
        target_id=target_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    delivery_id: str,
    *,
    client: AuthenticatedClient,
    target_id: str | Unset = UNSET,
) -> ErrorResponse | ReplayedWebhookDelivery | None:
    """Replay a webhook delivery as a new delivery

    Args:
        delivery_id (str):
        target_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReplayedWebhookDelivery
    """

    return (
        await asyncio_detailed(
            delivery_id=delivery_id,
            client=client,
            target_id=target_id,
        )
    ).parsed


def build(
    delivery_id: str,
    *,
    target_id: str | None = None,
) -> ApiRequest[ReplayedWebhookDelivery]:
    """The request of `POST /api/v1/webhooks/deliveries/{delivery_id}/replay` (Replay a webhook delivery as a new delivery), with its success parser.

    Example::

        request = replay_webhook_delivery_v1.build(...)
    """
    return ApiRequest(
        "replay_webhook_delivery_v1",
        lambda: _get_kwargs(
            delivery_id=delivery_id,
            target_id=target_id,
        ),
        _parse_success,
        "/api/v1/webhooks/deliveries/{delivery_id}/replay",
    )


def _parse_success(response: httpx.Response) -> ReplayedWebhookDelivery:
    if response.status_code == 200:
        response_200 = ReplayedWebhookDelivery.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of replay_webhook_delivery_v1")
