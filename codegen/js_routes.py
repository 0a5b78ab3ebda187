"""The HTTP routes a compiled JavaScript API client calls, read from its source text.

Made for ``@trigger.dev/core``'s ``dist/esm/v3/apiClient/index.js`` (and the ``runStream.js`` beside it): every
call of ``zodfetch…(schema, url, …)``, ``fetch(url, …)``, ``runShapeStream(url, …)`` and
``new SSEStreamSubscription(url, …)`` whose URL is a template literal starting at the client's base URL, written
inline or in a ``const`` of the same function (``const base = `${this.baseUrl}/…`; const url = c ? `${base}/a` :
`${base}/b```). Each branch of a conditional URL is a route of its own; the query string is dropped; an
interpolated path segment becomes a parameter named after its expression (``${encodeURIComponent(runId)}`` is
``{runId}``). The method is the ``method:`` of the options passed with the URL, else GET (fetch's default; stream
subscriptions are GETs).

This is a small scanner, not a JavaScript parser: it knows strings, template literals and comments, which is what
the compiler's output of that file needs. A call whose URL it cannot resolve is reported, never dropped silently.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

_CALL = re.compile(
    r"(?<![\w$.#])(?:(?P<zod>zodfetch\w*)|(?P<plain>fetch|runShapeStream)|new\s+(?P<sse>SSEStreamSubscription))\s*\("
)
# A function or class method whose signature fits on one line, as the TypeScript compiler prints them.
_FUNCTION = re.compile(
    r"^(?: {4})?(?:export\s+)?(?:static\s+)?(?:async\s+)?(?:(?:get|set)\s+)?(?:function\s*)?\*?\s*"
    r"(?!(?:if|for|while|switch|catch|with|return)\b)(?P<name>#?[A-Za-z_$][\w$]*)\s*\([^)]*\)\s*\{\s*$",
    re.MULTILINE,
)
_METHOD = re.compile(r"""\bmethod\s*:\s*["'`](?P<method>[A-Za-z]+)["'`]""")
_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")
_NOT_NAMES = {"options", "this"}
_BASE = "\x00base\x00"  # marks where the client's base URL was interpolated


@dataclass(frozen=True)
class CallSite:
    """One request the client makes: method, path template, and where (function name, ``file:line``)."""

    method: str
    path: str
    function: str
    where: str

    @property
    def key(self) -> tuple[str, str]:
        """Method and path with every parameter written ``{}``, to compare routes and spec paths."""
        return self.method, normalise(self.path)


@dataclass(frozen=True)
class Unresolved:
    """A request call whose URL is not a template literal at the base URL (e.g. a helper forwarding its input)."""

    call: str
    function: str
    where: str


def normalise(path: str) -> str:
    """``/api/v1/runs/{runId}/trace`` -> ``/api/v1/runs/{}/trace``."""
    return re.sub(r"\{[^}/]*\}", "{}", path)


_OPENING = {"(": ")", "{": "}", "[": "]"}
# A "/" after one of these (or at the start) opens a regular expression literal, elsewhere it divides.
_BEFORE_REGEX = set("(,=:[!&|?{};+-*%<>~^") | {""}


def _skip_quoted(text: str, i: int) -> int:
    """Index just past the string or template literal starting at ``text[i]``."""
    quote = text[i]
    i += 1
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char == quote:
            return i + 1
        if quote == "`" and text.startswith("${", i):
            i = _skip_balanced(text, i + 1) + 1
            continue
        i += 1
    raise ValueError("unterminated string")


def _skip_regex(text: str, i: int) -> int:
    """Index just past the regular expression literal starting at ``text[i]`` (its flags included)."""
    i, in_class = i + 1, False
    while i < len(text) and text[i] != "\n":
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "/" and not in_class:
            i += 1
            while i < len(text) and text[i].isalpha():
                i += 1
            return i
        i += 1
    raise ValueError("unterminated regular expression")


def _skip_token(text: str, i: int) -> int:
    """Index just past the comment, string, regular expression or bracketed group at ``text[i]``, else ``i``."""
    char = text[i]
    if text.startswith("//", i):
        end = text.find("\n", i)
        return len(text) if end < 0 else end
    if text.startswith("/*", i):
        end = text.find("*/", i + 2)
        return len(text) if end < 0 else end + 2
    if char in "'\"`":
        return _skip_quoted(text, i)
    if char == "/" and text[:i].rstrip()[-1:] in _BEFORE_REGEX:
        return _skip_regex(text, i)
    if char in _OPENING:
        return _skip_balanced(text, i) + 1
    return i


def _skip_balanced(text: str, i: int) -> int:
    """Index of the bracket closing the one at ``text[i]`` (strings, regexes and comments skipped)."""
    closing = _OPENING[text[i]]
    i += 1
    while i < len(text):
        if text[i] == closing:
            return i
        if text[i] in ")}]":
            raise ValueError(f"unbalanced {text[i]!r}")
        i = max(i + 1, _skip_token(text, i))
    raise ValueError("unbalanced brackets")


def _is_comment(text: str, i: int) -> bool:
    return text.startswith(("//", "/*"), i)


def _top_level_split(text: str, separator: str) -> list[str]:
    """``text`` split at each ``separator`` outside brackets, strings and comments; comments are dropped."""
    parts: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == separator:
            parts.append("".join(current))
            current, i = [], i + 1
            continue
        end = max(i + 1, _skip_token(text, i))
        if not _is_comment(text, i):
            current.append(text[i:end])
        i = end
    parts.append("".join(current))
    return [part.strip() for part in parts]


def _statement_end(text: str, i: int) -> int:
    """Index of the ``;`` ending the statement that goes on at ``text[i]``."""
    while i < len(text) and text[i] != ";":
        i = max(i + 1, _skip_token(text, i))
    return i


def _code_parts(expr: str) -> list[str]:
    """``expr`` without its string, template and regular expression literals and comments."""
    parts: list[str] = []
    i = 0
    while i < len(expr):
        end = _skip_token(expr, i)
        if end == i or expr[i] in _OPENING:
            parts.append(expr[i] if end == i else _strip_literals(expr[i:end]))
            i = max(i + 1, end)
        else:
            i = end
    return parts


def _strip_literals(group: str) -> str:
    return group[0] + "".join(_code_parts(group[1:-1])) + group[-1]


def _literals(expr: str) -> list[str]:
    """Every string or template literal in ``expr`` outside brackets (the branches of a conditional)."""
    found: list[str] = []
    i = 0
    while i < len(expr):
        end = max(i + 1, _skip_token(expr, i))
        if expr[i] in "'\"`":
            found.append(expr[i:end])
        i = end
    return found


class _Function:
    """The text of one function, to resolve the ``const`` URLs its calls use."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.start = text, start

    def declaration(self, name: str, before: int) -> str | None:
        """The initializer of the last ``const|let|var name = …;`` of this function before ``before``."""
        pattern = re.compile(rf"\b(?:const|let|var)\s+{re.escape(name)}\s*=")
        matches = list(pattern.finditer(self.text, self.start, before))
        if not matches:
            return None
        return self.text[matches[-1].end() : _statement_end(self.text, matches[-1].end())]

    def variants(self, expr: str, at: int, depth: int = 0) -> list[str] | None:
        """The strings ``expr`` can be (one per branch), or None when it is not built from literals here."""
        expr = expr.strip()
        if depth > 8:
            return None
        if "baseUrl" in expr and not _literals(expr):
            return [_BASE]
        if _IDENTIFIER.fullmatch(expr):
            init = self.declaration(expr, at)
            return None if init is None else self.variants(init, at, depth + 1)
        literals = _literals(expr)
        if not literals:
            return None
        out: list[str] = []
        for literal in literals:
            out.extend(self._literal_variants(literal, at, depth))
        return out

    def _param_name(self, expr: str, at: int) -> str:
        """A parameter's name: the variable interpolated, or what it was computed from (``filename`` for
        ``const encoded = encodeURIComponent(filename)``)."""
        init = self.declaration(expr.strip(), at) if _IDENTIFIER.fullmatch(expr.strip()) else None
        code = "".join(_code_parts(init or expr))
        # Not the functions called (encodeURIComponent, .replace): what they are called on or with.
        names = [m.group() for m in _IDENTIFIER.finditer(code) if not code[m.end() :].lstrip().startswith("(")]
        names = [n for n in names if n not in _NOT_NAMES]
        return names[0] if names else "param"

    def _literal_variants(self, literal: str, at: int, depth: int) -> list[str]:
        if literal[0] != "`":
            return [literal[1:-1]]
        pieces: list[list[str]] = []
        body, i, chunk = literal[1:-1], 0, []
        while i < len(body):
            if body[i] == "\\":
                chunk.append(body[i : i + 2])
                i += 2
            elif body.startswith("${", i):
                end = _skip_balanced(body, i + 1)
                pieces.append(["".join(chunk)])
                chunk = []
                expr = body[i + 2 : end]
                pieces.append(self.variants(expr, at, depth + 1) or ["{" + self._param_name(expr, at) + "}"])
                i = end + 1
            else:
                chunk.append(body[i])
                i += 1
        pieces.append(["".join(chunk)])
        return ["".join(combo) for combo in itertools.product(*pieces)]


def _functions(text: str) -> list[tuple[str, int]]:
    """(name, start offset) of every one-line function signature, in order."""
    return [(m.group("name"), m.start()) for m in _FUNCTION.finditer(text)]


def scan(text: str, filename: str) -> tuple[list[CallSite], list[Unresolved]]:
    """Every request call of ``text`` (a compiled ``.js`` file) as routes, and the calls it could not resolve."""
    functions = _functions(text)
    sites: list[CallSite] = []
    unresolved: list[Unresolved] = []
    for match in _CALL.finditer(text):
        if re.search(r"\bfunction\s*$", text[max(0, match.start() - 20) : match.start()]):
            continue  # the definition of runShapeStream, not a call
        starts = [start for _name, start in functions if start <= match.start()]
        start = starts[-1] if starts else 0
        name = next((n for n, s in functions if s == start), "<module>")
        open_paren = match.end() - 1
        close = _skip_balanced(text, open_paren)
        args = _top_level_split(text[open_paren + 1 : close], ",")
        url_index = 1 if match.group("zod") else 0
        line = text.count("\n", 0, match.start()) + 1
        where = f"{filename}:{line}"
        scope = _Function(text, start)
        variants = scope.variants(args[url_index], match.start()) if len(args) > url_index else None
        paths = sorted({v[len(_BASE) :].split("?")[0] for v in variants or [] if v.startswith(_BASE)})
        if not paths:
            call = re.sub(r"\s+", " ", text[match.start() : close + 1])
            unresolved.append(Unresolved(call[:100], name, where))
            continue
        method = _METHOD.search(",".join(args[url_index + 1 :]))
        verb = method.group("method").upper() if method else "GET"
        sites.extend(CallSite(verb, path, name, where) for path in paths)
    return sites, unresolved
