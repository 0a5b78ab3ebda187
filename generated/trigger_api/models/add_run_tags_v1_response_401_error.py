from enum import Enum


class AddRunTagsV1Response401Error(str, Enum):
    INVALID_OR_MISSING_API_KEY = "Invalid or Missing API Key"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AddRunTagsV1Response401Error | None":
        # trigger-client: a newer server may send a value this client predates; keep the raw string instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# trigger-client: from_dict reads members through this map; calling the class goes through EnumType.__call__ and
# Enum.__new__, two Python frames, about 1 µs a value on every item of every page.
_MEMBERS: dict[object, AddRunTagsV1Response401Error] = {member.value: member for member in AddRunTagsV1Response401Error}


def parse_add_run_tags_v1_response_401_error(value: object) -> AddRunTagsV1Response401Error:
    """The member for a wire value, as ``AddRunTagsV1Response401Error(value)`` gives it (an unknown string too)."""
    try:
        return _MEMBERS[value]
    except (KeyError, TypeError):  # not a known value, or not hashable: the class decides
        return AddRunTagsV1Response401Error(value)
