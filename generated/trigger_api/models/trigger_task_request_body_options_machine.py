from enum import Enum


class TriggerTaskRequestBodyOptionsMachine(str, Enum):
    LARGE_1X = "large-1x"
    LARGE_2X = "large-2x"
    MEDIUM_1X = "medium-1x"
    MEDIUM_2X = "medium-2x"
    MICRO = "micro"
    SMALL_1X = "small-1x"
    SMALL_2X = "small-2x"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TriggerTaskRequestBodyOptionsMachine | None":
        # trigger-client: a newer server may send a value this client predates; keep the raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
