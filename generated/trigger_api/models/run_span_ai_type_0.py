from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunSpanAiType0")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {
    "model": "model",
    "provider": "provider",
    "operation_name": "operationName",
    "input_tokens": "inputTokens",
    "output_tokens": "outputTokens",
    "total_tokens": "totalTokens",
    "duration_ms": "durationMs",
    "cached_tokens": "cachedTokens",
    "reasoning_tokens": "reasoningTokens",
    "input_cost": "inputCost",
    "output_cost": "outputCost",
    "total_cost": "totalCost",
    "cached_cost": "cachedCost",
    "cache_creation_cost": "cacheCreationCost",
    "tokens_per_second": "tokensPerSecond",
    "ms_to_first_chunk": "msToFirstChunk",
    "finish_reason": "finishReason",
    "response_text": "responseText",
}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class RunSpanAiType0:
    """A ``RunSpanAiType0`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    model: str
    provider: str
    operation_name: str
    input_tokens: float
    output_tokens: float
    total_tokens: float
    duration_ms: float
    cached_tokens: float | None = None
    reasoning_tokens: float | None = None
    input_cost: float | None = None
    output_cost: float | None = None
    total_cost: float | None = None
    cached_cost: float | None = None
    cache_creation_cost: float | None = None
    tokens_per_second: float | None = None
    ms_to_first_chunk: float | None = None
    finish_reason: str | None = None
    response_text: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        provider = self.provider

        operation_name = self.operation_name

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        duration_ms = self.duration_ms

        cached_tokens: float | None | Unset
        if isinstance(self.cached_tokens, Unset):
            cached_tokens = UNSET
        else:
            cached_tokens = self.cached_tokens

        reasoning_tokens: float | None | Unset
        if isinstance(self.reasoning_tokens, Unset):
            reasoning_tokens = UNSET
        else:
            reasoning_tokens = self.reasoning_tokens

        input_cost: float | None | Unset
        if isinstance(self.input_cost, Unset):
            input_cost = UNSET
        else:
            input_cost = self.input_cost

        output_cost: float | None | Unset
        if isinstance(self.output_cost, Unset):
            output_cost = UNSET
        else:
            output_cost = self.output_cost

        total_cost: float | None | Unset
        if isinstance(self.total_cost, Unset):
            total_cost = UNSET
        else:
            total_cost = self.total_cost

        cached_cost: float | None | Unset
        if isinstance(self.cached_cost, Unset):
            cached_cost = UNSET
        else:
            cached_cost = self.cached_cost

        cache_creation_cost: float | None | Unset
        if isinstance(self.cache_creation_cost, Unset):
            cache_creation_cost = UNSET
        else:
            cache_creation_cost = self.cache_creation_cost

        tokens_per_second: float | None | Unset
        if isinstance(self.tokens_per_second, Unset):
            tokens_per_second = UNSET
        else:
            tokens_per_second = self.tokens_per_second

        ms_to_first_chunk: float | None | Unset
        if isinstance(self.ms_to_first_chunk, Unset):
            ms_to_first_chunk = UNSET
        else:
            ms_to_first_chunk = self.ms_to_first_chunk

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        else:
            finish_reason = self.finish_reason

        response_text: None | str | Unset
        if isinstance(self.response_text, Unset):
            response_text = UNSET
        else:
            response_text = self.response_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "provider": provider,
                "operationName": operation_name,
                "inputTokens": input_tokens,
                "outputTokens": output_tokens,
                "totalTokens": total_tokens,
                "durationMs": duration_ms,
            }
        )
        if cached_tokens is not UNSET:
            field_dict["cachedTokens"] = cached_tokens
        if reasoning_tokens is not UNSET:
            field_dict["reasoningTokens"] = reasoning_tokens
        if input_cost is not UNSET:
            field_dict["inputCost"] = input_cost
        if output_cost is not UNSET:
            field_dict["outputCost"] = output_cost
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if cached_cost is not UNSET:
            field_dict["cachedCost"] = cached_cost
        if cache_creation_cost is not UNSET:
            field_dict["cacheCreationCost"] = cache_creation_cost
        if tokens_per_second is not UNSET:
            field_dict["tokensPerSecond"] = tokens_per_second
        if ms_to_first_chunk is not UNSET:
            field_dict["msToFirstChunk"] = ms_to_first_chunk
        if finish_reason is not UNSET:
            field_dict["finishReason"] = finish_reason
        if response_text is not UNSET:
            field_dict["responseText"] = response_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        model = _src["model"]

        provider = _src["provider"]

        operation_name = _src["operationName"]

        input_tokens = _src["inputTokens"]

        output_tokens = _src["outputTokens"]

        total_tokens = _src["totalTokens"]

        duration_ms = _src["durationMs"]

        cached_tokens: float | None | Unset = _src.get("cachedTokens")

        reasoning_tokens: float | None | Unset = _src.get("reasoningTokens")

        input_cost: float | None | Unset = _src.get("inputCost")

        output_cost: float | None | Unset = _src.get("outputCost")

        total_cost: float | None | Unset = _src.get("totalCost")

        cached_cost: float | None | Unset = _src.get("cachedCost")

        cache_creation_cost: float | None | Unset = _src.get("cacheCreationCost")

        tokens_per_second: float | None | Unset = _src.get("tokensPerSecond")

        ms_to_first_chunk: float | None | Unset = _src.get("msToFirstChunk")

        finish_reason: None | str | Unset = _src.get("finishReason")

        response_text: None | str | Unset = _src.get("responseText")

        run_span_ai_type_0 = cls(
            model,
            provider,
            operation_name,
            input_tokens,
            output_tokens,
            total_tokens,
            duration_ms,
            cached_tokens,
            reasoning_tokens,
            input_cost,
            output_cost,
            total_cost,
            cached_cost,
            cache_creation_cost,
            tokens_per_second,
            ms_to_first_chunk,
            finish_reason,
            response_text,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        run_span_ai_type_0.additional_properties = d
        return run_span_ai_type_0

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
