from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_report_v1_format import GetReportV1Format
from ...models.report_view_model import ReportViewModel
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    key: str,
    *,
    format_: GetReportV1Format | Unset = UNSET,
    period: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["period"] = period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports/{key}".format(
            key=errors.path_segment(key, "key"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ReportViewModel | None:
    if response.status_code == 200:
        response_200 = ReportViewModel.from_dict(loads_json(response.content))

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
) -> Response[ErrorResponse | ReportViewModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key: str,
    *,
    client: AuthenticatedClient,
    format_: GetReportV1Format | Unset = UNSET,
    period: str | Unset = UNSET,
) -> Response[ErrorResponse | ReportViewModel]:
    """Get a report

     `format=json` answers the view model; `markdown` (default) and `ansi` answer text.

    Args:
        key (str):
        format_ (GetReportV1Format | Unset):
        period (str | Unset): e.g. `1h`, `7d`; at most 90d

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReportViewModel]
    """

    kwargs = _get_kwargs(
        key=key,
        format_=format_,
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key: str,
    *,
    client: AuthenticatedClient,
    format_: GetReportV1Format | Unset = UNSET,
    period: str | Unset = UNSET,
) -> ErrorResponse | ReportViewModel | None:
    """Get a report

     `format=json` answers the view model; `markdown` (default) and `ansi` answer text.

    Args:
        key (str):
        format_ (GetReportV1Format | Unset):
        period (str | Unset): e.g. `1h`, `7d`; at most 90d

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReportViewModel
    """

    return sync_detailed(
        key=key,
        client=client,
        format_=format_,
        period=period,
    ).parsed


async def asyncio_detailed(
    key: str,
    *,
    client: AuthenticatedClient,
    format_: GetReportV1Format | Unset = UNSET,
    period: str | Unset = UNSET,
) -> Response[ErrorResponse | ReportViewModel]:
    """Get a report

     `format=json` answers the view model; `markdown` (default) and `ansi` answer text.

    Args:
        key (str):
        format_ (GetReportV1Format | Unset):
        period (str | Unset): e.g. `1h`, `7d`; at most 90d

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReportViewModel]
    """

    kwargs = _get_kwargs(
        key=key,
        format_=format_,
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key: str,
    *,
    client: AuthenticatedClient,
    format_: GetReportV1Format | Unset = UNSET,
    period: str | Unset = UNSET,
) -> ErrorResponse | ReportViewModel | None:
    """Get a report

     `format=json` answers the view model; `markdown` (default) and `ansi` answer text.

    Args:
        key (str):
        format_ (GetReportV1Format | Unset):
        period (str | Unset): e.g. `1h`, `7d`; at most 90d

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReportViewModel
    """

    return (
        await asyncio_detailed(
            key=key,
            client=client,
            format_=format_,
            period=period,
        )
    ).parsed


def build(
    key: str,
    *,
    format_: GetReportV1Format | None = None,
    period: str | None = None,
) -> ApiRequest[ReportViewModel]:
    """The request of `GET /api/v1/reports/{key}` (Get a report), with its success parser.

    Example::

        request = get_report_v1.build(...)
    """
    return ApiRequest(
        "get_report_v1",
        lambda: _get_kwargs(
            key=key,
            format_=format_,
            period=period,
        ),
        _parse_success,
        "/api/v1/reports/{key}",
    )


def _parse_success(response: httpx.Response) -> ReportViewModel:
    if response.status_code == 200:
        response_200 = ReportViewModel.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of get_report_v1")
