from enum import Enum


class CancelRunV1Response401Error(str, Enum):
    INVALID_OR_MISSING_API_KEY = "Invalid or Missing API key"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CancelRunV1Response401Error | None":
        # trigger-client: a newer server may send a value this client predates; keep the raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
