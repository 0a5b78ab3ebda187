from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.env_var_value import EnvVarValue
from ...models.error_response import ErrorResponse
from ...types import ApiRequest, Response, loads_json


def _get_kwargs(
    project_ref: str,
    env: str,
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/projects/{project_ref}/envvars/{env}/{name}".format(
            project_ref=errors.path_segment(project_ref, "project_ref"),
            env=errors.path_segment(env, "env"),
            name=errors.path_segment(name, "name"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnvVarValue | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EnvVarValue.from_dict(loads_json(response.content))

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
) -> Response[EnvVarValue | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_ref: str,
    env: str,
    name: str,
    *,
    client: AuthenticatedClient,
) -> Response[EnvVarValue | ErrorResponse]:
    """Retrieve environment variable

     Retrieve a specific environment variable for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvVarValue | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_ref=project_ref,
        env=env,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_ref: str,
    env: str,
    name: str,
    *,
    client: AuthenticatedClient,
) -> EnvVarValue | ErrorResponse | None:
    """Retrieve environment variable

     Retrieve a specific environment variable for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvVarValue | ErrorResponse
    """

    return sync_detailed(
        project_ref=project_ref,
        env=env,
        name=name,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_ref: str,
    env: str,
    name: str,
    *,
    client: AuthenticatedClient,
) -> Response[EnvVarValue | ErrorResponse]:
    """Retrieve environment variable

     Retrieve a specific environment variable for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvVarValue | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_ref=project_ref,
        env=env,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_ref: str,
    env: str,
    name: str,
    *,
    client: AuthenticatedClient,
) -> EnvVarValue | ErrorResponse | None:
    """Retrieve environment variable

     Retrieve a specific environment variable for a specific project and environment.

    Args:
        project_ref (str):
        env (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvVarValue | ErrorResponse
    """

    return (
        await asyncio_detailed(
            project_ref=project_ref,
            env=env,
            name=name,
            client=client,
        )
    ).parsed


def build(
    project_ref: str,
    env: str,
    name: str,
) -> ApiRequest[EnvVarValue]:
    """The request of `GET /api/v1/projects/{project_ref}/envvars/{env}/{name}` (Retrieve environment variable), with its success parser.

    Example::

        request = get_project_envvar_v1.build(...)
    """
    return ApiRequest(
        "get_project_envvar_v1",
        lambda: _get_kwargs(
            project_ref=project_ref,
            env=env,
            name=name,
        ),
        _parse_success,
        "/api/v1/projects/{project_ref}/envvars/{env}/{name}",
    )


def _parse_success(response: httpx.Response) -> EnvVarValue:
    if response.status_code == 200:
        response_200 = EnvVarValue.from_dict(loads_json(response.content))

        return response_200

    raise ValueError(f"status {response.status_code} is not a documented success of get_project_envvar_v1")
