"""The `srs` command line: thin wrappers over srs.service. The TUI is imported lazily."""

from __future__ import annotations

import sys

from srs.cli.app import app, state

# Each commands_* module registers its commands on ``app`` when imported. They are imported here, not
# in app.py, so that they depend on app.py and app.py on none of them (no import cycle). The order is
# the order `srs --help` lists them in.
from srs.cli import commands_db, commands_notes, commands_review  # noqa: F401  isort: skip
from srs.cli import commands_cards  # noqa: F401  isort: skip
from srs.cli import commands_schedule  # noqa: F401  isort: skip
from srs.cli import commands_suggestions  # noqa: F401  isort: skip
from srs.cli import commands_sync  # noqa: F401  isort: skip
from srs.cli import commands_deck  # noqa: F401  isort: skip
from srs.cli import commands_conflicts  # noqa: F401  isort: skip

__all__ = ["app", "main"]


def main(argv: list[str] | None = None) -> int:
    """Entry point: runs the app, turning user-facing errors into one line on stderr."""
    from srs.core.errors import SrsError
    from srs.core.printable import printable

    args = sys.argv[1:] if argv is None else argv
    state.debug = "--debug" in args
    try:
        result = app(args=args, prog_name="srs", standalone_mode=False)
        if isinstance(result, int):  # typer.Exit(code) comes back as the return value
            return result
    except SrsError as exc:
        if state.debug:
            raise
        print(f"srs: error: {printable(str(exc), lines=False)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("srs: interrupted", file=sys.stderr)
        return 130
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    except Exception as exc:  # the CLI library's usage errors, and anything unexpected
        name = type(exc).__name__
        if name == "Exit" and hasattr(exc, "exit_code"):
            return int(exc.exit_code)
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):  # click's (or typer's bundled click's) usage errors
            exc.show()
            return int(exc.exit_code)
        if name == "Abort":
            print("srs: aborted", file=sys.stderr)
            return 1
        if state.debug:
            raise
        first = (str(exc).strip().splitlines() or [""])[0]
        print(f"srs: error: {type(exc).__name__}: {first} (run with --debug for details)", file=sys.stderr)
        return 1
    return 0
