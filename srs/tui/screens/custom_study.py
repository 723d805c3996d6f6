"""Custom study (``c`` on the deck list): extra new cards or reviews today, study ahead, forgotten cards,
or a search, as Anki's Custom Study dialog. The work is srs.service.custom_study's: extra cards raise
the deck's limits for today; the other kinds start the usual review screen on a search."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from srs.core.printable import printable
from srs.service.custom_study import KIND_LABELS, KINDS, CustomStudyResult, start_custom_study
from srs.tui.jobs import run_db

PROMPTS = {
    "new": ("cards, e.g. 10", "10"),
    "reviews": ("cards, e.g. 50", "50"),
    "ahead": ("days, e.g. 3", "1"),
    "forgotten": ("days, e.g. 7", "1"),
    "search": ("e.g. tag:aws  is:review prop:ivl>=10", ""),
}


class CustomStudyScreen(ModalScreen[CustomStudyResult | None]):
    SCREEN_NAME = "Custom study"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    # Its own classes, not app.tcss's .dialog: a screen's DEFAULT_CSS cannot override the app's CSS when narrow.
    DEFAULT_CSS = """
    CustomStudyScreen #custom-dialog {
        width: 60; max-width: 100%; height: auto; max-height: 100%;
        padding: 1 2; border: round $primary; background: $surface;
    }
    CustomStudyScreen #custom-title { text-style: bold; margin-bottom: 1; }
    CustomStudyScreen #custom-kind { margin-bottom: 1; }
    CustomStudyScreen #custom-error { color: $text-error; width: 100%; }
    CustomStudyScreen #custom-hint { color: $text-muted; margin-top: 1; }
    CustomStudyScreen.-narrow #custom-dialog { padding: 0 1; }
    CustomStudyScreen.-narrow #custom-title, CustomStudyScreen.-narrow #custom-kind { margin-bottom: 0; }
    CustomStudyScreen.-narrow #custom-hint { margin-top: 0; }
    """
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-wide")]

    def __init__(self, deck: str | None, kind: str = "new") -> None:
        super().__init__()
        self.deck = deck
        self.kind = kind

    def compose(self) -> ComposeResult:
        where = printable(self.deck, lines=False) if self.deck else "all decks"
        with Vertical(id="custom-dialog"):
            yield Static(f"Custom study — {where}", id="custom-title", markup=False)
            yield Select([(KIND_LABELS[k], k) for k in KINDS], value=self.kind, allow_blank=False, id="custom-kind",
                         compact=True)
            placeholder, value = PROMPTS[self.kind]
            yield Input(value, placeholder=placeholder, id="custom-value", compact=True)
            yield Label("", id="custom-error")
            yield Static("Enter starts · Esc cancels · Tab: the list of kinds", id="custom-hint")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.cursor_blink = False
        field.focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        self.kind = str(event.value)
        placeholder, value = PROMPTS[self.kind]
        field = self.query_one(Input)
        field.placeholder, field.value = placeholder, value
        self.query_one("#custom-error", Label).update("")
        field.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        kind, deck, value = self.kind, self.deck, event.value
        run_db(self, lambda col: start_custom_study(col, kind, deck, value), self.dismiss, failed=self.show_error)

    def show_error(self, message: str) -> None:
        self.query_one("#custom-error", Label).update(Text(printable(message, lines=False)))

    def action_cancel(self) -> None:
        self.dismiss(None)

