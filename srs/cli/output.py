"""Printing helpers: JSON for scripts, rich tables for people."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

# Piped or redirected output keeps full lines: a script or a file gets every column whole, not a table cut to 80.
_PIPED_WIDTH = None if sys.stdout.isatty() else 1000


class LazyConsole:
    """A rich ``Console``, made on first use: importing rich.console is a good part of a cold
    start that `srs --help`, `srs --version` or `srs db path` never print through."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    @property
    def real(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


console = LazyConsole(highlight=False, soft_wrap=False, width=_PIPED_WIDTH)
err_console = LazyConsole(stderr=True, highlight=False)


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def plain_table(heads: list[str], rows: list[list[str]], right: set[int], widths: list[int] | None = None) -> list[str] | None:
    """The lines ``console`` prints for ``rich.table.Table(box=None, pad_edge=False)`` of these cells (column
    ``i`` right-justified when in ``right``; with ``widths``, each column that wide, no-wrap, cut with "…"),
    written here: rendering a 200-row table through rich costs a cold ``srs cards`` more than its search.

    None (let rich print it) when the console prints styles (a terminal: the header is bold), or a cell is
    not printable ASCII (its width on screen rich measures) or ends in a space."""
    cells = (*heads, *(c for r in rows for c in r))
    if console.color_system is not None or not all(c.isascii() and c.isprintable() and c == c.rstrip() for c in cells):
        return None  # (rich drops a cell's trailing spaces, or not, as it justifies and wraps: let it)
    if widths is None:
        widths = [max(len(head), *(len(r[i]) for r in rows)) for i, head in enumerate(heads)]
        if sum(widths) + 2 * (len(widths) - 1) > console.width:  # rich would squeeze the columns to fit
            return None

    def cell(text: str, i: int) -> str:
        width = widths[i]
        if len(text) > width:
            return text[:width - 1] + "…"
        return text.rjust(width) if i in right else text.ljust(width)

    return ["  ".join(cell(text, i) for i, text in enumerate(row)) for row in (heads, *rows)]
