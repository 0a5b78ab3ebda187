from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.env_var import EnvVar
from ...models.error_response import ErrorResponse
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    project_ref: str,
    env: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/projects/{project_ref}/envvars/{env}".format(
            project_ref=errors.path_segment(project_ref, "project_ref"),
            env=errors.path_segment(env, "env"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[EnvVar] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads_json(response.content)
        for componentsschemas_list_environment_variables_response_item_data in _response_200:
            componentsschemas_list_environment_variables_response_item = EnvVar.from_dict(
                componentsschemas_list_environment_variables_response_item_data
            )

            response_200.append(componentsschemas_list_environment_variables_response_item)

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
) -> Response[ErrorResponse | list[EnvVar]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_ref: str,
    env: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | list[EnvVar]]:
    """List environment variables

     List all environment variables for a specific project and environment.

    Args:
        project_ref (str):
        env (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[EnvVar]]
    """

    kwargs = _get_kwargs(
        project_ref=project_ref,
        env=env,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_ref: str,
    env: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | list[EnvVar] | None:
    """List environment variables

     List all environment variables for a specific project and environment.

    Args:
        project_ref (str):
        env (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[EnvVar]
    """

    return sync_detailed(
        project_ref=project_ref,
        env=env,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_ref: str,
    env: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | list[EnvVar]]:
    """List environment variables

     List all environment variables for a specific project and environment.

    Args:
        project_ref (str):
        env (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[EnvVar]]
    """

    kwargs = _get_kwargs(
        project_ref=project_ref,
        env=env,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_ref: str,
    env: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | list[EnvVar] | None:
    """List environment variables

     List all environment variables for a specific project and environment.

    Args:
        project_ref (str):
        env (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[EnvVar]
    """

    return (
        await asyncio_detailed(
            project_ref=project_ref,
            env=env,
            client=client,
        )
    ).parsed


def build(
    project_ref: str,
    env: str,
) -> ApiRequest[list[EnvVar]]:
    """The request of `GET /api/v1/projects/{project_ref}/envvars/{env}` (List environment variables), with its success parser.

    Example::

        request = list_project_envvars_v1.build(...)
    """
    return ApiRequest(
        "list_project_envvars_v1",
        lambda: _get_kwargs(
            project_ref=project_ref,
            env=env,
        ),
        _parse_success,
        "/api/v1/projects/{project_ref}/envvars/{env}",
    )


def _parse_success(response: httpx.Response) -> list[EnvVar]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads_json(response.content)
        for componentsschemas_list_environment_variables_response_item_data in _response_200:
            componentsschemas_list_environment_variables_response_item = EnvVar.from_dict(
                componentsschemas_list_environment_variables_response_item_data
            )

            response_200.append(componentsschemas_list_environment_variables_response_item)

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of list_project_envvars_v1")
