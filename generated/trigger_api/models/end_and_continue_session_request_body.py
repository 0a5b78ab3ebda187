from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET

T = TypeVar("T", bound="EndAndContinueSessionRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "calling_run_id": "callingRunId",
    "reason": "reason",
    "external_deployment_id": "externalDeploymentId",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class EndAndContinueSessionRequestBody:
    """A ``EndAndContinueSessionRequestBody`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    calling_run_id: str
    """ The run handing the session over """
    reason: str
    """ Audit label, e.g. `upgrade` """
    external_deployment_id: str | None = None
    """ Pin runs to the deployment carrying this id """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calling_run_id = self.calling_run_id

        reason = self.reason

        external_deployment_id = self.external_deployment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callingRunId": calling_run_id,
                "reason": reason,
            }
        )
        if external_deployment_id is not UNSET:
            field_dict["externalDeploymentId"] = external_deployment_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        calling_run_id = _src["callingRunId"]

        reason = _src["reason"]

        external_deployment_id = _src.get("externalDeploymentId")

        end_and_continue_session_request_body = cls(
            calling_run_id,
            reason,
            external_deployment_id,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        end_and_continue_session_request_body.additional_properties = d
        return end_and_continue_session_request_body

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
