"""`srs conflicts …`: notes you edited in srs for which an import brought another version.

A bundled card or an Anki card edited in srs is your version of the note. A later
update of the bundled decks (``srs import --bundled``) or a re-import of the
package never overwrites it; the new version waits here until you keep your edit
(``keep-mine``) or take the new version (``take-new``). Either way the card keeps its history.
"""

from __future__ import annotations

from typing import Annotated

import typer

from srs.cli.app import app, open_collection
from srs.cli.app import state as options  # --db, as given
from srs.cli.output import emit_json
from srs.core.printable import printable

conflicts_app = typer.Typer(
    help="Notes you edited in srs that an import brought another version of: keep yours or take the new one.",
    invoke_without_command=True,
)
app.add_typer(conflicts_app, name="conflicts")

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
IdsArg = Annotated[list[int] | None, typer.Argument(help="Note ids (from `srs conflicts`).", show_default=False)]
AllOpt = Annotated[bool, typer.Option("--all", help="Every conflict.")]


@conflicts_app.callback()
def list_command(ctx: typer.Context, json_: JsonOpt = False) -> None:
    """List conflicts: the note id, its deck and origin, your text and the new one."""
    if ctx.invoked_subcommand is not None:
        return
    from srs.service.reading import conflicts_if_ready

    rows = conflicts_if_ready(options.db)  # without SQLAlchemy when the database is ready to read as it is
    if rows is None:
        from srs.service.note_edits import conflicts

        with open_collection() as col:
            rows = conflicts(col)
    if json_:
        emit_json([{**vars(r), "found_at": r.found_at.isoformat()} for r in rows])
        return
    if not rows:
        print("no conflicts: no import has brought another version of a note you edited")
        return
    for r in rows:  # notes may hold terminal escapes: print them escaped
        print(printable(f"note {r.note_id} [{r.deck}] from {r.origin or 'an import'}", lines=False))
        for side, mine, new in (("front", r.mine_front, r.new_front), ("back", r.mine_back, r.new_back)):
            if mine == new:
                print(printable(f"    {side}: {' '.join(mine.split())}", lines=False))
            else:
                print(printable(f"    {side}, yours: {' '.join(mine.split())}", lines=False))
                print(printable(f"    {side}, new:   {' '.join(new.split())}", lines=False))
    print(f"{len(rows)} conflict{'s' if len(rows) != 1 else ''}; keep your edit with `srs conflicts keep-mine ID` "
          "or take the new version with `srs conflicts take-new ID` (--all for every one)")


def _resolve(keep: str, ids: list[int] | None, every: bool, json_: bool) -> None:
    from srs.core.errors import SrsError
    from srs.service.note_edits import resolve

    if not ids and not every:
        raise SrsError("name the notes (ids from `srs conflicts`) or say --all")
    if ids and every:
        raise SrsError("give note ids or --all, not both")
    with open_collection() as col:
        done = resolve(col, "mine" if keep == "mine" else "new", None if every else list(ids or []))
    if json_:
        emit_json({"resolved": done, "kept": keep})
    else:
        what = "kept your edit" if keep == "mine" else "took the new version"
        print(f"{what} for {done} note{'s' if done != 1 else ''}")


@conflicts_app.command("keep-mine")
def keep_mine(ids: IdsArg = None, every: AllOpt = False, json_: JsonOpt = False) -> None:
    """Keep your edit; later imports of this same version leave it alone."""
    _resolve("mine", ids, every, json_)


@conflicts_app.command("take-new")
def take_new(ids: IdsArg = None, every: AllOpt = False, json_: JsonOpt = False) -> None:
    """Replace your edit with the imported version (later imports update the note again)."""
    _resolve("new", ids, every, json_)
