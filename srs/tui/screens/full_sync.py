"""The first sync (or a schema change on the server) needs a full sync: the user picks the direction."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

EXPLAIN = (
    "The sync server and this collection are not joined yet (a first sync, or the server\n"
    "asks for a full sync). One side must replace the other whole:\n\n"
    "u  upload: the server gets this collection, replacing what it has\n"
    "d  download: this collection takes the server's cards and answers\n"
    "   (the database is backed up first)"
)


class FullSyncScreen(ModalScreen["str | None"]):
    """Dismisses with "upload", "download", or None (nothing is synced)."""

    SCREEN_NAME = "Full sync"
    BINDINGS = [
        Binding("u", "choose('upload')", "Upload"),
        Binding("d", "choose('download')", "Download"),
        Binding("escape,q,n", "choose(None)", "Cancel"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="full-sync-dialog", classes="dialog"):
            yield Static("Full sync needed", classes="dialog-title")
            yield Static(EXPLAIN, id="full-sync-explain")
            yield Static("u: upload · d: download · Esc: not now", classes="dialog-hint")

    def action_choose(self, direction: str | None) -> None:
        self.dismiss(direction)
