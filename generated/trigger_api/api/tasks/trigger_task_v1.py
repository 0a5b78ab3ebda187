from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.run_handle import RunHandle
from ...models.trigger_task_request_body import TriggerTaskRequestBody
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    task_identifier: str,
    *,
    body: TriggerTaskRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tasks/{task_identifier}/trigger".format(
            task_identifier=errors.path_segment(task_identifier, "task_identifier"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RunHandle | None:
    if response.status_code == 200:
        response_200 = RunHandle.from_dict(loads_json(response.content))

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
) -> Response[ErrorResponse | RunHandle]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_identifier: str,
    *,
    client: AuthenticatedClient,
    body: TriggerTaskRequestBody,
) -> Response[ErrorResponse | RunHandle]:
    """Trigger a task

     Trigger a task by its identifier.

    Args:
        task_identifier (str):
        body (TriggerTaskRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunHandle]
    """

    kwargs = _get_kwargs(
        task_identifier=task_identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_identifier: str,
    *,
    client: AuthenticatedClient,
    body: TriggerTaskRequestBody,
) -> ErrorResponse | RunHandle | None:
    """Trigger a task

     Trigger a task by its identifier.

    Args:
        task_identifier (str):
        body (TriggerTaskRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunHandle
    """

    return sync_detailed(
        task_identifier=task_identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_identifier: str,
    *,
    client: AuthenticatedClient,
    body: TriggerTaskRequestBody,
) -> Response[ErrorResponse | RunHandle]:
    """Trigger a task

     Trigger a task by its identifier.

    Args:
        task_identifier (str):
        body (TriggerTaskRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunHandle]
    """

    kwargs = _get_kwargs(
        task_identifier=task_identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_identifier: str,
    *,
    client: AuthenticatedClient,
    body: TriggerTaskRequestBody,
) -> ErrorResponse | RunHandle | None:
    """Trigger a task

     Trigger a task by its identifier.

    Args:
        task_identifier (str):
        body (TriggerTaskRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunHandle
    """

    return (
        await asyncio_detailed(
            task_identifier=task_identifier,
            client=client,
            body=body,
        )
    ).parsed


def build(
    task_identifier: str,
    *,
    body: TriggerTaskRequestBody,
) -> ApiRequest[RunHandle]:
    """The request of `POST /api/v1/tasks/{task_identifier}/trigger` (Trigger a task), with its success parser.

    Example::

        request = trigger_task_v1.build(...)
    """
    return ApiRequest(
        "trigger_task_v1",
        lambda: _get_kwargs(
            task_identifier=task_identifier,
            body=body,
        ),
        _parse_success,
        "/api/v1/tasks/{task_identifier}/trigger",
    )


def _parse_success(response: httpx.Response) -> RunHandle:
    if response.status_code == 200:
        response_200 = RunHandle.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of trigger_task_v1")
