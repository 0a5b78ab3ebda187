from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invalid_env_vars_request_response_issues_type_0_item import (
        InvalidEnvVarsRequestResponseIssuesType0Item,
    )
    from ..models.invalid_env_vars_request_response_variable_errors_type_0_item import (
        InvalidEnvVarsRequestResponseVariableErrorsType0Item,
    )


T = TypeVar("T", bound="InvalidEnvVarsRequestResponse")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"error": "error", "issues": "issues", "variable_errors": "variableErrors"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class InvalidEnvVarsRequestResponse:
    """A ``InvalidEnvVarsRequestResponse`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    error: str | None = None
    issues: list[InvalidEnvVarsRequestResponseIssuesType0Item] | None = None
    variable_errors: list[InvalidEnvVarsRequestResponseVariableErrorsType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        issues: list[dict[str, Any]] | None | Unset
        if isinstance(self.issues, Unset):
            issues = UNSET
        elif isinstance(self.issues, list):
            issues = []
            for issues_type_0_item_data in self.issues:
                issues_type_0_item = issues_type_0_item_data.to_dict()
                issues.append(issues_type_0_item)

        else:
            issues = self.issues

        variable_errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.variable_errors, Unset):
            variable_errors = UNSET
        elif isinstance(self.variable_errors, list):
            variable_errors = []
            for variable_errors_type_0_item_data in self.variable_errors:
                variable_errors_type_0_item = variable_errors_type_0_item_data.to_dict()
                variable_errors.append(variable_errors_type_0_item)

        else:
            variable_errors = self.variable_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if issues is not UNSET:
            field_dict["issues"] = issues
        if variable_errors is not UNSET:
            field_dict["variableErrors"] = variable_errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        error: None | str | Unset = _src.get("error")

        _issues = _src.get("issues")
        issues: list[InvalidEnvVarsRequestResponseIssuesType0Item] | None | Unset
        if _issues is None:
            issues = None
        else:
            try:
                if not isinstance(_issues, list):
                    raise TypeError()
                issues_type_0 = []
                _issues_type_0 = _issues
                for issues_type_0_item_data in _issues_type_0:
                    issues_type_0_item = InvalidEnvVarsRequestResponseIssuesType0Item.from_dict(issues_type_0_item_data)

                    issues_type_0.append(issues_type_0_item)

                issues = issues_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                issues = _issues

        _variable_errors = _src.get("variableErrors")
        variable_errors: list[InvalidEnvVarsRequestResponseVariableErrorsType0Item] | None | Unset
        if _variable_errors is None:
            variable_errors = None
        else:
            try:
                if not isinstance(_variable_errors, list):
                    raise TypeError()
                variable_errors_type_0 = []
                _variable_errors_type_0 = _variable_errors
                for variable_errors_type_0_item_data in _variable_errors_type_0:
                    variable_errors_type_0_item = InvalidEnvVarsRequestResponseVariableErrorsType0Item.from_dict(
                        variable_errors_type_0_item_data
                    )

                    variable_errors_type_0.append(variable_errors_type_0_item)

                variable_errors = variable_errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                variable_errors = _variable_errors

        invalid_env_vars_request_response = cls(
            error,
            issues,
            variable_errors,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        invalid_env_vars_request_response.additional_properties = d
        return invalid_env_vars_request_response

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


from ..models.invalid_env_vars_request_response_issues_type_0_item import (
    InvalidEnvVarsRequestResponseIssuesType0Item,
)
from ..models.invalid_env_vars_request_response_variable_errors_type_0_item import (
    InvalidEnvVarsRequestResponseVariableErrorsType0Item,
)
