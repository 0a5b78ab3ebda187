"""Deployments (one seeded deployed version per environment) and promotion."""

from __future__ import annotations

from typing import Any

from ._clock import iso, parse_duration, parse_instant
from ._http import ApiError, Request, Response, Router, json_response
from ._state import Deployment, Environment, Settings, Store

SEED_VERSION = "20250101.1"


def version_key(version: str) -> tuple[str, float]:
    """Order of compareDeploymentVersions (packages/core/src/v3/isomorphic/deploymentVersions.ts): the date part as
    text, then the number."""
    date, _, number = version.partition(".")
    try:
        return date, float(number)
    except ValueError:
        return date, float("nan")


def add_deployment(store: Store, env: Environment, version: str, *, promote: bool = True) -> Deployment:
    """Record a DEPLOYED version in ``env`` (and make it current when ``promote``)."""
    now = store.now()
    deployment = Deployment(
        id=store.new_id("deployment_"),
        short_code=store.new_id("", 8),
        version=version,
        created_at=now,
        content_hash=store.new_id("", 16),
        deployed_at=now,
    )
    env.deployments.append(deployment)
    if promote:
        env.current_deployment = deployment
    store.touch()
    return deployment


class DeploymentRoutes:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def register(self, router: Router) -> None:
        router.add("GET", "/api/v1/deployments/latest", self.latest)
        router.add("GET", "/api/v1/deployments/current", self.current)
        router.add("GET", "/api/v1/deployments", self.list)
        router.add("GET", "/api/v1/deployments/{deploymentId}", self.retrieve)
        router.add("POST", "/api/v1/deployments/{version}/promote", self.promote)

    def _detail(self, env: Environment, d: Deployment) -> dict[str, Any]:
        tasks = [
            {"id": f"task_{name}", "slug": name, "filePath": "src/trigger/tasks.ts", "exportName": name}
            for name in sorted(self.settings.tasks)
        ]
        return {
            "id": d.id,
            "status": "DEPLOYED",
            "contentHash": d.content_hash,
            "shortCode": d.short_code,
            "version": d.version,
            "imageReference": f"registry.trigger.dev/{env.project.ref}:{d.version}.{env.slug}",
            "imagePlatform": "linux/amd64",
            "externalBuildData": None,
            "errorData": None,
            "worker": {"id": d.id.replace("deployment_", "worker_"), "version": d.version, "tasks": tasks},
        }

    def _summary(self, d: Deployment) -> dict[str, Any]:
        return {
            "id": d.id,
            "createdAt": iso(d.created_at),
            "shortCode": d.short_code,
            "version": d.version,
            "runtime": "node",
            "runtimeVersion": "22.12.0",
            "status": "DEPLOYED",
            "deployedAt": iso(d.deployed_at),
        }

    def latest(self, req: Request) -> Response:
        if not req.env_.deployments:
            raise ApiError(404, "Deployment not found")
        detail = self._detail(req.env_, req.env_.deployments[-1])
        return json_response(
            {k: v for k, v in detail.items() if k not in ("worker", "imagePlatform", "externalBuildData")}
        )

    def current(self, req: Request) -> Response:
        if req.env_.current_deployment is None:
            raise ApiError(404, "Deployment not found")
        return json_response(self._summary(req.env_.current_deployment))

    def list(self, req: Request) -> Response:
        """apps/webapp/app/routes/api.v1.deployments.ts: page[size] clamped to 5..100 (default 20), forward-only
        cursor, ``to`` applied only together with ``from``, ``period`` winning over both."""
        raw_size = req.arg("page[size]")
        try:
            size = int(raw_size) if raw_size else 20
        except ValueError:
            raise ApiError(400, "Invalid search query parameter: page[size]") from None
        size = max(min(size, 100), 5)
        now = self.store.now()
        newest_first = list(reversed(req.env_.deployments))
        status = req.arg("status")
        if status:
            newest_first = [d for d in newest_first if status == "DEPLOYED"]  # every emulated deployment is DEPLOYED
        period, start, end = req.arg("period"), req.arg("from"), req.arg("to")
        if period:
            seconds = parse_duration(period)
            if seconds is None:
                raise ApiError(400, f"Invalid search query parameter: period={period}")
            newest_first = [d for d in newest_first if d.created_at >= now - seconds]
        elif start:
            low, high = parse_instant(start, now), parse_instant(end, now) if end else None
            if low is None or (end and high is None):
                raise ApiError(400, "Invalid search query parameter: from/to")
            newest_first = [d for d in newest_first if d.created_at >= low and (high is None or d.created_at <= high)]
        after = req.arg("page[after]")
        ids = [d.id for d in newest_first]
        begin = ids.index(after) + 1 if after in ids else 0
        page = newest_first[begin : begin + size]
        more = begin + size < len(newest_first)
        return json_response(
            {"data": [self._summary(d) for d in page], "pagination": {"next": page[-1].id} if more else {}}
        )

    def retrieve(self, req: Request) -> Response:
        found = next((d for d in req.env_.deployments if d.id == req.params["deploymentId"]), None)
        if found is None:
            raise ApiError(404, "Deployment not found")
        return json_response(self._detail(req.env_, found))

    def promote(self, req: Request) -> Response:
        # routes/api.v1.deployments.$deploymentVersion.promote.ts and v3/services/changeCurrentDeployment.server.ts.
        found = next((d for d in req.env_.deployments if d.version == req.params["version"]), None)
        if found is None:
            raise ApiError(404, "Deployment not found")
        current = req.env_.current_deployment
        if current is found:
            raise ApiError(400, "Deployment is already the current deployment.")
        rollback_allowed = req.arg("allowRollbacks") == "true"
        if current is not None and not rollback_allowed and version_key(current.version) >= version_key(found.version):
            raise ApiError(400, "Cannot promote a deployment that is older than the current deployment.")
        req.env_.current_deployment = found
        self.store.touch()
        return json_response({"id": found.id, "version": found.version, "shortCode": found.short_code})
