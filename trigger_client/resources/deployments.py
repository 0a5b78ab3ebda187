"""Deployments of your tasks."""

from __future__ import annotations

from trigger_api.api.deployments import get_deployment_v1, get_latest_deployment_v1, promote_deployment_v1
from trigger_api.models import (
    Deployment,
    LatestDeployment,
    PromotedDeployment,
)
from trigger_client import _validate as v
from trigger_client._core import Operation, call
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from


def _retrieve(deployment_id: str) -> Operation[Deployment]:
    return call(get_deployment_v1.build(deployment_id=v.segment(deployment_id, "deployment_id")))


def _latest() -> Operation[LatestDeployment]:
    return call(get_latest_deployment_v1.build())


def _promote(version: str) -> Operation[PromotedDeployment]:
    return call(promote_deployment_v1.build(version=v.segment(version, "version")))


class Deployments(SyncResource):
    """Deployments: ``client.deployments``."""

    def retrieve(self, deployment_id: str) -> Deployment:
        """One deployment by id.

        Example::

            client.deployments.retrieve("deployment_1234").status
        """
        return self._run(_retrieve(deployment_id))

    def latest(self) -> LatestDeployment:
        """The latest deployment of this environment.

        Example::

            print(client.deployments.latest().version)
        """
        return self._run(_latest())

    def promote(self, version: str) -> PromotedDeployment:
        """Make a deployed version the current one (e.g. to roll back).

        Example::

            client.deployments.promote("20250101.1")
        """
        return self._run(_promote(version))


@docs_from(Deployments)
class AsyncDeployments(AsyncResource):
    async def retrieve(self, deployment_id: str) -> Deployment:
        return await self._run(_retrieve(deployment_id))

    async def latest(self) -> LatestDeployment:
        return await self._run(_latest())

    async def promote(self, version: str) -> PromotedDeployment:
        return await self._run(_promote(version))
