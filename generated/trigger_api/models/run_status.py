from enum import Enum


class RunStatus(str, Enum):
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
    def _missing_(cls, value: object) -> "RunStatus | None":
        # trigger-client: a newer server may send a value this client predates; keep the raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# trigger-client: from_dict reads members through this map; calling the class goes through EnumType.__call__ and
# Enum.__new__, two Python frames, about 1 µs a value on every item of every page.
_MEMBERS: dict[object, RunStatus] = {member.value: member for member in RunStatus}


def parse_run_status(value: object) -> RunStatus:
    """The member for a wire value, as ``RunStatus(value)`` gives it (an unknown string too)."""
    try:
        return _MEMBERS[value]
    except (KeyError, TypeError):  # not a known value, or not hashable: the class decides
        return RunStatus(value)
