from enum import Enum


class RescheduleRunV1Response400Error(str, Enum):
    FAILED_TO_CREATE_NEW_RUN = "Failed to create new run"
    INVALID_OR_MISSING_RUN_ID = "Invalid or missing run ID"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RescheduleRunV1Response400Error | None":
        # trigger-client: a newer server may send a value this client predates; keep the raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# trigger-client: from_dict reads members through this map; calling the class goes through EnumType.__call__ and
# Enum.__new__, two Python frames, about 1 µs a value on every item of every page.
_MEMBERS: dict[object, RescheduleRunV1Response400Error] = {
    member.value: member for member in RescheduleRunV1Response400Error
}


def parse_reschedule_run_v1_response_400_error(value: object) -> RescheduleRunV1Response400Error:
    """The member for a wire value, as ``RescheduleRunV1Response400Error(value)`` gives it (an unknown string too)."""
    try:
        return _MEMBERS[value]
    except (KeyError, TypeError):  # not a known value, or not hashable: the class decides
        return RescheduleRunV1Response400Error(value)
