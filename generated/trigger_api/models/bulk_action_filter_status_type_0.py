from enum import Enum


class BulkActionFilterStatusType0(str, Enum):
    CANCELED = "CANCELED"
    COMPLETED = "COMPLETED"
    CRASHED = "CRASHED"
    DELAYED = "DELAYED"
    DEQUEUED = "DEQUEUED"
    EXECUTING = "EXECUTING"
    EXPIRED = "EXPIRED"
    FAILED = "FAILED"
    FROZEN = "FROZEN"
    INTERRUPTED = "INTERRUPTED"
    PENDING_VERSION = "PENDING_VERSION"
    QUEUED = "QUEUED"
    REATTEMPTING = "REATTEMPTING"
    SYSTEM_FAILURE = "SYSTEM_FAILURE"
    TIMED_OUT = "TIMED_OUT"
    WAITING = "WAITING"
    WAITING_FOR_DEPLOY = "WAITING_FOR_DEPLOY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BulkActionFilterStatusType0 | None":
        # trigger-client: a newer server may send a value this client predates; keep the raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
