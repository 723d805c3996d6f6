"""Import a notes file or a folder, with progress, then what changed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, ProgressBar, Static

from srs.service.importing import import_paths
from srs.tui.jobs import run_db
from srs.tui.widgets.path_suggester import PathSuggester

if TYPE_CHECKING:
    from srs.service import Collection


def report_text(report: Any) -> str:
    files = list(report.files)
    if not files:
        return "No notes files found there (.md, .markdown, .txt)."
    new, updated, unchanged, orphaned = (sum(getattr(f, k) for f in files) for k in ("new", "updated", "unchanged", "orphaned"))
    lines = [f"{len(files)} file{'s' if len(files) != 1 else ''}: {new} new note{'s' if new != 1 else ''} · {updated} updated · {unchanged} unchanged · {orphaned} orphaned"]
    skipped, suggested = (sum(getattr(f, k, 0) for f in files) for k in ("skipped_lines", "suggested"))
    if skipped or suggested:
        lines.append(f"{skipped} line{'s' if skipped != 1 else ''} skipped (srs import --explain says why) · "
                     f"{suggested} suggestion{'s' if suggested != 1 else ''} held back (srs suggestions)")
    conflicts = sum(getattr(f, "conflicts", 0) for f in files)
    if conflicts:
        lines.append(f"{conflicts} note{'s' if conflicts != 1 else ''} you edited in srs came with a new version: "
                     "your edits were kept (srs conflicts)")
    for f in files:
        if f.status == "failed":
            lines.append(f"✗ {Path(f.path).name}: {f.error}")
        for warning in f.warnings[:MAX_WARNINGS]:
            lines.append(f"! {Path(f.path).name}: {warning}")
        if len(f.warnings) > MAX_WARNINGS:
            lines.append(f"! {Path(f.path).name}: {len(f.warnings) - MAX_WARNINGS} more warning(s): srs import shows all")
    return "\n".join(lines)


MAX_WARNINGS = 5


class ImportScreen(ModalScreen[bool]):
    """Dismisses with True when something was imported (so home refreshes)."""

    SCREEN_NAME = "Import"
    BINDINGS = [Binding("escape", "close", "Close")]
    HELP = "Type the path of a markdown file or a folder (searched recursively); Right arrow completes a name; Enter imports."

    def __init__(self) -> None:
        super().__init__()
        self.changed = False
        self.running = False

    def compose(self) -> ComposeResult:
        with Vertical(id="import-dialog", classes="dialog"):
            yield Static("Import notes", classes="dialog-title")
            yield Label("A markdown file, or a folder of them:")
            yield Input(placeholder="~/notes", suggester=PathSuggester(), id="import-path")
            yield ProgressBar(total=1, show_eta=False, id="import-progress")
            yield Static("", id="import-report")
            yield Static("Enter imports · Esc closes", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#import-progress").display = False
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text or self.running:
            return
        path = Path(text).expanduser()
        report = self.query_one("#import-report", Static)
        if not path.exists():
            report.update(f"✗ {path}: no such file or folder")
            return
        self.running = True
        bar = self.query_one("#import-progress", ProgressBar)
        bar.display = True
        bar.update(total=1, progress=0)
        report.update(f"Importing {path}…")

        def progress(i: int, n: int, name: str) -> None:
            self.app.call_from_thread(self._progress, i, n, name)

        def run(col: Collection) -> Any:
            return import_paths(col, [path], progress=progress)

        run_db(self, run, self._done, failed=self._failed)

    def _progress(self, i: int, n: int, name: str) -> None:
        self.query_one("#import-progress", ProgressBar).update(total=max(1, n), progress=i)
        if name:
            self.query_one("#import-report", Static).update(f"Importing {Path(name).name} ({i + 1} of {n})…")

    def _done(self, report: Any) -> None:
        self.running = False
        self.changed = self.changed or any(f.new or f.updated or f.orphaned for f in report.files)
        self.query_one("#import-report", Static).update(report_text(report))

    def _failed(self, message: str) -> None:
        self.running = False
        self.query_one("#import-report", Static).update(f"✗ {message}")

    def action_close(self) -> None:
        self.dismiss(self.changed)
