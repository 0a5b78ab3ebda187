from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.waitpoint_token_page import WaitpointTokenPage
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    *,
    filterstatus: str | Unset = UNSET,
    filteridempotency_key: str | Unset = UNSET,
    filtertags: str | Unset = UNSET,
    filtercreated_atperiod: str | Unset = UNSET,
    filtercreated_atfrom: int | Unset = UNSET,
    filtercreated_atto: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[status]"] = filterstatus

    params["filter[idempotencyKey]"] = filteridempotency_key

    params["filter[tags]"] = filtertags

    params["filter[createdAt][period]"] = filtercreated_atperiod

    params["filter[createdAt][from]"] = filtercreated_atfrom

    params["filter[createdAt][to]"] = filtercreated_atto

    params["page[size]"] = pagesize

    params["page[after]"] = pageafter

    params["page[before]"] = pagebefore

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/waitpoints/tokens",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | WaitpointTokenPage | None:
    if response.status_code == 200:
        response_200 = WaitpointTokenPage.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | WaitpointTokenPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filterstatus: str | Unset = UNSET,
    filteridempotency_key: str | Unset = UNSET,
    filtertags: str | Unset = UNSET,
    filtercreated_atperiod: str | Unset = UNSET,
    filtercreated_atfrom: int | Unset = UNSET,
    filtercreated_atto: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Response[Any | WaitpointTokenPage]:
    """List waitpoint tokens

     Returns a paginated list of waitpoint tokens for the current environment. Results are ordered by
    creation date, newest first. Use cursor-based pagination with `page[after]` and `page[before]` to
    navigate pages.

    Args:
        filterstatus (str | Unset):
        filteridempotency_key (str | Unset):
        filtertags (str | Unset):
        filtercreated_atperiod (str | Unset):
        filtercreated_atfrom (int | Unset):
        filtercreated_atto (int | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WaitpointTokenPage]
    """

    kwargs = _get_kwargs(
        filterstatus=filterstatus,
        filteridempotency_key=filteridempotency_key,
        filtertags=filtertags,
        filtercreated_atperiod=filtercreated_atperiod,
        filtercreated_atfrom=filtercreated_atfrom,
        filtercreated_atto=filtercreated_atto,
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
    filterstatus: str | Unset = UNSET,
    filteridempotency_key: str | Unset = UNSET,
    filtertags: str | Unset = UNSET,
    filtercreated_atperiod: str | Unset = UNSET,
    filtercreated_atfrom: int | Unset = UNSET,
    filtercreated_atto: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Any | WaitpointTokenPage | None:
    """List waitpoint tokens

     Returns a paginated list of waitpoint tokens for the current environment. Results are ordered by
    creation date, newest first. Use cursor-based pagination with `page[after]` and `page[before]` to
    navigate pages.

    Args:
        filterstatus (str | Unset):
        filteridempotency_key (str | Unset):
        filtertags (str | Unset):
        filtercreated_atperiod (str | Unset):
        filtercreated_atfrom (int | Unset):
        filtercreated_atto (int | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WaitpointTokenPage
    """

    return sync_detailed(
        client=client,
        filterstatus=filterstatus,
        filteridempotency_key=filteridempotency_key,
        filtertags=filtertags,
        filtercreated_atperiod=filtercreated_atperiod,
        filtercreated_atfrom=filtercreated_atfrom,
        filtercreated_atto=filtercreated_atto,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filterstatus: str | Unset = UNSET,
    filteridempotency_key: str | Unset = UNSET,
    filtertags: str | Unset = UNSET,
    filtercreated_atperiod: str | Unset = UNSET,
    filtercreated_atfrom: int | Unset = UNSET,
    filtercreated_atto: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Response[Any | WaitpointTokenPage]:
    """List waitpoint tokens

     Returns a paginated list of waitpoint tokens for the current environment. Results are ordered by
    creation date, newest first. Use cursor-based pagination with `page[after]` and `page[before]` to
    navigate pages.

    Args:
        filterstatus (str | Unset):
        filteridempotency_key (str | Unset):
        filtertags (str | Unset):
        filtercreated_atperiod (str | Unset):
        filtercreated_atfrom (int | Unset):
        filtercreated_atto (int | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WaitpointTokenPage]
    """

    kwargs = _get_kwargs(
        filterstatus=filterstatus,
        filteridempotency_key=filteridempotency_key,
        filtertags=filtertags,
        filtercreated_atperiod=filtercreated_atperiod,
        filtercreated_atfrom=filtercreated_atfrom,
        filtercreated_atto=filtercreated_atto,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filterstatus: str | Unset = UNSET,
    filteridempotency_key: str | Unset = UNSET,
    filtertags: str | Unset = UNSET,
    filtercreated_atperiod: str | Unset = UNSET,
    filtercreated_atfrom: int | Unset = UNSET,
    filtercreated_atto: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Any | WaitpointTokenPage | None:
    """List waitpoint tokens

     Returns a paginated list of waitpoint tokens for the current environment. Results are ordered by
    creation date, newest first. Use cursor-based pagination with `page[after]` and `page[before]` to
    navigate pages.

    Args:
        filterstatus (str | Unset):
        filteridempotency_key (str | Unset):
        filtertags (str | Unset):
        filtercreated_atperiod (str | Unset):
        filtercreated_atfrom (int | Unset):
        filtercreated_atto (int | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WaitpointTokenPage
    """

    return (
        await asyncio_detailed(
            client=client,
            filterstatus=filterstatus,
            filteridempotency_key=filteridempotency_key,
            filtertags=filtertags,
            filtercreated_atperiod=filtercreated_atperiod,
            filtercreated_atfrom=filtercreated_atfrom,
            filtercreated_atto=filtercreated_atto,
            pagesize=pagesize,
            pageafter=pageafter,
            pagebefore=pagebefore,
        )
    ).parsed


def build(
    *,
    filter_status: str | None = None,
    filter_idempotency_key: str | None = None,
    filter_tags: str | None = None,
    filter_created_at_period: str | None = None,
    filter_created_at_from: int | None = None,
    filter_created_at_to: int | None = None,
    page_size: int | None = None,
    page_after: str | None = None,
    page_before: str | None = None,
) -> ApiRequest[WaitpointTokenPage]:
    """The request of `GET /api/v1/waitpoints/tokens` (List waitpoint tokens), with its success parser.

    Example::

        request = list_waitpoint_tokens_v1.build(...)
    """
    return ApiRequest(
        "list_waitpoint_tokens_v1",
        lambda: _get_kwargs(
            filterstatus=filter_status,
            filteridempotency_key=filter_idempotency_key,
            filtertags=filter_tags,
            filtercreated_atperiod=filter_created_at_period,
            filtercreated_atfrom=filter_created_at_from,
            filtercreated_atto=filter_created_at_to,
            pagesize=page_size,
            pageafter=page_after,
            pagebefore=page_before,
        ),
        _parse_success,
        "/api/v1/waitpoints/tokens",
    )


def _parse_success(response: httpx.Response) -> WaitpointTokenPage:
    if response.status_code == 200:
        response_200 = WaitpointTokenPage.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of list_waitpoint_tokens_v1")
