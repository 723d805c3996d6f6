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
from srs.tui.images import open_in_viewer

if TYPE_CHECKING:
    from textual.theme import Theme

    from srs.service import Collection
    from srs.service.ui_settings import UiSettings

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
        search: str | None = None,
        viewer: Callable[[Path], None] = open_in_viewer,
        inline_images: bool = False,
    ) -> None:
        super().__init__()
        self.open_collection = open_collection
        self.deck = deck
        self.search = search  # `srs review --search`: a custom study session of this search
        self.start_review = (deck is not None or search is not None) if start_review is None else start_review
        self.clock = clock
        self.editor = editor
        self.viewer = viewer  # `v` opens a card's image with it (tests pass a fake)
        self.inline_images = inline_images  # draw pictures (the terminal can); else text placeholders only
        self.col: Collection | None = None
        self.chosen_theme = "textual-dark"  # what Ctrl+T returns to (a theme picked in the palette, or the last run's)
        self.last_deck: str | None = None  # the deck last studied: the deck list starts on it
        self._saved_theme: str | None = None

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
        from srs.service.ui_settings import load_settings

        try:
            col = self.open_collection()
        except SrsError as exc:
            self.call_from_thread(self._open_failed, str(exc))
            return
        self.call_from_thread(self._collection_ready, col, load_settings(col))

    def _open_failed(self, message: str) -> None:
        if not self.is_running:
            return
        self.query_one("#opening", Static).update(f"Could not open the collection:\n\n{message}\n\nPress q to quit.")
        self.bind("q", "quit", description="Quit")

    def _collection_ready(self, col: Collection, settings: UiSettings) -> None:
        from srs.tui.screens.home import HomeScreen
        from srs.tui.screens.review import ReviewScreen

        if not self.is_running:  # quit while the collection was opening: no screen to show it on
            col.close()
            return
        self.col = col
        self.last_deck = settings.last_deck
        themes = self.available_themes
        if settings.chosen_theme in themes:
            self.chosen_theme = settings.chosen_theme
        self._saved_theme = settings.theme
        self.theme = settings.theme if settings.theme in themes else self.chosen_theme  # may be Ctrl+T's other one
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.push_screen(ReviewScreen(self.deck, self.search) if self.start_review else HomeScreen())

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

    def action_study(self, deck: str | None = None, search: str | None = None) -> None:
        from srs.tui.screens.review import ReviewScreen

        self.last_deck = deck or ""
        self.save_settings(last_deck=self.last_deck)
        self.push_screen(ReviewScreen(deck, search))

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

    def _on_home(self, action: str) -> None:
        """Run a deck-list action on the selected deck from anywhere: back to the deck list first."""
        from srs.tui.screens.home import HomeScreen

        self.go_home()
        self.call_after_refresh(lambda: getattr(self.screen, action)() if isinstance(self.screen, HomeScreen) else None)

    def action_help(self) -> None:
        from srs.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_toggle_theme(self) -> None:
        """Between the chosen theme and a plain one of the other brightness, and back to the chosen one."""
        self.theme = self.other_theme() if self.theme == self.chosen_theme else self.chosen_theme

    def other_theme(self) -> str:
        """Ctrl+T's plain alternative to the chosen theme: the other brightness."""
        return "textual-light" if self.available_themes[self.chosen_theme].dark else "textual-dark"

    def _theme_changed(self, theme: Theme) -> None:
        """Any theme change is kept for the next run; one that is not Ctrl+T's pair (the palette's) is the new choice."""
        if theme.name not in (self.chosen_theme, self.other_theme()):
            self.chosen_theme = theme.name
            self.save_settings(chosen_theme=theme.name)
        if theme.name != self._saved_theme:
            self._saved_theme = theme.name
            self.save_settings(theme=theme.name)

    def save_settings(self, **changes: str | None) -> None:
        from srs.service.ui_settings import save_settings

        if self.col is not None:
            save_settings(self.col, **changes)

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
        yield SystemCommand("Deck options", "The selected deck's preset: limits, steps, retention (key o on the deck list)",
                            lambda: self._on_home("action_options"))
        yield SystemCommand("Custom study", "Extra cards today, study ahead, forgotten cards, a search (key c on the deck list)",
                            lambda: self._on_home("action_custom_study"))
        yield SystemCommand("Inbox: suggestions", "Cards the extractor held back: accept, edit or reject", self.action_inbox)
        yield SystemCommand("Help: keys", "Keys of this screen", self.action_help)
        yield SystemCommand("Toggle light/dark theme", "Switch between textual-light and textual-dark", self.action_toggle_theme)
        yield from screen_commands(screen)
