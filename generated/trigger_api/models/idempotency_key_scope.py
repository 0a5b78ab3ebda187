from enum import Enum


class IdempotencyKeyScope(str, Enum):
    ATTEMPT = "attempt"
    GLOBAL = "global"
    RUN = "run"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "IdempotencyKeyScope | None":
        # trigger-client: a newer server may send a value this client predates; keep the raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# trigger-client: from_dict reads members through this map; calling the class goes through EnumType.__call__ and
# Enum.__new__, two Python frames, about 1 µs a value on every item of every page.
_MEMBERS: dict[object, IdempotencyKeyScope] = {member.value: member for member in IdempotencyKeyScope}


def parse_idempotency_key_scope(value: object) -> IdempotencyKeyScope:
    """The member for a wire value, as ``IdempotencyKeyScope(value)`` gives it (an unknown string too)."""
    try:
        return _MEMBERS[value]
    except (KeyError, TypeError):  # not a known value, or not hashable: the class decides
        return IdempotencyKeyScope(value)
