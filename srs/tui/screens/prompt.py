"""Ask for one line of text (a deck to move cards to, tags to add or remove), with suggestions."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Static

from srs.core.errors import SrsError


class PromptScreen(ModalScreen[str | None]):
    """Dismisses with the text typed; ``check`` may refuse it with a message shown in place."""

    SCREEN_NAME = "Prompt"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, placeholder: str, *, suggestions: list[str] | None = None,
                 check: Callable[[str], object] | None = None, hint: str = "Enter confirms · Esc cancels") -> None:
        super().__init__()
        self.title_text = title
        self.placeholder = placeholder
        self.suggestions = suggestions or []
        self.check = check
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-dialog", classes="dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Input(placeholder=self.placeholder, id="prompt-text",
                        suggester=SuggestFromList(self.suggestions, case_sensitive=False) if self.suggestions else None)
            yield Label("", id="prompt-error")
            yield Static(self.hint, classes="dialog-hint", markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        try:
            if not text:
                raise SrsError("type something, or press Esc to cancel")
            if self.check is not None:
                self.check(text)
        except SrsError as exc:
            self.query_one("#prompt-error", Label).update(str(exc))
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)
