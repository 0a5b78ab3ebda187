from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.retrieve_batch_v1_response_200_status import (
    RetrieveBatchV1Response200Status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.retrieve_batch_v1_response_200_errors_type_0_item import (
        RetrieveBatchV1Response200ErrorsType0Item,
    )
    from ..models.retrieve_batch_v1_response_200_processing_type_0 import (
        RetrieveBatchV1Response200ProcessingType0,
    )


T = TypeVar("T", bound="RetrieveBatchV1Response200")


@_attrs_define
class RetrieveBatchV1Response200:
    id: None | str | Unset = UNSET
    """ The batch ID. """
    status: RetrieveBatchV1Response200Status | Unset = UNSET
    """ The current status of the batch. """
    idempotency_key: None | str | Unset = UNSET
    """ The idempotency key provided when triggering, if any. """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    run_count: int | None | Unset = UNSET
    """ The total number of runs in the batch. """
    runs: list[str] | None | Unset = UNSET
    """ Array of run IDs in the batch. """
    successful_run_count: int | None | Unset = UNSET
    """ Number of successful runs (populated after completion). """
    failed_run_count: int | None | Unset = UNSET
    """ Number of failed runs (populated after completion). """
    errors: list[RetrieveBatchV1Response200ErrorsType0Item] | None | Unset = UNSET
    """ Error details for failed items (present for PARTIAL_FAILED batches). """
    processing: None | RetrieveBatchV1Response200ProcessingType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.retrieve_batch_v1_response_200_processing_type_0 import (
            RetrieveBatchV1Response200ProcessingType0,
        )

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
        from ..models.retrieve_batch_v1_response_200_errors_type_0_item import (
            RetrieveBatchV1Response200ErrorsType0Item,
        )
        from ..models.retrieve_batch_v1_response_200_processing_type_0 import (
            RetrieveBatchV1Response200ProcessingType0,
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        _status = d.pop("status", UNSET)
        status: RetrieveBatchV1Response200Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RetrieveBatchV1Response200Status(_status)

        def _parse_idempotency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotencyKey", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        def _parse_run_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        run_count = _parse_run_count(d.pop("runCount", UNSET))

        def _parse_runs(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                runs_type_0 = cast(list[str], data)

                return runs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        runs = _parse_runs(d.pop("runs", UNSET))

        def _parse_successful_run_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        successful_run_count = _parse_successful_run_count(d.pop("successfulRunCount", UNSET))

        def _parse_failed_run_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failed_run_count = _parse_failed_run_count(d.pop("failedRunCount", UNSET))

        def _parse_errors(data: object) -> list[RetrieveBatchV1Response200ErrorsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = RetrieveBatchV1Response200ErrorsType0Item.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RetrieveBatchV1Response200ErrorsType0Item] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        def _parse_processing(data: object) -> None | RetrieveBatchV1Response200ProcessingType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                processing_type_0 = RetrieveBatchV1Response200ProcessingType0.from_dict(data)

                return processing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RetrieveBatchV1Response200ProcessingType0 | Unset, data)

        processing = _parse_processing(d.pop("processing", UNSET))

        retrieve_batch_v1_response_200 = cls(
            id=id,
            status=status,
            idempotency_key=idempotency_key,
            created_at=created_at,
            updated_at=updated_at,
            run_count=run_count,
            runs=runs,
            successful_run_count=successful_run_count,
            failed_run_count=failed_run_count,
            errors=errors,
            processing=processing,
        )

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
