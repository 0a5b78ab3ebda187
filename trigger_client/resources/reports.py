"""Reports: the project health verdict, as markdown text or its JSON view model (``client.reports``).

``@trigger.dev/core`` 4.8.3 ``apiClient/index.js`` ``getReport`` sends ``format`` (default ``markdown``) and
``period``, reads the body as text unless the format is ``json``; ``schemas/reports.js`` has the period grammar.
"""

from __future__ import annotations

import re
from typing import Literal, overload

import httpx

from trigger_api.api.reports import get_report_v1
from trigger_api.models import GetReportV1Format, ReportViewModel
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._operation import Operation
from trigger_client.resources._base import AsyncResource, SyncResource, docs_from

# ReportPeriodSchema: a positive integer and m, h, d or w, at most 90 days.
_PERIOD = re.compile(r"^[1-9]\d*[mhdw]$")
_MINUTES = {"m": 1, "h": 60, "d": 1440, "w": 10080}
_MAX_MINUTES = 90 * 1440


def _period(period: str | None) -> str | None:
    if period is None:
        return None
    if not isinstance(period, str) or not _PERIOD.match(period):
        raise ValidationError("period", f"must be like '30m', '1h', '7d' or '2w' (no seconds), got {period!r}")
    if int(period[:-1]) * _MINUTES[period[-1]] > _MAX_MINUTES:
        raise ValidationError("period", f"is too large: at most 90 days, got {period!r}")
    return period


def _text(response: httpx.Response) -> str:
    return response.text


def _retrieve(key: str, format: str, period: str | None) -> Operation[str | ReportViewModel]:
    if format not in ("markdown", "json"):
        raise ValidationError("format", f"must be 'markdown' or 'json', got {format!r}")
    request = get_report_v1.build(v.segment(key, "key"), format_=GetReportV1Format(format), period=_period(period))
    # getReport reads markdown as text, json as ReportViewModelSchema.
    operation: Operation[str | ReportViewModel] = Operation(
        request.name, request.prepare, request.parse if format == "json" else _text
    )
    return operation


class Reports(SyncResource):
    """Reports computed by the server from your telemetry: ``client.reports``. The only key today is ``health``."""

    @overload
    def retrieve(self, key: str, *, format: Literal["markdown"] = ..., period: str | None = None) -> str: ...
    @overload
    def retrieve(self, key: str, *, format: Literal["json"], period: str | None = None) -> ReportViewModel: ...
    def retrieve(
        self, key: str, *, format: Literal["markdown", "json"] = "markdown", period: str | None = None
    ) -> str | ReportViewModel:
        """The report as markdown text, or with ``format="json"`` as its view model; ``period`` defaults to 1h.

        Example::

            print(client.reports.retrieve("health", period="24h"))
            verdict = client.reports.retrieve("health", format="json").summary.severity
        """
        return self._run(_retrieve(key, format, period))


@docs_from(Reports)
class AsyncReports(AsyncResource):
    @overload
    async def retrieve(self, key: str, *, format: Literal["markdown"] = ..., period: str | None = None) -> str: ...
    @overload
    async def retrieve(self, key: str, *, format: Literal["json"], period: str | None = None) -> ReportViewModel: ...
    async def retrieve(
        self, key: str, *, format: Literal["markdown", "json"] = "markdown", period: str | None = None
    ) -> str | ReportViewModel:
        return await self._run(_retrieve(key, format, period))
