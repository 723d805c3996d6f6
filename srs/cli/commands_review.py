"""`srs review`, `srs stats`, `srs optimize`."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from srs.cli.app import app, open_collection

DeckOpt = Annotated[Optional[str], typer.Option("--deck", "-d", help="Deck (with its subdecks), e.g. 'Security::STRIDE'.")]


@app.command("review")
def review(
    deck: DeckOpt = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="Stop after this many answers.")] = None,
    plain: Annotated[bool, typer.Option("--plain", help="Plain stdin/stdout session, for scripts and simple terminals.")] = False,
) -> None:
    """Study today's cards. Without --plain this opens the review app."""
    if not plain:
        from srs.tui import run_app

        run_app(open_collection, deck=deck)
        return
    from srs.cli.plain_review import run_plain
    from srs.service.reviewing import Study

    with open_collection() as col:
        run_plain(Study(col, deck=deck, limit=limit))
