from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_run_trace_v1_response_401 import GetRunTraceV1Response401
from ...models.get_run_trace_v1_response_404 import GetRunTraceV1Response404
from ...models.run_trace import RunTrace
from ...models.run_trace_page import RunTracePage
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    run_id: str,
    *,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[size]"] = pagesize

    params["page[after]"] = pageafter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/runs/{run_id}/trace".format(
            run_id=errors.path_segment(run_id, "run_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetRunTraceV1Response401 | GetRunTraceV1Response404 | RunTrace | RunTracePage | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> RunTrace | RunTracePage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = RunTracePage.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = RunTrace.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = GetRunTraceV1Response401.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = GetRunTraceV1Response404.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetRunTraceV1Response401 | GetRunTraceV1Response404 | RunTrace | RunTracePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
) -> Response[GetRunTraceV1Response401 | GetRunTraceV1Response404 | RunTrace | RunTracePage]:
    """Retrieve run trace

     Returns the OTel trace subtree for the requested run — the run's span as `rootSpan`, its ancestor
    chain, and its descendant spans. For child or nested runs in a large trace, this is scoped to that
    run rather than the trace-wide root.

    Args:
        run_id (str):
        pagesize (int | Unset):
        pageafter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRunTraceV1Response401 | GetRunTraceV1Response404 | RunTrace | RunTracePage]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        pagesize=pagesize,
        pageafter=pageafter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
) -> GetRunTraceV1Response401 | GetRunTraceV1Response404 | RunTrace | RunTracePage | None:
    """Retrieve run trace

     Returns the OTel trace subtree for the requested run — the run's span as `rootSpan`, its ancestor
    chain, and its descendant spans. For child or nested runs in a large trace, this is scoped to that
    run rather than the trace-wide root.

    Args:
        run_id (str):
        pagesize (int | Unset):
        pageafter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRunTraceV1Response401 | GetRunTraceV1Response404 | RunTrace | RunTracePage
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        pagesize=pagesize,
        pageafter=pageafter,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
) -> Response[GetRunTraceV1Response401 | GetRunTraceV1Response404 | RunTrace | RunTracePage]:
    """Retrieve run trace

     Returns the OTel trace subtree for the requested run — the run's span as `rootSpan`, its ancestor
    chain, and its descendant spans. For child or nested runs in a large trace, this is scoped to that
    run rather than the trace-wide root.

    Args:
        run_id (str):
        pagesize (int | Unset):
        pageafter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRunTraceV1Response401 | GetRunTraceV1Response404 | RunTrace | RunTracePage]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        pagesize=pagesize,
        pageafter=pageafter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
) -> GetRunTraceV1Response401 | GetRunTraceV1Response404 | RunTrace | RunTracePage | None:
    """Retrieve run trace

     Returns the OTel trace subtree for the requested run — the run's span as `rootSpan`, its ancestor
    chain, and its descendant spans. For child or nested runs in a large trace, this is scoped to that
    run rather than the trace-wide root.

    Args:
        run_id (str):
        pagesize (int | Unset):
        pageafter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRunTraceV1Response401 | GetRunTraceV1Response404 | RunTrace | RunTracePage
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            pagesize=pagesize,
            pageafter=pageafter,
        )
    ).parsed


def build(
    run_id: str,
    *,
    page_size: int | None = None,
    page_after: str | None = None,
) -> ApiRequest[RunTrace | RunTracePage]:
    """The request of `GET /api/v1/runs/{run_id}/trace` (Retrieve run trace), with its success parser.

    Example::

        request = get_run_trace_v1.build(...)
    """
    return ApiRequest(
        "get_run_trace_v1",
        lambda: _get_kwargs(
            run_id=run_id,
            pagesize=page_size,
            pageafter=page_after,
        ),
        _parse_success,
        "/api/v1/runs/{run_id}/trace",
    )


def _parse_success(response: httpx.Response) -> RunTrace | RunTracePage:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> RunTrace | RunTracePage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = RunTracePage.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = RunTrace.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of get_run_trace_v1")
