from enum import Enum


class CreateBatchRequestBodyIdempotencyKeyOptionsScope(str, Enum):
    ATTEMPT = "attempt"
    GLOBAL = "global"
    RUN = "run"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreateBatchRequestBodyIdempotencyKeyOptionsScope | None":
        # trigger-client: a newer server may send a value this client predates; keep the raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
