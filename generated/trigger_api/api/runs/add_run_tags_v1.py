from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_run_tags_v1_body import AddRunTagsV1Body
from ...models.add_run_tags_v1_response_400 import AddRunTagsV1Response400
from ...models.add_run_tags_v1_response_401 import AddRunTagsV1Response401
from ...models.add_run_tags_v1_response_422 import AddRunTagsV1Response422
from ...models.run_tags_added import RunTagsAdded
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    run_id: str,
    *,
    body: AddRunTagsV1Body,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/runs/{run_id}/tags".format(
            run_id=errors.path_segment(run_id, "run_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddRunTagsV1Response400 | AddRunTagsV1Response401 | AddRunTagsV1Response422 | RunTagsAdded | None:
    if response.status_code == 200:
        response_200 = RunTagsAdded.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = AddRunTagsV1Response400.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = AddRunTagsV1Response401.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = AddRunTagsV1Response422.from_dict(loads_json(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddRunTagsV1Response400 | AddRunTagsV1Response401 | AddRunTagsV1Response422 | RunTagsAdded]:
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
    body: AddRunTagsV1Body,
) -> Response[AddRunTagsV1Response400 | AddRunTagsV1Response401 | AddRunTagsV1Response422 | RunTagsAdded]:
    """Add tags to a run

     Adds one or more tags to a run. Runs can have a maximum of 10 tags. Duplicate tags are ignored.

    Args:
        run_id (str):
        body (AddRunTagsV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddRunTagsV1Response400 | AddRunTagsV1Response401 | AddRunTagsV1Response422 | RunTagsAdded]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient,
    body: AddRunTagsV1Body,
) -> AddRunTagsV1Response400 | AddRunTagsV1Response401 | AddRunTagsV1Response422 | RunTagsAdded | None:
    """Add tags to a run

     Adds one or more tags to a run. Runs can have a maximum of 10 tags. Duplicate tags are ignored.

    Args:
        run_id (str):
        body (AddRunTagsV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddRunTagsV1Response400 | AddRunTagsV1Response401 | AddRunTagsV1Response422 | RunTagsAdded
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
    body: AddRunTagsV1Body,
) -> Response[AddRunTagsV1Response400 | AddRunTagsV1Response401 | AddRunTagsV1Response422 | RunTagsAdded]:
    """Add tags to a run

     Adds one or more tags to a run. Runs can have a maximum of 10 tags. Duplicate tags are ignored.

    Args:
        run_id (str):
        body (AddRunTagsV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddRunTagsV1Response400 | AddRunTagsV1Response401 | AddRunTagsV1Response422 | RunTagsAdded]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient,
    body: AddRunTagsV1Body,
) -> AddRunTagsV1Response400 | AddRunTagsV1Response401 | AddRunTagsV1Response422 | RunTagsAdded | None:
    """Add tags to a run

     Adds one or more tags to a run. Runs can have a maximum of 10 tags. Duplicate tags are ignored.

    Args:
        run_id (str):
        body (AddRunTagsV1Body):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddRunTagsV1Response400 | AddRunTagsV1Response401 | AddRunTagsV1Response422 | RunTagsAdded
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            body=body,
        )
    ).parsed


def build(
    run_id: str,
    *,
    body: AddRunTagsV1Body,
) -> ApiRequest[RunTagsAdded]:
    """The request of `POST /api/v1/runs/{run_id}/tags` (Add tags to a run), with its success parser.

    Example::

        request = add_run_tags_v1.build(...)
    """
    return ApiRequest(
        "add_run_tags_v1",
        lambda: _get_kwargs(
            run_id=run_id,
            body=body,
        ),
        _parse_success,
        "/api/v1/runs/{run_id}/tags",
    )


def _parse_success(response: httpx.Response) -> RunTagsAdded:
    if response.status_code == 200:
        response_200 = RunTagsAdded.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of add_run_tags_v1")
