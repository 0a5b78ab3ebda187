from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.schedule import Schedule
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    schedule_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/schedules/{schedule_id}/activate".format(
            schedule_id=errors.path_segment(schedule_id, "schedule_id"),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Schedule | None:
    if response.status_code == 200:
        response_200 = Schedule.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

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
) -> Response[Any | Schedule]:
    """Activate Schedule

     Activate a schedule by its ID. This will only work on `IMPERATIVE` schedules that were created in
    the dashboard or using the imperative SDK functions like `schedules.create()`.

    Args:
        schedule_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Schedule]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schedule_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | Schedule | None:
    """Activate Schedule

     Activate a schedule by its ID. This will only work on `IMPERATIVE` schedules that were created in
    the dashboard or using the imperative SDK functions like `schedules.create()`.

    Args:
        schedule_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Schedule
    """

    return sync_detailed(
        schedule_id=schedule_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    schedule_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Schedule]:
    """Activate Schedule

     Activate a schedule by its ID. This will only work on `IMPERATIVE` schedules that were created in
    the dashboard or using the imperative SDK functions like `schedules.create()`.

    Args:
        schedule_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Schedule]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schedule_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | Schedule | None:
    """Activate Schedule

     Activate a schedule by its ID. This will only work on `IMPERATIVE` schedules that were created in
    the dashboard or using the imperative SDK functions like `schedules.create()`.

    Args:
        schedule_id (str):

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
        )
    ).parsed


def build(
    schedule_id: str,
) -> ApiRequest[Schedule]:
    """The request of `POST /api/v1/schedules/{schedule_id}/activate` (Activate Schedule), with its success parser.

    Example::

        request = activate_schedule_v1.build(...)
    """
    return ApiRequest(
        "activate_schedule_v1",
        lambda: _get_kwargs(
            schedule_id=schedule_id,
        ),
        _parse_success,
        "/api/v1/schedules/{schedule_id}/activate",
    )


def _parse_success(response: httpx.Response) -> Schedule:
    if response.status_code == 200:
        response_200 = Schedule.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of activate_schedule_v1")
