"""Pick a flag 0–7 (each shown by number and name, not only by colour)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from srs.core.consts import FLAG_NAMES


class FlagScreen(ModalScreen[int | None]):
    SCREEN_NAME = "Flag"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "cancel", "Cancel"), *(
        Binding(str(n), f"pick({n})", f"Flag {n} {name}" if n else "No flag", show=False) for n, name in FLAG_NAMES.items()
    )]

    def __init__(self, current: int = 0) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="flag-dialog", classes="dialog"):
            yield Static("Flag the card — press a number", classes="dialog-title")
            for n, name in FLAG_NAMES.items():
                mark = "  ← now" if n == self.current else ""
                yield Label(f" {n}  {'⚑' if n else ' '} {name}{mark}", classes=f"flag-{n}")
            yield Static("Esc cancels", classes="dialog-hint")

    def action_pick(self, n: int) -> None:
        self.dismiss(n)

    def action_cancel(self) -> None:
        self.dismiss(None)
