"""`srs deck options` (a deck's preset: limits, steps, retention, leech, bury) and `srs deck extend` (custom study).

Thin wrappers over srs.service.deck_options and srs.service.custom_study; the
deck options screen (o on the deck list) and the custom study dialog (c) do the same.
"""

from __future__ import annotations

from typing import Annotated

import typer

from srs.cli.app import app, open_collection
from srs.cli.output import console, emit_json

deck_app = typer.Typer(help="One deck: its options (preset) and custom study.", no_args_is_help=True)
app.add_typer(deck_app, name="deck")

DeckArg = Annotated[str, typer.Argument(help="Deck name, e.g. 'Security::STRIDE'.", show_default=False)]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def _keys_help() -> str:
    from srs.core.deck_options import OPTIONS, PRESET_KEY

    return "; ".join(f"{o.key} ({o.help})" for o in OPTIONS) + f"; {PRESET_KEY} (the preset this deck uses)"


@deck_app.command("options")
def options_cmd(
    deck: DeckArg,
    set_: Annotated[list[str] | None, typer.Option(
        "--set", metavar="KEY=VALUE", show_default=False,
        help="Change an option (repeatable); all are checked before any is written. Keys: " + _keys_help() + ".")] = None,
    estimate: Annotated[bool, typer.Option(
        "--estimate/--no-estimate", help="Show the FSRS workload estimate (reviews/day at 70–97% retention).")] = True,
    json_: JsonOpt = False,
) -> None:
    """Show (or change with --set) the options of the preset DECK uses; they apply to every deck on that preset."""
    from srs.core.deck_options import OPTIONS
    from srs.service.deck_options import deck_options, parse_assignments, preset_parameters, set_deck_options, workload

    changes = parse_assignments(set_ or [])  # an unknown key is refused before the database is opened
    with open_collection() as col:
        options = set_deck_options(col, deck, changes) if changes else deck_options(col, deck)
        estimate_of = workload(options, preset_parameters(col, options.preset)) if estimate else None
    if json_:
        emit_json({**options.to_dict(), **({"workload": estimate_of.to_dict()} if estimate_of else {})})
        return
    if changes:
        console.print(f"Saved {len(changes)} change{'s' if len(changes) != 1 else ''}.")
    others = [d for d in options.decks if d != options.deck]
    console.print(f"{options.deck}: preset {options.preset!r}" + _shared(others))
    width = max(len(o.label) for o in OPTIONS)
    for o in OPTIONS:
        console.print(f"  {o.label:<{width}}  {options.shown(o.key) or '(none)'}   [{o.key}]", markup=False)
    if estimate_of is not None:
        console.print("\n".join(estimate_of.lines()), markup=False)


def _shared(others: list[str]) -> str:
    if not others:
        return ""
    if len(others) > 3:
        return f" (also used by {len(others)} other decks: changes apply to them too)"
    return f" (also used by {', '.join(others)})"


@deck_app.command("extend")
def extend_cmd(
    deck: DeckArg,
    new: Annotated[int, typer.Option("--new", min=0, max=9999, help="Extra new cards today.")] = 0,
    reviews: Annotated[int, typer.Option("--reviews", min=0, max=9999, help="Extra reviews today.")] = 0,
    json_: JsonOpt = False,
) -> None:
    """Custom study: let DECK (and its subdecks) offer more new cards or reviews today only (app: c)."""
    from srs.core.errors import UsageError
    from srs.service.custom_study import extend_limits

    if not new and not reviews:
        raise UsageError("say how many: --new N and/or --reviews N")
    with open_collection() as col:
        done = extend_limits(col, deck, new=new, reviews=reviews)
    if json_:
        emit_json({"deck": done.deck, "date": done.date, "extra_new": done.new, "extra_reviews": done.reviews})
        return
    console.print(f"{done.deck}: {done.new} extra new cards and {done.reviews} extra reviews today ({done.date}).")
