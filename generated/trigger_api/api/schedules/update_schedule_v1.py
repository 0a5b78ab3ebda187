from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.schedule import Schedule
from ...models.update_schedule_options import UpdateScheduleOptions
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    schedule_id: str,
    *,
    body: UpdateScheduleOptions,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/schedules/{schedule_id}".format(
            schedule_id=errors.path_segment(schedule_id, "schedule_id"),
        ),
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

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

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
    schedule_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateScheduleOptions,
) -> Response[Any | Schedule]:
    """Update Schedule

     Update a schedule by its ID. This will only work on `IMPERATIVE` schedules that were created in the
    dashboard or using the imperative SDK functions like `schedules.create()`.

    Args:
        schedule_id (str):
        body (UpdateScheduleOptions):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Schedule]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schedule_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateScheduleOptions,
) -> Any | Schedule | None:
    """Update Schedule

     Update a schedule by its ID. This will only work on `IMPERATIVE` schedules that were created in the
    dashboard or using the imperative SDK functions like `schedules.create()`.

    Args:
        schedule_id (str):
        body (UpdateScheduleOptions):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Schedule
    """

    return sync_detailed(
        schedule_id=schedule_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    schedule_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateScheduleOptions,
) -> Response[Any | Schedule]:
    """Update Schedule

     Update a schedule by its ID. This will only work on `IMPERATIVE` schedules that were created in the
    dashboard or using the imperative SDK functions like `schedules.create()`.

    Args:
        schedule_id (str):
        body (UpdateScheduleOptions):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Schedule]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schedule_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateScheduleOptions,
) -> Any | Schedule | None:
    """Update Schedule

     Update a schedule by its ID. This will only work on `IMPERATIVE` schedules that were created in the
    dashboard or using the imperative SDK functions like `schedules.create()`.

    Args:
        schedule_id (str):
        body (UpdateScheduleOptions):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Schedule
    """

    return (
        await asyncio_detailed(
            schedule_id=schedule_id,
            client=client,
            body=body,
        )
    ).parsed


def build(
    schedule_id: str,
    *,
    body: UpdateScheduleOptions,
) -> ApiRequest[Schedule]:
    """The request of `PUT /api/v1/schedules/{schedule_id}` (Update Schedule), with its success parser.

    Example::

        request = update_schedule_v1.build(...)
    """
    return ApiRequest(
        "update_schedule_v1",
        lambda: _get_kwargs(
            schedule_id=schedule_id,
            body=body,
        ),
        _parse_success,
        "/api/v1/schedules/{schedule_id}",
    )


def _parse_success(response: httpx.Response) -> Schedule:
    if response.status_code == 200:
        response_200 = Schedule.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of update_schedule_v1")
