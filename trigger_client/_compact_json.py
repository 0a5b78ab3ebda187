"""Compact JSON text (``separators=(",", ":")``, ``ensure_ascii=False``) from the stdlib's C encoder, made once.

``json.JSONEncoder.encode`` sets up its C encoder again on every call (a closure, the encoder object): for the small
documents of a trigger, its payload and its body, that was as much CPU as the encoding itself (about 1 µs of 1.6 and
of 2.6). Here the encoder is made once (once per call only with a fresh circular-reference memo) and held, at
import, to the output and errors of ``JSONEncoder.encode`` on a probe; without the C accelerator, or where it
differs, ``JSONEncoder.encode`` itself is used.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json import encoder as _stdlib
from typing import Any

Encode = Callable[[Any], str]


def compact_encoder(*, check_circular: bool, allow_nan: bool) -> Encode:
    """``json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), ...).encode`` with these settings.

    Example::

        encode = compact_encoder(check_circular=True, allow_nan=False)
        encode({"a": [1, "é"]})  # '{"a":[1,"é"]}'
    """
    public = json.JSONEncoder(
        ensure_ascii=False, check_circular=check_circular, allow_nan=allow_nan, separators=(",", ":")
    ).encode
    make = getattr(_stdlib, "c_make_encoder", None)  # the C accelerator (json.encoder sets None without it)
    if make is None:  # no C accelerator (another interpreter): the public encoder
        return public
    default = json.JSONEncoder().default
    text = _stdlib.encode_basestring

    def new(markers: dict[int, Any] | None) -> Callable[[Any, int], Any]:
        # The arguments JSONEncoder.iterencode passes to the C encoder for a one-shot, unindented encode.
        return make(markers, default, text, None, ":", ",", False, False, allow_nan)  # type: ignore[no-any-return]

    if check_circular:

        def encode(value: Any) -> str:
            return "".join(new({})(value, 0))  # a memo per call: the encoder is shared by threads

    else:
        shared = new(None)

        def encode(value: Any) -> str:
            return "".join(shared(value, 0))

    return encode if _agrees(encode, public, check_circular, allow_nan) else public


def _agrees(fast: Encode, public: Encode, check_circular: bool, allow_nan: bool) -> bool:
    """Whether ``fast`` writes what ``public`` writes, and fails where it fails, on a probe of every JSON type."""
    probes: list[Any] = [
        {"n": {"x": {}}, "a": [1, -2.5, 1e16, True, False, None], "é": 'line\n"quoted" \u2028 \ud83d\ude00'},
        "top-level text",
        [[], 3],
        {"nan": float("nan")},
        {"set": {1}},
    ]
    if check_circular:
        loop: dict[str, Any] = {}
        loop["self"] = loop
        probes.append(loop)
    for probe in probes:
        try:
            expected: str | tuple[type[BaseException], str] = public(probe)
        except (ValueError, TypeError) as exc:
            expected = (type(exc), str(exc))
        try:
            got: str | tuple[type[BaseException], str] = fast(probe)
        except (ValueError, TypeError) as exc:
            got = (type(exc), str(exc))
        except Exception:
            return False
        if got != expected:
            return False
    return True
