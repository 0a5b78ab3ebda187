from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.queue import Queue
from ...models.queue_lookup import QueueLookup
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    queue_param: str,
    *,
    type_: QueueLookup | Unset = QueueLookup.ID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/queues/{queue_param}".format(
            queue_param=errors.path_segment(queue_param, "queue_param"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Queue | None:
    if response.status_code == 200:
        response_200 = Queue.from_dict(loads_json(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Queue]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    queue_param: str,
    *,
    client: AuthenticatedClient,
    type_: QueueLookup | Unset = QueueLookup.ID,
) -> Response[Any | Queue]:
    """Retrieve a queue

     Get a queue by its ID, or by type and name.

    Args:
        queue_param (str):
        type_ (QueueLookup | Unset): How to interpret the `queueParam` path parameter:
            - `id`: Treat as a queue ID (default)
            - `task`: Treat as a task ID to get the task's default queue
            - `custom`: Treat as a custom queue name
             Default: QueueLookup.ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Queue]
    """

    kwargs = _get_kwargs(
        queue_param=queue_param,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    queue_param: str,
    *,
    client: AuthenticatedClient,
    type_: QueueLookup | Unset = QueueLookup.ID,
) -> Any | Queue | None:
    """Retrieve a queue

     Get a queue by its ID, or by type and name.

    Args:
        queue_param (str):
        type_ (QueueLookup | Unset): How to interpret the `queueParam` path parameter:
            - `id`: Treat as a queue ID (default)
            - `task`: Treat as a task ID to get the task's default queue
            - `custom`: Treat as a custom queue name
             Default: QueueLookup.ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Queue
    """

    return sync_detailed(
        queue_param=queue_param,
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    queue_param: str,
    *,
    client: AuthenticatedClient,
    type_: QueueLookup | Unset = QueueLookup.ID,
) -> Response[Any | Queue]:
    """Retrieve a queue

     Get a queue by its ID, or by type and name.

    Args:
        queue_param (str):
        type_ (QueueLookup | Unset): How to interpret the `queueParam` path parameter:
            - `id`: Treat as a queue ID (default)
            - `task`: Treat as a task ID to get the task's default queue
            - `custom`: Treat as a custom queue name
             Default: QueueLookup.ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Queue]
    """

    kwargs = _get_kwargs(
        queue_param=queue_param,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_param: str,
    *,
    client: AuthenticatedClient,
    type_: QueueLookup | Unset = QueueLookup.ID,
) -> Any | Queue | None:
    """Retrieve a queue

     Get a queue by its ID, or by type and name.

    Args:
        queue_param (str):
        type_ (QueueLookup | Unset): How to interpret the `queueParam` path parameter:
            - `id`: Treat as a queue ID (default)
            - `task`: Treat as a task ID to get the task's default queue
            - `custom`: Treat as a custom queue name
             Default: QueueLookup.ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Queue
    """

    return (
        await asyncio_detailed(
            queue_param=queue_param,
            client=client,
            type_=type_,
        )
    ).parsed


def build(
    queue_param: str,
    *,
    type_: QueueLookup | None = QueueLookup.ID,
) -> ApiRequest[Queue]:
    """The request of `GET /api/v1/queues/{queue_param}` (Retrieve a queue), with its success parser.

    Example::

        request = retrieve_queue_v1.build(...)
    """
    return ApiRequest(
        "retrieve_queue_v1",
        lambda: _get_kwargs(
            queue_param=queue_param,
            type_=type_,
        ),
        _parse_success,
        "/api/v1/queues/{queue_param}",
    )


def _parse_success(response: httpx.Response) -> Queue:
    if response.status_code == 200:
        response_200 = Queue.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of retrieve_queue_v1")
