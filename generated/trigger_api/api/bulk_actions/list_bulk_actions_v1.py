from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_bulk_actions_result import ListBulkActionsResult
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    *,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[size]"] = pagesize

    params["page[after]"] = pageafter

    params["page[before]"] = pagebefore

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/bulk-actions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | ListBulkActionsResult | None:
    if response.status_code == 200:
        response_200 = ListBulkActionsResult.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | ListBulkActionsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | ListBulkActionsResult]:
    """List bulk actions

     List bulk actions in the current environment. Bulk actions are returned newest first and can be
    paginated with cursor pagination.

    Args:
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ListBulkActionsResult]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Any | ErrorResponse | ListBulkActionsResult | None:
    """List bulk actions

     List bulk actions in the current environment. Bulk actions are returned newest first and can be
    paginated with cursor pagination.

    Args:
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ListBulkActionsResult
    """

    return sync_detailed(
        client=client,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | ListBulkActionsResult]:
    """List bulk actions

     List bulk actions in the current environment. Bulk actions are returned newest first and can be
    paginated with cursor pagination.

    Args:
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ListBulkActionsResult]
    """

    kwargs = _get_kwargs(
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Any | ErrorResponse | ListBulkActionsResult | None:
    """List bulk actions

     List bulk actions in the current environment. Bulk actions are returned newest first and can be
    paginated with cursor pagination.

    Args:
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ListBulkActionsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            pagesize=pagesize,
            pageafter=pageafter,
            pagebefore=pagebefore,
        )
    ).parsed


def build(
    *,
    page_size: int | None = None,
    page_after: str | None = None,
    page_before: str | None = None,
) -> ApiRequest[ListBulkActionsResult]:
    """The request of `GET /api/v1/bulk-actions` (List bulk actions), with its success parser.

    Example::

        request = list_bulk_actions_v1.build(...)
    """
    return ApiRequest(
        "list_bulk_actions_v1",
        lambda: _get_kwargs(
            pagesize=page_size,
            pageafter=page_after,
            pagebefore=page_before,
        ),
        _parse_success,
        "/api/v1/bulk-actions",
    )


def _parse_success(response: httpx.Response) -> ListBulkActionsResult:
    if response.status_code == 200:
        response_200 = ListBulkActionsResult.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of list_bulk_actions_v1")
