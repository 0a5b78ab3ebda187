from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_with_details_response import ErrorWithDetailsResponse
from ...models.list_project_runs_v1_filterenv import ListProjectRunsV1Filterenv
from ...models.run_list_page import RunListPage
from ...models.run_status import RunStatus
from ...types import UNSET, ApiRequest, Response, Unset, loads_json


def _get_kwargs(
    project_ref: str,
    *,
    filterstatus: list[RunStatus] | Unset = UNSET,
    filtertask_identifier: list[str] | Unset = UNSET,
    filterversion: list[str] | Unset = UNSET,
    filterbulk_action: str | Unset = UNSET,
    filtertag: list[str] | Unset = UNSET,
    filterschedule: str | Unset = UNSET,
    filteris_test: bool | Unset = UNSET,
    filtercreated_atfrom: int | Unset = UNSET,
    filtercreated_atto: int | Unset = UNSET,
    filtercreated_atperiod: str | Unset = UNSET,
    filterbatch: str | Unset = UNSET,
    filterqueue: list[str] | Unset = UNSET,
    filtermachine: list[str] | Unset = UNSET,
    filterregion: list[str] | Unset = UNSET,
    filtererror: str | Unset = UNSET,
    filterenv: ListProjectRunsV1Filterenv,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filterstatus: list[str] | Unset = UNSET
    if not isinstance(filterstatus, Unset):
        json_filterstatus = []
        for filterstatus_item_data in filterstatus:
            filterstatus_item = filterstatus_item_data.value
            json_filterstatus.append(filterstatus_item)

    if not isinstance(json_filterstatus, Unset):
        params["filter[status]"] = ",".join(str(item) for item in json_filterstatus)

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

    params["filter[bulkAction]"] = filterbulk_action

    json_filtertag: list[str] | Unset = UNSET
    if not isinstance(filtertag, Unset):
        json_filtertag = filtertag

    if not isinstance(json_filtertag, Unset):
        params["filter[tag]"] = ",".join(str(item) for item in json_filtertag)

    params["filter[schedule]"] = filterschedule

    params["filter[isTest]"] = filteris_test

    params["filter[createdAt][from]"] = filtercreated_atfrom

    params["filter[createdAt][to]"] = filtercreated_atto

    params["filter[createdAt][period]"] = filtercreated_atperiod

    params["filter[batch]"] = filterbatch

    json_filterqueue: list[str] | Unset = UNSET
    if not isinstance(filterqueue, Unset):
        json_filterqueue = filterqueue

    if not isinstance(json_filterqueue, Unset):
        params["filter[queue]"] = ",".join(str(item) for item in json_filterqueue)

    json_filtermachine: list[str] | Unset = UNSET
    if not isinstance(filtermachine, Unset):
        json_filtermachine = filtermachine

    if not isinstance(json_filtermachine, Unset):
        params["filter[machine]"] = ",".join(str(item) for item in json_filtermachine)

    json_filterregion: list[str] | Unset = UNSET
    if not isinstance(filterregion, Unset):
        json_filterregion = filterregion

    if not isinstance(json_filterregion, Unset):
        params["filter[region]"] = ",".join(str(item) for item in json_filterregion)

    params["filter[error]"] = filtererror

    json_filterenv = filterenv.value
    params["filter[env]"] = json_filterenv

    params["page[size]"] = pagesize

    params["page[after]"] = pageafter

    params["page[before]"] = pagebefore

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/projects/{project_ref}/runs".format(
            project_ref=errors.path_segment(project_ref, "project_ref"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorWithDetailsResponse | RunListPage | None:
    if response.status_code == 200:
        response_200 = RunListPage.from_dict(loads_json(response.content))

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
) -> Response[Any | ErrorWithDetailsResponse | RunListPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_ref: str,
    *,
    client: AuthenticatedClient,
    filterstatus: list[RunStatus] | Unset = UNSET,
    filtertask_identifier: list[str] | Unset = UNSET,
    filterversion: list[str] | Unset = UNSET,
    filterbulk_action: str | Unset = UNSET,
    filtertag: list[str] | Unset = UNSET,
    filterschedule: str | Unset = UNSET,
    filteris_test: bool | Unset = UNSET,
    filtercreated_atfrom: int | Unset = UNSET,
    filtercreated_atto: int | Unset = UNSET,
    filtercreated_atperiod: str | Unset = UNSET,
    filterbatch: str | Unset = UNSET,
    filterqueue: list[str] | Unset = UNSET,
    filtermachine: list[str] | Unset = UNSET,
    filterregion: list[str] | Unset = UNSET,
    filtererror: str | Unset = UNSET,
    filterenv: ListProjectRunsV1Filterenv,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Response[Any | ErrorWithDetailsResponse | RunListPage]:
    """List project runs

     List runs in a project, across multiple environments, using Personal Access Token auth. You can
    filter the runs by status, created at, task identifier, version, and more.

    Args:
        project_ref (str):
        filterstatus (list[RunStatus] | Unset):
        filtertask_identifier (list[str] | Unset):
        filterversion (list[str] | Unset):
        filterbulk_action (str | Unset):  Example: bulk_1234.
        filtertag (list[str] | Unset):
        filterschedule (str | Unset):  Example: schedule_1234.
        filteris_test (bool | Unset):  Example: False.
        filtercreated_atfrom (int | Unset):
        filtercreated_atto (int | Unset):
        filtercreated_atperiod (str | Unset):  Example: 1d.
        filterbatch (str | Unset):  Example: batch_1234.
        filterqueue (list[str] | Unset):
        filtermachine (list[str] | Unset):
        filterregion (list[str] | Unset):
        filtererror (str | Unset):  Example: error_8f3b2a1c9d4e5f60.
        filterenv (ListProjectRunsV1Filterenv):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorWithDetailsResponse | RunListPage]
    """

    kwargs = _get_kwargs(
        project_ref=project_ref,
        filterstatus=filterstatus,
        filtertask_identifier=filtertask_identifier,
        filterversion=filterversion,
        filterbulk_action=filterbulk_action,
        filtertag=filtertag,
        filterschedule=filterschedule,
        filteris_test=filteris_test,
        filtercreated_atfrom=filtercreated_atfrom,
        filtercreated_atto=filtercreated_atto,
        filtercreated_atperiod=filtercreated_atperiod,
        filterbatch=filterbatch,
        filterqueue=filterqueue,
        filtermachine=filtermachine,
        filterregion=filterregion,
        filtererror=filtererror,
        filterenv=filterenv,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_ref: str,
    *,
    client: AuthenticatedClient,
    filterstatus: list[RunStatus] | Unset = UNSET,
    filtertask_identifier: list[str] | Unset = UNSET,
    filterversion: list[str] | Unset = UNSET,
    filterbulk_action: str | Unset = UNSET,
    filtertag: list[str] | Unset = UNSET,
    filterschedule: str | Unset = UNSET,
    filteris_test: bool | Unset = UNSET,
    filtercreated_atfrom: int | Unset = UNSET,
    filtercreated_atto: int | Unset = UNSET,
    filtercreated_atperiod: str | Unset = UNSET,
    filterbatch: str | Unset = UNSET,
    filterqueue: list[str] | Unset = UNSET,
    filtermachine: list[str] | Unset = UNSET,
    filterregion: list[str] | Unset = UNSET,
    filtererror: str | Unset = UNSET,
    filterenv: ListProjectRunsV1Filterenv,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Any | ErrorWithDetailsResponse | RunListPage | None:
    """List project runs

     List runs in a project, across multiple environments, using Personal Access Token auth. You can
    filter the runs by status, created at, task identifier, version, and more.

    Args:
        project_ref (str):
        filterstatus (list[RunStatus] | Unset):
        filtertask_identifier (list[str] | Unset):
        filterversion (list[str] | Unset):
        filterbulk_action (str | Unset):  Example: bulk_1234.
        filtertag (list[str] | Unset):
        filterschedule (str | Unset):  Example: schedule_1234.
        filteris_test (bool | Unset):  Example: False.
        filtercreated_atfrom (int | Unset):
        filtercreated_atto (int | Unset):
        filtercreated_atperiod (str | Unset):  Example: 1d.
        filterbatch (str | Unset):  Example: batch_1234.
        filterqueue (list[str] | Unset):
        filtermachine (list[str] | Unset):
        filterregion (list[str] | Unset):
        filtererror (str | Unset):  Example: error_8f3b2a1c9d4e5f60.
        filterenv (ListProjectRunsV1Filterenv):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorWithDetailsResponse | RunListPage
    """

    return sync_detailed(
        project_ref=project_ref,
        client=client,
        filterstatus=filterstatus,
        filtertask_identifier=filtertask_identifier,
        filterversion=filterversion,
        filterbulk_action=filterbulk_action,
        filtertag=filtertag,
        filterschedule=filterschedule,
        filteris_test=filteris_test,
        filtercreated_atfrom=filtercreated_atfrom,
        filtercreated_atto=filtercreated_atto,
        filtercreated_atperiod=filtercreated_atperiod,
        filterbatch=filterbatch,
        filterqueue=filterqueue,
        filtermachine=filtermachine,
        filterregion=filterregion,
        filtererror=filtererror,
        filterenv=filterenv,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
    ).parsed


async def asyncio_detailed(
    project_ref: str,
    *,
    client: AuthenticatedClient,
    filterstatus: list[RunStatus] | Unset = UNSET,
    filtertask_identifier: list[str] | Unset = UNSET,
    filterversion: list[str] | Unset = UNSET,
    filterbulk_action: str | Unset = UNSET,
    filtertag: list[str] | Unset = UNSET,
    filterschedule: str | Unset = UNSET,
    filteris_test: bool | Unset = UNSET,
    filtercreated_atfrom: int | Unset = UNSET,
    filtercreated_atto: int | Unset = UNSET,
    filtercreated_atperiod: str | Unset = UNSET,
    filterbatch: str | Unset = UNSET,
    filterqueue: list[str] | Unset = UNSET,
    filtermachine: list[str] | Unset = UNSET,
    filterregion: list[str] | Unset = UNSET,
    filtererror: str | Unset = UNSET,
    filterenv: ListProjectRunsV1Filterenv,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Response[Any | ErrorWithDetailsResponse | RunListPage]:
    """List project runs

     List runs in a project, across multiple environments, using Personal Access Token auth. You can
    filter the runs by status, created at, task identifier, version, and more.

    Args:
        project_ref (str):
        filterstatus (list[RunStatus] | Unset):
        filtertask_identifier (list[str] | Unset):
        filterversion (list[str] | Unset):
        filterbulk_action (str | Unset):  Example: bulk_1234.
        filtertag (list[str] | Unset):
        filterschedule (str | Unset):  Example: schedule_1234.
        filteris_test (bool | Unset):  Example: False.
        filtercreated_atfrom (int | Unset):
        filtercreated_atto (int | Unset):
        filtercreated_atperiod (str | Unset):  Example: 1d.
        filterbatch (str | Unset):  Example: batch_1234.
        filterqueue (list[str] | Unset):
        filtermachine (list[str] | Unset):
        filterregion (list[str] | Unset):
        filtererror (str | Unset):  Example: error_8f3b2a1c9d4e5f60.
        filterenv (ListProjectRunsV1Filterenv):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorWithDetailsResponse | RunListPage]
    """

    kwargs = _get_kwargs(
        project_ref=project_ref,
        filterstatus=filterstatus,
        filtertask_identifier=filtertask_identifier,
        filterversion=filterversion,
        filterbulk_action=filterbulk_action,
        filtertag=filtertag,
        filterschedule=filterschedule,
        filteris_test=filteris_test,
        filtercreated_atfrom=filtercreated_atfrom,
        filtercreated_atto=filtercreated_atto,
        filtercreated_atperiod=filtercreated_atperiod,
        filterbatch=filterbatch,
        filterqueue=filterqueue,
        filtermachine=filtermachine,
        filterregion=filterregion,
        filtererror=filtererror,
        filterenv=filterenv,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_ref: str,
    *,
    client: AuthenticatedClient,
    filterstatus: list[RunStatus] | Unset = UNSET,
    filtertask_identifier: list[str] | Unset = UNSET,
    filterversion: list[str] | Unset = UNSET,
    filterbulk_action: str | Unset = UNSET,
    filtertag: list[str] | Unset = UNSET,
    filterschedule: str | Unset = UNSET,
    filteris_test: bool | Unset = UNSET,
    filtercreated_atfrom: int | Unset = UNSET,
    filtercreated_atto: int | Unset = UNSET,
    filtercreated_atperiod: str | Unset = UNSET,
    filterbatch: str | Unset = UNSET,
    filterqueue: list[str] | Unset = UNSET,
    filtermachine: list[str] | Unset = UNSET,
    filterregion: list[str] | Unset = UNSET,
    filtererror: str | Unset = UNSET,
    filterenv: ListProjectRunsV1Filterenv,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
) -> Any | ErrorWithDetailsResponse | RunListPage | None:
    """List project runs

     List runs in a project, across multiple environments, using Personal Access Token auth. You can
    filter the runs by status, created at, task identifier, version, and more.

    Args:
        project_ref (str):
        filterstatus (list[RunStatus] | Unset):
        filtertask_identifier (list[str] | Unset):
        filterversion (list[str] | Unset):
        filterbulk_action (str | Unset):  Example: bulk_1234.
        filtertag (list[str] | Unset):
        filterschedule (str | Unset):  Example: schedule_1234.
        filteris_test (bool | Unset):  Example: False.
        filtercreated_atfrom (int | Unset):
        filtercreated_atto (int | Unset):
        filtercreated_atperiod (str | Unset):  Example: 1d.
        filterbatch (str | Unset):  Example: batch_1234.
        filterqueue (list[str] | Unset):
        filtermachine (list[str] | Unset):
        filterregion (list[str] | Unset):
        filtererror (str | Unset):  Example: error_8f3b2a1c9d4e5f60.
        filterenv (ListProjectRunsV1Filterenv):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorWithDetailsResponse | RunListPage
    """

    return (
        await asyncio_detailed(
            project_ref=project_ref,
            client=client,
            filterstatus=filterstatus,
            filtertask_identifier=filtertask_identifier,
            filterversion=filterversion,
            filterbulk_action=filterbulk_action,
            filtertag=filtertag,
            filterschedule=filterschedule,
            filteris_test=filteris_test,
            filtercreated_atfrom=filtercreated_atfrom,
            filtercreated_atto=filtercreated_atto,
            filtercreated_atperiod=filtercreated_atperiod,
            filterbatch=filterbatch,
            filterqueue=filterqueue,
            filtermachine=filtermachine,
            filterregion=filterregion,
            filtererror=filtererror,
            filterenv=filterenv,
            pagesize=pagesize,
            pageafter=pageafter,
            pagebefore=pagebefore,
        )
    ).parsed


def build(
    project_ref: str,
    *,
    filter_status: list[RunStatus] | None = None,
    filter_task_identifier: list[str] | None = None,
    filter_version: list[str] | None = None,
    filter_bulk_action: str | None = None,
    filter_tag: list[str] | None = None,
    filter_schedule: str | None = None,
    filter_is_test: bool | None = None,
    filter_created_at_from: int | None = None,
    filter_created_at_to: int | None = None,
    filter_created_at_period: str | None = None,
    filter_batch: str | None = None,
    filter_queue: list[str] | None = None,
    filter_machine: list[str] | None = None,
    filter_region: list[str] | None = None,
    filter_error: str | None = None,
    filter_env: ListProjectRunsV1Filterenv,
    page_size: int | None = None,
    page_after: str | None = None,
    page_before: str | None = None,
) -> ApiRequest[RunListPage]:
    """The request of `GET /api/v1/projects/{project_ref}/runs` (List project runs), with its success parser.

    Example::

        request = list_project_runs_v1.build(...)
    """
    return ApiRequest(
        "list_project_runs_v1",
        lambda: _get_kwargs(
            project_ref=project_ref,
            filterstatus=filter_status,
            filtertask_identifier=filter_task_identifier,
            filterversion=filter_version,
            filterbulk_action=filter_bulk_action,
            filtertag=filter_tag,
            filterschedule=filter_schedule,
            filteris_test=filter_is_test,
            filtercreated_atfrom=filter_created_at_from,
            filtercreated_atto=filter_created_at_to,
            filtercreated_atperiod=filter_created_at_period,
            filterbatch=filter_batch,
            filterqueue=filter_queue,
            filtermachine=filter_machine,
            filterregion=filter_region,
            filtererror=filter_error,
            filterenv=filter_env,
            pagesize=page_size,
            pageafter=page_after,
            pagebefore=page_before,
        ),
        _parse_success,
        "/api/v1/projects/{project_ref}/runs",
    )


def _parse_success(response: httpx.Response) -> RunListPage:
    if response.status_code == 200:
        response_200 = RunListPage.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of list_project_runs_v1")
