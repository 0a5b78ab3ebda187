"""``with_raw_response`` groups of dashboards (``client.query.dashboards``), prompts and reports."""

from __future__ import annotations

from trigger_client._raw_kit import _RawGroup, async_raw, raw
from trigger_client.resources.dashboards import (
    AsyncDashboardWidgets,
    AsyncQueryDashboards,
    DashboardWidgets,
    QueryDashboards,
)
from trigger_client.resources.prompts import AsyncPrompts, Prompts
from trigger_client.resources.reports import AsyncReports, Reports


class RawDashboardWidgets(_RawGroup):
    add = raw(DashboardWidgets.add)
    update = raw(DashboardWidgets.update)
    delete = raw(DashboardWidgets.delete)


class RawQueryDashboards(_RawGroup):
    @property
    def widgets(self) -> RawDashboardWidgets:
        return RawDashboardWidgets(self._client, (*self._path, "widgets"))

    list = raw(QueryDashboards.list)
    retrieve = raw(QueryDashboards.retrieve)
    create = raw(QueryDashboards.create)
    update = raw(QueryDashboards.update)
    replace = raw(QueryDashboards.replace)
    delete = raw(QueryDashboards.delete)


class RawPrompts(_RawGroup):
    list = raw(Prompts.list)
    versions = raw(Prompts.versions)
    resolve = raw(Prompts.resolve)
    promote = raw(Prompts.promote)
    create_override = raw(Prompts.create_override)
    update_override = raw(Prompts.update_override)
    remove_override = raw(Prompts.remove_override)
    reactivate_override = raw(Prompts.reactivate_override)


class RawReports(_RawGroup):
    retrieve = raw(Reports.retrieve)


class AsyncRawDashboardWidgets(_RawGroup):
    add = async_raw(AsyncDashboardWidgets.add)
    update = async_raw(AsyncDashboardWidgets.update)
    delete = async_raw(AsyncDashboardWidgets.delete)


class AsyncRawQueryDashboards(_RawGroup):
    @property
    def widgets(self) -> AsyncRawDashboardWidgets:
        return AsyncRawDashboardWidgets(self._client, (*self._path, "widgets"))

    list = async_raw(AsyncQueryDashboards.list)
    retrieve = async_raw(AsyncQueryDashboards.retrieve)
    create = async_raw(AsyncQueryDashboards.create)
    update = async_raw(AsyncQueryDashboards.update)
    replace = async_raw(AsyncQueryDashboards.replace)
    delete = async_raw(AsyncQueryDashboards.delete)


class AsyncRawPrompts(_RawGroup):
    list = async_raw(AsyncPrompts.list)
    versions = async_raw(AsyncPrompts.versions)
    resolve = async_raw(AsyncPrompts.resolve)
    promote = async_raw(AsyncPrompts.promote)
    create_override = async_raw(AsyncPrompts.create_override)
    update_override = async_raw(AsyncPrompts.update_override)
    remove_override = async_raw(AsyncPrompts.remove_override)
    reactivate_override = async_raw(AsyncPrompts.reactivate_override)


class AsyncRawReports(_RawGroup):
    retrieve = async_raw(AsyncReports.retrieve)
