"""TRQL queries over your runs."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

from trigger_api.api.query import execute_query_v1, get_query_schema_v1
from trigger_api.models import (
    ExecuteQueryCsvResponse,
    ExecuteQueryJsonResponse,
    ExecuteQueryRequestBody,
    ExecuteQueryRequestBodyFormat,
    ExecuteQueryRequestBodyScope,
    QuerySchema,
)
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Operation, call
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from

if TYPE_CHECKING:
    from trigger_client.resources.dashboards import AsyncQueryDashboards, QueryDashboards

QueryResult = ExecuteQueryJsonResponse | ExecuteQueryCsvResponse
SCOPES = ("environment", "project", "organization")


def _execute(
    query: str, scope: str, period: str | None, from_: dt.datetime | None, to: dt.datetime | None, format: str
) -> Operation[QueryResult]:
    if scope not in SCOPES:
        raise ValidationError("scope", f"must be one of {', '.join(SCOPES)}, got {scope!r}")
    if format not in ("json", "csv"):
        raise ValidationError("format", f"must be 'json' or 'csv', got {format!r}")
    if period is not None and (from_ is not None or to is not None):
        raise ValidationError("period", "cannot be combined with from_/to; pass one or the other")
    if (from_ is None) != (to is None):
        raise ValidationError("from_" if from_ is None else "to", "from_ and to must be given together")
    body = ExecuteQueryRequestBody(
        query=v.text(query, "query"),
        scope=ExecuteQueryRequestBodyScope(scope),
        period=None if period is None else v.text(period, "period"),
        from_=None if from_ is None else v.datetime(from_, "from_"),
        to=None if to is None else v.datetime(to, "to"),
        format_=ExecuteQueryRequestBodyFormat(format),
    )
    return call(execute_query_v1.build(body=body))


class Query(SyncResource):
    """TRQL queries: ``client.query``."""

    def execute(
        self,
        query: str,
        *,
        scope: Literal["environment", "project", "organization"] = "environment",
        period: str | None = None,
        from_: dt.datetime | None = None,
        to: dt.datetime | None = None,
        format: Literal["json", "csv"] = "json",
    ) -> QueryResult:
        """Run a TRQL query; ``results`` is a list of rows (json) or CSV text.

        Example::

            rows = client.query.execute("SELECT run_id, status FROM runs LIMIT 10", period="7d").results
        """
        return self._run(_execute(query, scope, period, from_, to, format))

    def schema(self) -> QuerySchema:
        """The TRQL tables you can query, with their columns, types and allowed values.

        Example::

            for table in client.query.schema().tables:
                print(table.name, [column.name for column in table.columns])
        """
        return self._run(call(get_query_schema_v1.build()))

    @property
    def dashboards(self) -> QueryDashboards:
        """Built-in and custom dashboards (:class:`QueryDashboards`): ``list``, ``retrieve``, ``create``…

        Example::

            for dashboard in client.query.dashboards.list().dashboards:
                print(dashboard.key, [widget.query for widget in dashboard.widgets])
        """
        from trigger_client.resources.dashboards import QueryDashboards  # loaded on first use

        return QueryDashboards(self._client)


@docs_from(Query)
class AsyncQuery(AsyncResource):
    async def execute(
        self,
        query: str,
        *,
        scope: Literal["environment", "project", "organization"] = "environment",
        period: str | None = None,
        from_: dt.datetime | None = None,
        to: dt.datetime | None = None,
        format: Literal["json", "csv"] = "json",
    ) -> QueryResult:
        return await self._run(_execute(query, scope, period, from_, to, format))

    async def schema(self) -> QuerySchema:
        return await self._run(call(get_query_schema_v1.build()))

    @property
    def dashboards(self) -> AsyncQueryDashboards:
        """Built-in and custom dashboards (:class:`AsyncQueryDashboards`): ``list``, ``retrieve``, ``create``…

        Example::

            for dashboard in (await client.query.dashboards.list()).dashboards:
                print(dashboard.key, [widget.query for widget in dashboard.widgets])
        """
        from trigger_client.resources.dashboards import AsyncQueryDashboards

        return AsyncQueryDashboards(self._client)
