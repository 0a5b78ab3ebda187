"""Deployments of your tasks."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypedDict

from trigger_api.api.deployments import (
    get_current_deployment_v1,
    get_deployment_v1,
    get_latest_deployment_v1,
    list_deployments_v1,
    promote_deployment_v1,
)
from trigger_api.models import (
    CurrentDeployment,
    Deployment,
    DeploymentStatus,
    DeploymentSummary,
    LatestDeployment,
    PromotedDeployment,
)
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Auth, Operation, call
from trigger_client._pagination import AsyncPaginator, Page, PageQuery, SyncPaginator, cursor_page, next_cursor
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from

# The list filter takes every status but INSTALLING (@trigger.dev/core 4.8.3 schemas/api.js ApiDeploymentCommonShape).
DEPLOYMENT_STATUSES = tuple(item.value for item in DeploymentStatus if item is not DeploymentStatus.INSTALLING)
# apps/webapp/app/routes/api.v1.deployments.ts clamps page[size] to 5..100; refuse what it would change.
PAGE_SIZE_RANGE = (5, 100)


def _retrieve(deployment_id: str) -> Operation[Deployment]:
    return call(get_deployment_v1.build(deployment_id=v.segment(deployment_id, "deployment_id")))


def _latest() -> Operation[LatestDeployment]:
    return call(get_latest_deployment_v1.build())


def _current() -> Operation[CurrentDeployment]:
    return call(get_current_deployment_v1.build(), Auth.PUBLIC)


def _date(value: Any, field: str) -> str:
    """The SDK sends these as given; a datetime goes out as ISO 8601 (what the route's ``new Date()`` reads)."""
    return v.iso_datetime(value, field) if isinstance(value, dt.datetime) else v.text(value, field)


class _ListArgs(TypedDict, total=False):
    """Checked arguments of list_deployments_v1.build (mypy checks the keys against its signature)."""

    status: DeploymentStatus
    period: str
    from_: str
    to: str
    page_size: int


def _list_query(
    status: str | None,
    period: str | None,
    from_: dt.datetime | str | None,
    to: dt.datetime | str | None,
    page_size: int | None,
) -> PageQuery[DeploymentSummary, str]:
    params: _ListArgs = {}
    if status is not None:
        if status not in DEPLOYMENT_STATUSES:
            raise ValidationError("status", f"must be one of {', '.join(DEPLOYMENT_STATUSES)}, got {status!r}")
        params["status"] = DeploymentStatus(status)
    if period is not None and (from_ is not None or to is not None):
        raise ValidationError("period", "cannot be combined with from_/to; pass either a period or a date range")
    if period is not None:
        params["period"] = v.text(period, "period")
    if to is not None and from_ is None:
        # The route applies `to` only together with `from` (spec: "Only applied when from is also provided").
        raise ValidationError("to", "needs from_ as well; the server ignores to without from")
    if from_ is not None:
        params["from_"] = _date(from_, "from_")
    if to is not None:
        params["to"] = _date(to, "to")
    if page_size is not None:
        params["page_size"] = v.int_range(page_size, "page_size", *PAGE_SIZE_RANGE)

    def fetch(after: str | None) -> Operation[Page[DeploymentSummary]]:
        return call(list_deployments_v1.build(**params, page_after=after)).then(cursor_page)

    # Deployments page forward only: the answer has no previous cursor and the route reads no page[before].
    return PageQuery(fetch, next_cursor)


def _promote(version: str, allow_rollbacks: bool) -> Operation[PromotedDeployment]:
    # The server reads only ?allowRollbacks=true (routes/api.v1.deployments.$deploymentVersion.promote.ts).
    rollbacks = True if v.flag(allow_rollbacks, "allow_rollbacks") else None
    return call(promote_deployment_v1.build(version=v.segment(version, "version"), allow_rollbacks=rollbacks))


class Deployments(SyncResource):
    """Deployments: ``client.deployments``."""

    def list(
        self,
        *,
        status: str | None = None,
        period: str | None = None,
        from_: dt.datetime | str | None = None,
        to: dt.datetime | str | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> SyncPaginator[DeploymentSummary]:
        """Deployments of this environment, newest first, fetched lazily (``page_size`` 5-100).

        Example::

            for deployment in client.deployments.list(status="DEPLOYED", period="30d", limit=10):
                print(deployment.version, deployment.deployed_at)
        """
        return self._paginate(_list_query(status, period, from_, to, page_size), v.limit(limit))

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

    def current(self) -> CurrentDeployment:
        """The deployment currently promoted in this environment (the one new runs use); the SDK's
        ``deployments.current``. Raises :class:`NotFoundError` when nothing is deployed yet.

        Example::

            current = client.deployments.current()
            print(current.version, current.status)
        """
        return self._run(_current())

    def promote(self, version: str, *, allow_rollbacks: bool = False) -> PromotedDeployment:
        """Make a deployed version the current one. The server refuses a version older than the current one
        unless ``allow_rollbacks=True``.

        Example::

            client.deployments.promote("20250101.1", allow_rollbacks=True)  # roll back
        """
        return self._run(_promote(version, allow_rollbacks))


@docs_from(Deployments)
class AsyncDeployments(AsyncResource):
    def list(
        self,
        *,
        status: str | None = None,
        period: str | None = None,
        from_: dt.datetime | str | None = None,
        to: dt.datetime | str | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> AsyncPaginator[DeploymentSummary]:
        return self._paginate(_list_query(status, period, from_, to, page_size), v.limit(limit))

    async def retrieve(self, deployment_id: str) -> Deployment:
        return await self._run(_retrieve(deployment_id))

    async def latest(self) -> LatestDeployment:
        return await self._run(_latest())

    async def current(self) -> CurrentDeployment:
        return await self._run(_current())

    async def promote(self, version: str, *, allow_rollbacks: bool = False) -> PromotedDeployment:
        return await self._run(_promote(version, allow_rollbacks))
