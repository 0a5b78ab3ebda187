import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_group_status import ErrorGroupStatus
from ...models.error_with_details_response import ErrorWithDetailsResponse
from ...models.list_errors_result import ListErrorsResult
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    *,
    filtertask_identifier: list[str] | Unset = UNSET,
    filterversion: list[str] | Unset = UNSET,
    filterstatus: list[ErrorGroupStatus] | Unset = UNSET,
    filtersearch: str | Unset = UNSET,
    filterfrom: datetime.datetime | Unset = UNSET,
    filterto: datetime.datetime | Unset = UNSET,
    filterperiod: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filtertask_identifier: list[str] | Unset = UNSET
    if not isinstance(filtertask_identifier, Unset):
        json_filtertask_identifier = filtertask_identifier

    if not isinstance(json_filtertask_identifier, Unset):
        params["filter[taskIdentifier]"] = ",".join(str(item) for item in json_filtertask_identifier)

    json_filterversion: list[str] | Unset = UNSET
    if not isinstance(filterversion, Unset):
        json_filterversion = filterversion

    if not isinstance(json_filterversion, Unset):
        params["filter[version]"] = ",".join(str(item) for item in json_filterversion)

    json_filterstatus: list[str] | Unset = UNSET
    if not isinstance(filterstatus, Unset):
        json_filterstatus = []
        for filterstatus_item_data in filterstatus:
            filterstatus_item = filterstatus_item_data.value
            json_filterstatus.append(filterstatus_item)

    if not isinstance(json_filterstatus, Unset):
        params["filter[status]"] = ",".join(str(item) for item in json_filterstatus)

    params["filter[search]"] = filtersearch

    json_filterfrom: str | Unset = UNSET
    if not isinstance(filterfrom, Unset):
        json_filterfrom = (
            (filterfrom if filterfrom.tzinfo else filterfrom.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )
    params["filter[from]"] = json_filterfrom

    json_filterto: str | Unset = UNSET
    if not isinstance(filterto, Unset):
        json_filterto = (
            (filterto if filterto.tzinfo else filterto.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )
    params["filter[to]"] = json_filterto

    params["filter[period]"] = filterperiod

    params["page[size]"] = pagesize

    params["page[after]"] = pageafter

    params["page[before]"] = pagebefore

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/errors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorWithDetailsResponse | ListErrorsResult | None:
    if response.status_code == 200:
        response_200 = ListErrorsResult.from_dict(loads_json(response.content))

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
) -> Response[Any | ErrorWithDetailsResponse | ListErrorsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filtertask_identifier: list[str] | Unset = UNSET,
    filterversion: list[str] | Unset = UNSET,
    filterstatus: list[ErrorGroupStatus] | Unset = UNSET,
    filtersearch: str | Unset = UNSET,
    filterfrom: datetime.datetime | Unset = UNSET,
    filterto: datetime.datetime | Unset = UNSET,
    filterperiod: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Response[Any | ErrorWithDetailsResponse | ListErrorsResult]:
    """List errors

     List error groups in a specific environment. Runs that fail are grouped by a fingerprint derived
    from the error type, message, and stack trace. Filter by task identifier, version, status, search
    text, and time range.

    Args:
        filtertask_identifier (list[str] | Unset):
        filterversion (list[str] | Unset):
        filterstatus (list[ErrorGroupStatus] | Unset):
        filtersearch (str | Unset):
        filterfrom (datetime.datetime | Unset):
        filterto (datetime.datetime | Unset):
        filterperiod (str | Unset):  Example: 7d.
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorWithDetailsResponse | ListErrorsResult]
    """

    kwargs = _get_kwargs(
        filtertask_identifier=filtertask_identifier,
        filterversion=filterversion,
        filterstatus=filterstatus,
        filtersearch=filtersearch,
        filterfrom=filterfrom,
        filterto=filterto,
        filterperiod=filterperiod,
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
    filtertask_identifier: list[str] | Unset = UNSET,
    filterversion: list[str] | Unset = UNSET,
    filterstatus: list[ErrorGroupStatus] | Unset = UNSET,
    filtersearch: str | Unset = UNSET,
    filterfrom: datetime.datetime | Unset = UNSET,
    filterto: datetime.datetime | Unset = UNSET,
    filterperiod: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Any | ErrorWithDetailsResponse | ListErrorsResult | None:
    """List errors

     List error groups in a specific environment. Runs that fail are grouped by a fingerprint derived
    from the error type, message, and stack trace. Filter by task identifier, version, status, search
    text, and time range.

    Args:
        filtertask_identifier (list[str] | Unset):
        filterversion (list[str] | Unset):
        filterstatus (list[ErrorGroupStatus] | Unset):
        filtersearch (str | Unset):
        filterfrom (datetime.datetime | Unset):
        filterto (datetime.datetime | Unset):
        filterperiod (str | Unset):  Example: 7d.
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorWithDetailsResponse | ListErrorsResult
    """

    return sync_detailed(
        client=client,
        filtertask_identifier=filtertask_identifier,
        filterversion=filterversion,
        filterstatus=filterstatus,
        filtersearch=filtersearch,
        filterfrom=filterfrom,
        filterto=filterto,
        filterperiod=filterperiod,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filtertask_identifier: list[str] | Unset = UNSET,
    filterversion: list[str] | Unset = UNSET,
    filterstatus: list[ErrorGroupStatus] | Unset = UNSET,
    filtersearch: str | Unset = UNSET,
    filterfrom: datetime.datetime | Unset = UNSET,
    filterto: datetime.datetime | Unset = UNSET,
    filterperiod: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Response[Any | ErrorWithDetailsResponse | ListErrorsResult]:
    """List errors

     List error groups in a specific environment. Runs that fail are grouped by a fingerprint derived
    from the error type, message, and stack trace. Filter by task identifier, version, status, search
    text, and time range.

    Args:
        filtertask_identifier (list[str] | Unset):
        filterversion (list[str] | Unset):
        filterstatus (list[ErrorGroupStatus] | Unset):
        filtersearch (str | Unset):
        filterfrom (datetime.datetime | Unset):
        filterto (datetime.datetime | Unset):
        filterperiod (str | Unset):  Example: 7d.
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorWithDetailsResponse | ListErrorsResult]
    """

    kwargs = _get_kwargs(
        filtertask_identifier=filtertask_identifier,
        filterversion=filterversion,
        filterstatus=filterstatus,
        filtersearch=filtersearch,
        filterfrom=filterfrom,
        filterto=filterto,
        filterperiod=filterperiod,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filtertask_identifier: list[str] | Unset = UNSET,
    filterversion: list[str] | Unset = UNSET,
    filterstatus: list[ErrorGroupStatus] | Unset = UNSET,
    filtersearch: str | Unset = UNSET,
    filterfrom: datetime.datetime | Unset = UNSET,
    filterto: datetime.datetime | Unset = UNSET,
    filterperiod: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Any | ErrorWithDetailsResponse | ListErrorsResult | None:
    """List errors

     List error groups in a specific environment. Runs that fail are grouped by a fingerprint derived
    from the error type, message, and stack trace. Filter by task identifier, version, status, search
    text, and time range.

    Args:
        filtertask_identifier (list[str] | Unset):
        filterversion (list[str] | Unset):
        filterstatus (list[ErrorGroupStatus] | Unset):
        filtersearch (str | Unset):
        filterfrom (datetime.datetime | Unset):
        filterto (datetime.datetime | Unset):
        filterperiod (str | Unset):  Example: 7d.
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorWithDetailsResponse | ListErrorsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            filtertask_identifier=filtertask_identifier,
            filterversion=filterversion,
            filterstatus=filterstatus,
            filtersearch=filtersearch,
            filterfrom=filterfrom,
            filterto=filterto,
            filterperiod=filterperiod,
            pagesize=pagesize,
            pageafter=pageafter,
            pagebefore=pagebefore,
        )
    ).parsed


def build(
    *,
    filter_task_identifier: list[str] | None = None,
    filter_version: list[str] | None = None,
    filter_status: list[ErrorGroupStatus] | None = None,
    filter_search: str | None = None,
    filter_from: datetime.datetime | None = None,
    filter_to: datetime.datetime | None = None,
    filter_period: str | None = None,
    page_size: int | None = None,
    page_after: str | None = None,
    page_before: str | None = None,
) -> ApiRequest[ListErrorsResult]:
    """The request of `GET /api/v1/errors` (List errors), with its success parser.

    Example::

        request = list_errors_v1.build(...)
    """
    return ApiRequest(
        "list_errors_v1",
        lambda: _get_kwargs(
            filtertask_identifier=filter_task_identifier,
            filterversion=filter_version,
            filterstatus=filter_status,
            filtersearch=filter_search,
            filterfrom=filter_from,
            filterto=filter_to,
            filterperiod=filter_period,
            pagesize=page_size,
            pageafter=page_after,
            pagebefore=page_before,
        ),
        _parse_success,
        "/api/v1/errors",
    )


def _parse_success(response: httpx.Response) -> ListErrorsResult:
    if response.status_code == 200:
        response_200 = ListErrorsResult.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of list_errors_v1")
