"""Inbox: the suggestions the card critic held back, to accept, edit or reject with one key each."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Label, Static, TextArea

from srs.tui.jobs import run_db

if TYPE_CHECKING:
    from srs.service import Collection
    from srs.service.suggestion_views import SuggestionView

EMPTY = "No suggestions. Cards the extractor is unsure of wait here after an import."


def load_pending(col: Collection) -> list[SuggestionView]:
    from srs.service.suggestions import list_suggestions

    return list_suggestions(col)


class InboxScreen(Screen[None]):
    SCREEN_NAME = "Inbox"
    BINDINGS = [
        Binding("a", "accept", "Accept"),
        Binding("e", "edit", "Edit, then accept"),
        Binding("x", "reject", "Reject"),
        Binding("escape", "app.go_home", "Decks"),
        Binding("question_mark", "app.help", "Help"),
    ]
    HELP = ("Suggestions are cards the extractor was not sure of (why: the check column). a makes the selected one a "
            "card, e opens it to edit first, x rejects it for good (re-imports do not bring it back).")

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.rows: list[SuggestionView] = []
        self.search = query  # from Browse: "is:suggested tombstone" lists only the matching ones

    def compose(self) -> ComposeResult:
        title = "Inbox — suggestions held back by the card critic"
        yield Label(title + (f" · {self.search}" if self.search else ""), id="inbox-title")
        yield DataTable(id="inbox-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="inbox-preview")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("#", "check", "front")
        self.reload()

    def reload(self) -> None:
        query = self.search

        def load(col: Collection) -> list[SuggestionView]:
            from srs.service.suggestions import search_suggestions

            return search_suggestions(col, query) if query else load_pending(col)

        run_db(self, load, self._show, group="inbox", exclusive=True)

    def _show(self, rows: list[SuggestionView]) -> None:
        self.rows = rows
        table = self.query_one(DataTable)
        table.clear()
        for r in rows:
            table.add_row(str(r.id), r.check, " ".join(r.front.split())[:200], key=str(r.id))
        self._preview()

    def _current(self) -> SuggestionView | None:
        table = self.query_one(DataTable)
        if not self.rows or table.cursor_row is None or not 0 <= table.cursor_row < len(self.rows):
            return None
        return self.rows[table.cursor_row]

    def on_data_table_row_highlighted(self, _: DataTable.RowHighlighted) -> None:
        self._preview()

    def _preview(self) -> None:
        r = self._current()
        preview = self.query_one("#inbox-preview", Static)
        if r is None:
            preview.update(EMPTY)
            return
        preview.update(Text(f"{r.context}\n\nQ: {r.front}\n\nA: {r.back}\n\n"
                            f"held back by {r.check}: {r.detail} ({r.source}:{r.line})"))

    def action_accept(self) -> None:
        self._decide("accept")

    def action_reject(self) -> None:
        self._decide("reject")

    def action_edit(self) -> None:
        r = self._current()
        if r is None:
            return

        def edited(result: tuple[str, str] | None) -> None:
            if result is not None:
                self._decide("accept", front=result[0], back=result[1])

        self.app.push_screen(EditSuggestion(r.front, r.back), edited)

    def _decide(self, what: str, **edits: str) -> None:
        r = self._current()
        if r is None:
            return

        def run(col: Collection) -> Any:
            from srs.service import suggestions

            return suggestions.accept(col, r.id, **edits) if what == "accept" else suggestions.reject(col, r.id)

        def done(_: Any) -> None:
            self.notify(f"{'Accepted' if what == 'accept' else 'Rejected'} suggestion {r.id}", timeout=3)
            self.reload()

        run_db(self, run, done)


class EditSuggestion(ModalScreen[tuple[str, str] | None]):
    """Front and back of a suggestion, editable; Ctrl+S accepts the edit, Esc cancels."""

    BINDINGS = [Binding("ctrl+s", "save", "Accept the edit"), Binding("escape", "cancel", "Cancel")]

    def __init__(self, front: str, back: str) -> None:
        super().__init__()
        self.front, self.back = front, back

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-suggestion", classes="dialog"):
            yield Label("Front")
            yield TextArea(self.front, id="edit-front")
            yield Label("Back")
            yield TextArea(self.back, id="edit-back")
            yield Static("Ctrl+S accepts the edited card · Esc cancels", classes="dialog-hint")

    def action_save(self) -> None:
        front = self.query_one("#edit-front", TextArea).text.strip()
        back = self.query_one("#edit-back", TextArea).text.strip()
        if not front:
            self.notify("A card needs a front", severity="warning")
            return
        self.dismiss((front, back))

    def action_cancel(self) -> None:
        self.dismiss(None)
