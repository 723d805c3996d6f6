"""`srs review`, `srs stats`, `srs optimize`."""

from __future__ import annotations

from typing import Annotated

import typer

from srs.cli.app import app, open_collection, state

DeckOpt = Annotated[str | None, typer.Option("--deck", "-d", help="Deck (with its subdecks), e.g. 'Security::STRIDE'.")]


@app.command("review")
def review(
    deck: DeckOpt = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Stop after this many answers.")] = None,
    plain: Annotated[bool, typer.Option("--plain", help="Plain stdin/stdout session, for scripts and simple terminals.")] = False,
    search: Annotated[str | None, typer.Option(
        "--search", "-s", metavar="QUERY",
        help="Custom study: the cards of this search (as `srs cards` takes it, e.g. 'tag:aws' or 'rated:7:1'),"
             " once each, outside the daily limits, like an Anki filtered deck. With --deck: within that deck.")] = None,
) -> None:
    """Study today's cards (or, with --search, the cards of a search). Without --plain this opens the review app."""
    if search is not None:
        from srs.service.custom_study import custom_search
        from srs.service.search_query import parse

        search = custom_search("search", deck, search)
        parse(search)  # a bad search is one line before anything opens
        deck = None  # the search holds the deck
    if not plain:
        from srs.service.card_media import media_folder
        from srs.tui import run_app

        run_app(open_collection, deck=deck, review=True, search=search, media=media_folder(state.db))
        return
    from srs.cli.plain_review import run_plain
    from srs.service.session import ReviewSession

    with open_collection() as col:
        run_plain(ReviewSession(col, deck=deck, limit=limit, search=search))


@app.command("optimize")
def optimize_cmd(
    preset: Annotated[str | None, typer.Option("--preset", "-p", help="Preset to fit (default: 'default').")] = None,
    apply: Annotated[bool, typer.Option("--apply", help="Store the fitted parameters in the preset.")] = False,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Fit FSRS parameters to your review history; shows the fit before and after."""
    from srs.cli.output import console, emit_json
    from srs.service.optimizing import optimize

    with open_collection() as col:
        fit = optimize(col, preset, apply=apply)
    if json_:
        emit_json(fit.to_dict())
        return
    console.print(f"preset {fit.preset}: {fit.reviews} reviews, {fit.items} training items")
    console.print(f"  log loss {fit.before[0]:.4f} → {fit.after[0]:.4f}   RMSE {fit.before[1]:.4f} → {fit.after[1]:.4f}")
    console.print("  parameters: " + ", ".join(f"{x:.4f}" for x in fit.parameters))
    if fit.applied:
        console.print("  stored in the preset.")
    elif not fit.improved:
        console.print("  the current parameters already fit your history better; nothing to change.")
    else:
        console.print("  not stored; run again with --apply to use them.")
