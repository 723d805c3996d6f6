"""The typer application, its global options, and the collection it opens."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from srs import __version__

if TYPE_CHECKING:
    from srs.service import Collection


@dataclass
class State:
    db: Path | None = None
    debug: bool = False


state = State()

app = typer.Typer(
    name="srs",
    help="Spaced repetition for engineering study notes. Run without a command to open the review app.",
    no_args_is_help=False,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: typer's rich panels print every flag as `--json <bool>`
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"srs {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
    db: Annotated[Path | None, typer.Option("--db", help="Database file (default: $SRS_DB, $SRS_HOME/srs.db, or the user data dir).", envvar=None)] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show full tracebacks on errors.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    state.db = db
    state.debug = debug
    if ctx.invoked_subcommand is None:
        from srs.service.card_media import media_folder
        from srs.tui import run_app

        run_app(open_collection, media=media_folder(state.db))


def say(message: str) -> None:
    print(message, file=sys.stderr)


def open_collection(*, bundled: bool = True, reads_only: bool = False) -> Collection:
    """The collection the options name. ``reads_only`` (commands that never write): a database
    this process cannot write is opened to read rather than refused."""
    import os

    from srs.core.errors import SrsError
    from srs.service.opening import open_collection as open_for_user

    chosen = state.db or os.environ.get("SRS_DB")  # only the default location's folders are made for you
    if chosen and not Path(chosen).expanduser().parent.is_dir():
        raise SrsError(f"the folder {Path(chosen).expanduser().parent} does not exist (create it, or check the path)")
    return open_for_user(state.db, bundled=bundled, say=say, reads_only=reads_only)

