"""The `srs` command line: thin wrappers over srs.service. The TUI is imported lazily."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from srs.cli.app import app, state

if TYPE_CHECKING:
    import typer

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

_ROOT_VALUE_OPTIONS = ("--db",)  # the root options that take a value: the word after one is no command
_ROOT_FLAGS = ("--debug",)


def _command_word(args: list[str]) -> str | None:
    """The command ``args`` run (``decks`` in ``srs --db x.db decks --json``), or None when they name
    none before another option (``--help``, ``--version``, a typo): those get the whole app."""
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in _ROOT_VALUE_OPTIONS:
            i += 2
        elif arg in _ROOT_FLAGS or arg.startswith(tuple(f"{o}=" for o in _ROOT_VALUE_OPTIONS)):
            i += 1
        else:
            return None if arg.startswith("-") else arg
    return None


def _app_for(args: list[str]) -> typer.Typer:
    """``app`` with only the command ``args`` run: typer turns every registered command's signature into
    click parameters before it parses anything, a good part of a cold start that runs one command.
    ``srs --version`` gets no command at all. Help, completion, a bare ``srs`` and an unknown word get
    the whole app, so they list (or suggest) every command as before."""
    import copy

    word = _command_word(args)
    if any(name.endswith("_COMPLETE") for name in os.environ) or (word is None and "--version" not in args):
        return app
    trimmed = copy.copy(app)
    trimmed.registered_commands = [c for c in app.registered_commands if c.name == word]
    trimmed.registered_groups = [g for g in app.registered_groups if g.name == word]
    if word is not None and not (trimmed.registered_commands or trimmed.registered_groups):
        return app
    return trimmed


def main(argv: list[str] | None = None) -> int:
    """Entry point: runs the app, turning user-facing errors into one line on stderr."""
    from srs.core.errors import SrsError
    from srs.core.printable import printable

    args = sys.argv[1:] if argv is None else argv
    state.debug = "--debug" in args
    try:
        result = _app_for(args)(args=args, prog_name="srs", standalone_mode=False)
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
