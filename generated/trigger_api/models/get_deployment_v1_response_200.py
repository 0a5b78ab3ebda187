from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.get_deployment_v1_response_200_status import (
    GetDeploymentV1Response200Status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_deployment_v1_response_200_error_data_type_0 import (
        GetDeploymentV1Response200ErrorDataType0,
    )
    from ..models.get_deployment_v1_response_200_external_build_data_type_0 import (
        GetDeploymentV1Response200ExternalBuildDataType0,
    )
    from ..models.get_deployment_v1_response_200_worker_type_0 import (
        GetDeploymentV1Response200WorkerType0,
    )


T = TypeVar("T", bound="GetDeploymentV1Response200")


@_attrs_define
class GetDeploymentV1Response200:
    id: None | str | Unset = UNSET
    """ The deployment ID """
    status: GetDeploymentV1Response200Status | Unset = UNSET
    """ The current status of the deployment """
    content_hash: None | str | Unset = UNSET
    """ Hash of the deployment content """
    short_code: None | str | Unset = UNSET
    """ The short code for the deployment """
    version: None | str | Unset = UNSET
    """ The deployment version (e.g., "20250228.1") """
    image_reference: None | str | Unset = UNSET
    """ Reference to the deployment image """
    image_platform: None | str | Unset = UNSET
    """ Platform of the deployment image """
    external_build_data: GetDeploymentV1Response200ExternalBuildDataType0 | None | Unset = UNSET
    """ External build data if applicable """
    error_data: GetDeploymentV1Response200ErrorDataType0 | None | Unset = UNSET
    """ Error data if the deployment failed """
    worker: GetDeploymentV1Response200WorkerType0 | None | Unset = UNSET
    """ Worker information if available """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_deployment_v1_response_200_error_data_type_0 import (
            GetDeploymentV1Response200ErrorDataType0,
        )
        from ..models.get_deployment_v1_response_200_external_build_data_type_0 import (
            GetDeploymentV1Response200ExternalBuildDataType0,
        )
        from ..models.get_deployment_v1_response_200_worker_type_0 import (
            GetDeploymentV1Response200WorkerType0,
        )

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

        image_platform: None | str | Unset
        if isinstance(self.image_platform, Unset):
            image_platform = UNSET
        else:
            image_platform = self.image_platform

        external_build_data: dict[str, Any] | None | Unset
        if isinstance(self.external_build_data, Unset):
            external_build_data = UNSET
        elif isinstance(self.external_build_data, GetDeploymentV1Response200ExternalBuildDataType0):
            external_build_data = self.external_build_data.to_dict()
        else:
            external_build_data = self.external_build_data

        error_data: dict[str, Any] | None | Unset
        if isinstance(self.error_data, Unset):
            error_data = UNSET
        elif isinstance(self.error_data, GetDeploymentV1Response200ErrorDataType0):
            error_data = self.error_data.to_dict()
        else:
            error_data = self.error_data

        worker: dict[str, Any] | None | Unset
        if isinstance(self.worker, Unset):
            worker = UNSET
        elif isinstance(self.worker, GetDeploymentV1Response200WorkerType0):
            worker = self.worker.to_dict()
        else:
            worker = self.worker

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
        if image_platform is not UNSET:
            field_dict["imagePlatform"] = image_platform
        if external_build_data is not UNSET:
            field_dict["externalBuildData"] = external_build_data
        if error_data is not UNSET:
            field_dict["errorData"] = error_data
        if worker is not UNSET:
            field_dict["worker"] = worker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_deployment_v1_response_200_error_data_type_0 import (
            GetDeploymentV1Response200ErrorDataType0,
        )
        from ..models.get_deployment_v1_response_200_external_build_data_type_0 import (
            GetDeploymentV1Response200ExternalBuildDataType0,
        )
        from ..models.get_deployment_v1_response_200_worker_type_0 import (
            GetDeploymentV1Response200WorkerType0,
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        _status = d.pop("status", UNSET)
        status: GetDeploymentV1Response200Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetDeploymentV1Response200Status(_status)

        def _parse_content_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_hash = _parse_content_hash(d.pop("contentHash", UNSET))

        def _parse_short_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_code = _parse_short_code(d.pop("shortCode", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_image_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_reference = _parse_image_reference(d.pop("imageReference", UNSET))

        def _parse_image_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_platform = _parse_image_platform(d.pop("imagePlatform", UNSET))

        def _parse_external_build_data(data: object) -> GetDeploymentV1Response200ExternalBuildDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_build_data_type_0 = GetDeploymentV1Response200ExternalBuildDataType0.from_dict(data)

                return external_build_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetDeploymentV1Response200ExternalBuildDataType0 | None | Unset, data)

        external_build_data = _parse_external_build_data(d.pop("externalBuildData", UNSET))

        def _parse_error_data(data: object) -> GetDeploymentV1Response200ErrorDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_data_type_0 = GetDeploymentV1Response200ErrorDataType0.from_dict(data)

                return error_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetDeploymentV1Response200ErrorDataType0 | None | Unset, data)

        error_data = _parse_error_data(d.pop("errorData", UNSET))

        def _parse_worker(data: object) -> GetDeploymentV1Response200WorkerType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                worker_type_0 = GetDeploymentV1Response200WorkerType0.from_dict(data)

                return worker_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetDeploymentV1Response200WorkerType0 | None | Unset, data)

        worker = _parse_worker(d.pop("worker", UNSET))

        get_deployment_v1_response_200 = cls(
            id=id,
            status=status,
            content_hash=content_hash,
            short_code=short_code,
            version=version,
            image_reference=image_reference,
            image_platform=image_platform,
            external_build_data=external_build_data,
            error_data=error_data,
            worker=worker,
        )

        get_deployment_v1_response_200.additional_properties = d
        return get_deployment_v1_response_200

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
