from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trigger_task_request_body_options import TriggerTaskRequestBodyOptions


T = TypeVar("T", bound="TriggerTaskRequestBody")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"payload": "payload", "context": "context", "options": "options"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class TriggerTaskRequestBody:
    """A ``TriggerTaskRequestBody`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    payload: Any = None
    """ The serialized payload: a superjson string (payloadType application/super+json), plain text, JSON, or a
    storage path (application/store) """
    context: Any = None
    """ The context can include any valid JSON """
    options: TriggerTaskRequestBodyOptions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        context = self.context

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payload is not UNSET:
            field_dict["payload"] = payload
        if context is not UNSET:
            field_dict["context"] = context
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        payload = _src.get("payload")

        context = _src.get("context")

        _options = _src.get("options")
        options: TriggerTaskRequestBodyOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = TriggerTaskRequestBodyOptions.from_dict(_options)

        trigger_task_request_body = cls(
            payload,
            context,
            options,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        trigger_task_request_body.additional_properties = d
        return trigger_task_request_body

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


from ..models.trigger_task_request_body_options import TriggerTaskRequestBodyOptions
