from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.deployment_status import DeploymentStatus, parse_deployment_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.latest_deployment_error_data_type_0 import (
        LatestDeploymentErrorDataType0,
    )


T = TypeVar("T", bound="LatestDeployment")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "status": "status",
    "content_hash": "contentHash",
    "short_code": "shortCode",
    "version": "version",
    "image_reference": "imageReference",
    "error_data": "errorData",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class LatestDeployment:
    """A ``LatestDeployment`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str | None = None
    """ The deployment ID """
    status: DeploymentStatus | None = None
    """ The current status of the deployment """
    content_hash: str | None = None
    """ Hash of the deployment content """
    short_code: str | None = None
    """ The short code for the deployment """
    version: str | None = None
    """ The deployment version (e.g., "20250228.1") """
    image_reference: str | None = None
    """ Reference to the deployment image """
    error_data: LatestDeploymentErrorDataType0 | None = None
    """ Error data if the deployment failed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        content_hash: None | str | Unset
        if isinstance(self.content_hash, Unset):
            content_hash = UNSET
        else:
            content_hash = self.content_hash

        short_code: None | str | Unset
        if isinstance(self.short_code, Unset):
            short_code = UNSET
        else:
            short_code = self.short_code

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        image_reference: None | str | Unset
        if isinstance(self.image_reference, Unset):
            image_reference = UNSET
        else:
            image_reference = self.image_reference

        error_data: dict[str, Any] | None | Unset
        if isinstance(self.error_data, Unset):
            error_data = UNSET
        elif isinstance(self.error_data, LatestDeploymentErrorDataType0):
            error_data = self.error_data.to_dict()
        else:
            error_data = self.error_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if content_hash is not UNSET:
            field_dict["contentHash"] = content_hash
        if short_code is not UNSET:
            field_dict["shortCode"] = short_code
        if version is not UNSET:
            field_dict["version"] = version
        if image_reference is not UNSET:
            field_dict["imageReference"] = image_reference
        if error_data is not UNSET:
            field_dict["errorData"] = error_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id: None | str | Unset = _src.get("id")

        _status = _src.get("status")
        status: DeploymentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = parse_deployment_status(_status)

        content_hash: None | str | Unset = _src.get("contentHash")

        short_code: None | str | Unset = _src.get("shortCode")

        version: None | str | Unset = _src.get("version")

        image_reference: None | str | Unset = _src.get("imageReference")

        _error_data = _src.get("errorData")
        error_data: LatestDeploymentErrorDataType0 | None | Unset
        if _error_data is None:
            error_data = None
        else:
            try:
                if not isinstance(_error_data, dict):
                    raise TypeError()
                error_data_type_0 = LatestDeploymentErrorDataType0.from_dict(_error_data)

                error_data = error_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                error_data = _error_data

        latest_deployment = cls(
            id,
            status,
            content_hash,
            short_code,
            version,
            image_reference,
            error_data,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        latest_deployment.additional_properties = d
        return latest_deployment

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


from ..models.latest_deployment_error_data_type_0 import LatestDeploymentErrorDataType0
