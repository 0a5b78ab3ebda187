"""One enum per concept: no two generated enums hold the same values, and the models of one concept share it.

A new duplicate (the spec copying an enum into another model) fails here; name it in
``codegen/enum_patches.py`` ``SHARED_ENUMS`` (or, for an error answer's message, it is already text) and regenerate.
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
import warnings
from collections import defaultdict
from datetime import datetime, timezone

import pytest

import trigger_api.models as models
from tests.generated.cases import LIST_RUN_ITEM
from trigger_client._polling import BatchOutcome
from trigger_client._realtime import RealtimeRun
from trigger_client.types import Batch, BatchStatus, Run, RunListItem, RunStatus


def generated_enums() -> list[type[enum.Enum]]:
    """Every enum class the generator wrote, one per module."""
    found = []
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"{models.__name__}.{info.name}")
        found += [
            obj
            for obj in vars(module).values()
            if isinstance(obj, type) and issubclass(obj, enum.Enum) and obj.__module__ == module.__name__
        ]
    return found


def duplicate_enums() -> dict[frozenset[object], list[str]]:
    """Value sets held by more than one generated enum, with the enums' names."""
    by_values: dict[frozenset[object], list[str]] = defaultdict(list)
    for cls in generated_enums():
        by_values[frozenset(member.value for member in cls)].append(cls.__name__)
    return {values: sorted(names) for values, names in by_values.items() if len(names) > 1}


def test_no_two_generated_enums_hold_the_same_values() -> None:
    enums = generated_enums()
    print(f"{len(enums)} generated enums, each with its own set of values")
    duplicates = [f"{' = '.join(names)}: {sorted(map(str, values))}" for values, names in duplicate_enums().items()]
    assert duplicates == [], "name each in codegen/enum_patches.py SHARED_ENUMS:\n" + "\n".join(duplicates)


def test_the_check_finds_a_duplicate(monkeypatch: pytest.MonkeyPatch) -> None:
    copy = enum.Enum("CopiedRunStatus", {member.name: member.value for member in RunStatus})  # type: ignore[misc]
    monkeypatch.setattr(f"{__name__}.generated_enums", lambda: [RunStatus, copy, BatchStatus])
    assert duplicate_enums() == {frozenset(m.value for m in RunStatus): ["CopiedRunStatus", "RunStatus"]}


@pytest.mark.parametrize(
    ("model", "field"),
    [
        (Run, "status"),
        (RunListItem, "status"),
        (models.CommonRunsFilter, "status"),
        (models.BulkActionFilter, "status"),
        (RealtimeRun, "status"),
    ],
)
def test_runs_list_items_filters_and_snapshots_share_one_run_status(model: type, field: str) -> None:
    annotation = model.__annotations__.get(field) or next(
        a.type for a in getattr(model, "__attrs_attrs__", ()) if a.name == field
    )
    assert "RunStatus" in str(annotation) and "Item" not in str(annotation), annotation


def test_a_realtime_snapshot_status_is_a_run_status() -> None:
    now = datetime(2026, 1, 1, tzinfo=timezone.utc).isoformat()
    row = {"friendlyId": "run_1", "status": "COMPLETED_SUCCESSFULLY", "taskIdentifier": "t"}
    run = RealtimeRun.from_row({**row, "createdAt": now, "updatedAt": now})
    assert run.status is RunStatus.COMPLETED and run.status == "COMPLETED" and run.is_success


def test_run_list_item_status_is_a_deprecated_alias_of_run_status() -> None:
    import trigger_client.types as public_types

    with pytest.warns(
        DeprecationWarning, match=r"RunListItemStatus is deprecated; use trigger_client\.types\.RunStatus"
    ):
        alias = public_types.RunListItemStatus  # type: ignore[attr-defined]
    assert alias is RunStatus
    assert "RunListItemStatus" not in public_types.__all__
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(AttributeError, match="NoSuchName"):
            public_types.NoSuchName  # type: ignore[attr-defined]  # noqa: B018


def _outcome(status: str, run_statuses: list[str]) -> BatchOutcome:
    at = "2026-01-01T00:00:00.000Z"
    runs = [RunListItem.from_dict({**LIST_RUN_ITEM, "id": f"run_{i}", "status": s}) for i, s in enumerate(run_statuses)]
    batch = {"id": "batch_1", "status": status, "createdAt": at, "updatedAt": at, "runCount": len(runs)}
    processing = {"completedAt": None, "errors": []}
    return BatchOutcome(Batch.from_dict({**batch, "runs": [r.id for r in runs], "processing": processing}), runs)


def test_batch_outcome_status_is_the_batch_status_and_the_summary_counts_runs() -> None:
    outcome = _outcome("PROCESSING", ["COMPLETED", "EXECUTING", "QUEUED"])
    assert outcome.status is BatchStatus.PROCESSING
    assert outcome.summary == str(outcome) == "PROCESSING, 2 of 3 runs unfinished"
    assert not outcome.finished
    done = _outcome("COMPLETED", ["COMPLETED"])
    assert (done.status, str(done), done.finished) == (BatchStatus.COMPLETED, "COMPLETED, 0 of 1 runs unfinished", True)
