from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_metadata_metadata_type_0 import RunMetadataMetadataType0


T = TypeVar("T", bound="RunMetadata")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"metadata": "metadata"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RunMetadata:
    """A ``RunMetadata`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    metadata: RunMetadataMetadataType0 | None = None
    """ The updated metadata of the run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, RunMetadataMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        _metadata = _src.get("metadata")
        metadata: None | RunMetadataMetadataType0 | Unset
        if _metadata is None:
            metadata = None
        else:
            try:
                if not isinstance(_metadata, dict):
                    raise TypeError()
                metadata_type_0 = RunMetadataMetadataType0.from_dict(_metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                metadata = _metadata

        run_metadata = cls(
            metadata,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        run_metadata.additional_properties = d
        return run_metadata

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


from ..models.run_metadata_metadata_type_0 import RunMetadataMetadataType0
