from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_schedule_options import CreateScheduleOptions
from ...models.schedule import Schedule
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    *,
    body: CreateScheduleOptions,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/schedules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Schedule | None:
    if response.status_code == 200:
        response_200 = Schedule.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Schedule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateScheduleOptions,
) -> Response[Any | Schedule]:
    """Create a schedule

     Create a new `IMPERATIVE` schedule based on the specified options.

    Args:
        body (CreateScheduleOptions):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Schedule]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateScheduleOptions,
) -> Any | Schedule | None:
    """Create a schedule

     Create a new `IMPERATIVE` schedule based on the specified options.

    Args:
        body (CreateScheduleOptions):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Schedule
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateScheduleOptions,
) -> Response[Any | Schedule]:
    """Create a schedule

     Create a new `IMPERATIVE` schedule based on the specified options.

    Args:
        body (CreateScheduleOptions):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Schedule]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateScheduleOptions,
) -> Any | Schedule | None:
    """Create a schedule

     Create a new `IMPERATIVE` schedule based on the specified options.

    Args:
        body (CreateScheduleOptions):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Schedule
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def build(
    *,
    body: CreateScheduleOptions,
) -> ApiRequest[Schedule]:
    """The request of `POST /api/v1/schedules` (Create a schedule), with its success parser.

    Example::

        request = create_schedule_v1.build(...)
    """
    return ApiRequest(
        "create_schedule_v1",
        lambda: _get_kwargs(
            body=body,
        ),
        _parse_success,
        "/api/v1/schedules",
    )


def _parse_success(response: httpx.Response) -> Schedule:
    if response.status_code == 200:
        response_200 = Schedule.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of create_schedule_v1")
