import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_webhook_deliveries_response import ListWebhookDeliveriesResponse
from ...models.webhook_delivery_status import WebhookDeliveryStatus
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    *,
    filterendpoint: list[str] | Unset = UNSET,
    filterstatus: list[WebhookDeliveryStatus] | Unset = UNSET,
    filterperiod: str | Unset = UNSET,
    filterfrom: datetime.datetime | Unset = UNSET,
    filterto: datetime.datetime | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filterendpoint: list[str] | Unset = UNSET
    if not isinstance(filterendpoint, Unset):
        json_filterendpoint = filterendpoint

    if not isinstance(json_filterendpoint, Unset):
        params["filter[endpoint]"] = ",".join(str(item) for item in json_filterendpoint)

    json_filterstatus: list[str] | Unset = UNSET
    if not isinstance(filterstatus, Unset):
        json_filterstatus = []
        for filterstatus_item_data in filterstatus:
            filterstatus_item = filterstatus_item_data.value
            json_filterstatus.append(filterstatus_item)

    if not isinstance(json_filterstatus, Unset):
        params["filter[status]"] = ",".join(str(item) for item in json_filterstatus)

    params["filter[period]"] = filterperiod

    json_filterfrom: str | Unset = UNSET
    if not isinstance(filterfrom, Unset):
        json_filterfrom = (
            (filterfrom if filterfrom.tzinfo else filterfrom.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )
    params["filter[from]"] = json_filterfrom

    json_filterto: str | Unset = UNSET
    if not isinstance(filterto, Unset):
        json_filterto = (
            (filterto if filterto.tzinfo else filterto.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )
    params["filter[to]"] = json_filterto

    params["page[size]"] = pagesize

    params["page[after]"] = pageafter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/webhooks/deliveries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListWebhookDeliveriesResponse | None:
    if response.status_code == 200:
        response_200 = ListWebhookDeliveriesResponse.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListWebhookDeliveriesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filterendpoint: list[str] | Unset = UNSET,
    filterstatus: list[WebhookDeliveryStatus] | Unset = UNSET,
    filterperiod: str | Unset = UNSET,
    filterfrom: datetime.datetime | Unset = UNSET,
    filterto: datetime.datetime | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
) -> Response[ErrorResponse | ListWebhookDeliveriesResponse]:
    """List webhook deliveries, newest first

    Args:
        filterendpoint (list[str] | Unset):
        filterstatus (list[WebhookDeliveryStatus] | Unset):
        filterperiod (str | Unset):
        filterfrom (datetime.datetime | Unset):
        filterto (datetime.datetime | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListWebhookDeliveriesResponse]
    """

    kwargs = _get_kwargs(
        filterendpoint=filterendpoint,
        filterstatus=filterstatus,
        filterperiod=filterperiod,
        filterfrom=filterfrom,
        filterto=filterto,
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
    filterendpoint: list[str] | Unset = UNSET,
    filterstatus: list[WebhookDeliveryStatus] | Unset = UNSET,
    filterperiod: str | Unset = UNSET,
    filterfrom: datetime.datetime | Unset = UNSET,
    filterto: datetime.datetime | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
) -> ErrorResponse | ListWebhookDeliveriesResponse | None:
    """List webhook deliveries, newest first

    Args:
        filterendpoint (list[str] | Unset):
        filterstatus (list[WebhookDeliveryStatus] | Unset):
        filterperiod (str | Unset):
        filterfrom (datetime.datetime | Unset):
        filterto (datetime.datetime | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListWebhookDeliveriesResponse
    """

    return sync_detailed(
        client=client,
        filterendpoint=filterendpoint,
        filterstatus=filterstatus,
        filterperiod=filterperiod,
        filterfrom=filterfrom,
        filterto=filterto,
        pagesize=pagesize,
        pageafter=pageafter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filterendpoint: list[str] | Unset = UNSET,
    filterstatus: list[WebhookDeliveryStatus] | Unset = UNSET,
    filterperiod: str | Unset = UNSET,
    filterfrom: datetime.datetime | Unset = UNSET,
    filterto: datetime.datetime | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
) -> Response[ErrorResponse | ListWebhookDeliveriesResponse]:
    """List webhook deliveries, newest first

    Args:
        filterendpoint (list[str] | Unset):
        filterstatus (list[WebhookDeliveryStatus] | Unset):
        filterperiod (str | Unset):
        filterfrom (datetime.datetime | Unset):
        filterto (datetime.datetime | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListWebhookDeliveriesResponse]
    """

    kwargs = _get_kwargs(
        filterendpoint=filterendpoint,
        filterstatus=filterstatus,
        filterperiod=filterperiod,
        filterfrom=filterfrom,
        filterto=filterto,
        pagesize=pagesize,
        pageafter=pageafter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filterendpoint: list[str] | Unset = UNSET,
    filterstatus: list[WebhookDeliveryStatus] | Unset = UNSET,
    filterperiod: str | Unset = UNSET,
    filterfrom: datetime.datetime | Unset = UNSET,
    filterto: datetime.datetime | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
) -> ErrorResponse | ListWebhookDeliveriesResponse | None:
    """List webhook deliveries, newest first

    Args:
        filterendpoint (list[str] | Unset):
        filterstatus (list[WebhookDeliveryStatus] | Unset):
        filterperiod (str | Unset):
        filterfrom (datetime.datetime | Unset):
        filterto (datetime.datetime | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListWebhookDeliveriesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            filterendpoint=filterendpoint,
            filterstatus=filterstatus,
            filterperiod=filterperiod,
            filterfrom=filterfrom,
            filterto=filterto,
            pagesize=pagesize,
            pageafter=pageafter,
        )
    ).parsed


def build(
    *,
    filter_endpoint: list[str] | None = None,
    filter_status: list[WebhookDeliveryStatus] | None = None,
    filter_period: str | None = None,
    filter_from: datetime.datetime | None = None,
    filter_to: datetime.datetime | None = None,
    page_size: int | None = None,
    page_after: str | None = None,
) -> ApiRequest[ListWebhookDeliveriesResponse]:
    """The request of `GET /api/v1/webhooks/deliveries` (List webhook deliveries, newest first), with its success parser.

    Example::

        request = list_webhook_deliveries_v1.build(...)
    """
    return ApiRequest(
        "list_webhook_deliveries_v1",
        lambda: _get_kwargs(
            filterendpoint=filter_endpoint,
            filterstatus=filter_status,
            filterperiod=filter_period,
            filterfrom=filter_from,
            filterto=filter_to,
            pagesize=page_size,
            pageafter=page_after,
        ),
        _parse_success,
        "/api/v1/webhooks/deliveries",
    )


def _parse_success(response: httpx.Response) -> ListWebhookDeliveriesResponse:
    if response.status_code == 200:
        response_200 = ListWebhookDeliveriesResponse.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of list_webhook_deliveries_v1")
