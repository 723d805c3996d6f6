"""The end of a session: cards reviewed, again rate, time spent, next due (``ReviewSession.end``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Label, Static

from srs.tui.format import clock_time, duration, percent, until
from srs.tui.jobs import run_db

if TYPE_CHECKING:
    from datetime import datetime

    from srs.service import Collection
    from srs.service.session import ReviewSession, Summary


class SummaryScreen(Screen[None]):
    SCREEN_NAME = "Summary"
    BINDINGS = [
        Binding("enter,escape", "app.go_home", "Back to decks"),
        Binding("question_mark", "app.help", "Help"),
        Binding("q", "app.quit", "Quit"),
    ]
    HELP = "The session is over. Enter or Esc goes back to the deck list; q quits srs."

    def __init__(self, session: ReviewSession | None, deck: str | None) -> None:
        super().__init__()
        self.session = session
        self.deck = deck

    def compose(self) -> ComposeResult:
        with Vertical(id="summary"):
            yield Static(f"Session over — {self.deck or 'all decks'}", id="summary-title")
            yield Label("Cards reviewed  …", id="reviewed")
            yield Label("Again rate      …", id="again")
            yield Label("Time spent      …", id="time")
            yield Label("", id="left")
            yield Label("Next card due   …", id="next-due")
            yield Static("Enter: back to decks · q: quit", id="summary-hint")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#left", Label).display = False
        if self.session is None:
            self._title(0, 0)
            self.query_one("#next-due", Label).update("Next card due   —")
            return
        session = self.session

        def end(col: Collection) -> tuple[Summary, datetime]:
            return session.end(), col.now()

        run_db(self, end, self.show_summary)

    def _title(self, reviewed: int, left: int) -> None:
        title = "Session over" if reviewed or left else "Nothing to study right now"
        self.query_one("#summary-title", Static).update(f"{title} — {self.deck or 'all decks'}")

    def show_summary(self, value: tuple[Summary, datetime]) -> None:
        s, now = value
        self._title(s.reviewed, s.left)
        self.query_one("#reviewed", Label).update(f"Cards reviewed  {s.reviewed}")
        self.query_one("#again", Label).update(
            f"Again rate      {percent(s.again_rate)}" + (f" ({s.again} of {s.reviewed})" if s.reviewed else ""))
        self.query_one("#time", Label).update(f"Time spent      {duration(s.seconds)}")
        left = self.query_one("#left", Label)
        left.update(f"Left for later  {s.left}")
        left.display = bool(s.left)
        moment = s.next_due
        text = "nothing scheduled" if moment is None else f"{until(moment, now)} ({clock_time(moment)})"
        self.query_one("#next-due", Label).update(f"Next card due   {text}")
