from enum import Enum


class GetRunResultV1Response404Error(str, Enum):
    RUN_EITHER_DOESNT_EXIST_OR_IS_NOT_FINISHED = "Run either doesn't exist or is not finished"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetRunResultV1Response404Error | None":
        # trigger-client: a newer server may send a value this client predates; keep the raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
