"""Home: the decks with what is due, today's totals, the streak."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label, Static

from srs.service.stats import collection_stats
from srs.tui.format import clock_time, plural, until
from srs.tui.jobs import run_db
from srs.tui.typed_app import srs_app
from srs.tui.widgets.deck_table import DeckTable
from srs.tui.widgets.sync_line import SyncLine

if TYPE_CHECKING:
    from srs.service import Collection
    from srs.service.decks import DeckCounts

NO_DECKS = (
    "No decks yet.\n\n"
    "Press i to import a markdown file or a folder of notes\n"
    "(or run  srs import ~/notes  in a shell).\n\n"
    "Cards are lines like  Q: question / A: answer  or  front :: back ."
)


WELCOME = (
    "Welcome to srs. The decks below ({decks}) come with srs: engineering study cards to try it on; Enter studies one.\n"
    "Add your own notes with i (a markdown file or a folder), or run  srs import ~/notes  in a shell."
)


@dataclass
class HomeData:
    everything: DeckCounts  # "All decks": what studying all decks offers; its children are the deck tree
    flat: list[DeckCounts]
    now: datetime
    next_due: datetime | None
    own_notes: bool = True  # False: only the bundled decks, so the first-run welcome shows

    @property
    def tree(self) -> list[DeckCounts]:
        return self.everything.children


def load_home(col: Collection) -> HomeData:
    from srs.service.decks import flatten, has_own_notes, today_counts
    from srs.service.reviewing import Study

    everything = today_counts(col)
    tree = everything.children
    next_due = Study(col).next_due() if tree and everything.available == 0 else None
    return HomeData(everything, flatten(tree), col.now(), next_due, has_own_notes(col))


class HomeScreen(Screen[None]):
    SCREEN_NAME = "Decks"
    BINDINGS = [
        Binding("enter", "study", "Study", show=True, priority=False),
        Binding("i", "app.import", "Import"),
        Binding("n", "app.inbox", "Inbox"),
        Binding("b", "app.browse", "Browse"),
        Binding("s", "stats", "Stats"),
        Binding("o", "options", "Deck options", show=False),  # Anki's key for deck options too; in ? and the palette
        Binding("c", "custom_study", "Custom study", show=False),  # and for custom study (the footer is full at 80)
        Binding("y", "sync", "Sync"),  # Anki's key for sync too
        Binding("r", "refresh", "Refresh", show=False),
        Binding("question_mark", "app.help", "Help"),
        Binding("q", "app.quit", "Quit"),
    ]
    HELP = (
        "Up/Down choose a deck; Enter studies it (with its subdecks), or everything on \"All decks\".\n"
        "Counts: New = new cards for today, Learn = in learning now, Due = reviews due today —\n"
        "within the daily limits, so a row shows what studying that deck offers.\n"
        "o opens the deck's options (its preset: daily limits, steps, retention, leech, bury; workload estimate).\n"
        "c is custom study: extra new cards or reviews today, study ahead, forgotten cards, or a search.\n"
        "y syncs with your phone through an Anki sync server (set it up once with  srs sync)."
    )

    def compose(self) -> ComposeResult:
        with Horizontal(id="home-top"):
            yield Label("srs", id="home-title")
            yield Label("", id="streak")
        yield Label("Loading decks…", id="today")
        yield Static("", id="welcome")
        yield Static("", id="home-message")
        yield DeckTable(id="decks")
        yield SyncLine(lambda _report: self.refresh_counts(), self._ask_full_sync, id="sync-line")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.refresh_counts()

    def refresh_counts(self) -> None:
        run_db(self, load_home, self.show_home, group="home", exclusive=True)
        run_db(self, collection_stats, self.show_stats, group="home-stats", exclusive=True)

    def show_home(self, data: HomeData) -> None:
        table = self.query_one(DeckTable)
        message = self.query_one("#home-message", Static)
        self.query_one("#home-title", Label).update(f"srs · {data.now.astimezone():%a %d %b %Y}")
        welcome = self.query_one("#welcome", Static)
        welcome.display = bool(data.tree) and not data.own_notes
        if welcome.display:
            names = [d.name for d in data.tree]
            decks = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
            welcome.update(WELCOME.format(decks=decks))
        if not data.tree:
            table.display = False
            message.update(NO_DECKS)
            message.set_class(True, "-empty")
            self.query_one("#today", Label).update("Today: nothing to study yet")
            return
        table.display = True
        message.set_class(False, "-empty")
        new, learning, due = data.everything.new, data.everything.learning, data.everything.due
        self.query_one("#today", Label).update(f"Today: {new} new · {learning} learning · {due} due")
        if new + learning + due == 0:
            when = "no card is scheduled" if data.next_due is None else (
                f"next card due {until(data.next_due, data.now)} ({clock_time(data.next_due)})"
            )
            message.update(f"✓ Done for today — {when}.")
        else:
            message.update("")
        message.display = bool(new + learning + due == 0)
        table.show(data.everything, data.flat, prefer=getattr(self.app, "last_deck", None))
        table.focus()

    def show_stats(self, stats: Any) -> None:
        today = stats.reviews_per_day.get(srs_app(self).collection.now().astimezone().date().isoformat(), 0)
        narrow = self.size.width < 56  # the date keeps its room on a small window
        self.query_one("#streak", Label).update(
            f"{today} today · {stats.streak}d streak" if narrow else
            f"{plural(today, 'review')} today · streak {plural(stats.streak, 'day')}")

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_study()

    def action_study(self) -> None:
        deck = self.query_one(DeckTable).selected_deck()
        if deck is None:
            srs_app(self).action_import()
            return
        srs_app(self).action_study(deck or None)

    def action_stats(self) -> None:
        deck = self.query_one(DeckTable).selected_deck()
        srs_app(self).action_stats(deck or None)

    def action_options(self) -> None:
        from srs.tui.screens.deck_options import DeckOptionsScreen

        deck = self.query_one(DeckTable).selected_deck()
        if not deck:  # "All decks" has no preset of its own (or there is no deck yet)
            self.app.notify("Deck options belong to a deck: choose one first.", title="srs", timeout=5)
            return
        self.app.push_screen(DeckOptionsScreen(deck), lambda _none: self.refresh_counts())

    def action_custom_study(self) -> None:
        from srs.tui.screens.custom_study import CustomStudyScreen

        deck = self.query_one(DeckTable).selected_deck()
        if deck is None:
            return  # no decks yet: nothing to study
        self.app.push_screen(CustomStudyScreen(deck or None), self._custom_study_done)

    def _custom_study_done(self, result: Any) -> None:
        if result is None:
            return
        self.app.notify(result.message, title="Custom study", timeout=5, markup=False)
        if result.search is not None:
            srs_app(self).action_study(None, result.search)
        else:
            self.refresh_counts()

    def action_sync(self, upload: bool = False, download: bool = False) -> None:
        self.query_one(SyncLine).start(upload=upload, download=download)

    def _ask_full_sync(self, answer: Any) -> None:
        from srs.tui.screens.full_sync import FullSyncScreen

        self.app.push_screen(FullSyncScreen(), answer)

    def action_refresh(self) -> None:
        self.refresh_counts()
