"""Dashboards: the built-in ones, and custom dashboards with their widgets (``client.query.dashboards``).

Shapes and limits follow ``@trigger.dev/core`` 4.8.3 ``schemas/query.js`` (``CreateDashboardRequestBody`` …
``UpdateDashboardWidgetRequestBody``). A write that passes ``revision`` fails with a 409
(:class:`~trigger_client.ConflictError`) when the dashboard changed since that revision.
"""

from __future__ import annotations

import warnings
from collections.abc import Coroutine, Sequence
from typing import Any

from trigger_api.api.query import list_dashboards_v1
from trigger_api.models import AddedDashboardWidget, Dashboard, Dashboards, DeletedDashboard
from trigger_client._operation import call
from trigger_client.resources import _dashboard_ops as ops
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from
from trigger_client.resources._dashboard_ops import DisplayParam, PositionParam, WidgetParam

_DEPRECATED_CALL = (
    "client.query.dashboards() is deprecated and will be removed in the next minor version; "
    "call client.query.dashboards.list()"
)


class DashboardWidgets(SyncResource):
    """The widgets of a custom dashboard: ``client.query.dashboards.widgets``."""

    def add(
        self,
        dashboard_id: str,
        *,
        title: str,
        display: DisplayParam,
        query: str | None = None,
        id: str | None = None,
        position: PositionParam | None = None,
        fill_gaps: bool | None = None,
        revision: str | None = None,
    ) -> AddedDashboardWidget:
        """Add one widget; without ``position`` it goes full width at the bottom. Answers its id and the dashboard.

        Example::

            added = client.query.dashboards.widgets.add(
                dashboard.id,
                title="Failed runs",
                query="SELECT count() AS failed FROM runs WHERE status = 'Failed'",
                display={"type": "bignumber", "column": "failed", "aggregation": "sum"},
            )
            print(added.widget_id, added.dashboard.revision)
        """
        return self._run(ops.add_widget(dashboard_id, title, display, query, id, position, fill_gaps, revision))

    def update(
        self,
        dashboard_id: str,
        widget_id: str,
        *,
        title: str | None = None,
        query: str | None = None,
        display: DisplayParam | None = None,
        position: PositionParam | None = None,
        fill_gaps: bool | None = None,
        revision: str | None = None,
    ) -> Dashboard:
        """Change a widget's title, query, display or position; what you leave out stays.

        Example::

            client.query.dashboards.widgets.update(dashboard.id, "failures", position={"x": 0, "y": 0, "w": 6, "h": 4})
        """
        return self._run(
            ops.update_widget(dashboard_id, widget_id, title, query, display, position, fill_gaps, revision)
        )

    def delete(self, dashboard_id: str, widget_id: str, revision: str | None = None) -> Dashboard:
        """Remove a widget; answers the dashboard without it.

        Example::

            client.query.dashboards.widgets.delete(dashboard.id, "failures")
        """
        return self._run(ops.delete_widget(dashboard_id, widget_id, revision))


class QueryDashboards(SyncResource):
    """Dashboards: ``client.query.dashboards``. Built-in ones are read-only; custom ones you can edit."""

    def __call__(self) -> Dashboards:
        """Deprecated: ``client.query.dashboards()`` was the list call; use :meth:`list`."""
        warnings.warn(_DEPRECATED_CALL, DeprecationWarning, stacklevel=2)
        return self.list()

    @property
    def widgets(self) -> DashboardWidgets:
        """Add, change and remove widgets of a custom dashboard (:class:`DashboardWidgets`)."""
        return DashboardWidgets(self._client)

    def list(self) -> Dashboards:
        """The built-in and custom dashboards, with the TRQL query behind each widget.

        Example::

            for dashboard in client.query.dashboards.list().dashboards:
                print(dashboard.key, dashboard.type_, [widget.query for widget in dashboard.widgets])
        """
        return self._run(call(list_dashboards_v1.build()))

    def retrieve(self, dashboard_id: str) -> Dashboard:
        """A custom dashboard with every widget, its query and position, and its current ``revision``.

        Example::

            dashboard = client.query.dashboards.retrieve(dashboard.id)
            print(dashboard.revision, [widget.title for widget in dashboard.widgets])
        """
        return self._run(ops.retrieve(dashboard_id))

    def create(
        self, *, title: str, description: str | None = None, widgets: Sequence[WidgetParam] | None = None
    ) -> Dashboard:
        """Create a custom dashboard; widgets without a ``position`` are stacked full width in order.

        Widgets are :class:`DashboardWidgetInput` models or mappings in the API's shape (``fillGaps``…).

        Example::

            dashboard = client.query.dashboards.create(
                title="Email tasks",
                widgets=[
                    {"title": "Overview", "display": {"type": "title"}},
                    {
                        "title": "Total runs",
                        "query": "SELECT count() AS total FROM runs WHERE task_identifier = 'send-email'",
                        "display": {"type": "bignumber", "column": "total", "aggregation": "sum"},
                    },
                ],
            )
        """
        return self._run(ops.create(title, description, widgets))

    def update(
        self,
        dashboard_id: str,
        *,
        title: str | None = None,
        description: str | None = None,
        revision: str | None = None,
    ) -> Dashboard:
        """Rename a custom dashboard or change its description.

        Example::

            client.query.dashboards.update(dashboard.id, title="Email", revision=dashboard.revision)
        """
        return self._run(ops.update(dashboard_id, title, description, revision))

    def replace(
        self,
        dashboard_id: str,
        *,
        widgets: Sequence[WidgetParam],
        title: str | None = None,
        description: str | None = None,
        revision: str | None = None,
    ) -> Dashboard:
        """Replace every widget; a widget kept (same ``id``) keeps its place unless you pass a ``position``.

        Example::

            current = client.query.dashboards.retrieve(dashboard.id)
            client.query.dashboards.replace(
                dashboard.id,
                widgets=[{"id": "failures", "title": "Failed runs", "query": "SELECT count() AS failed FROM runs",
                          "display": {"type": "bignumber", "column": "failed", "aggregation": "sum"}}],
                revision=current.revision,
            )
        """
        return self._run(ops.replace(dashboard_id, widgets, title, description, revision))

    def delete(self, dashboard_id: str) -> DeletedDashboard:
        """Delete a custom dashboard.

        Example::

            client.query.dashboards.delete(dashboard.id)
        """
        return self._run(ops.delete(dashboard_id))


@docs_from(DashboardWidgets)
class AsyncDashboardWidgets(AsyncResource):
    async def add(
        self,
        dashboard_id: str,
        *,
        title: str,
        display: DisplayParam,
        query: str | None = None,
        id: str | None = None,
        position: PositionParam | None = None,
        fill_gaps: bool | None = None,
        revision: str | None = None,
    ) -> AddedDashboardWidget:
        return await self._run(ops.add_widget(dashboard_id, title, display, query, id, position, fill_gaps, revision))

    async def update(
        self,
        dashboard_id: str,
        widget_id: str,
        *,
        title: str | None = None,
        query: str | None = None,
        display: DisplayParam | None = None,
        position: PositionParam | None = None,
        fill_gaps: bool | None = None,
        revision: str | None = None,
    ) -> Dashboard:
        return await self._run(
            ops.update_widget(dashboard_id, widget_id, title, query, display, position, fill_gaps, revision)
        )

    async def delete(self, dashboard_id: str, widget_id: str, revision: str | None = None) -> Dashboard:
        return await self._run(ops.delete_widget(dashboard_id, widget_id, revision))


@docs_from(QueryDashboards)
class AsyncQueryDashboards(AsyncResource):
    def __call__(self) -> Coroutine[Any, Any, Dashboards]:
        """Deprecated: ``await client.query.dashboards()`` was the list call; use :meth:`list`."""
        warnings.warn(_DEPRECATED_CALL, DeprecationWarning, stacklevel=2)
        return self.list()

    @property
    def widgets(self) -> AsyncDashboardWidgets:
        """Add, change and remove widgets of a custom dashboard (:class:`AsyncDashboardWidgets`)."""
        return AsyncDashboardWidgets(self._client)

    async def list(self) -> Dashboards:
        return await self._run(call(list_dashboards_v1.build()))

    async def retrieve(self, dashboard_id: str) -> Dashboard:
        return await self._run(ops.retrieve(dashboard_id))

    async def create(
        self, *, title: str, description: str | None = None, widgets: Sequence[WidgetParam] | None = None
    ) -> Dashboard:
        return await self._run(ops.create(title, description, widgets))

    async def update(
        self,
        dashboard_id: str,
        *,
        title: str | None = None,
        description: str | None = None,
        revision: str | None = None,
    ) -> Dashboard:
        return await self._run(ops.update(dashboard_id, title, description, revision))

    async def replace(
        self,
        dashboard_id: str,
        *,
        widgets: Sequence[WidgetParam],
        title: str | None = None,
        description: str | None = None,
        revision: str | None = None,
    ) -> Dashboard:
        return await self._run(ops.replace(dashboard_id, widgets, title, description, revision))

    async def delete(self, dashboard_id: str) -> DeletedDashboard:
        return await self._run(ops.delete(dashboard_id))
