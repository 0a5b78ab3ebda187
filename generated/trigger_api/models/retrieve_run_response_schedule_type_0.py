from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.retrieve_run_response_schedule_type_0_generator import (
        RetrieveRunResponseScheduleType0Generator,
    )


T = TypeVar("T", bound="RetrieveRunResponseScheduleType0")


@_attrs_define
class RetrieveRunResponseScheduleType0:
    """The schedule that triggered the run. Will be omitted if the run was not triggered by a schedule"""

    id: str
    """ The unique ID of the schedule, prefixed with `sched_` """
    generator: RetrieveRunResponseScheduleType0Generator
    external_id: None | str | Unset = UNSET
    """ The external ID of the schedule. Can be anything that is useful to you (e.g., user ID, org ID, etc.) """
    deduplication_key: None | str | Unset = UNSET
    """ The deduplication key used to prevent creating duplicate schedules """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        generator = self.generator.to_dict()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        deduplication_key: None | str | Unset
        if isinstance(self.deduplication_key, Unset):
            deduplication_key = UNSET
        else:
            deduplication_key = self.deduplication_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "generator": generator,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if deduplication_key is not UNSET:
            field_dict["deduplicationKey"] = deduplication_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.retrieve_run_response_schedule_type_0_generator import (
            RetrieveRunResponseScheduleType0Generator,
        )

        d = dict(src_dict)
        id = d.pop("id")

        generator = RetrieveRunResponseScheduleType0Generator.from_dict(d.pop("generator"))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_deduplication_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deduplication_key = _parse_deduplication_key(d.pop("deduplicationKey", UNSET))

        retrieve_run_response_schedule_type_0 = cls(
            id=id,
            generator=generator,
            external_id=external_id,
            deduplication_key=deduplication_key,
        )

        retrieve_run_response_schedule_type_0.additional_properties = d
        return retrieve_run_response_schedule_type_0

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
