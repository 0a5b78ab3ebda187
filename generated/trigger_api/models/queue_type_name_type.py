from enum import Enum


class QueueTypeNameType(str, Enum):
    CUSTOM = "custom"
    TASK = "task"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "QueueTypeNameType | None":
        # trigger-client: a newer server may send a value this client predates; keep the raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# trigger-client: from_dict reads members through this map; calling the class goes through EnumType.__call__ and
# Enum.__new__, two Python frames, about 1 µs a value on every item of every page.
_MEMBERS: dict[object, QueueTypeNameType] = {member.value: member for member in QueueTypeNameType}


def parse_queue_type_name_type(value: object) -> QueueTypeNameType:
    """The member for a wire value, as ``QueueTypeNameType(value)`` gives it (an unknown string too)."""
    try:
        return _MEMBERS[value]
    except (KeyError, TypeError):  # not a known value, or not hashable: the class decides
        return QueueTypeNameType(value)
