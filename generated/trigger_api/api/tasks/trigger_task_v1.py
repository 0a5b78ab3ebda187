from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.trigger_task_request_body import TriggerTaskRequestBody
from ...models.trigger_task_response import TriggerTaskResponse
from ...types import Response


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
) -> ErrorResponse | TriggerTaskResponse | None:
    if response.status_code == 200:
        response_200 = TriggerTaskResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TriggerTaskResponse]:
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
) -> Response[ErrorResponse | TriggerTaskResponse]:
    """Trigger a task

     Trigger a task by its identifier.

    Args:
        task_identifier (str):
        body (TriggerTaskRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TriggerTaskResponse]
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
) -> ErrorResponse | TriggerTaskResponse | None:
    """Trigger a task

     Trigger a task by its identifier.

    Args:
        task_identifier (str):
        body (TriggerTaskRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TriggerTaskResponse
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
) -> Response[ErrorResponse | TriggerTaskResponse]:
    """Trigger a task

     Trigger a task by its identifier.

    Args:
        task_identifier (str):
        body (TriggerTaskRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TriggerTaskResponse]
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
) -> ErrorResponse | TriggerTaskResponse | None:
    """Trigger a task

     Trigger a task by its identifier.

    Args:
        task_identifier (str):
        body (TriggerTaskRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TriggerTaskResponse
    """

    return (
        await asyncio_detailed(
            task_identifier=task_identifier,
            client=client,
            body=body,
        )
    ).parsed
