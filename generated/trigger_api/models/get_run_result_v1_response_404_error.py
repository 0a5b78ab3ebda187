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


# trigger-client: from_dict reads members through this map; calling the class goes through EnumType.__call__ and
# Enum.__new__, two Python frames, about 1 µs a value on every item of every page.
_MEMBERS: dict[object, GetRunResultV1Response404Error] = {
    member.value: member for member in GetRunResultV1Response404Error
}


def parse_get_run_result_v1_response_404_error(value: object) -> GetRunResultV1Response404Error:
    """The member for a wire value, as ``GetRunResultV1Response404Error(value)`` gives it (an unknown string too)."""
    try:
        return _MEMBERS[value]
    except (KeyError, TypeError):  # not a known value, or not hashable: the class decides
        return GetRunResultV1Response404Error(value)
