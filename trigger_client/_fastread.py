"""Reading a page of generated models and checking their types in one pass (listings: every item of every page).

The generic path reads a body with the generated ``from_dict`` and then checks every field of the result against
its declared type (:mod:`trigger_client._typecheck`): two passes over each item, together about a third of a
listed run's CPU. :func:`reader_of` compiles, per model class, one function that does both: it reads each field
from the body, tests its type inline (``type(v) is str``), converts it as ``from_dict`` does (the same
``parse_datetime``, the same enum members, nested models read the same way) and builds the instance.

It returns an instance equal, field for field, to what ``from_dict`` builds, or None for anything off its fast
path (a missing or mistyped field, an enum value this client predates, a date-time the parser refuses): the caller
then takes the generic path, whose result and errors are the reference. A class whose field types it does not
know (a date, a file, a union of models...) gets no reader at all.
"""

from __future__ import annotations

import datetime
import enum
import operator
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
import httpx

from trigger_api.types import loads_json, parse_datetime
from trigger_client._typecheck import check_parsed, field_types

Reader = Callable[[Any], Any]

_READERS: dict[type, Reader | None] = {}
# Types whose JSON values are taken as they are, and the exact types json/orjson give them (subclasses, never
# produced by a decoder, go the generic way). A float field takes integers (the check's rule: int or float).
_SCALARS: dict[Any, str] = {
    str: "type({v}) is str",
    bool: "({v} is True or {v} is False)",
    int: "type({v}) is int",
    float: "(type({v}) is float or type({v}) is int)",
    dict: "type({v}) is dict",
}


class _Unsupported(Exception):
    """A field type the compiler does not handle: the class keeps the generic path."""


def reader_of(cls: type) -> Reader | None:
    """The compiled reader of a generated model class (None when it has none).

    Example::

        from trigger_api.models import RunListItemEnv

        env = reader_of(RunListItemEnv)({"id": "env_1", "name": "dev"})
        env == RunListItemEnv.from_dict({"id": "env_1", "name": "dev"})  # True
    """
    if cls in _READERS:
        return _READERS[cls]
    _READERS[cls] = None  # a list of the model inside itself: its items are read the generic way
    try:
        reader: Reader | None = _Compiler(cls).compile()
    except _Unsupported:
        reader = None
    _READERS[cls] = reader
    return reader


def read_checked(response: httpx.Response, cls: type, generic: Callable[[httpx.Response], Any]) -> Any:
    """A 200 answer's body read as a ``cls`` by its compiled reader; any other answer, or a body the reader leaves,
    read by ``generic`` (the operation's own parser, whose errors are the ones reported) and then type-checked.

    Example::

        import httpx
        from trigger_api.api.runs import list_runs_v1
        from trigger_api.models import RunListPage

        answer = httpx.Response(200, json={"data": [], "pagination": {}})
        read_checked(answer, RunListPage, list_runs_v1.build().parse).data  # []
    """
    reader = reader_of(cls) if response.status_code == 200 else None
    if reader is not None:
        try:
            body = loads_json(response.content)
        except ValueError:  # not JSON: the generic parser says so
            body = None
        parsed = reader(body) if type(body) is dict else None
        if parsed is not None:
            return parsed
    parsed = generic(response)
    check_parsed(parsed)
    return parsed


def _generic(cls: type) -> Reader:
    """``from_dict`` and the type check, for a nested model without a reader: None when either fails."""

    def read(value: Any) -> Any:
        try:
            model = cls.from_dict(value)  # type: ignore[attr-defined]
            check_parsed(model)
        except Exception:  # whatever from_dict or the check raise: the caller's generic path reports it
            return None
        return model

    return read


class _Compiler:
    """The source of one class's reader. A model's code reads the required fields in one call, the optional ones
    with ``get``, tests the plain values in one condition, converts the others, then fills the instance; a nested
    model's code goes inline (a call and its frame less per item). Any miss raises TypeError, ValueError or
    KeyError, which the reader turns into None."""

    def __init__(self, cls: type) -> None:
        self.cls = cls
        self.names: dict[str, Any] = {"_dt": parse_datetime, "_new": object.__new__}
        self.inlining: list[type] = []

    def constant(self, value: Any) -> str:
        name = f"_c{len(self.names)}"
        self.names[name] = value
        return name

    def compile(self) -> Reader:
        lines = ["def read(s):", "    try:"]
        lines += ["        " + line for line in self.model(self.cls, "s", "m", "f_")]
        lines += ["    except (KeyError, TypeError, ValueError):", "        return None", "    return m"]
        namespace = dict(self.names)
        exec("\n".join(lines), namespace)  # the source is made here from the model's own type hints, never input
        reader: Reader = namespace["read"]
        return reader

    def model(self, cls: type, source: str, target: str, prefix: str) -> list[str]:
        """Statements reading the JSON object in ``source`` into an instance of ``cls`` in ``target``; their own
        names start with ``prefix``."""
        if not attrs.has(cls):
            raise _Unsupported(cls)
        wire_names: dict[str, str] = getattr(sys.modules[cls.__module__], "_WIRE_NAMES", {})
        fields = [(name, hint) for name, hint in field_types(cls) if name != "additional_properties"]
        if {name for name, _ in fields} != set(wire_names):
            raise _Unsupported(cls)
        init = {field.name: field for field in attrs.fields(cls)}
        extra = "additional_properties" in init
        if extra and init["additional_properties"].type not in ("dict[str, Any]", dict[str, Any]):
            raise _Unsupported(cls)  # typed additional properties are converted by from_dict
        if not _plain(cls, [init[name] for name, _ in fields]):
            raise _Unsupported(cls)
        required = [name for name, _ in fields if init[name].default is attrs.NOTHING]
        optional = [name for name, _ in fields if name not in required]
        lines: list[str] = []
        if required:
            # One C call for every required field; KeyError when one is missing (from_dict's error, reported there).
            getter = self.constant(operator.itemgetter(*[wire_names[name] for name in required]))
            targets = ", ".join(prefix + name for name in required)  # one name: itemgetter gives the value itself
            lines.append(f"{targets} = {getter}({source})")
        lines += [f"{prefix}{name} = {source}.get({wire_names[name]!r})" for name in optional]
        tests: list[str] = []  # conditions under which a value is NOT acceptable
        steps: list[str] = []
        self.inlining.append(cls)
        try:
            for name, hint in fields:
                self.field(hint, prefix + name, name in optional, tests, steps)
        finally:
            self.inlining.pop()
        if tests:
            lines += ["if " + " or ".join(tests) + ":", "    raise TypeError"]
        lines += steps
        # The instance is filled in place, as attrs' __init__ would (a check above: plain slots, nothing run on
        # setting): a frame and 28 arguments less per item.
        lines.append(f"{target} = _new({self.constant(cls)})")
        lines += [f"{target}.{name} = {prefix}{name}" for name, _ in fields]
        if extra:
            # No undeclared keys when the body has as many keys as required fields plus non-null optional ones
            # (an answer with nulls or extra keys takes from_dict's test: a key lookup each).
            counted = " + ".join([str(len(required)), *(f"({prefix}{name} is not None)" for name in optional)])
            keys = self.constant(frozenset(wire_names.values()))
            lines += [
                f"if len({source}) == {counted} or {source}.keys() <= {keys}:",
                f"    {target}.additional_properties = {{}}",
                "else:",
                f"    {target}.additional_properties = {{k: x for k, x in {source}.items() if k not in {keys}}}",
            ]
        return lines

    def field(self, hint: Any, var: str, optional: bool, tests: list[str], steps: list[str]) -> None:
        """Add the test or the conversion of one field whose value is in ``var``."""
        options = list(typing.get_args(hint)) if typing.get_origin(hint) in (typing.Union, types.UnionType) else [hint]
        nullable = type(None) in options
        options = [option for option in options if option is not type(None)]
        if optional and not nullable:
            raise _Unsupported(hint)  # from_dict's reading of an absent field with a default: not needed so far
        scalars = [_scalar(option) for option in options]
        if all(scalars):
            # Taken as they are: only the type is tested.
            test = " or ".join(str(scalar).format(v=var) for scalar in scalars)
            tests.append(f"not ({var} is None or {test})" if nullable else f"not ({test})")
            return
        if len(options) != 1:
            raise _Unsupported(hint)  # a union that from_dict resolves by trying each member
        (option,) = options
        if option is typing.Any or option is object:
            return
        convert = self.conversion(option, var)
        if nullable:
            steps.append(f"if {var} is not None:")
            steps += ["    " + line for line in convert]
        else:
            steps += convert

    def conversion(self, hint: Any, var: str) -> list[str]:
        """Statements that turn the JSON value in ``var`` into the field's value, raising TypeError or ValueError
        when they cannot."""
        if hint is datetime.datetime:
            return [f"if type({var}) is not str: raise TypeError", f"{var} = _dt({var})"]
        if isinstance(hint, type) and issubclass(hint, enum.Enum) and issubclass(hint, str):
            members = self.constant({member.value: member for member in hint})
            return [f"{var} = {members}.get({var}) if type({var}) is str else None", _none_fails(var)]
        if isinstance(hint, type) and attrs.has(hint):
            check = f"if type({var}) is not dict: raise TypeError"
            if hint not in self.inlining:  # a model that contains itself: its inner copies are read by a call
                prefix = f"n{len(self.names)}_"  # a field's own name never ends a name with "0"
                try:
                    return [check, *self.model(hint, var, prefix + "0", prefix), f"{var} = {prefix}0"]
                except _Unsupported:
                    pass
            read = self.constant(_generic(hint))
            return [check, f"{var} = {read}({var})", _none_fails(var)]
        if typing.get_origin(hint) is list:
            (item,) = typing.get_args(hint) or (Any,)
            test = _scalar(item)
            if test is not None:
                every = [f"for x in {var}:", f"    if not ({test.format(v='x')}): raise TypeError"]
                return [f"if type({var}) is not list: raise TypeError", *every]
            if isinstance(item, type) and attrs.has(item):
                read = self.constant(reader_of(item) or _generic(item))
                return [
                    f"if type({var}) is not list: raise TypeError",
                    "items = []",
                    f"for x in {var}:",
                    "    if type(x) is not dict: raise TypeError",
                    f"    x = {read}(x)",
                    "    if x is None: raise TypeError",
                    "    items.append(x)",
                    f"{var} = items",
                ]
        raise _Unsupported(hint)


def _plain(cls: type, fields: list[Any]) -> bool:
    """Whether an instance of ``cls`` filled slot by slot equals one its ``__init__`` builds: no validators,
    converters or hooks, nothing but ``additional_properties`` left out of ``__init__``."""
    hooks = ("__attrs_pre_init__", "__attrs_post_init__")
    plain: Any = object  # (typed Any: mypy holds object's and a class's methods apart)
    return (
        cls.__new__ is plain.__new__
        and cls.__setattr__ is plain.__setattr__
        and not any(hasattr(cls, hook) for hook in hooks)
        and all(field.init and field.validator is None and field.converter is None for field in fields)
    )


def _scalar(hint: Any) -> str | None:
    """The test of a type whose values are taken as they are (``dict[str, Any]`` is tested as a dict)."""
    return _SCALARS.get(typing.get_origin(hint) or hint)


def _none_fails(var: str) -> str:
    return f"if {var} is None: raise TypeError"
