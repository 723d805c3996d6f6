"""The Textual app. Imported lazily by the CLI."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from srs.service import Collection


def run_app(open_collection: Callable[[], Collection], deck: str | None = None, *, review: bool | None = None,
            search: str | None = None) -> None:
    """Open the app: the deck list, or straight into a review when ``review`` (default: when a deck is given);
    ``search``: the review is a custom study session of that search."""
    from srs.tui.app import SrsApp

    SrsApp(open_collection, deck=deck, start_review=review, search=search).run()
