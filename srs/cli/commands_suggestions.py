"""`srs suggestions …`: cards the extractor held back, to accept (maybe edited) or reject."""

from __future__ import annotations

from typing import Annotated

import typer

from srs.cli.app import app, open_collection
from srs.cli.app import state as options  # --db, as given
from srs.cli.output import emit_json
from srs.core.printable import printable

suggestions_app = typer.Typer(
    help="Cards the extractor was not sure of: listed here, never scheduled until you accept them.",
    invoke_without_command=True,
)
app.add_typer(suggestions_app, name="suggestions")

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


@suggestions_app.callback()
def list_command(
    ctx: typer.Context,
    status: Annotated[str, typer.Option("--status", help="pending, accepted, rejected or all.")] = "pending",
    json_: JsonOpt = False,
) -> None:
    """List suggestions (pending ones by default): id, where they come from, front and back, and why they were held back."""
    if ctx.invoked_subcommand is not None:
        return
    from srs.service.reading import suggestions_if_ready

    rows = suggestions_if_ready(options.db, status)  # without SQLAlchemy when the database is ready to read as it is
    if rows is None:
        from srs.service.suggestions import list_suggestions

        with open_collection() as col:
            rows = list_suggestions(col, status)
    show_suggestions(rows, status, json_)


def show_suggestions(rows: list, status: str, json_: bool) -> None:
    """Print suggestions as `srs suggestions` does (also `srs cards 'is:suggested …'`)."""
    if json_:
        emit_json([r.to_dict() for r in rows])
        return
    if not rows:
        print(f"no {status if status != 'all' else ''} suggestions".replace("  ", " "))
        return
    for r in rows:  # notes may hold terminal escapes: print them escaped
        print(printable(f"#{r.id} [{r.status}] {r.source}:{r.line} ({r.check}: {r.detail})", lines=False))
        if r.context:
            print(printable(f"    context: {r.context}", lines=False))
        print(printable(f"    front: {' '.join(r.front.split())}", lines=False))
        print(printable(f"    back:  {' '.join(r.back.split())}", lines=False))
    print(f"{len(rows)} suggestion{'s' if len(rows) != 1 else ''}; accept with `srs suggestions accept ID`, "
          "reject with `srs suggestions reject ID`")


@suggestions_app.command("accept")
def accept_command(
    ids: Annotated[list[int], typer.Argument(help="Suggestion ids.", show_default=False)],
    front: Annotated[str | None, typer.Option("--front", help="Use this front instead (one id only).")] = None,
    back: Annotated[str | None, typer.Option("--back", help="Use this back instead (one id only).")] = None,
    json_: JsonOpt = False,
) -> None:
    """Make suggestions cards (scheduled as new cards); they keep their identity when the notes are re-imported."""
    from srs.core.errors import SrsError
    from srs.service.suggestions import accept

    if (front is not None or back is not None) and len(ids) != 1:
        raise SrsError("--front and --back edit one suggestion: give one id")
    with open_collection() as col:
        done = [accept(col, i, front=front, back=back) for i in ids]
    if json_:
        emit_json([r.to_dict() for r in done])
    else:
        for r in done:
            print(f"accepted #{r.id}: note {r.note_id}")


@suggestions_app.command("reject")
def reject_command(
    ids: Annotated[list[int], typer.Argument(help="Suggestion ids.", show_default=False)],
    json_: JsonOpt = False,
) -> None:
    """Never offer these again (while the notes say the same)."""
    from srs.service.suggestions import reject

    with open_collection() as col:
        done = [reject(col, i) for i in ids]
    if json_:
        emit_json([r.to_dict() for r in done])
    else:
        for r in done:
            print(f"rejected #{r.id}")
