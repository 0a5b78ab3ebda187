from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.retrieve_batch_v1_response_200_processing_type_0_errors_type_0_item import (
        RetrieveBatchV1Response200ProcessingType0ErrorsType0Item,
    )


T = TypeVar("T", bound="RetrieveBatchV1Response200ProcessingType0")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"completed_at": "completedAt", "errors": "errors"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RetrieveBatchV1Response200ProcessingType0:
    """A ``RetrieveBatchV1Response200ProcessingType0`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    completed_at: datetime.datetime | None = None
    errors: list[RetrieveBatchV1Response200ProcessingType0ErrorsType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = (
                (
                    self.completed_at
                    if self.completed_at.tzinfo
                    else self.completed_at.replace(tzinfo=datetime.timezone.utc)
                )
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            completed_at = self.completed_at

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        _completed_at = _src.get("completedAt")
        completed_at: datetime.datetime | None | Unset
        if _completed_at is None:
            completed_at = None
        else:
            try:
                if not isinstance(_completed_at, str):
                    raise TypeError()
                completed_at_type_0 = parse_datetime(_completed_at)

                completed_at = completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                completed_at = _completed_at

        _errors = _src.get("errors")
        errors: list[RetrieveBatchV1Response200ProcessingType0ErrorsType0Item] | None | Unset
        if _errors is None:
            errors = None
        else:
            try:
                if not isinstance(_errors, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = _errors
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = RetrieveBatchV1Response200ProcessingType0ErrorsType0Item.from_dict(
                        errors_type_0_item_data
                    )

                    errors_type_0.append(errors_type_0_item)

                errors = errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                errors = _errors

        retrieve_batch_v1_response_200_processing_type_0 = cls(
            completed_at,
            errors,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        retrieve_batch_v1_response_200_processing_type_0.additional_properties = d
        return retrieve_batch_v1_response_200_processing_type_0

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


from ..models.retrieve_batch_v1_response_200_processing_type_0_errors_type_0_item import (
    RetrieveBatchV1Response200ProcessingType0ErrorsType0Item,
)
