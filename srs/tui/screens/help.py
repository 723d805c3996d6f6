"""Help: the keys of the screen underneath, and what they do."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from srs.tui.commands import keyed_actions

GLOBAL = (
    "F1      this help, from anywhere\n"
    "Ctrl+P  command palette: every action by name\n"
    "Ctrl+T  light / dark theme\n"
    "Ctrl+Q  quit srs"
)


class HelpScreen(ModalScreen[None]):
    SCREEN_NAME = "Help"
    BINDINGS = [Binding("escape,q,question_mark", "close", "Close")]

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        name = getattr(self.under, "SCREEN_NAME", "srs")
        rows = keyed_actions(self.under)
        width = max((len(keys) for _d, keys, _a in rows), default=4)
        keys = "\n".join(f"{k.ljust(width)}  {d}" for d, k, _a in rows)
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Static(f"{name} — keys", classes="dialog-title")
            yield Static(keys, id="help-keys")
            about = getattr(self.under, "HELP", "")
            if about:
                yield Static(about, id="help-about")
            yield Static(GLOBAL, id="help-global")
            yield Static("Esc closes", classes="dialog-hint")

    def action_close(self) -> None:
        self.dismiss(None)
