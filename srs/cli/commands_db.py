"""`srs db …` and `srs decks`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from srs.cli.app import app, open_collection, state
from srs.cli.output import console, emit_json, plain_table
from srs.core.printable import printable

db_app = typer.Typer(help="Where the database is, its health, and backups.", no_args_is_help=True)
app.add_typer(db_app, name="db")

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


@db_app.command("path")
def db_path(json_: JsonOpt = False) -> None:
    """Print which database file srs uses, and why."""
    from srs.service.reading import locate

    loc = locate(state.db)
    if json_:
        emit_json({"path": str(loc.path), "reason": loc.reason, "exists": loc.path.exists()})
    else:
        print(loc.path)
        why = f"{loc.reason}{'' if loc.path.exists() else '; not created yet'}"  # srs's own words: no markup in them
        print(why) if console.plain else console.print(f"[dim]{why}[/dim]")


@db_app.command("check")
def db_check(
    json_: JsonOpt = False,
    repair: Annotated[bool, typer.Option("--repair", help="Fix what is safe to fix (orphan rows, stale burials, the deck list's kept card counts), after a backup.")] = False,
) -> None:
    """Check integrity, foreign keys, schema revision and row counts. Exit 1 when anything is wrong."""
    from srs.service.reading import check_if_ready

    report = None if repair else check_if_ready(state.db)  # a check without SQLAlchemy when the database is ready as it is
    if report is None:  # a repair, or a database the full open creates, upgrades or names the problem of
        from srs.service.maintenance import check

        with open_collection(reads_only=not repair) as col:
            report = check(col, repair=repair)
    if json_:
        emit_json(report.to_dict())
    else:
        mark = "[green]ok[/green]" if report.ok else "[red]PROBLEMS[/red]"
        console.print(f"{report.path}: {mark}")
        console.print(f"  integrity: {', '.join(report.integrity[:5])}")
        console.print(f"  foreign-key errors: {report.foreign_key_errors}")
        console.print(f"  schema revision: {report.revision} (head {report.head})")
        console.print("  rows: " + ", ".join(f"{k} {v}" for k, v in report.counts.items()))
        for name, n in report.findings.items():
            if n:
                console.print(f"  {name}: {n}")
        for name, n in report.repaired.items():
            console.print(f"  repaired {name}: {n}")
        if report.backup:
            console.print(f"  backup taken first: {report.backup}")
    if not report.ok:
        raise typer.Exit(1)


@db_app.command("backup")
def db_backup(dest: Annotated[Path, typer.Argument(help="File (or folder) to write the copy to.")]) -> None:
    """Copy the database consistently (SQLite online backup), even while srs is in use."""
    from srs.service.maintenance import backup

    with open_collection(reads_only=True) as col:
        out = backup(col, dest)
    print(out)


@app.command("decks")
def decks(json_: JsonOpt = False) -> None:
    """The deck tree with new / learning / due counts for today."""
    from srs.service.deck_counts import flatten
    from srs.service.reading import deck_tree_if_ready

    tree = deck_tree_if_ready(state.db)  # without SQLAlchemy when the database is ready to read as it is
    if tree is None:  # not yet made, an older schema, or a problem the full open names
        from srs.service.decks import deck_tree

        with open_collection(reads_only=True) as col:
            tree = deck_tree(col)
    if json_:
        emit_json([d.to_dict() for d in tree])
        return
    if not tree:
        console.print("No decks yet. Add notes with [bold]srs import PATH[/bold].")
        return
    rows = [["  " * d.depth + printable(d.short_name, lines=False), str(d.new), str(d.learning), str(d.due), str(d.total)]
            for d in flatten(tree)]
    lines = plain_table(["deck", "new", "learn", "due", "cards"], rows, {1, 2, 3, 4})
    if lines is not None:  # what rich would print, without rendering it
        print("\n".join(lines))
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False)
    table.add_column("deck")
    for col_name in ("new", "learn", "due", "cards"):
        table.add_column(col_name, justify="right")
    for row in rows:
        table.add_row(Text(row[0]), *row[1:])
    console.print(table)
