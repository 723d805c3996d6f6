"""The Textual app. Imported lazily by the CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from srs.service import Collection


def run_app(open_collection: Callable[[], Collection], deck: str | None = None, *, review: bool | None = None,
            search: str | None = None, media: Path | None = None) -> None:
    """Open the app: the deck list, or straight into a review when ``review`` (default: when a deck is given);
    ``search``: the review is a custom study session of that search; ``media``: the collection's media
    folder (with files in it, the terminal is asked whether it draws pictures).

    Without a terminal on both ends (``srs < /dev/null > file``, a cron job) it refuses at once:
    the app would wait for keys that never come and fill the file with escape codes."""
    import sys

    from srs.core.errors import UsageError

    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError("the review app needs a terminal, and this is not one; "
                         "use `srs review --plain` for a plain-text session (answers read from stdin)")
    from srs.tui.app import SrsApp
    from srs.tui.images import inline_images

    inline = inline_images(media)  # before the app starts: the terminal's answer must not reach its key reader
    SrsApp(open_collection, deck=deck, start_review=review, search=search, inline_images=inline).run()
