"""`srs forget`, `srs set-due` and `srs reposition`: Anki's manual reschedules, on card ids as `srs cards` lists them.

Both keep the review history. The command line has no undo; --json prints every
changed column before and after, so a script can put a card back.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer

from srs.cli.app import app, open_collection
from srs.cli.output import console, emit_json
from srs.core.due_dates import SYNTAX_HELP

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts: each card's changed columns before and after.")]
CardIds = Annotated[list[int], typer.Argument(help="Card ids, as `srs cards` lists them.", show_default=False)]


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _plain(values: dict) -> dict:
    """Column values for JSON: times as ISO 8601, as `srs show --json` writes them."""
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in values.items()}


def _report(change, json_: bool, verb: str, how: str = "") -> None:
    if json_:
        emit_json({"action": change.action, "changed": change.changed, "cards": [
            {"id": cid, "before": _plain(change.before[cid]), "after": _plain(change.after[cid])} for cid in change.card_ids]})
        return
    rest = len(change.card_ids) - change.changed
    console.print(f"{verb} {_plural(change.changed, 'card')}{how}" + (f" ({rest} unchanged)" if rest > 0 else ""))


@app.command("forget")
def forget(
    card_ids: CardIds,
    reset_counts: Annotated[bool, typer.Option("--reset-counts", help="Also set reps and lapses back to 0.")] = False,
    json_: JsonOpt = False,
) -> None:
    """Reset cards to new (Anki's Forget): their memory state goes, their review history stays."""
    from srs.service.rescheduling import forget_cards

    with open_collection() as col:
        change = forget_cards(col, card_ids, reset_counts=reset_counts)
    _report(change, json_, "reset", " to new")


@app.command("set-due")
def set_due(
    days: Annotated[str, typer.Argument(help=SYNTAX_HELP + ". Quote the ! in a shell: '1!'.", show_default=False)],
    card_ids: CardIds,
    json_: JsonOpt = False,
) -> None:
    """Make cards review cards due on a chosen day, as Anki's Set Due Date does (new cards too)."""
    from srs.core.due_dates import parse_due
    from srs.service.rescheduling import set_due_date

    spec = parse_due(days)  # a bad date is refused before the database is opened
    with open_collection() as col:
        change = set_due_date(col, card_ids, spec)
    dues = sorted({values["due"] for values in change.after.values()})
    when = dues[0].astimezone().strftime("%Y-%m-%d") if dues else ""
    if len(dues) > 1:
        when += " … " + dues[-1].astimezone().strftime("%Y-%m-%d")
    how = f" due {when}" + (", interval reset" if spec.reset_interval else "")
    _report(change, json_, "set", how)


@app.command("reposition")
def reposition(
    card_ids: CardIds,
    start: Annotated[int, typer.Option("--start", help="Position of the first card (new cards are studied by position).")] = 0,
    step: Annotated[int, typer.Option("--step", help="Gap between the cards' positions.")] = 1,
    shift: Annotated[bool, typer.Option("--shift", help="Move the other new cards at or after --start back to make room.")] = False,
    json_: JsonOpt = False,
) -> None:
    """Put new cards in a chosen place of the new-card order (Anki's Reposition); other cards are left as they are."""
    from srs.service.rescheduling import reposition_new

    with open_collection() as col:
        change = reposition_new(col, card_ids, start, step, shift=shift)
    _report(change, json_, "moved", f" to position {start}" + (f", step {step}" if step != 1 else ""))
