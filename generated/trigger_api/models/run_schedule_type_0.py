from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_schedule_type_0_generator import RunScheduleType0Generator


T = TypeVar("T", bound="RunScheduleType0")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "generator": "generator",
    "external_id": "externalId",
    "deduplication_key": "deduplicationKey",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RunScheduleType0:
    """The schedule that triggered the run. Will be omitted if the run was not triggered by a schedule"""

    id: str
    """ The unique ID of the schedule, prefixed with `sched_` """
    generator: RunScheduleType0Generator
    external_id: str | None = None
    """ The external ID of the schedule. Can be anything that is useful to you (e.g., user ID, org ID, etc.) """
    deduplication_key: str | None = None
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
        _src: Any = src_dict
        id = _src["id"]

        generator = RunScheduleType0Generator.from_dict(_src["generator"])

        external_id: None | str | Unset = _src.get("externalId")

        deduplication_key: None | str | Unset = _src.get("deduplicationKey")

        run_schedule_type_0 = cls(
            id,
            generator,
            external_id,
            deduplication_key,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        run_schedule_type_0.additional_properties = d
        return run_schedule_type_0

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


from ..models.run_schedule_type_0_generator import RunScheduleType0Generator
