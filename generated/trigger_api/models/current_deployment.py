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
    from ..models.current_deployment_error_type_0 import CurrentDeploymentErrorType0
    from ..models.current_deployment_git_type_0 import CurrentDeploymentGitType0


T = TypeVar("T", bound="CurrentDeployment")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "created_at": "createdAt",
    "short_code": "shortCode",
    "version": "version",
    "status": "status",
    "runtime": "runtime",
    "runtime_version": "runtimeVersion",
    "deployed_at": "deployedAt",
    "git": "git",
    "error": "error",
    "external_id": "externalId",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class CurrentDeployment:
    """A ``CurrentDeployment`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    id: str
    created_at: datetime.datetime
    short_code: str
    version: str
    status: DeploymentStatus
    """ The current status of the deployment """
    runtime: str | None = None
    runtime_version: str | None = None
    deployed_at: datetime.datetime | None = None
    git: CurrentDeploymentGitType0 | None = None
    error: CurrentDeploymentErrorType0 | None = None
    external_id: str | None = None
    """ The --external-id the deployment was deployed under """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = (
            (self.created_at if self.created_at.tzinfo else self.created_at.replace(tzinfo=datetime.timezone.utc))
            .astimezone(datetime.timezone.utc)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        short_code = self.short_code

        version = self.version

        status = self.status.value

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
        elif isinstance(self.git, CurrentDeploymentGitType0):
            git = self.git.to_dict()
        else:
            git = self.git

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, CurrentDeploymentErrorType0):
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
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "shortCode": short_code,
                "version": version,
                "status": status,
            }
        )
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if runtime_version is not UNSET:
            field_dict["runtimeVersion"] = runtime_version
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
        id = _src["id"]

        try:
            created_at = parse_datetime(_src["createdAt"])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"createdAt: {exc}") from exc

        short_code = _src["shortCode"]

        version = _src["version"]

        status = parse_deployment_status(_src["status"])

        runtime: None | str | Unset = _src.get("runtime")

        runtime_version: None | str | Unset = _src.get("runtimeVersion")

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
        git: CurrentDeploymentGitType0 | None | Unset
        if _git is None:
            git = None
        else:
            try:
                if not isinstance(_git, dict):
                    raise TypeError()
                git_type_0 = CurrentDeploymentGitType0.from_dict(_git)

                git = git_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                git = _git

        _error = _src.get("error")
        error: CurrentDeploymentErrorType0 | None | Unset
        if _error is None:
            error = None
        else:
            try:
                if not isinstance(_error, dict):
                    raise TypeError()
                error_type_0 = CurrentDeploymentErrorType0.from_dict(_error)

                error = error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                error = _error

        external_id: None | str | Unset = _src.get("externalId")

        current_deployment = cls(
            id,
            created_at,
            short_code,
            version,
            status,
            runtime,
            runtime_version,
            deployed_at,
            git,
            error,
            external_id,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        current_deployment.additional_properties = d
        return current_deployment

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


from ..models.current_deployment_error_type_0 import CurrentDeploymentErrorType0
from ..models.current_deployment_git_type_0 import CurrentDeploymentGitType0
