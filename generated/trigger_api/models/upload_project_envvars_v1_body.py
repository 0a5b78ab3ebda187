from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_project_envvars_v1_body_parent_variables import (
        UploadProjectEnvvarsV1BodyParentVariables,
    )
    from ..models.upload_project_envvars_v1_body_variables import (
        UploadProjectEnvvarsV1BodyVariables,
    )


T = TypeVar("T", bound="UploadProjectEnvvarsV1Body")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "variables": "variables",
    "override": "override",
    "parent_variables": "parentVariables",
    "is_secret": "isSecret",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class UploadProjectEnvvarsV1Body:
    """A ``UploadProjectEnvvarsV1Body`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    variables: UploadProjectEnvvarsV1BodyVariables
    """ Variables to import, as a map of name to value """
    override: bool | None = False
    """ Whether to override existing variables or not """
    parent_variables: UploadProjectEnvvarsV1BodyParentVariables | None = None
    """ Variables of the parent environment (for a preview branch) """
    is_secret: bool | None = None
    """ Store the imported variables as secrets (values hidden) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variables = self.variables.to_dict()

        override = self.override

        parent_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_variables, Unset):
            parent_variables = self.parent_variables.to_dict()

        is_secret = self.is_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variables": variables,
            }
        )
        if override is not UNSET:
            field_dict["override"] = override
        if parent_variables is not UNSET:
            field_dict["parentVariables"] = parent_variables
        if is_secret is not UNSET:
            field_dict["isSecret"] = is_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        variables = UploadProjectEnvvarsV1BodyVariables.from_dict(_src["variables"])

        override = _src.get("override")

        _parent_variables = _src.get("parentVariables")
        parent_variables: UploadProjectEnvvarsV1BodyParentVariables | Unset
        if isinstance(_parent_variables, Unset):
            parent_variables = UNSET
        else:
            parent_variables = UploadProjectEnvvarsV1BodyParentVariables.from_dict(_parent_variables)

        is_secret = _src.get("isSecret")

        upload_project_envvars_v1_body = cls(
            variables,
            override,
            parent_variables,
            is_secret,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        upload_project_envvars_v1_body.additional_properties = d
        return upload_project_envvars_v1_body

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


from ..models.upload_project_envvars_v1_body_parent_variables import (
    UploadProjectEnvvarsV1BodyParentVariables,
)
from ..models.upload_project_envvars_v1_body_variables import (
    UploadProjectEnvvarsV1BodyVariables,
)
