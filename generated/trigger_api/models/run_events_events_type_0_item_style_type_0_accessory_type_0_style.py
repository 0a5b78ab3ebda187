from enum import Enum


class RunEventsEventsType0ItemStyleType0AccessoryType0Style(str, Enum):
    CODEPATH = "codepath"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RunEventsEventsType0ItemStyleType0AccessoryType0Style | None":
        # trigger-client: a newer server may send a value this client predates; keep the raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# trigger-client: from_dict reads members through this map; calling the class goes through EnumType.__call__ and
# Enum.__new__, two Python frames, about 1 µs a value on every item of every page.
_MEMBERS: dict[object, RunEventsEventsType0ItemStyleType0AccessoryType0Style] = {
    member.value: member for member in RunEventsEventsType0ItemStyleType0AccessoryType0Style
}


def parse_run_events_events_type_0_item_style_type_0_accessory_type_0_style(
    value: object,
) -> RunEventsEventsType0ItemStyleType0AccessoryType0Style:
    """The member for a wire value, as ``RunEventsEventsType0ItemStyleType0AccessoryType0Style(value)`` gives it (an unknown string too)."""
    try:
        return _MEMBERS[value]
    except (KeyError, TypeError):  # not a known value, or not hashable: the class decides
        return RunEventsEventsType0ItemStyleType0AccessoryType0Style(value)
