from enum import Enum


class CancelRunV1Response400Error(str, Enum):
    FAILED_TO_CREATE_NEW_RUN = "Failed to create new run"
    INVALID_OR_MISSING_RUN_ID = "Invalid or missing run ID"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CancelRunV1Response400Error | None":
        # trigger-client: a newer server may send a value this client predates; keep the raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
