from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.deployment_status import DeploymentStatus, parse_deployment_status
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.deployment_summary_error_type_0 import DeploymentSummaryErrorType0
    from ..models.deployment_summary_git_type_0 import DeploymentSummaryGitType0


T = TypeVar("T", bound="DeploymentSummary")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "created_at": "createdAt",
    "short_code": "shortCode",
    "version": "version",
    "runtime": "runtime",
    "runtime_version": "runtimeVersion",
    "status": "status",
    "deployed_at": "deployedAt",
    "git": "git",
    "error": "error",
    "external_id": "externalId",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class DeploymentSummary:
    """A ``DeploymentSummary`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str | None = None
    """ The deployment ID """
    created_at: datetime.datetime | None = None
    """ When the deployment was created """
    short_code: str | None = None
    """ The short code for the deployment """
    version: str | None = None
    """ The deployment version (e.g., "20250228.1") """
    runtime: str | None = None
    """ The runtime used (e.g., "node") """
    runtime_version: str | None = None
    """ The runtime version """
    status: DeploymentStatus | None = None
    """ The current status of the deployment """
    deployed_at: datetime.datetime | None = None
    """ When the deployment was promoted to DEPLOYED """
    git: DeploymentSummaryGitType0 | None = None
    """ Git metadata associated with the deployment """
    error: DeploymentSummaryErrorType0 | None = None
    """ Error data if the deployment failed """
    external_id: str | None = None
    """ The --external-id the deployment was deployed under """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        elif isinstance(self.git, DeploymentSummaryGitType0):
            git = self.git.to_dict()
        else:
            git = self.git

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, DeploymentSummaryErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

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
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        id: None | str | Unset = _src.get("id")

        _created_at = _src.get("createdAt")
        created_at: datetime.datetime | None | Unset
        if _created_at is None:
            created_at = None
        else:
            try:
                if not isinstance(_created_at, str):
                    raise TypeError()
                created_at_type_0 = parse_datetime(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = _created_at

        short_code: None | str | Unset = _src.get("shortCode")

        version: None | str | Unset = _src.get("version")

        runtime: None | str | Unset = _src.get("runtime")

        runtime_version: None | str | Unset = _src.get("runtimeVersion")

        _status = _src.get("status")
        status: DeploymentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = parse_deployment_status(_status)

        _deployed_at = _src.get("deployedAt")
        deployed_at: datetime.datetime | None | Unset
        if _deployed_at is None:
            deployed_at = None
        else:
            try:
                if not isinstance(_deployed_at, str):
                    raise TypeError()
                deployed_at_type_0 = parse_datetime(_deployed_at)

                deployed_at = deployed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                deployed_at = _deployed_at

        _git = _src.get("git")
        git: DeploymentSummaryGitType0 | None | Unset
        if _git is None:
            git = None
        else:
            try:
                if not isinstance(_git, dict):
                    raise TypeError()
                git_type_0 = DeploymentSummaryGitType0.from_dict(_git)

                git = git_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                git = _git

        _error = _src.get("error")
        error: DeploymentSummaryErrorType0 | None | Unset
        if _error is None:
            error = None
        else:
            try:
                if not isinstance(_error, dict):
                    raise TypeError()
                error_type_0 = DeploymentSummaryErrorType0.from_dict(_error)

                error = error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                error = _error

        external_id: None | str | Unset = _src.get("externalId")

        deployment_summary = cls(
            id,
            created_at,
            short_code,
            version,
            runtime,
            runtime_version,
            status,
            deployed_at,
            git,
            error,
            external_id,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        deployment_summary.additional_properties = d
        return deployment_summary

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


from ..models.deployment_summary_error_type_0 import DeploymentSummaryErrorType0
from ..models.deployment_summary_git_type_0 import DeploymentSummaryGitType0
