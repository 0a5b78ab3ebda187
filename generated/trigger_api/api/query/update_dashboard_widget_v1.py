from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dashboard import Dashboard
from ...models.error_response import ErrorResponse
from ...models.update_dashboard_widget_request_body import (
    UpdateDashboardWidgetRequestBody,
)
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    dashboard_id: str,
    widget_id: str,
    *,
    body: UpdateDashboardWidgetRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/query/dashboards/{dashboard_id}/widgets/{widget_id}".format(
            dashboard_id=errors.path_segment(dashboard_id, "dashboard_id"),
            widget_id=errors.path_segment(widget_id, "widget_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Dashboard | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Dashboard.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(loads_json(response.content))

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Dashboard | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dashboard_id: str,
    widget_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateDashboardWidgetRequestBody,
) -> Response[Dashboard | ErrorResponse]:
    """Update a widget of a custom dashboard

    Args:
        dashboard_id (str):
        widget_id (str):
        body (UpdateDashboardWidgetRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dashboard | ErrorResponse]
    """

    kwargs = _get_kwargs(
        dashboard_id=dashboard_id,
        widget_id=widget_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dashboard_id: str,
    widget_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateDashboardWidgetRequestBody,
) -> Dashboard | ErrorResponse | None:
    """Update a widget of a custom dashboard

    Args:
        dashboard_id (str):
        widget_id (str):
        body (UpdateDashboardWidgetRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dashboard | ErrorResponse
    """

    return sync_detailed(
        dashboard_id=dashboard_id,
        widget_id=widget_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dashboard_id: str,
    widget_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateDashboardWidgetRequestBody,
) -> Response[Dashboard | ErrorResponse]:
    """Update a widget of a custom dashboard

    Args:
        dashboard_id (str):
        widget_id (str):
        body (UpdateDashboardWidgetRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dashboard | ErrorResponse]
    """

    kwargs = _get_kwargs(
        dashboard_id=dashboard_id,
        widget_id=widget_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dashboard_id: str,
    widget_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateDashboardWidgetRequestBody,
) -> Dashboard | ErrorResponse | None:
    """Update a widget of a custom dashboard

    Args:
        dashboard_id (str):
        widget_id (str):
        body (UpdateDashboardWidgetRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dashboard | ErrorResponse
    """

    return (
        await asyncio_detailed(
            dashboard_id=dashboard_id,
            widget_id=widget_id,
            client=client,
            body=body,
        )
    ).parsed


def build(
    dashboard_id: str,
    widget_id: str,
    *,
    body: UpdateDashboardWidgetRequestBody,
) -> ApiRequest[Dashboard]:
    """The request of `PATCH /api/v1/query/dashboards/{dashboard_id}/widgets/{widget_id}` (Update a widget of a custom dashboard), with its success parser.

    Example::

        request = update_dashboard_widget_v1.build(...)
    """
    return ApiRequest(
        "update_dashboard_widget_v1",
        lambda: _get_kwargs(
            dashboard_id=dashboard_id,
            widget_id=widget_id,
            body=body,
        ),
        _parse_success,
        "/api/v1/query/dashboards/{dashboard_id}/widgets/{widget_id}",
    )


def _parse_success(response: httpx.Response) -> Dashboard:
    if response.status_code == 200:
        response_200 = Dashboard.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of update_dashboard_widget_v1")
