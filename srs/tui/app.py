"""The review app: opens the collection in a worker, then home (or straight to review)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from srs.core.errors import SrsError
from srs.tui.commands import screen_commands
from srs.tui.editor import run_editor

if TYPE_CHECKING:
    from srs.service import Collection

EditorRunner = Callable[["SrsApp", Path, int], bool]


class SrsApp(App[None]):
    """``SrsApp(open_collection, deck=None)``: ``open_collection()`` returns a Collection."""

    CSS_PATH = "app.tcss"
    TITLE = "srs"
    BINDINGS = [
        Binding("ctrl+t", "toggle_theme", "Light/dark", show=False),
        Binding("f1", "help", "Help", show=False),
    ]

    def __init__(
        self,
        open_collection: Callable[[], Collection],
        deck: str | None = None,
        *,
        start_review: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
        editor: EditorRunner = run_editor,
    ) -> None:
        super().__init__()
        self.open_collection = open_collection
        self.deck = deck
        self.start_review = deck is not None if start_review is None else start_review
        self.clock = clock
        self.editor = editor
        self.col: Collection | None = None

    @property
    def collection(self) -> Collection:
        """The open collection: screens do database work only once it is (the app opens it first)."""
        if self.col is None:
            raise SrsError("the collection is not open yet")
        return self.col

    def compose(self) -> ComposeResult:
        yield Static("Opening your collection…", id="opening")

    def on_mount(self) -> None:
        self.run_worker(self._open_collection, thread=True, name="open collection")

    def _open_collection(self) -> None:
        try:
            col = self.open_collection()
        except SrsError as exc:
            self.call_from_thread(self._open_failed, str(exc))
            return
        self.call_from_thread(self._collection_ready, col)

    def _open_failed(self, message: str) -> None:
        self.query_one("#opening", Static).update(f"Could not open the collection:\n\n{message}\n\nPress q to quit.")
        self.bind("q", "quit", description="Quit")

    def _collection_ready(self, col: Collection) -> None:
        from srs.tui.screens.home import HomeScreen
        from srs.tui.screens.review import ReviewScreen

        self.col = col
        self.push_screen(ReviewScreen(self.deck) if self.start_review else HomeScreen())

    def on_unmount(self) -> None:
        if self.col is not None:
            self.col.close()

    # -- navigation --------------------------------------------------------
    def action_go_home(self) -> None:
        """Back to the deck list (refreshed), whatever is on top."""
        from srs.tui.screens.home import HomeScreen

        stack = self.screen_stack
        for depth, screen in enumerate(reversed(stack)):
            if isinstance(screen, HomeScreen):
                for _ in range(depth):
                    self.pop_screen()
                screen.refresh_counts()
                return
        self.switch_screen(HomeScreen())

    go_home = action_go_home

    def action_study(self, deck: str | None = None) -> None:
        from srs.tui.screens.review import ReviewScreen

        self.push_screen(ReviewScreen(deck))

    def action_browse(self, query: str = "") -> None:
        from srs.tui.screens.browse import BrowseScreen

        self.push_screen(BrowseScreen(query))

    def action_stats(self, deck: str | None = None) -> None:
        from srs.tui.screens.stats import StatsScreen

        self.push_screen(StatsScreen(deck))

    def action_import(self) -> None:
        from srs.tui.screens.import_dialog import ImportScreen

        self.push_screen(ImportScreen(), lambda changed: self.go_home() if changed else None)

    def action_inbox(self) -> None:
        from srs.tui.screens.inbox import InboxScreen

        self.push_screen(InboxScreen())

    def action_sync(self) -> None:
        """Sync from anywhere: back to the deck list, where the sync shows its progress."""
        from srs.tui.screens.home import HomeScreen

        self.go_home()
        self.call_after_refresh(lambda: self.screen.action_sync() if isinstance(self.screen, HomeScreen) else None)

    def action_help(self) -> None:
        from srs.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    # -- command palette -----------------------------------------------------
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if self.col is None:
            return
        yield SystemCommand("Go: decks (home)", "Back to the deck list", self.go_home)
        yield SystemCommand("Study all decks", "Review everything due today", self.action_study)
        yield SystemCommand("Browse cards", "Search, sort, suspend, flag, delete", self.action_browse)
        yield SystemCommand("Statistics", "Heatmap, forecast, retention, card counts", self.action_stats)
        yield SystemCommand("Import notes", "Import a markdown file or a folder", self.action_import)
        yield SystemCommand("Sync with your phone", "Two-way sync through an Anki sync server (key y on the deck list)", self.action_sync)
        yield SystemCommand("Inbox: suggestions", "Cards the extractor held back: accept, edit or reject", self.action_inbox)
        yield SystemCommand("Help: keys", "Keys of this screen", self.action_help)
        yield SystemCommand("Toggle light/dark theme", "Switch between textual-light and textual-dark", self.action_toggle_theme)
        yield from screen_commands(screen)
