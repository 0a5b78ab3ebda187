"""Checking a parsed body against the generated models' declared field types.

The generated ``from_dict`` copies scalars and list items without looking at their types, so a body with
``"id": 12345`` or ``"data": [1, "x", null]`` would parse into a model that lies about its contents. Every
success body passes through :func:`check_parsed`; a mismatch raises ``TypeError`` naming the field, which the
core reports as :class:`~trigger_client.APIResponseValidationError`.
"""

from __future__ import annotations

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


def _field_types(cls: type) -> tuple[tuple[str, Any], ...]:
    cached = _FIELD_TYPES.get(cls)
    if cached is None:
        hints = typing.get_type_hints(cls, localns=_ModelNames())
        cached = _FIELD_TYPES[cls] = tuple((f.name, hints.get(f.name, Any)) for f in attrs.fields(cls))
    return cached


def _problem(value: Any, hint: Any, where: str) -> str | None:
    """Why ``value`` is not a ``hint`` (None when it is)."""
    if hint is Any or hint is object:
        return None
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
    for name, hint in _field_types(type(model)):
        problem = _problem(getattr(model, name), hint, f"{where}.{name}" if where else name)
        if problem:
            return problem
    return None


def _name(hint: Any) -> str:
    return getattr(hint, "__name__", None) or str(hint).replace("trigger_api.types.", "")


Predicate = Callable[[Any], bool]
_PREDICATES: dict[Any, Predicate] = {}
_MODEL_FIELDS: dict[type, tuple[tuple[str, Predicate], ...]] = {}


def _predicate(hint: Any) -> Predicate:
    """A fast yes/no check for ``hint``, built once per hint (the slow path above only explains a failure)."""
    cached = _PREDICATES.get(hint)
    if cached is None:
        cached = _PREDICATES[hint] = _build(hint)
    return cached


def _build(hint: Any) -> Predicate:
    origin = typing.get_origin(hint)
    if hint is Any or hint is object:
        return lambda value: True
    if hint is None or hint is type(None):
        return lambda value: value is None
    if origin is typing.Union or origin is types.UnionType:
        options = [_predicate(option) for option in typing.get_args(hint)]
        return lambda value: any(option(value) for option in options)
    if origin is list:
        (item_hint,) = typing.get_args(hint) or (Any,)
        item = _predicate(item_hint)
        return lambda value: isinstance(value, list) and all(item(x) for x in value)
    if origin is dict:
        return lambda value: isinstance(value, dict)
    if origin is typing.Literal:
        allowed = typing.get_args(hint)
        return lambda value: value in allowed
    if hint is float:
        return lambda value: isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if isinstance(hint, type) and attrs.has(hint):
        return lambda value: isinstance(value, hint) and _model_ok(value)
    if isinstance(hint, type):
        return lambda value: isinstance(value, hint)
    return lambda value: True


def _model_ok(model: Any) -> bool:
    cls = type(model)
    fields = _MODEL_FIELDS.get(cls)
    if fields is None:
        fields = _MODEL_FIELDS[cls] = tuple((name, _predicate(hint)) for name, hint in _field_types(cls))
    return all(check(getattr(model, name)) for name, check in fields)


def check_parsed(parsed: Any) -> None:
    """Raise ``TypeError`` when a parsed model (or list of models) holds a value of the wrong type.

    Example::

        check_parsed(TriggerTaskResponse(id=12345))  # TypeError: id: expected str, got int
    """
    items = parsed if isinstance(parsed, list) else [parsed]
    if all(_model_ok(item) for item in items if attrs.has(type(item))):
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
