from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentWorkerType0TasksType0Item")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"id": "id", "slug": "slug", "file_path": "filePath", "export_name": "exportName"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class DeploymentWorkerType0TasksType0Item:
    """A ``DeploymentWorkerType0TasksType0Item`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str | None = None
    slug: str | None = None
    file_path: str | None = None
    export_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        file_path: None | str | Unset
        if isinstance(self.file_path, Unset):
            file_path = UNSET
        else:
            file_path = self.file_path

        export_name: None | str | Unset
        if isinstance(self.export_name, Unset):
            export_name = UNSET
        else:
            export_name = self.export_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if file_path is not UNSET:
            field_dict["filePath"] = file_path
        if export_name is not UNSET:
            field_dict["exportName"] = export_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id: None | str | Unset = _src.get("id")

        slug: None | str | Unset = _src.get("slug")

        file_path: None | str | Unset = _src.get("filePath")

        export_name: None | str | Unset = _src.get("exportName")

        deployment_worker_type_0_tasks_type_0_item = cls(
            id,
            slug,
            file_path,
            export_name,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        deployment_worker_type_0_tasks_type_0_item.additional_properties = d
        return deployment_worker_type_0_tasks_type_0_item

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
