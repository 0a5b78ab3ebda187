from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.list_deployments_v1_response_200_data_type_0_item_status import (
    ListDeploymentsV1Response200DataType0ItemStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_deployments_v1_response_200_data_type_0_item_error_type_0 import (
        ListDeploymentsV1Response200DataType0ItemErrorType0,
    )
    from ..models.list_deployments_v1_response_200_data_type_0_item_git_type_0 import (
        ListDeploymentsV1Response200DataType0ItemGitType0,
    )


T = TypeVar("T", bound="ListDeploymentsV1Response200DataType0Item")


@_attrs_define
class ListDeploymentsV1Response200DataType0Item:
    id: None | str | Unset = UNSET
    """ The deployment ID """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When the deployment was created """
    short_code: None | str | Unset = UNSET
    """ The short code for the deployment """
    version: None | str | Unset = UNSET
    """ The deployment version (e.g., "20250228.1") """
    runtime: None | str | Unset = UNSET
    """ The runtime used (e.g., "node") """
    runtime_version: None | str | Unset = UNSET
    """ The runtime version """
    status: ListDeploymentsV1Response200DataType0ItemStatus | Unset = UNSET
    """ The current status of the deployment """
    deployed_at: datetime.datetime | None | Unset = UNSET
    """ When the deployment was promoted to DEPLOYED """
    git: ListDeploymentsV1Response200DataType0ItemGitType0 | None | Unset = UNSET
    """ Git metadata associated with the deployment """
    error: ListDeploymentsV1Response200DataType0ItemErrorType0 | None | Unset = UNSET
    """ Error data if the deployment failed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_deployments_v1_response_200_data_type_0_item_error_type_0 import (
            ListDeploymentsV1Response200DataType0ItemErrorType0,
        )
        from ..models.list_deployments_v1_response_200_data_type_0_item_git_type_0 import (
            ListDeploymentsV1Response200DataType0ItemGitType0,
        )

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                (self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=datetime.timezone.utc))
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            created_at = self.created_at

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

        runtime: None | str | Unset
        if isinstance(self.runtime, Unset):
            runtime = UNSET
        else:
            runtime = self.runtime

        runtime_version: None | str | Unset
        if isinstance(self.runtime_version, Unset):
            runtime_version = UNSET
        else:
            runtime_version = self.runtime_version

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        deployed_at: None | str | Unset
        if isinstance(self.deployed_at, Unset):
            deployed_at = UNSET
        elif isinstance(self.deployed_at, datetime.datetime):
            deployed_at = (
                (
                    self.deployed_at
                    if self.deployed_at.tzinfo
                    else self.deployed_at.replace(tzinfo=datetime.timezone.utc)
                )
                .astimezone(datetime.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            deployed_at = self.deployed_at

        git: dict[str, Any] | None | Unset
        if isinstance(self.git, Unset):
            git = UNSET
        elif isinstance(self.git, ListDeploymentsV1Response200DataType0ItemGitType0):
            git = self.git.to_dict()
        else:
            git = self.git

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ListDeploymentsV1Response200DataType0ItemErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if short_code is not UNSET:
            field_dict["shortCode"] = short_code
        if version is not UNSET:
            field_dict["version"] = version
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if runtime_version is not UNSET:
            field_dict["runtimeVersion"] = runtime_version
        if status is not UNSET:
            field_dict["status"] = status
        if deployed_at is not UNSET:
            field_dict["deployedAt"] = deployed_at
        if git is not UNSET:
            field_dict["git"] = git
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_deployments_v1_response_200_data_type_0_item_error_type_0 import (
            ListDeploymentsV1Response200DataType0ItemErrorType0,
        )
        from ..models.list_deployments_v1_response_200_data_type_0_item_git_type_0 import (
            ListDeploymentsV1Response200DataType0ItemGitType0,
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

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

        def _parse_runtime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        runtime = _parse_runtime(d.pop("runtime", UNSET))

        def _parse_runtime_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        runtime_version = _parse_runtime_version(d.pop("runtimeVersion", UNSET))

        _status = d.pop("status", UNSET)
        status: ListDeploymentsV1Response200DataType0ItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ListDeploymentsV1Response200DataType0ItemStatus(_status)

        def _parse_deployed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deployed_at_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return deployed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deployed_at = _parse_deployed_at(d.pop("deployedAt", UNSET))

        def _parse_git(data: object) -> ListDeploymentsV1Response200DataType0ItemGitType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                git_type_0 = ListDeploymentsV1Response200DataType0ItemGitType0.from_dict(data)

                return git_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListDeploymentsV1Response200DataType0ItemGitType0 | None | Unset, data)

        git = _parse_git(d.pop("git", UNSET))

        def _parse_error(data: object) -> ListDeploymentsV1Response200DataType0ItemErrorType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ListDeploymentsV1Response200DataType0ItemErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListDeploymentsV1Response200DataType0ItemErrorType0 | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        list_deployments_v1_response_200_data_type_0_item = cls(
            id=id,
            created_at=created_at,
            short_code=short_code,
            version=version,
            runtime=runtime,
            runtime_version=runtime_version,
            status=status,
            deployed_at=deployed_at,
            git=git,
            error=error,
        )

        list_deployments_v1_response_200_data_type_0_item.additional_properties = d
        return list_deployments_v1_response_200_data_type_0_item

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
