"""`srs import` and `srs export`."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from srs.cli.app import app, open_collection
from srs.cli.output import console, emit_json, err_console
from srs.core.printable import printable

export_app = typer.Typer(help="Export cards to other tools.", no_args_is_help=True)
app.add_typer(export_app, name="export")


@app.command("import")
def import_cmd(
    paths: Annotated[list[Path] | None, typer.Argument(help="Notes files or folders (*.md *.markdown *.txt, recursive), or .apkg/.colpkg/.csv files.", show_default=False)] = None,
    deck: Annotated[str | None, typer.Option("--deck", "-d", help="Deck for notes without `deck:` front matter (default: the file name).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be imported; change nothing.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Say for every line which rule made a card, or why it was skipped.")] = False,
    prune: Annotated[bool, typer.Option("--prune", help="Delete cards whose source lines are gone (default: suspend them as orphans).")] = False,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
    bundled: Annotated[bool, typer.Option("--bundled", help="Update the decks shipped with srs (after an upgrade); cards you edited in srs are kept (see `srs conflicts`).")] = False,
) -> None:
    """Import study notes (markdown, free-form or in the deck language) and Anki files.

    Each file is imported in one transaction: a file that fails leaves the
    database as it was, and the other files still import. Re-importing updates
    changed cards in place and keeps their review history.
    """
    from srs.core.errors import SrsError
    from srs.service.decks import card_count
    from srs.service.importing import import_bundled, import_paths

    paths = list(paths or [])
    if not paths and not bundled:
        raise SrsError("name the notes files or folders to import (or --bundled for the decks shipped with srs)")
    started = time.monotonic()
    with open_collection() as col, _progress(json_) as progress:
        task = None

        def on_progress(done: int, total: int, name: str) -> None:
            nonlocal task
            if time.monotonic() - started < 1.0 and done < total:
                return  # only show progress for work that takes a while
            if task is None:
                task = progress.add_task("importing", total=total)
                progress.start()
            progress.update(task, completed=done, description=Path(name).name if name else "done")

        cards_before = card_count(col)
        report = import_paths(col, paths, deck=deck, dry_run=dry_run, explain=explain, prune=prune, progress=on_progress)
        if bundled:
            report.files[:0] = import_bundled(col, dry_run=dry_run).files
        cards_after = card_count(col)
        cards = {"total": cards_after, "change": cards_after - cards_before}
    if not report.files:
        raise SrsError(f"no notes files found in {', '.join(str(p) for p in paths)} (.md, .markdown, .txt, .apkg, .colpkg, .csv)")
    if json_:
        emit_json({"files": [f.to_dict(explain) for f in report.files],
                   "totals": {k: report.total(k) for k in ("new", "updated", "unchanged", "orphaned", "pruned", "conflicts", "suggested", "skipped_lines")},
                   "cards": cards})
    else:
        if explain:
            _print_explain(report)
        _print_summary(report, dry_run, cards)
    if report.failed:
        if not json_:
            for f in report.failed:
                print(f"srs: error: {printable(f'{f.path}: {f.error}', lines=False)}", file=sys.stderr)  # one line
        raise typer.Exit(1)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _progress(quiet: bool):  # noqa: ANN202  (a rich Progress; rich's progress module loads only for an import)
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    class LazyProgress(Progress):
        def __enter__(self) -> LazyProgress:  # started lazily, on the first slow update
            return self

    return LazyProgress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total} files"),
                        TimeElapsedColumn(), console=err_console.real, transient=True, disable=quiet, auto_refresh=True)


def _print_summary(report, dry_run: bool, cards: dict[str, int]) -> None:
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    table = Table(title="would import" if dry_run else None, box=None, pad_edge=False)
    table.add_column("file")
    # The columns count notes, while `srs decks` counts cards: the header and the line below say so.
    for name in ("new notes", "updated", "unchanged", "orphaned", "suggested", "skipped lines"):
        table.add_column(name, justify="right")
    table.add_column("status")
    for f in report.files:
        status = f.status if not f.warnings else f"{f.status}, {len(f.warnings)} warning(s)"
        table.add_row(Text(printable(Path(f.path).name, lines=False)), str(f.new), str(f.updated), str(f.unchanged),
                      str(f.orphaned + f.pruned), str(f.suggested), str(f.skipped_lines), status)
    if len(report.files) > 1:
        table.add_row("[bold]total[/bold]", *(str(report.total(k)) for k in ("new", "updated", "unchanged")),
                      str(report.total("orphaned") + report.total("pruned")), str(report.total("suggested")),
                      str(report.total("skipped_lines")), "")
    console.print(table)
    kinds: dict[str, int] = {}
    for f in report.files:
        for kind, counts in f.by_kind.items():
            kinds[kind] = kinds.get(kind, 0) + counts.get("new", 0) + counts.get("updated", 0)
    if any(kinds.values()):
        console.print("notes by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]) if v))
    if not dry_run:
        console.print(f"cards: {cards['total']:,} in the collection ({cards['change']:+,}); a note makes one card, "
                      "a cloze note one per cloze, a reversed note two")
    if report.total("conflicts"):
        console.print(f"{_plural(report.total('conflicts'), 'note')} you edited in srs came with a new version: "
                      "your edits were kept; see `srs conflicts` to keep them or take the new version")
    if report.total("suggested") and not dry_run:
        console.print(f"{report.total('suggested')} suggestion(s) held back by the card critic: review them with "
                      "`srs suggestions`")
    for f in report.files:
        for w in f.warnings[:20]:
            console.print(f"[yellow]warning[/yellow] {escape(printable(f'{Path(f.path).name}: {w}', lines=False))}",
                          markup=True)


def _print_explain(report) -> None:
    from rich.text import Text

    for f in report.files:
        if not f.lines:
            continue
        console.print(Text(printable(f.path, lines=False), style="bold"))
        for ln in f.lines:
            if ln.outcome == "blank":
                continue
            mark = {"card": "+", "skipped": "-", "context": "#", "part": "·"}.get(ln.outcome, "?")
            console.print(printable(f"{ln.line:5} {mark} {ln.rule:<16} {ln.detail}", lines=False), markup=False,
                          soft_wrap=True)


@export_app.command("anki")
def export_anki(
    out: Annotated[Path, typer.Argument(help="The .apkg file to write.")],
    deck: Annotated[str | None, typer.Option("--deck", "-d", help="Only this deck and its subdecks.")] = None,
    with_scheduling: Annotated[bool, typer.Option("--with-scheduling", help="Carry card states and review history, to continue in Anki where you left off.")] = False,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Write an Anki package (.apkg) that Anki opens; re-exports update notes in place."""
    from srs.service.exporting import export_anki as do_export

    with open_collection() as col:
        summary = do_export(col, out, deck=deck, with_scheduling=with_scheduling)
    if json_:
        emit_json(summary)
    else:
        counted = [_plural(summary["notes"], "note"), _plural(summary["cards"], "card")]
        if with_scheduling:
            counted.append(_plural(summary["reviews"], "review"))
        console.print(f"Wrote {out}: {', '.join(counted)}.")
