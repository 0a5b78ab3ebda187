from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_run_result_v1_response_200_error_type_0 import (
        GetRunResultV1Response200ErrorType0,
    )
    from ..models.get_run_result_v1_response_200_usage_type_0 import (
        GetRunResultV1Response200UsageType0,
    )


T = TypeVar("T", bound="GetRunResultV1Response200")


@_attrs_define
class GetRunResultV1Response200:
    ok: bool
    """ Whether the run completed successfully. """
    id: str
    """ The run ID. """
    output: None | str | Unset = UNSET
    """ The serialized output as a string (present when ok is true). Use outputType to determine how to parse it —
    for "application/json" use JSON.parse(). """
    output_type: None | str | Unset = UNSET
    """ The content type of the serialized output, e.g. "application/json". """
    error: GetRunResultV1Response200ErrorType0 | None | Unset = UNSET
    """ Error details (present when ok is false). """
    usage: GetRunResultV1Response200UsageType0 | None | Unset = UNSET
    """ Execution usage stats. """
    task_identifier: None | str | Unset = UNSET
    """ The task identifier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_run_result_v1_response_200_error_type_0 import (
            GetRunResultV1Response200ErrorType0,
        )
        from ..models.get_run_result_v1_response_200_usage_type_0 import (
            GetRunResultV1Response200UsageType0,
        )

        ok = self.ok

        id = self.id

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        output_type: None | str | Unset
        if isinstance(self.output_type, Unset):
            output_type = UNSET
        else:
            output_type = self.output_type

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, GetRunResultV1Response200ErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, GetRunResultV1Response200UsageType0):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        task_identifier: None | str | Unset
        if isinstance(self.task_identifier, Unset):
            task_identifier = UNSET
        else:
            task_identifier = self.task_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "id": id,
            }
        )
        if output is not UNSET:
            field_dict["output"] = output
        if output_type is not UNSET:
            field_dict["outputType"] = output_type
        if error is not UNSET:
            field_dict["error"] = error
        if usage is not UNSET:
            field_dict["usage"] = usage
        if task_identifier is not UNSET:
            field_dict["taskIdentifier"] = task_identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_run_result_v1_response_200_error_type_0 import (
            GetRunResultV1Response200ErrorType0,
        )
        from ..models.get_run_result_v1_response_200_usage_type_0 import (
            GetRunResultV1Response200UsageType0,
        )

        d = dict(src_dict)
        ok = d.pop("ok")

        id = d.pop("id")

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_output_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_type = _parse_output_type(d.pop("outputType", UNSET))

        def _parse_error(data: object) -> GetRunResultV1Response200ErrorType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = GetRunResultV1Response200ErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetRunResultV1Response200ErrorType0 | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_usage(data: object) -> GetRunResultV1Response200UsageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = GetRunResultV1Response200UsageType0.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetRunResultV1Response200UsageType0 | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_task_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_identifier = _parse_task_identifier(d.pop("taskIdentifier", UNSET))

        get_run_result_v1_response_200 = cls(
            ok=ok,
            id=id,
            output=output,
            output_type=output_type,
            error=error,
            usage=usage,
            task_identifier=task_identifier,
        )

        get_run_result_v1_response_200.additional_properties = d
        return get_run_result_v1_response_200

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
