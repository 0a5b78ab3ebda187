from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_session_request_body_metadata_type_0 import (
        UpdateSessionRequestBodyMetadataType0,
    )


T = TypeVar("T", bound="UpdateSessionRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"tags": "tags", "metadata": "metadata", "external_id": "externalId"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class UpdateSessionRequestBody:
    """Body for `PATCH /api/v1/sessions/{session}`. The whole body must be 32KB or smaller. Every field is optional;
    omitted fields are left unchanged.

    """

    tags: list[str] | None = None
    """ Replaces the tags on the session row. """
    metadata: UpdateSessionRequestBodyMetadataType0 | None = None
    """ Replaces the metadata. Pass `null` to clear it. """
    external_id: str | None = None
    """ Read-only after create: cannot be changed or cleared. Sending a value different from the current one
    (including `null` when one is set) returns `422`; sending the same value is idempotent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdateSessionRequestBodyMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        tags: list[str] = _src.get("tags")

        _metadata = _src.get("metadata")
        metadata: None | Unset | UpdateSessionRequestBodyMetadataType0
        if _metadata is None:
            metadata = None
        else:
            try:
                if not isinstance(_metadata, dict):
                    raise TypeError()
                metadata_type_0 = UpdateSessionRequestBodyMetadataType0.from_dict(_metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                metadata = _metadata

        external_id: None | str | Unset = _src.get("externalId")

        update_session_request_body = cls(
            tags,
            metadata,
            external_id,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        update_session_request_body.additional_properties = d
        return update_session_request_body

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


from ..models.update_session_request_body_metadata_type_0 import (
    UpdateSessionRequestBodyMetadataType0,
)
