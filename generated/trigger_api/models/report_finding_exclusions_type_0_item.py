from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_finding_exclusions_type_0_item_evidence_type_0 import (
        ReportFindingExclusionsType0ItemEvidenceType0,
    )


T = TypeVar("T", bound="ReportFindingExclusionsType0Item")

# trigger-client: the wire name of each declared field, by attribute name (trigger_client._fastread reads pages
# of these models with it); from_dict keeps the other keys in additional_properties.
_WIRE_NAMES: dict[str, str] = {"code": "code", "evidence": "evidence"}
_WIRE_KEYS = frozenset(_WIRE_NAMES.values())


@_attrs_define
class ReportFindingExclusionsType0Item:
    """A ``ReportFindingExclusionsType0Item`` object as the Trigger.dev API sends or receives it; its fields are listed below."""

    code: str
    evidence: ReportFindingExclusionsType0ItemEvidenceType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        evidence: dict[str, Any] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, ReportFindingExclusionsType0ItemEvidenceType0):
            evidence = self.evidence.to_dict()
        else:
            evidence = self.evidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _src: Any = src_dict
        code = _src["code"]

        _evidence = _src.get("evidence")
        evidence: None | ReportFindingExclusionsType0ItemEvidenceType0 | Unset
        if _evidence is None:
            evidence = None
        else:
            try:
                if not isinstance(_evidence, dict):
                    raise TypeError()
                evidence_type_0 = ReportFindingExclusionsType0ItemEvidenceType0.from_dict(_evidence)

                evidence = evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                evidence = _evidence

        report_finding_exclusions_type_0_item = cls(
            code,
            evidence,
        )

        d = {} if _WIRE_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _WIRE_KEYS}

        report_finding_exclusions_type_0_item.additional_properties = d
        return report_finding_exclusions_type_0_item

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


from ..models.report_finding_exclusions_type_0_item_evidence_type_0 import (
    ReportFindingExclusionsType0ItemEvidenceType0,
)
