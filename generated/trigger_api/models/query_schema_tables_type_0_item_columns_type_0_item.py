from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuerySchemaTablesType0ItemColumnsType0Item")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "name": "name",
    "type_": "type",
    "description": "description",
    "example": "example",
    "allowed_values": "allowedValues",
    "core_column": "coreColumn",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class QuerySchemaTablesType0ItemColumnsType0Item:
    """A ``QuerySchemaTablesType0ItemColumnsType0Item`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    name: str | None = None
    """ Column name """
    type_: str | None = None
    """ ClickHouse data type """
    description: str | None = None
    """ Column description """
    example: str | None = None
    """ Example value """
    allowed_values: list[str] | None = None
    """ Allowed values for enum-like columns """
    core_column: bool | None = None
    """ Whether this is a core column included in default queries """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        example: None | str | Unset
        if isinstance(self.example, Unset):
            example = UNSET
        else:
            example = self.example

        allowed_values: list[str] | None | Unset
        if isinstance(self.allowed_values, Unset):
            allowed_values = UNSET
        elif isinstance(self.allowed_values, list):
            allowed_values = self.allowed_values

        else:
            allowed_values = self.allowed_values

        core_column: bool | None | Unset
        if isinstance(self.core_column, Unset):
            core_column = UNSET
        else:
            core_column = self.core_column

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if example is not UNSET:
            field_dict["example"] = example
        if allowed_values is not UNSET:
            field_dict["allowedValues"] = allowed_values
        if core_column is not UNSET:
            field_dict["coreColumn"] = core_column

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        name: None | str | Unset = _src.get("name")

        type_: None | str | Unset = _src.get("type")

        description: None | str | Unset = _src.get("description")

        example: None | str | Unset = _src.get("example")

        _allowed_values = _src.get("allowedValues")
        allowed_values: list[str] | None | Unset
        if _allowed_values is None:
            allowed_values = None
        else:
            try:
                if not isinstance(_allowed_values, list):
                    raise TypeError()
                allowed_values_type_0: list[str] = _allowed_values

                allowed_values = allowed_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                allowed_values = _allowed_values

        core_column: bool | None | Unset = _src.get("coreColumn")

        query_schema_tables_type_0_item_columns_type_0_item = cls(
            name,
            type_,
            description,
            example,
            allowed_values,
            core_column,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        query_schema_tables_type_0_item_columns_type_0_item.additional_properties = d
        return query_schema_tables_type_0_item_columns_type_0_item

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
