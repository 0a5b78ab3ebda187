from enum import Enum


class RunEventsEventsType0ItemKind(str, Enum):
    CLIENT = "CLIENT"
    CONSUMER = "CONSUMER"
    INTERNAL = "INTERNAL"
    LOG = "LOG"
    PRODUCER = "PRODUCER"
    SERVER = "SERVER"
    UNRECOGNIZED = "UNRECOGNIZED"
    UNSPECIFIED = "UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RunEventsEventsType0ItemKind | None":
        # trigger-client: a newer server may send a value this client predates; keep the raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# trigger-client: from_dict reads members through this map; calling the class goes through EnumType.__call__ and
# Enum.__new__, two Python frames, about 1 µs a value on every item of every page.
_MEMBERS: dict[object, RunEventsEventsType0ItemKind] = {member.value: member for member in RunEventsEventsType0ItemKind}


def parse_run_events_events_type_0_item_kind(value: object) -> RunEventsEventsType0ItemKind:
    """The member for a wire value, as ``RunEventsEventsType0ItemKind(value)`` gives it (an unknown string too)."""
    try:
        return _MEMBERS[value]
    except (KeyError, TypeError):  # not a known value, or not hashable: the class decides
        return RunEventsEventsType0ItemKind(value)
