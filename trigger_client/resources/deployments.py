"""Deployments of your tasks."""

from __future__ import annotations

from trigger_api.api.deployments import (
    get_current_deployment_v1,
    get_deployment_v1,
    get_latest_deployment_v1,
    promote_deployment_v1,
)
from trigger_api.models import (
    CurrentDeployment,
    GetDeploymentV1Response200,
    GetLatestDeploymentV1Response200,
    PromoteDeploymentV1Response200,
)
from trigger_client import _validate as v
from trigger_client._core import Auth, Operation, call
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from


def _retrieve(deployment_id: str) -> Operation[GetDeploymentV1Response200]:
    return call(get_deployment_v1, GetDeploymentV1Response200, deployment_id=v.segment(deployment_id, "deployment_id"))


def _latest() -> Operation[GetLatestDeploymentV1Response200]:
    return call(get_latest_deployment_v1, GetLatestDeploymentV1Response200)


def _current() -> Operation[CurrentDeployment]:
    return call(get_current_deployment_v1, CurrentDeployment, Auth.PUBLIC)


def _promote(version: str) -> Operation[PromoteDeploymentV1Response200]:
    return call(promote_deployment_v1, PromoteDeploymentV1Response200, version=v.segment(version, "version"))


class Deployments(SyncResource):
    """Deployments: ``client.deployments``."""

    def retrieve(self, deployment_id: str) -> GetDeploymentV1Response200:
        """One deployment by id.

        Example::

            client.deployments.retrieve("deployment_1234").status
        """
        return self._run(_retrieve(deployment_id))

    def latest(self) -> GetLatestDeploymentV1Response200:
        """The latest deployment of this environment.

        Example::

            print(client.deployments.latest().version)
        """
        return self._run(_latest())

    def current(self) -> CurrentDeployment:
        """The deployment currently promoted in this environment (the one new runs use); the SDK's
        ``deployments.current``. Raises :class:`NotFoundError` when nothing is deployed yet.

        Example::

            current = client.deployments.current()
            print(current.version, current.status)
        """
        return self._run(_current())

    def promote(self, version: str) -> PromoteDeploymentV1Response200:
        """Make a deployed version the current one (e.g. to roll back).

        Example::

            client.deployments.promote("20250101.1")
        """
        return self._run(_promote(version))


@docs_from(Deployments)
class AsyncDeployments(AsyncResource):
    async def retrieve(self, deployment_id: str) -> GetDeploymentV1Response200:
        return await self._run(_retrieve(deployment_id))

    async def latest(self) -> GetLatestDeploymentV1Response200:
        return await self._run(_latest())

    async def current(self) -> CurrentDeployment:
        return await self._run(_current())

    async def promote(self, version: str) -> PromoteDeploymentV1Response200:
        return await self._run(_promote(version))
