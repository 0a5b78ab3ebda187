from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_with_details_response import ErrorWithDetailsResponse
from ...models.list_sessions_result import ListSessionsResult
from ...models.session_status import SessionStatus
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    *,
    filtertype: list[str] | Unset = UNSET,
    filtertags: list[str] | Unset = UNSET,
    filtertask_identifier: list[str] | Unset = UNSET,
    filterexternal_id: str | Unset = UNSET,
    filterstatus: list[SessionStatus] | Unset = UNSET,
    filtercreated_atfrom: int | Unset = UNSET,
    filtercreated_atto: int | Unset = UNSET,
    filtercreated_atperiod: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filtertype: list[str] | Unset = UNSET
    if not isinstance(filtertype, Unset):
        json_filtertype = filtertype

    if not isinstance(json_filtertype, Unset):
        params["filter[type]"] = ",".join(str(item) for item in json_filtertype)

    json_filtertags: list[str] | Unset = UNSET
    if not isinstance(filtertags, Unset):
        json_filtertags = filtertags

    if not isinstance(json_filtertags, Unset):
        params["filter[tags]"] = ",".join(str(item) for item in json_filtertags)

    json_filtertask_identifier: list[str] | Unset = UNSET
    if not isinstance(filtertask_identifier, Unset):
        json_filtertask_identifier = filtertask_identifier

    if not isinstance(json_filtertask_identifier, Unset):
        params["filter[taskIdentifier]"] = ",".join(str(item) for item in json_filtertask_identifier)

    params["filter[externalId]"] = filterexternal_id

    json_filterstatus: list[str] | Unset = UNSET
    if not isinstance(filterstatus, Unset):
        json_filterstatus = []
        for filterstatus_item_data in filterstatus:
            filterstatus_item = filterstatus_item_data.value
            json_filterstatus.append(filterstatus_item)

    if not isinstance(json_filterstatus, Unset):
        params["filter[status]"] = ",".join(str(item) for item in json_filterstatus)

    params["filter[createdAt][from]"] = filtercreated_atfrom

    params["filter[createdAt][to]"] = filtercreated_atto

    params["filter[createdAt][period]"] = filtercreated_atperiod

    params["page[size]"] = pagesize

    params["page[after]"] = pageafter

    params["page[before]"] = pagebefore

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorWithDetailsResponse | ListSessionsResult | None:
    if response.status_code == 200:
        response_200 = ListSessionsResult.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorWithDetailsResponse.from_dict(loads_json(response.content))

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
) -> Response[Any | ErrorWithDetailsResponse | ListSessionsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filtertype: list[str] | Unset = UNSET,
    filtertags: list[str] | Unset = UNSET,
    filtertask_identifier: list[str] | Unset = UNSET,
    filterexternal_id: str | Unset = UNSET,
    filterstatus: list[SessionStatus] | Unset = UNSET,
    filtercreated_atfrom: int | Unset = UNSET,
    filtercreated_atto: int | Unset = UNSET,
    filtercreated_atperiod: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Response[Any | ErrorWithDetailsResponse | ListSessionsResult]:
    """List sessions

     List sessions in the current environment, newest first. Filter by type, tags, task identifier,
    external id, status, and creation window. Use cursor-based pagination with `page[after]` and
    `page[before]` to navigate pages.

    List rows omit `triggerConfig`; retrieve a single session to read it.

    Args:
        filtertype (list[str] | Unset):  Example: ['chat.agent'].
        filtertags (list[str] | Unset):
        filtertask_identifier (list[str] | Unset):
        filterexternal_id (str | Unset):
        filterstatus (list[SessionStatus] | Unset):
        filtercreated_atfrom (int | Unset):
        filtercreated_atto (int | Unset):
        filtercreated_atperiod (str | Unset):  Example: 1d.
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorWithDetailsResponse | ListSessionsResult]
    """

    kwargs = _get_kwargs(
        filtertype=filtertype,
        filtertags=filtertags,
        filtertask_identifier=filtertask_identifier,
        filterexternal_id=filterexternal_id,
        filterstatus=filterstatus,
        filtercreated_atfrom=filtercreated_atfrom,
        filtercreated_atto=filtercreated_atto,
        filtercreated_atperiod=filtercreated_atperiod,
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
    filtertype: list[str] | Unset = UNSET,
    filtertags: list[str] | Unset = UNSET,
    filtertask_identifier: list[str] | Unset = UNSET,
    filterexternal_id: str | Unset = UNSET,
    filterstatus: list[SessionStatus] | Unset = UNSET,
    filtercreated_atfrom: int | Unset = UNSET,
    filtercreated_atto: int | Unset = UNSET,
    filtercreated_atperiod: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Any | ErrorWithDetailsResponse | ListSessionsResult | None:
    """List sessions

     List sessions in the current environment, newest first. Filter by type, tags, task identifier,
    external id, status, and creation window. Use cursor-based pagination with `page[after]` and
    `page[before]` to navigate pages.

    List rows omit `triggerConfig`; retrieve a single session to read it.

    Args:
        filtertype (list[str] | Unset):  Example: ['chat.agent'].
        filtertags (list[str] | Unset):
        filtertask_identifier (list[str] | Unset):
        filterexternal_id (str | Unset):
        filterstatus (list[SessionStatus] | Unset):
        filtercreated_atfrom (int | Unset):
        filtercreated_atto (int | Unset):
        filtercreated_atperiod (str | Unset):  Example: 1d.
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorWithDetailsResponse | ListSessionsResult
    """

    return sync_detailed(
        client=client,
        filtertype=filtertype,
        filtertags=filtertags,
        filtertask_identifier=filtertask_identifier,
        filterexternal_id=filterexternal_id,
        filterstatus=filterstatus,
        filtercreated_atfrom=filtercreated_atfrom,
        filtercreated_atto=filtercreated_atto,
        filtercreated_atperiod=filtercreated_atperiod,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filtertype: list[str] | Unset = UNSET,
    filtertags: list[str] | Unset = UNSET,
    filtertask_identifier: list[str] | Unset = UNSET,
    filterexternal_id: str | Unset = UNSET,
    filterstatus: list[SessionStatus] | Unset = UNSET,
    filtercreated_atfrom: int | Unset = UNSET,
    filtercreated_atto: int | Unset = UNSET,
    filtercreated_atperiod: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Response[Any | ErrorWithDetailsResponse | ListSessionsResult]:
    """List sessions

     List sessions in the current environment, newest first. Filter by type, tags, task identifier,
    external id, status, and creation window. Use cursor-based pagination with `page[after]` and
    `page[before]` to navigate pages.

    List rows omit `triggerConfig`; retrieve a single session to read it.

    Args:
        filtertype (list[str] | Unset):  Example: ['chat.agent'].
        filtertags (list[str] | Unset):
        filtertask_identifier (list[str] | Unset):
        filterexternal_id (str | Unset):
        filterstatus (list[SessionStatus] | Unset):
        filtercreated_atfrom (int | Unset):
        filtercreated_atto (int | Unset):
        filtercreated_atperiod (str | Unset):  Example: 1d.
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorWithDetailsResponse | ListSessionsResult]
    """

    kwargs = _get_kwargs(
        filtertype=filtertype,
        filtertags=filtertags,
        filtertask_identifier=filtertask_identifier,
        filterexternal_id=filterexternal_id,
        filterstatus=filterstatus,
        filtercreated_atfrom=filtercreated_atfrom,
        filtercreated_atto=filtercreated_atto,
        filtercreated_atperiod=filtercreated_atperiod,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filtertype: list[str] | Unset = UNSET,
    filtertags: list[str] | Unset = UNSET,
    filtertask_identifier: list[str] | Unset = UNSET,
    filterexternal_id: str | Unset = UNSET,
    filterstatus: list[SessionStatus] | Unset = UNSET,
    filtercreated_atfrom: int | Unset = UNSET,
    filtercreated_atto: int | Unset = UNSET,
    filtercreated_atperiod: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Any | ErrorWithDetailsResponse | ListSessionsResult | None:
    """List sessions

     List sessions in the current environment, newest first. Filter by type, tags, task identifier,
    external id, status, and creation window. Use cursor-based pagination with `page[after]` and
    `page[before]` to navigate pages.

    List rows omit `triggerConfig`; retrieve a single session to read it.

    Args:
        filtertype (list[str] | Unset):  Example: ['chat.agent'].
        filtertags (list[str] | Unset):
        filtertask_identifier (list[str] | Unset):
        filterexternal_id (str | Unset):
        filterstatus (list[SessionStatus] | Unset):
        filtercreated_atfrom (int | Unset):
        filtercreated_atto (int | Unset):
        filtercreated_atperiod (str | Unset):  Example: 1d.
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorWithDetailsResponse | ListSessionsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            filtertype=filtertype,
            filtertags=filtertags,
            filtertask_identifier=filtertask_identifier,
            filterexternal_id=filterexternal_id,
            filterstatus=filterstatus,
            filtercreated_atfrom=filtercreated_atfrom,
            filtercreated_atto=filtercreated_atto,
            filtercreated_atperiod=filtercreated_atperiod,
            pagesize=pagesize,
            pageafter=pageafter,
            pagebefore=pagebefore,
        )
    ).parsed


def build(
    *,
    filter_type: list[str] | None = None,
    filter_tags: list[str] | None = None,
    filter_task_identifier: list[str] | None = None,
    filter_external_id: str | None = None,
    filter_status: list[SessionStatus] | None = None,
    filter_created_at_from: int | None = None,
    filter_created_at_to: int | None = None,
    filter_created_at_period: str | None = None,
    page_size: int | None = None,
    page_after: str | None = None,
    page_before: str | None = None,
) -> ApiRequest[ListSessionsResult]:
    """The request of `GET /api/v1/sessions` (List sessions), with its success parser.

    Example::

        request = list_sessions_v1.build(...)
    """
    return ApiRequest(
        "list_sessions_v1",
        lambda: _get_kwargs(
            filtertype=filter_type,
            filtertags=filter_tags,
            filtertask_identifier=filter_task_identifier,
            filterexternal_id=filter_external_id,
            filterstatus=filter_status,
            filtercreated_atfrom=filter_created_at_from,
            filtercreated_atto=filter_created_at_to,
            filtercreated_atperiod=filter_created_at_period,
            pagesize=page_size,
            pageafter=page_after,
            pagebefore=page_before,
        ),
        _parse_success,
        "/api/v1/sessions",
    )


def _parse_success(response: httpx.Response) -> ListSessionsResult:
    if response.status_code == 200:
        response_200 = ListSessionsResult.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of list_sessions_v1")
