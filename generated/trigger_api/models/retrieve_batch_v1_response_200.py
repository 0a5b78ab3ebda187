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
    from ..models.retrieve_batch_v1_response_200_errors_type_0_item import (
        RetrieveBatchV1Response200ErrorsType0Item,
    )
    from ..models.retrieve_batch_v1_response_200_processing_type_0 import (
        RetrieveBatchV1Response200ProcessingType0,
    )


T = TypeVar("T", bound="RetrieveBatchV1Response200")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "status": "status",
    "idempotency_key": "idempotencyKey",
    "created_at": "createdAt",
    "updated_at": "updatedAt",
    "run_count": "runCount",
    "runs": "runs",
    "successful_run_count": "successfulRunCount",
    "failed_run_count": "failedRunCount",
    "errors": "errors",
    "processing": "processing",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RetrieveBatchV1Response200:
    """A ``RetrieveBatchV1Response200`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str | None = None
    """ The batch ID. """
    status: BatchStatus | None = None
    """ The current status of the batch. """
    idempotency_key: str | None = None
    """ The idempotency key provided when triggering, if any. """
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    run_count: int | None = None
    """ The total number of runs in the batch. """
    runs: list[str] | None = None
    """ Array of run IDs in the batch. """
    successful_run_count: int | None = None
    """ Number of successful runs (populated after completion). """
    failed_run_count: int | None = None
    """ Number of failed runs (populated after completion). """
    errors: list[RetrieveBatchV1Response200ErrorsType0Item] | None = None
    """ Error details for failed items (present for PARTIAL_FAILED batches). """
    processing: RetrieveBatchV1Response200ProcessingType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                (self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                (self.updated_at if self.updated_at.tzinfo else self.updated_at.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            updated_at = self.updated_at

        run_count: int | None | Unset
        if isinstance(self.run_count, Unset):
            run_count = UNSET
        else:
            run_count = self.run_count

        runs: list[str] | None | Unset
        if isinstance(self.runs, Unset):
            runs = UNSET
        elif isinstance(self.runs, list):
            runs = self.runs

        else:
            runs = self.runs

        successful_run_count: int | None | Unset
        if isinstance(self.successful_run_count, Unset):
            successful_run_count = UNSET
        else:
            successful_run_count = self.successful_run_count

        failed_run_count: int | None | Unset
        if isinstance(self.failed_run_count, Unset):
            failed_run_count = UNSET
        else:
            failed_run_count = self.failed_run_count

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        processing: dict[str, Any] | None | Unset
        if isinstance(self.processing, Unset):
            processing = UNSET
        elif isinstance(self.processing, RetrieveBatchV1Response200ProcessingType0):
            processing = self.processing.to_dict()
        else:
            processing = self.processing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if run_count is not UNSET:
            field_dict["runCount"] = run_count
        if runs is not UNSET:
            field_dict["runs"] = runs
        if successful_run_count is not UNSET:
            field_dict["successfulRunCount"] = successful_run_count
        if failed_run_count is not UNSET:
            field_dict["failedRunCount"] = failed_run_count
        if errors is not UNSET:
            field_dict["errors"] = errors
        if processing is not UNSET:
            field_dict["processing"] = processing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id: None | str | Unset = _src.get("id")

        _status = _src.get("status")
        status: BatchStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = parse_batch_status(_status)

        idempotency_key: None | str | Unset = _src.get("idempotencyKey")

        _created_at = _src.get("createdAt")
        created_at: datetime.datetime | None | Unset
        if _created_at is None:
            created_at = None
        else:
            try:
                if not isinstance(_created_at, str):
                    raise TypeError()
                created_at_type_0 = parse_datetime(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = _created_at

        _updated_at = _src.get("updatedAt")
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None:
            updated_at = None
        else:
            try:
                if not isinstance(_updated_at, str):
                    raise TypeError()
                updated_at_type_0 = parse_datetime(_updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = _updated_at

        run_count: int | None | Unset = _src.get("runCount")

        _runs = _src.get("runs")
        runs: list[str] | None | Unset
        if _runs is None:
            runs = None
        else:
            try:
                if not isinstance(_runs, list):
                    raise TypeError()
                runs_type_0: list[str] = _runs

                runs = runs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                runs = _runs

        successful_run_count: int | None | Unset = _src.get("successfulRunCount")

        failed_run_count: int | None | Unset = _src.get("failedRunCount")

        _errors = _src.get("errors")
        errors: list[RetrieveBatchV1Response200ErrorsType0Item] | None | Unset
        if _errors is None:
            errors = None
        else:
            try:
                if not isinstance(_errors, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = _errors
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = RetrieveBatchV1Response200ErrorsType0Item.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

                errors = errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                errors = _errors

        _processing = _src.get("processing")
        processing: None | RetrieveBatchV1Response200ProcessingType0 | Unset
        if _processing is None:
            processing = None
        else:
            try:
                if not isinstance(_processing, dict):
                    raise TypeError()
                processing_type_0 = RetrieveBatchV1Response200ProcessingType0.from_dict(_processing)

                processing = processing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                processing = _processing

        retrieve_batch_v1_response_200 = cls(
            id,
            status,
            idempotency_key,
            created_at,
            updated_at,
            run_count,
            runs,
            successful_run_count,
            failed_run_count,
            errors,
            processing,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        retrieve_batch_v1_response_200.additional_properties = d
        return retrieve_batch_v1_response_200

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


from ..models.retrieve_batch_v1_response_200_errors_type_0_item import (
    RetrieveBatchV1Response200ErrorsType0Item,
)
from ..models.retrieve_batch_v1_response_200_processing_type_0 import (
    RetrieveBatchV1Response200ProcessingType0,
)
