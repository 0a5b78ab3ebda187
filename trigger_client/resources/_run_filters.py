"""The filters of ``runs.list`` (and of bulk actions, which take the same ones), checked and turned into the
arguments of the two runs list builders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from trigger_api.api.runs import list_project_runs_v1, list_runs_v1
from trigger_api.models import (
    ListProjectRunsV1Filterenv,
    RunListItem,
    RunListPage,
    RunStatus,
)
from trigger_client import _validate as v
from trigger_client._exceptions import ValidationError
from trigger_client._idempotency import validate_duration
from trigger_client._operation import Auth, Operation, call
from trigger_client._pagination import Page, PageQuery, cursor_page, next_cursor, read_fast

RUN_STATUSES = tuple(item.value for item in RunStatus)
# Environment slugs of the project runs list (webapp presenters/v3/ApiRunListPresenter.server.ts); `staging` is not one.
PROJECT_ENVS = ("dev", "stg", "prod", "preview")


class RunFilters(TypedDict, total=False):
    """Filters of :meth:`Runs.list` (all optional; lists match any of their values)."""

    status: Sequence[str]
    """Run statuses, e.g. ``["FAILED", "CRASHED"]``."""
    task_identifier: str | Sequence[str]
    version: str | Sequence[str]
    tag: str | Sequence[str]
    """Runs carrying any of these tags."""
    bulk_action: str
    schedule: str
    """A schedule id (``sched_…``)."""
    is_test: bool
    from_: dt.datetime | int
    """Created at or after (datetime, naive = UTC, or epoch ms)."""
    to: dt.datetime | int
    """Created at or before."""
    period: str
    """Created within this period, e.g. ``"1d"``, ``"7d"``; not with ``from_``/``to``."""
    batch: str
    queue: str | Sequence[str]
    """Queue names; a task's own queue is ``"task/<task id>"``."""
    machine: str | Sequence[str]
    region: str | Sequence[str]
    env: str
    """Required with ``project_ref`` (and only there): the one environment to list, ``dev``, ``stg``, ``prod`` or
    ``preview``."""
    error: str
    """An error group id (``error_…``, from ``client.errors.list()``): the runs behind that error."""


class ListArgs(TypedDict, total=False):
    """Checked arguments shared by both runs list builders (mypy checks the keys against their signatures)."""

    filter_task_identifier: list[str]
    filter_version: list[str]
    filter_bulk_action: str
    filter_tag: list[str]
    filter_schedule: str
    filter_is_test: bool
    filter_created_at_from: int
    filter_created_at_to: int
    filter_created_at_period: str
    filter_batch: str
    filter_error: str
    filter_queue: list[str]
    filter_machine: list[str]
    filter_region: list[str]
    page_size: int


def list_args(filters: Mapping[str, Any]) -> ListArgs:
    """Checked builder arguments for the filters shared by both listings."""
    unknown = set(filters) - set(RunFilters.__annotations__)
    if unknown:
        raise ValidationError(
            sorted(unknown)[0], f"is not a run filter; use one of {', '.join(RunFilters.__annotations__)}"
        )
    args: ListArgs = {}
    if "task_identifier" in filters:
        args["filter_task_identifier"] = v.string_list(filters["task_identifier"], "task_identifier")
    if "version" in filters:
        args["filter_version"] = v.string_list(filters["version"], "version")
    if "queue" in filters:
        args["filter_queue"] = v.string_list(filters["queue"], "queue")
    if "machine" in filters:
        args["filter_machine"] = v.string_list(filters["machine"], "machine")
    if "region" in filters:
        args["filter_region"] = v.string_list(filters["region"], "region")
    if "tag" in filters:
        args["filter_tag"] = v.string_list(filters["tag"], "tag")
    if "bulk_action" in filters:
        args["filter_bulk_action"] = v.text(filters["bulk_action"], "bulk_action")
    if "schedule" in filters:
        args["filter_schedule"] = v.text(filters["schedule"], "schedule")
    if "batch" in filters:
        args["filter_batch"] = v.text(filters["batch"], "batch")
    if "error" in filters:
        args["filter_error"] = v.text(filters["error"], "error")
    if "period" in filters:
        # The server ignores a period parse-duration cannot read and lists every run
        # (apps/webapp/app/services/runsRepository/runsRepository.server.ts).
        validate_duration(filters["period"], "period")
        if "from_" in filters or "to" in filters:
            raise ValidationError("period", "cannot be combined with from_/to; pass either a period or a date range")
        args["filter_created_at_period"] = v.text(filters["period"], "period")
    if "is_test" in filters:
        args["filter_is_test"] = v.flag(filters["is_test"], "is_test")
    if "from_" in filters:
        args["filter_created_at_from"] = v.epoch_ms(filters["from_"], "from_")
    if "to" in filters:
        args["filter_created_at_to"] = v.epoch_ms(filters["to"], "to")
    return args


def choices(filters: Mapping[str, Any], name: str, allowed: Sequence[str], what: str) -> list[str] | None:
    if name not in filters:
        return None
    values = v.string_list(filters[name], name)
    for i, value in enumerate(values):
        if value not in allowed:
            raise ValidationError(f"{name}[{i}]", f"unknown {what} {value!r}; use one of {', '.join(allowed)}")
    return values


def run_list_query(
    project_ref: str | None, page_size: int | None, filters: Mapping[str, Any]
) -> PageQuery[RunListItem, str]:
    args = list_args(filters)
    statuses = choices(filters, "status", RUN_STATUSES, "run status")
    if page_size is not None:
        args["page_size"] = v.int_range(page_size, "page_size", 1, 100)
    if project_ref is not None:
        ref = v.resource_id(project_ref, "project_ref", "proj_", "your project settings")
        project_statuses = None if statuses is None else [RunStatus(s) for s in statuses]
        # The server lists exactly one environment and fails (500) without a known slug (ApiRunListPresenter).
        env = filters.get("env")
        if env not in PROJECT_ENVS:
            raise ValidationError(
                "env", f"is required with project_ref and names one environment: {', '.join(PROJECT_ENVS)}; got {env!r}"
            )
        project_env = ListProjectRunsV1Filterenv(env)

        def fetch(after: str | None) -> Operation[Page[RunListItem]]:
            request = list_project_runs_v1.build(
                ref, **args, filter_status=project_statuses, filter_env=project_env, page_after=after
            )
            return read_fast(call(request, Auth.PERSONAL_ACCESS_TOKEN), RunListPage).then(cursor_page)

        return PageQuery(fetch, next_cursor)

    if "env" in filters:
        raise ValidationError("env", "filters project-scoped listings only; pass project_ref= with a PAT client")
    env_statuses = None if statuses is None else [RunStatus(s) for s in statuses]

    def fetch_env(after: str | None) -> Operation[Page[RunListItem]]:
        request = list_runs_v1.build(**args, filter_status=env_statuses, page_after=after)
        return read_fast(call(request), RunListPage).then(cursor_page)

    return PageQuery(fetch_env, next_cursor)
