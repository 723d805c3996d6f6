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
