from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_schema_tables_type_0_item_columns_type_0_item import (
        QuerySchemaTablesType0ItemColumnsType0Item,
    )


T = TypeVar("T", bound="QuerySchemaTablesType0Item")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "name": "name",
    "description": "description",
    "time_column": "timeColumn",
    "columns": "columns",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class QuerySchemaTablesType0Item:
    """A ``QuerySchemaTablesType0Item`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    name: str | None = None
    """ Table name used in TRQL queries """
    description: str | None = None
    """ Description of the table """
    time_column: str | None = None
    """ The primary time column for this table """
    columns: list[QuerySchemaTablesType0ItemColumnsType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        time_column: None | str | Unset
        if isinstance(self.time_column, Unset):
            time_column = UNSET
        else:
            time_column = self.time_column

        columns: list[dict[str, Any]] | None | Unset
        if isinstance(self.columns, Unset):
            columns = UNSET
        elif isinstance(self.columns, list):
            columns = []
            for columns_type_0_item_data in self.columns:
                columns_type_0_item = columns_type_0_item_data.to_dict()
                columns.append(columns_type_0_item)

        else:
            columns = self.columns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if time_column is not UNSET:
            field_dict["timeColumn"] = time_column
        if columns is not UNSET:
            field_dict["columns"] = columns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        name: None | str | Unset = _src.get("name")

        description: None | str | Unset = _src.get("description")

        time_column: None | str | Unset = _src.get("timeColumn")

        _columns = _src.get("columns")
        columns: list[QuerySchemaTablesType0ItemColumnsType0Item] | None | Unset
        if _columns is None:
            columns = None
        else:
            try:
                if not isinstance(_columns, list):
                    raise TypeError()
                columns_type_0 = []
                _columns_type_0 = _columns
                for columns_type_0_item_data in _columns_type_0:
                    columns_type_0_item = QuerySchemaTablesType0ItemColumnsType0Item.from_dict(columns_type_0_item_data)

                    columns_type_0.append(columns_type_0_item)

                columns = columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                columns = _columns

        query_schema_tables_type_0_item = cls(
            name,
            description,
            time_column,
            columns,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        query_schema_tables_type_0_item.additional_properties = d
        return query_schema_tables_type_0_item

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


from ..models.query_schema_tables_type_0_item_columns_type_0_item import (
    QuerySchemaTablesType0ItemColumnsType0Item,
)
