"""Printing helpers: JSON for scripts, rich tables for people."""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console

# Piped or redirected output keeps full lines: a script or a file gets every column whole, not a table cut to 80.
_PIPED_WIDTH = None if sys.stdout.isatty() else 1000
console = Console(highlight=False, soft_wrap=False, width=_PIPED_WIDTH)
err_console = Console(stderr=True, highlight=False)


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
