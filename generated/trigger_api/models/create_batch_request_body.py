from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_batch_request_body_idempotency_key_options import (
        CreateBatchRequestBodyIdempotencyKeyOptions,
    )


T = TypeVar("T", bound="CreateBatchRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "run_count": "runCount",
    "task_identifiers": "taskIdentifiers",
    "parent_run_id": "parentRunId",
    "resume_parent_on_completion": "resumeParentOnCompletion",
    "idempotency_key": "idempotencyKey",
    "idempotency_key_options": "idempotencyKeyOptions",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class CreateBatchRequestBody:
    """A ``CreateBatchRequestBody`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    run_count: int
    """ How many items the stream will carry """
    task_identifiers: list[str] | None = None
    parent_run_id: str | None = None
    resume_parent_on_completion: bool | None = None
    idempotency_key: str | None = None
    idempotency_key_options: CreateBatchRequestBodyIdempotencyKeyOptions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_count = self.run_count

        task_identifiers: list[str] | Unset = UNSET
        if not isinstance(self.task_identifiers, Unset):
            task_identifiers = self.task_identifiers

        parent_run_id = self.parent_run_id

        resume_parent_on_completion = self.resume_parent_on_completion

        idempotency_key = self.idempotency_key

        idempotency_key_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.idempotency_key_options, Unset):
            idempotency_key_options = self.idempotency_key_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runCount": run_count,
            }
        )
        if task_identifiers is not UNSET:
            field_dict["taskIdentifiers"] = task_identifiers
        if parent_run_id is not UNSET:
            field_dict["parentRunId"] = parent_run_id
        if resume_parent_on_completion is not UNSET:
            field_dict["resumeParentOnCompletion"] = resume_parent_on_completion
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key
        if idempotency_key_options is not UNSET:
            field_dict["idempotencyKeyOptions"] = idempotency_key_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        run_count = _src["runCount"]

        task_identifiers: list[str] = _src.get("taskIdentifiers")

        parent_run_id = _src.get("parentRunId")

        resume_parent_on_completion = _src.get("resumeParentOnCompletion")

        idempotency_key = _src.get("idempotencyKey")

        _idempotency_key_options = _src.get("idempotencyKeyOptions")
        idempotency_key_options: CreateBatchRequestBodyIdempotencyKeyOptions | Unset
        if isinstance(_idempotency_key_options, Unset):
            idempotency_key_options = UNSET
        else:
            idempotency_key_options = CreateBatchRequestBodyIdempotencyKeyOptions.from_dict(_idempotency_key_options)

        create_batch_request_body = cls(
            run_count,
            task_identifiers,
            parent_run_id,
            resume_parent_on_completion,
            idempotency_key,
            idempotency_key_options,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        create_batch_request_body.additional_properties = d
        return create_batch_request_body

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


from ..models.create_batch_request_body_idempotency_key_options import (
    CreateBatchRequestBodyIdempotencyKeyOptions,
)
