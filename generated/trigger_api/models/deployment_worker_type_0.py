from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_worker_type_0_tasks_type_0_item import (
        DeploymentWorkerType0TasksType0Item,
    )


T = TypeVar("T", bound="DeploymentWorkerType0")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"id": "id", "version": "version", "tasks": "tasks"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class DeploymentWorkerType0:
    """Worker information if available"""

    id: str | None = None
    version: str | None = None
    tasks: list[DeploymentWorkerType0TasksType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        tasks: list[dict[str, Any]] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = []
            for tasks_type_0_item_data in self.tasks:
                tasks_type_0_item = tasks_type_0_item_data.to_dict()
                tasks.append(tasks_type_0_item)

        else:
            tasks = self.tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id: None | str | Unset = _src.get("id")

        version: None | str | Unset = _src.get("version")

        _tasks = _src.get("tasks")
        tasks: list[DeploymentWorkerType0TasksType0Item] | None | Unset
        if _tasks is None:
            tasks = None
        else:
            try:
                if not isinstance(_tasks, list):
                    raise TypeError()
                tasks_type_0 = []
                _tasks_type_0 = _tasks
                for tasks_type_0_item_data in _tasks_type_0:
                    tasks_type_0_item = DeploymentWorkerType0TasksType0Item.from_dict(tasks_type_0_item_data)

                    tasks_type_0.append(tasks_type_0_item)

                tasks = tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                tasks = _tasks

        deployment_worker_type_0 = cls(
            id,
            version,
            tasks,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        deployment_worker_type_0.additional_properties = d
        return deployment_worker_type_0

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


from ..models.deployment_worker_type_0_tasks_type_0_item import (
    DeploymentWorkerType0TasksType0Item,
)
