from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.retrieve_batch_v2_response_status import RetrieveBatchV2ResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.retrieve_batch_v2_response_processing import (
        RetrieveBatchV2ResponseProcessing,
    )


T = TypeVar("T", bound="RetrieveBatchV2Response")


@_attrs_define
class RetrieveBatchV2Response:
    id: str
    status: RetrieveBatchV2ResponseStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    run_count: int
    runs: list[str]
    processing: RetrieveBatchV2ResponseProcessing
    idempotency_key: None | str | Unset = UNSET
    processing_completed_at: datetime.datetime | None | Unset = UNSET
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
        from ..models.retrieve_batch_v2_response_processing import (
            RetrieveBatchV2ResponseProcessing,
        )

        d = dict(src_dict)
        id = d.pop("id")

        status = RetrieveBatchV2ResponseStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt").replace("Z", "+00:00"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt").replace("Z", "+00:00"))

        run_count = d.pop("runCount")

        runs = cast(list[str], d.pop("runs"))

        processing = RetrieveBatchV2ResponseProcessing.from_dict(d.pop("processing"))

        def _parse_idempotency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotencyKey", UNSET))

        def _parse_processing_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processing_completed_at_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return processing_completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        processing_completed_at = _parse_processing_completed_at(d.pop("processingCompletedAt", UNSET))

        retrieve_batch_v2_response = cls(
            id=id,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            run_count=run_count,
            runs=runs,
            processing=processing,
            idempotency_key=idempotency_key,
            processing_completed_at=processing_completed_at,
        )

        retrieve_batch_v2_response.additional_properties = d
        return retrieve_batch_v2_response

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
