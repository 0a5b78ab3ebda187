from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_query_schema_v1_response_200_tables_type_0_item_columns_type_0_item import (
        GetQuerySchemaV1Response200TablesType0ItemColumnsType0Item,
    )


T = TypeVar("T", bound="GetQuerySchemaV1Response200TablesType0Item")


@_attrs_define
class GetQuerySchemaV1Response200TablesType0Item:
    name: None | str | Unset = UNSET
    """ Table name used in TRQL queries """
    description: None | str | Unset = UNSET
    """ Description of the table """
    time_column: None | str | Unset = UNSET
    """ The primary time column for this table """
    columns: list[GetQuerySchemaV1Response200TablesType0ItemColumnsType0Item] | None | Unset = UNSET
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
        from ..models.get_query_schema_v1_response_200_tables_type_0_item_columns_type_0_item import (
            GetQuerySchemaV1Response200TablesType0ItemColumnsType0Item,
        )

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_time_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_column = _parse_time_column(d.pop("timeColumn", UNSET))

        def _parse_columns(
            data: object,
        ) -> list[GetQuerySchemaV1Response200TablesType0ItemColumnsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                columns_type_0 = []
                _columns_type_0 = data
                for columns_type_0_item_data in _columns_type_0:
                    columns_type_0_item = GetQuerySchemaV1Response200TablesType0ItemColumnsType0Item.from_dict(
                        columns_type_0_item_data
                    )

                    columns_type_0.append(columns_type_0_item)

                return columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GetQuerySchemaV1Response200TablesType0ItemColumnsType0Item] | None | Unset, data)

        columns = _parse_columns(d.pop("columns", UNSET))

        get_query_schema_v1_response_200_tables_type_0_item = cls(
            name=name,
            description=description,
            time_column=time_column,
            columns=columns,
        )

        get_query_schema_v1_response_200_tables_type_0_item.additional_properties = d
        return get_query_schema_v1_response_200_tables_type_0_item

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
