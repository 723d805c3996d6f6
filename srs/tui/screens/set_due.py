"""Ask for a due date in Anki's syntax (0, 1!, 3-7); a bad entry is explained in place, not accepted."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from srs.core.due_dates import DueSpec, parse_due
from srs.core.errors import UsageError

EXAMPLES = (
    "0     today\n"
    "1     tomorrow\n"
    "1!    tomorrow, and the interval becomes 1 day\n"
    "3-7   a day 3 to 7 days away (each card its own)"
)


class SetDueScreen(ModalScreen[DueSpec | None]):
    SCREEN_NAME = "Set due date"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical(id="due-dialog", classes="dialog"):
            yield Static(f"Set the due date of {self.what}", classes="dialog-title", markup=False)
            yield Static(EXAMPLES, id="due-examples")
            yield Input(placeholder="days from today, e.g. 0, 1!, 3-7", id="due-days")
            yield Label("", id="due-error")
            yield Static("Enter sets it · Esc cancels · u in Browse undoes it", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        try:
            spec = parse_due(event.value)
        except UsageError as exc:
            self.query_one("#due-error", Label).update(Text(str(exc)))
            return
        self.dismiss(spec)

    def action_cancel(self) -> None:
        self.dismiss(None)
