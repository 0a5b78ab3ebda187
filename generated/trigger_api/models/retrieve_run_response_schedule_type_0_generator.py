from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.retrieve_run_response_schedule_type_0_generator_type import (
    RetrieveRunResponseScheduleType0GeneratorType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RetrieveRunResponseScheduleType0Generator")


@_attrs_define
class RetrieveRunResponseScheduleType0Generator:
    type_: RetrieveRunResponseScheduleType0GeneratorType | Unset = UNSET
    expression: None | str | Unset = UNSET
    """ The cron expression used to generate the schedule """
    description: None | str | Unset = UNSET
    """ The description of the generator in plain english """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        expression: None | str | Unset
        if isinstance(self.expression, Unset):
            expression = UNSET
        else:
            expression = self.expression

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if expression is not UNSET:
            field_dict["expression"] = expression
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: RetrieveRunResponseScheduleType0GeneratorType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RetrieveRunResponseScheduleType0GeneratorType(_type_)

        def _parse_expression(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expression = _parse_expression(d.pop("expression", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        retrieve_run_response_schedule_type_0_generator = cls(
            type_=type_,
            expression=expression,
            description=description,
        )

        retrieve_run_response_schedule_type_0_generator.additional_properties = d
        return retrieve_run_response_schedule_type_0_generator

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
