from enum import Enum


class MachinePresetName(str, Enum):
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
    def _missing_(cls, value: object) -> "MachinePresetName | None":
        # trigger-client: a newer server may send a value this client predates; keep the raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# trigger-client: from_dict reads members through this map; calling the class goes through EnumType.__call__ and
# Enum.__new__, two Python frames, about 1 µs a value on every item of every page.
_MEMBERS: dict[object, MachinePresetName] = {member.value: member for member in MachinePresetName}


def parse_machine_preset_name(value: object) -> MachinePresetName:
    """The member for a wire value, as ``MachinePresetName(value)`` gives it (an unknown string too)."""
    try:
        return _MEMBERS[value]
    except (KeyError, TypeError):  # not a known value, or not hashable: the class decides
        return MachinePresetName(value)
