"""Printing helpers: JSON for scripts, rich tables for people."""

from __future__ import annotations

import json
import os
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

    def _surely_plain(self) -> bool:
        """Would the console print no styles, as rich decides it (Console.is_terminal), known without importing
        rich: a fixed width (output was no terminal at start), output still no terminal, nothing forcing one."""
        return (self._console is None and self._options.get("width") is not None and sys.platform != "win32"
                and not any(name in os.environ for name in ("FORCE_COLOR", "TTY_COMPATIBLE")) and not sys.stdout.isatty())

    @property
    def plain(self) -> bool:
        """Does this console print text without styles (no terminal)?"""
        return self._surely_plain() or self.real.color_system is None

    @property
    def width(self) -> int:
        return int(self._options["width"]) if self._surely_plain() else int(self.real.width)


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
    not printable, ends in a space, or has a character that is not one cell wide on screen."""
    cells = (*heads, *(c for r in rows for c in r))
    if not console.plain or not all(c.isprintable() and c == c.rstrip() for c in cells):
        return None  # (rich drops a cell's trailing spaces, or not, as it justifies and wraps: let it)
    if not all(c.isascii() for c in cells):
        from rich.cells import cell_len  # a small part of rich: how many cells a character takes on screen

        if any(cell_len(c) != len(c) for c in cells):  # wide (CJK) or zero-width (combining) characters
            return None
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
