from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.batch_status import BatchStatus, parse_batch_status
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.batch_processing import BatchProcessing


T = TypeVar("T", bound="Batch")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "status": "status",
    "created_at": "createdAt",
    "updated_at": "updatedAt",
    "run_count": "runCount",
    "runs": "runs",
    "processing": "processing",
    "idempotency_key": "idempotencyKey",
    "processing_completed_at": "processingCompletedAt",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class Batch:
    """A ``Batch`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    status: BatchStatus
    """ The current status of the batch. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    run_count: int
    runs: list[str]
    processing: BatchProcessing
    idempotency_key: str | None = None
    processing_completed_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        created_at = (
            (self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        updated_at = (
            (self.updated_at if self.updated_at.tzinfo else self.updated_at.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        run_count = self.run_count

        runs = self.runs

        processing = self.processing.to_dict()

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        processing_completed_at: None | str | Unset
        if isinstance(self.processing_completed_at, Unset):
            processing_completed_at = UNSET
        elif isinstance(self.processing_completed_at, datetime.datetime):
            processing_completed_at = (
                (
                    self.processing_completed_at
                    if self.processing_completed_at.tzinfo
                    else self.processing_completed_at.replace(tzinfo=datetime.timezone.utc)
                )
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            processing_completed_at = self.processing_completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "runCount": run_count,
                "runs": runs,
                "processing": processing,
            }
        )
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key
        if processing_completed_at is not UNSET:
            field_dict["processingCompletedAt"] = processing_completed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id = _src["id"]

        status = parse_batch_status(_src["status"])

        try:
            created_at = parse_datetime(_src["createdAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"createdAt: {exc}") from exc

        try:
            updated_at = parse_datetime(_src["updatedAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"updatedAt: {exc}") from exc

        run_count = _src["runCount"]

        runs: list[str] = _src["runs"]

        processing = BatchProcessing.from_dict(_src["processing"])

        idempotency_key: None | str | Unset = _src.get("idempotencyKey")

        _processing_completed_at = _src.get("processingCompletedAt")
        processing_completed_at: datetime.datetime | None | Unset
        if _processing_completed_at is None:
            processing_completed_at = None
        else:
            try:
                if not isinstance(_processing_completed_at, str):
                    raise TypeError()
                processing_completed_at_type_0 = parse_datetime(_processing_completed_at)

                processing_completed_at = processing_completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                processing_completed_at = _processing_completed_at

        batch = cls(
            id,
            status,
            created_at,
            updated_at,
            run_count,
            runs,
            processing,
            idempotency_key,
            processing_completed_at,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        batch.additional_properties = d
        return batch

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.batch_processing import BatchProcessing
