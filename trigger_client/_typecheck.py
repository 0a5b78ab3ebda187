"""Checking a parsed body against the generated models' declared field types.

The generated ``from_dict`` copies scalars and list items without looking at their types, so a body with
``"id": 12345`` or ``"data": [1, "x", null]`` would parse into a model that lies about its contents. Every
success body passes through :func:`check_parsed`; a mismatch raises ``TypeError`` naming the field, which the
core reports as :class:`~trigger_client.APIResponseValidationError`.
"""

from __future__ import annotations

import keyword
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs


class _ModelNames(dict[str, Any]):
    # The models package imports its classes lazily, and model modules name each other only for type checkers:
    # resolve such names on demand.
    def __missing__(self, key: str) -> Any:
        import trigger_api.models  # on first use: importing trigger_client stays cheap

        try:
            return getattr(trigger_api.models, key)
        except AttributeError:
            raise KeyError(key) from None


_FIELD_TYPES: dict[type, tuple[tuple[str, Any], ...]] = {}


def field_types(cls: type) -> tuple[tuple[str, Any], ...]:
    """Each attrs field of a generated model class with its resolved type hint, in declaration order."""
    cached = _FIELD_TYPES.get(cls)
    if cached is None:
        hints = typing.get_type_hints(cls, localns=_ModelNames())
        cached = _FIELD_TYPES[cls] = tuple((f.name, hints.get(f.name, Any)) for f in attrs.fields(cls))
    return cached


def _problem(value: Any, hint: Any, where: str) -> str | None:
    """Why ``value`` is not a ``hint`` (None when it is)."""
    if hint is Any or hint is object:
        return None
    model = _model_in(hint)
    if model is not None and isinstance(value, dict):
        return _unparsed_problem(value, model, where)
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        options = typing.get_args(hint)
        if any(_matches_shallow(value, option) for option in options):
            for option in options:
                if _matches_shallow(value, option):
                    return _problem(value, option, where)
        return f"{where}: expected {_name(hint)}, got {type(value).__name__}"
    if origin is list:
        if not isinstance(value, list):
            return f"{where}: expected a list, got {type(value).__name__}"
        (item_hint,) = typing.get_args(hint) or (Any,)
        for index, item in enumerate(value):
            problem = _problem(item, item_hint, f"{where}[{index}]")
            if problem:
                return problem
        return None
    if origin is dict:
        return None if isinstance(value, dict) else f"{where}: expected an object, got {type(value).__name__}"
    if origin is typing.Literal:
        return None if value in typing.get_args(hint) else f"{where}: unexpected value {value!r:.40}"
    if not _matches_shallow(value, hint):
        return f"{where}: expected {_name(hint)}, got {type(value).__name__}"
    if attrs.has(type(value)):
        return _model_problem(value, where)
    return None


def _model_in(hint: Any) -> type | None:
    """The generated model a hint names: the hint itself, or the one model of a union (``Model | None``)."""
    if isinstance(hint, type) and attrs.has(hint):
        return hint
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        models = [option for option in typing.get_args(hint) if isinstance(option, type) and attrs.has(option)]
        return models[0] if len(models) == 1 else None
    return None


def _unparsed_problem(value: dict[str, Any], model: Any, where: str) -> str | None:
    """Why the raw object ``value`` stands where a ``model`` belongs: the generated parser keeps the object it could
    not read, and a whole list raw when one item fails. Read it again to say which item failed, and why."""
    try:
        parsed = model.from_dict(value)
    except KeyError as exc:
        return f"{where}: required field {exc.args[0]!r} is missing"
    except Exception as exc:  # whatever the generated parser raised (TypeError, ValueError, AttributeError)
        return f"{where}: {exc}" if str(exc) else f"{where}: {type(exc).__name__}"
    return _model_problem(parsed, where)  # None for a good item kept raw because a sibling failed


def _matches_shallow(value: Any, hint: Any) -> bool:
    origin = typing.get_origin(hint) or hint
    if hint is Any or origin is typing.Union or origin is types.UnionType or origin is typing.Literal:
        return True
    if hint is None or hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, origin) if isinstance(origin, type) else True


def _model_problem(model: Any, where: str) -> str | None:
    for name, hint in field_types(type(model)):
        problem = _problem(getattr(model, name), hint, f"{where}.{name}" if where else name)
        if problem:
            return problem
    return None


def _name(hint: Any) -> str:
    return getattr(hint, "__name__", None) or str(hint).replace("trigger_api.types.", "")


# The fast path: per model class, one function compiled from its field types (as attrs and dataclasses compile
# their __init__), testing every field inline. Lambdas and generators per hint cost a call per value and made the
# check cost more than parsing; the slow path above only explains a failure.
Check = Callable[[Any], bool]
_CHECKS: dict[type, Check] = {}


def _check_of(cls: type) -> Check:
    check = _CHECKS.get(cls)
    if check is None:
        check = _CHECKS[cls] = _compile(cls)
    return check


def _model_ok(model: Any) -> bool:
    return _check_of(type(model))(model)


def _instances(values: list[Any], cls: type) -> bool:
    """Whether every value is a ``cls`` (``list[str]`` fields: tags on every run of a page)."""
    for value in values:  # noqa: SIM110 (a loop: all() over a generator costs a frame resume per value)
        if not isinstance(value, cls):
            return False
    return True


def _models_ok(values: list[Any], cls: type) -> bool:
    """Whether every value is a valid ``cls``: a list of models (a page's items) in one loop, its check looked up
    once, not a generator step and a lookup per item."""
    check = _check_of(cls)
    for value in values:
        if type(value) is cls:
            if not check(value):
                return False
        elif not (isinstance(value, cls) and _model_ok(value)):
            return False
    return True


class _Source:
    """The expression text of each hint, and the objects it refers to by name."""

    def __init__(self) -> None:
        self.names: dict[str, Any] = {
            "_model_ok": _model_ok,
            "_models_ok": _models_ok,
            "_instances": _instances,
            "_all": all,
        }
        self.depth = 0

    def constant(self, value: Any) -> str:
        for name, known in self.names.items():
            if known is value:
                return name
        name = f"_c{len(self.names)}"
        self.names[name] = value
        return name

    def expr(self, hint: Any, var: str) -> str:
        """A boolean expression: whether the value named ``var`` is a ``hint`` (as :func:`_problem` judges)."""
        origin = typing.get_origin(hint)
        if hint is Any or hint is object:
            return "True"
        if hint is None or hint is type(None):
            return f"{var} is None"
        if origin is typing.Union or origin is types.UnionType:
            # None first: the cheapest test, and what an absent optional field holds.
            options = sorted(typing.get_args(hint), key=lambda option: option is not type(None))
            return "(" + " or ".join(f"({self.expr(option, var)})" for option in options) + ")"
        if origin is list:
            (item_hint,) = typing.get_args(hint) or (Any,)
            self.depth += 1
            item = f"_x{self.depth}"
            inner = self.expr(item_hint, item)
            self.depth -= 1
            if inner == "True":
                return f"isinstance({var}, list)"
            if isinstance(item_hint, type) and attrs.has(item_hint):
                return f"(isinstance({var}, list) and _models_ok({var}, {self.constant(item_hint)}))"
            if inner == f"isinstance({item}, {self.constant(item_hint)})":  # list[str]: a loop, not a generator
                return f"(isinstance({var}, list) and _instances({var}, {self.constant(item_hint)}))"
            return f"(isinstance({var}, list) and _all({inner} for {item} in {var}))"
        if origin is dict:
            return f"isinstance({var}, dict)"
        if origin is typing.Literal:
            return f"{var} in {self.constant(typing.get_args(hint))}"
        # bool has two instances: identity tests say "is a bool" without a call.
        if hint is bool:
            return f"({var} is True or {var} is False)"
        if hint is float:
            return f"(isinstance({var}, (int, float)) and {var} is not True and {var} is not False)"
        if hint is int:
            return f"(isinstance({var}, int) and {var} is not True and {var} is not False)"
        if isinstance(hint, type) and attrs.has(hint):
            return f"(isinstance({var}, {self.constant(hint)}) and _model_ok({var}))"
        if isinstance(hint, type):
            return f"isinstance({var}, {self.constant(hint)})"
        return "True"


def _compile(cls: type) -> Check:
    source = _Source()
    lines = [f"def check_{cls.__name__}(m):"]
    for name, hint in field_types(cls):
        test = source.expr(hint, "v")
        if test != "True":
            read = f"m.{name}" if name.isidentifier() and not keyword.iskeyword(name) else f"getattr(m, {name!r})"
            lines += [f"    v = {read}", f"    if not ({test}):", "        return False"]
    lines.append("    return True")
    namespace = dict(source.names)
    exec("\n".join(lines), namespace)  # the source is made above from the model's own type hints, never input
    check: Check = namespace[f"check_{cls.__name__}"]
    return check


def check_parsed(parsed: Any) -> None:
    """Raise ``TypeError`` when a parsed model (or list of models) holds a value of the wrong type.

    Example::

        from trigger_api.models import RunHandle

        check_parsed(RunHandle(id=12345))  # TypeError: id: expected str, got int
    """
    if not isinstance(parsed, list):  # one model (a trigger's handle): no generator to run over one item
        if not attrs.has(type(parsed)) or _model_ok(parsed):
            return
    elif all(_model_ok(item) for item in parsed if attrs.has(type(item))):
        return
    if isinstance(parsed, list):
        for index, item in enumerate(parsed):
            problem = _model_problem(item, f"[{index}]") if attrs.has(type(item)) else None
            if problem:
                raise TypeError(problem)
    elif attrs.has(type(parsed)):
        problem = _model_problem(parsed, "")
        if problem:
            raise TypeError(problem)
    raise TypeError("a value of the wrong type")  # the slow path always finds the one the fast path found
