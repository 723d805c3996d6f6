"""The in-app note editor: front and back in text areas (markdown highlighting), a live preview.

For cards with no notes file to open in $EDITOR: bundled decks, Anki packages, CSV.
Ctrl+S saves the text as the user's version of the note (srs.service.note_edits:
the note keeps its cards and their history; a later import never overwrites it).
Esc leaves without saving. When an import brought a new version of the note (a conflict),
F2 keeps the user's version and F3 takes the new one (as ``srs conflicts``).
The screen returns what the save (or the settling) returned, or None.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Label, Markdown, TextArea

from srs.core.printable import printable
from srs.tui.editor import editable_path
from srs.tui.jobs import run_db
from srs.tui.typed_app import srs_app

if TYPE_CHECKING:
    from srs.service import Collection
    from srs.service.cards_view import CardView
    from srs.service.note_edits import NoteText

Save = Callable[["Collection", str, str], Any]  # (collection, front, back) → what the caller shows next
Settle = Callable[["Collection", str], Any]  # (collection, "mine" or "new") → what the caller shows next


def markdown_area(text: str, name: str) -> TextArea:
    """A soft-wrapping text area that highlights markdown when Textual's tree-sitter support
    (tree-sitter and tree-sitter-markdown) is installed, and is plain otherwise."""
    area = TextArea(text, id=name, soft_wrap=True, tab_behavior="focus", show_line_numbers=False)
    if "markdown" in area.available_languages:
        area.language = "markdown"
    return area


def preview_text(front: str, back: str, incoming: tuple[str, str] | None = None) -> str:
    """The card as it will look; with a conflict, the version the import brought below it."""
    text = f"{front}\n\n---\n\n{back}"
    if incoming is not None:
        text += f"\n\n## The new version (F3 takes it)\n\n{incoming[0]}\n\n---\n\n{incoming[1]}"
    return text


class NoteEditorScreen(Screen[Any]):
    SCREEN_NAME = "Edit note"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
        Binding("f2", "settle('mine')", "Keep mine"),
        Binding("f3", "settle('new')", "Take new"),
    ]
    DEFAULT_CSS = """
    NoteEditorScreen #editor-title { width: 100%; height: auto; padding: 0 1; text-style: bold; }
    NoteEditorScreen #editor-body { height: 1fr; }
    NoteEditorScreen #editor-sides { width: 1fr; }
    NoteEditorScreen #editor-sides Label { padding: 0 1; color: $text-muted; }
    NoteEditorScreen #front { height: 7; }
    NoteEditorScreen #back { height: 1fr; }
    NoteEditorScreen #editor-preview-box { width: 1fr; border-left: solid $primary-darken-2; }
    NoteEditorScreen #editor-status { width: 100%; height: auto; padding: 0 1; }
    NoteEditorScreen #editor-status.-error { color: $error; }
    """

    def __init__(self, note: NoteText, save: Save, settle: Settle | None = None) -> None:
        super().__init__()
        self.note = note
        self.save = save
        self.settle = settle
        self.saving = False
        self._preview_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        origin = f" · {self.note.origin}" if self.note.origin else ""
        yield Label(printable(f"Edit note {self.note.note_id}{origin}", lines=False), id="editor-title", markup=False)
        with Horizontal(id="editor-body"):
            with Vertical(id="editor-sides"):
                yield Label("Front" + (" (cloze: {{c1::…}})" if self.note.template == "cloze" else ""))
                yield markdown_area(self.note.front, "front")
                yield Label("Back")
                yield markdown_area(self.note.back, "back")
            with VerticalScroll(id="editor-preview-box"):
                yield Markdown(preview_text(self.note.front, self.note.back, self.note.incoming), id="editor-preview")
        notice = ("An import brought a new version of this note (srs conflicts shows both): "
                  "F2 keeps yours, F3 takes the new one." if self.note.conflict else
                  "Ctrl+S saves your version (deck updates won't overwrite it) · Tab: front/back · Esc cancels")
        yield Label(notice, id="editor-status", markup=False)
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#front", TextArea).focus()

    def texts(self) -> tuple[str, str]:
        return self.query_one("#front", TextArea).text, self.query_one("#back", TextArea).text

    def on_text_area_changed(self, _event: TextArea.Changed) -> None:
        """The preview follows the typing, a moment after it stops (a long card renders once, not per key)."""
        if self._preview_timer is not None:
            self._preview_timer.stop()
        self._preview_timer = self.set_timer(0.15, self.update_preview)

    async def update_preview(self) -> None:
        await self.query_one("#editor-preview", Markdown).update(preview_text(*self.texts(), self.note.incoming))

    def action_save(self) -> None:
        if self.saving:
            return
        self.saving = True
        front, back = self.texts()

        def failed(message: str) -> None:
            self.saving = False
            status = self.query_one("#editor-status", Label)
            status.update(message)
            status.add_class("-error")

        run_db(self, lambda col: self.save(col, front, back), self.dismiss, failed=failed)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keep mine / take new only for a note with a conflict (the footer shows them only then)."""
        if action == "settle":
            return self.note.conflict and self.settle is not None
        return True

    def action_settle(self, keep: str) -> None:
        if self.saving or self.settle is None or not self.note.conflict:
            return
        self.saving = True
        settle = self.settle

        def failed(message: str) -> None:
            self.saving = False
            self.query_one("#editor-status", Label).update(message)

        run_db(self, lambda col: settle(col, keep), self.dismiss, failed=failed)

    def action_cancel(self) -> None:
        if not self.saving:
            self.dismiss(None)


def edit_card(screen: Screen[Any], card: CardView, *, save: Save, settle: Settle, saved: Callable[[Any], object],
              file_edited: Callable[[Path, str | None], object], failed: Callable[[str], object]) -> None:
    """Edit the card's note: its notes file in $EDITOR (then ``file_edited(path, text before)`` re-imports it),
    else the in-app editor, whose Ctrl+S runs ``save(col, front, back)`` (F2 / F3 on a conflict:
    ``settle(col, "mine" or "new")``) and hands the result to ``saved``."""
    path, _reason = editable_path(card)
    if path is not None:
        try:
            before: str | None = path.read_text(encoding="utf-8")  # where the note stood: it keeps its history
        except (OSError, UnicodeDecodeError):
            before = None
        app = srs_app(screen)
        if not app.editor(app, path, card.line):
            failed("The editor did not exit cleanly; nothing was re-imported.")
            return
        file_edited(path, before)
        return
    from srs.service.note_edits import note_text

    def closed(result: Any) -> None:
        if result is not None:  # None: cancelled
            saved(result)

    def loaded(text: Any) -> None:
        screen.app.push_screen(NoteEditorScreen(text, save, settle), closed)

    run_db(screen, lambda col: note_text(col, card.note_id), loaded, failed=failed)


def edit_by_id(screen: Screen[Any], card_id: int, *, done: Callable[[str], object], failed: Callable[[str], object]) -> None:
    """Edit card ``card_id``'s note outside a review session (Browse): ``done`` gets what to tell the user."""
    from srs.service.cards_view import card_view
    from srs.service.edit_lines import reimport_edited
    from srs.service.note_edits import edit_note, resolve

    def loaded(card: CardView | None) -> None:
        if card is None:
            failed("This card is gone.")
            return

        def save(col: Collection, front: str, back: str) -> str:
            edit_note(col, card.note_id, front, back)
            return "Saved your version of the note."

        def settle(col: Collection, keep: str) -> str:
            resolve(col, "mine" if keep == "mine" else "new", [card.note_id])
            return "Kept your version." if keep == "mine" else "Took the new version."

        def file_edited(path: Path, before: str | None) -> None:
            run_db(screen, lambda col: reimport_edited(col, path, before, card.note_id, card.line),
                   lambda _report: done("Saved and re-imported."), failed=failed)

        edit_card(screen, card, save=save, settle=settle, saved=done, file_edited=file_edited, failed=failed)

    run_db(screen, lambda col: card_view(col, card_id), loaded, failed=failed)
