"""TRQL queries over your runs."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from trigger_api.api.query import execute_query_v1, get_query_schema_v1, list_dashboards_v1
from trigger_api.models import (
    ExecuteQueryCsvResponse,
    ExecuteQueryJsonResponse,
    ExecuteQueryRequestBody,
    GetQuerySchemaV1Response200,
    ListDashboardsV1Response200,
)
from trigger_client import _validate as v
from trigger_client._core import Operation, call
from trigger_client._exceptions import ValidationError
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from

QueryResult = ExecuteQueryJsonResponse | ExecuteQueryCsvResponse
SCOPES = ("environment", "project", "organization")


def _result(parsed: Any) -> QueryResult:
    if not isinstance(parsed, ExecuteQueryJsonResponse | ExecuteQueryCsvResponse):
        raise TypeError(f"expected a query result, got {type(parsed).__name__}")
    return parsed


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
    body: dict[str, Any] = {"query": v.text(query, "query"), "scope": scope}
    if period is not None:
        body["period"] = v.text(period, "period")
    if from_ is not None and to is not None:
        body["from"] = v.iso_datetime(from_, "from_")
        body["to"] = v.iso_datetime(to, "to")
    body["format"] = format
    return Operation(execute_query_v1, {"body": ExecuteQueryRequestBody.from_dict(body)}, convert=_result)


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

    def schema(self) -> GetQuerySchemaV1Response200:
        """The TRQL tables you can query, with their columns, types and allowed values.

        Example::

            for table in client.query.schema().tables:
                print(table.name, [column.name for column in table.columns])
        """
        return self._run(call(get_query_schema_v1, GetQuerySchemaV1Response200))

    def dashboards(self) -> ListDashboardsV1Response200:
        """The built-in dashboards and the TRQL query behind each widget.

        Example::

            for dashboard in client.query.dashboards().dashboards:
                print(dashboard.key, [widget.query for widget in dashboard.widgets])
        """
        return self._run(call(list_dashboards_v1, ListDashboardsV1Response200))


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

    async def schema(self) -> GetQuerySchemaV1Response200:
        return await self._run(call(get_query_schema_v1, GetQuerySchemaV1Response200))

    async def dashboards(self) -> ListDashboardsV1Response200:
        return await self._run(call(list_dashboards_v1, ListDashboardsV1Response200))
