"""How the commands print: a table on a terminal, tab-separated text when piped, JSON with ``--json``.

One :class:`Output` per invocation decides, once, from the global options and whether stdout/stderr are terminals;
the commands hand it rows and objects and never test for a TTY themselves.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

# Status colours on a terminal: green done, red failed, yellow waiting, cyan running.
_STATUS_STYLES = {
    "COMPLETED": "green",
    "FAILED": "red",
    "CRASHED": "red",
    "SYSTEM_FAILURE": "red",
    "TIMED_OUT": "red",
    "EXPIRED": "red",
    "CANCELED": "magenta",
    "EXECUTING": "cyan",
    "DEQUEUED": "cyan",
    "QUEUED": "yellow",
    "DELAYED": "yellow",
    "PENDING_VERSION": "yellow",
    "WAITING": "yellow",
}


def plain(value: Any) -> Any:
    """A JSON-ready form of a model, dataclass, enum or datetime (models give their wire form).

    Example::

        >>> plain({"at": dt.datetime(2025, 1, 2, tzinfo=dt.timezone.utc), "tags": ("a",)})
        {'at': '2025-01-02T00:00:00+00:00', 'tags': ['a']}
    """
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return plain(value.to_dict())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    if isinstance(value, BaseException):
        return str(value)
    return value


def when(value: dt.datetime | None, *, now: dt.datetime | None = None) -> str:
    """A timestamp in local time with its age: ``2025-01-02 09:15:00 (3m ago)``.

    Example::

        >>> at = dt.datetime(2025, 1, 2, 8, 0, tzinfo=dt.timezone.utc)
        >>> when(at, now=at + dt.timedelta(minutes=3)).endswith("(3m ago)")
        True
    """
    if value is None:
        return "-"
    if value.tzinfo is None:  # the API's times are UTC
        value = value.replace(tzinfo=dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)
    seconds = (now - value).total_seconds()
    local = value.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return f"{local} ({age(abs(seconds))} {'ago' if seconds >= 0 else 'from now'})"


def age(seconds: float) -> str:
    """A short duration: ``45s``, ``3m``, ``2h``, ``5d``.

    Example::

        >>> age(7200)
        '2h'
    """
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{int(seconds // size)}{unit}"
    return f"{int(seconds)}s"


def duration(ms: float | None) -> str:
    """A run's duration in milliseconds, shown like ``1.2s`` or ``3m04s``; ``-`` before it ran.

    Example::

        >>> duration(184000)
        '3m04s'
    """
    if not ms:
        return "-"
    seconds = ms / 1000
    if seconds < 60:
        return f"{seconds:.1f}s"
    return f"{int(seconds // 60)}m{int(seconds % 60):02d}s"


@dataclass(frozen=True)
class Column:
    """One column of a listing: its header, how to read the cell from an item, and its width on a terminal.

    Example::

        Column("ID", lambda run: run.id, 28)
    """

    header: str
    cell: Callable[[Any], Any]
    width: int


class Output:
    """Where and how one invocation prints. ``json_mode``: JSON documents (JSON lines for lists);
    otherwise a Rich table on a terminal and tab-separated lines when stdout is piped. Progress bars and live
    views only when the stream they draw on is a terminal.

    Example::

        out = Output(json_mode=False, color=True)
        out.rows(client.queues.list(), [Column("NAME", lambda q: q.name, 30)])
    """

    def __init__(self, *, json_mode: bool, color: bool) -> None:
        self.json_mode = json_mode
        self.stdout = Console(file=sys.stdout, no_color=not color, highlight=False, soft_wrap=True)
        self.stderr = Console(file=sys.stderr, no_color=not color, highlight=False, soft_wrap=True)
        self.tty = self.stdout.is_terminal
        self.live = self.stderr.is_terminal and not json_mode

    def json(self, value: Any) -> None:
        """One JSON document (or one JSON line of a list) on stdout.

        Example::

            out.json(client.runs.retrieve("run_1234"))
        """
        click.echo(json.dumps(plain(value), default=str, ensure_ascii=False))

    def rows(self, items: Iterable[Any], columns: Sequence[Column]) -> int:
        """Print items as they arrive (a lazy paginator fetches its next page only when reached); returns how
        many were printed.

        Example::

            from trigger_client.cli.runs import RUN_COLUMNS

            out.rows(client.runs.list(limit=50), RUN_COLUMNS)
        """
        count = 0
        if self.tty and not self.json_mode:  # a header, then each row once its page has arrived, fixed widths
            self.stdout.print(self._line([Text(c.header, style="bold") for c in columns], columns))
        for item in items:
            count += 1
            if self.json_mode:
                self.json(item)
            elif self.tty:
                self.stdout.print(self._line([styled(c.cell(item)) for c in columns], columns))
            else:
                click.echo("\t".join(_text(c.cell(item)) for c in columns))
        if count == 0 and self.tty and not self.json_mode:
            self.stdout.print("(none)", style="dim")
        return count

    @staticmethod
    def _line(cells: list[Text], columns: Sequence[Column]) -> Text:
        line = Text()
        for cell, column in zip(cells, columns, strict=True):
            cell.truncate(column.width, overflow="ellipsis", pad=True)
            line.append_text(cell)
            line.append("  ")
        line.rstrip()
        return line

    def record(self, value: Any, fields: Sequence[tuple[str, Any]]) -> None:
        """One object: its full JSON with ``--json``, else the chosen ``fields`` as a two-column table (or
        ``name<TAB>value`` lines when piped).

        Example::

            out.record(run, [("id", run.id), ("status", run.status)])
        """
        if self.json_mode:
            self.json(value)
            return
        if not self.tty:
            for name, shown in fields:
                click.echo(f"{name}\t{_text(shown)}")
            return
        table = Table(show_header=False, box=None, pad_edge=False)
        table.add_column(style="bold")
        table.add_column(overflow="fold")
        for name, shown in fields:
            table.add_row(name, styled(shown))
        self.stdout.print(table)

    def done(self, message: str, value: Any = None) -> None:
        """The outcome of an action: ``value`` as JSON with ``--json``, else ``message``.

        Example::

            out.done(f"{run_id} canceled", {"id": run_id, "canceled": True})
        """
        if self.json_mode:
            self.json(value if value is not None else {"message": message})
        else:
            click.echo(message)

    def note(self, message: str) -> None:
        """A remark for the person at the terminal (stderr, so piped stdout stays data).

        Example::

            out.note("3 run(s) match")
        """
        self.stderr.print(message, style="dim")

    def progress(self, description: str) -> Progress:
        """A progress bar on stderr; when stderr is not a terminal (or with ``--json``) it draws nothing.

        Example::

            with out.progress("items") as progress:
                bar = progress.add_task("items", total=100, detail="")
                progress.update(bar, completed=50, detail="50 accepted")
        """
        return Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[detail]}"),
            TimeElapsedColumn(),
            console=self.stderr,
            disable=not self.live,
            transient=False,
        )


def _text(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (dict, list, tuple)) or hasattr(value, "to_dict"):
        return json.dumps(plain(value), default=str, ensure_ascii=False)
    return str(value)


def styled(value: Any) -> Text:
    """A cell as Rich text, a run status in its colour.

    Example::

        >>> styled("FAILED").style
        'red'
    """
    text = _text(value)
    return Text(text, style=_STATUS_STYLES.get(text, ""))
