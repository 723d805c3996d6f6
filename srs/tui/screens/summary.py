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
        # The widgets are kept, not queried: the app may quit while this screen is
        # still mounting, and a query then finds its children already gone.
        self._title_label = Static(f"Session over — {self.deck or 'all decks'}", id="summary-title", markup=False)
        self._reviewed = Label("Cards reviewed  …", id="reviewed")
        self._again = Label("Again rate      …", id="again")
        self._time = Label("Time spent      …", id="time")
        self._left = Label("", id="left")
        self._left.display = False
        self._next_due = Label("Next card due   …", id="next-due")
        with Vertical(id="summary"):
            yield self._title_label
            yield self._reviewed
            yield self._again
            yield self._time
            yield self._left
            yield self._next_due
            yield Static("Enter: back to decks · q: quit", id="summary-hint")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        if self.session is None:
            self._title(0, 0)
            self._next_due.update("Next card due   —")
            return
        session = self.session

        def end(col: Collection) -> tuple[Summary, datetime]:
            return session.end(), col.now()

        run_db(self, end, self.show_summary)

    def _title(self, reviewed: int, left: int) -> None:
        title = "Session over" if reviewed or left else "Nothing to study right now"
        self._title_label.update(f"{title} — {self.deck or 'all decks'}")

    def show_summary(self, value: tuple[Summary, datetime]) -> None:
        s, now = value
        self._title(s.reviewed, s.left)
        self._reviewed.update(f"Cards reviewed  {s.reviewed}")
        self._again.update(
            f"Again rate      {percent(s.again_rate)}" + (f" ({s.again} of {s.reviewed})" if s.reviewed else ""))
        self._time.update(f"Time spent      {duration(s.seconds)}")
        left = self._left
        left.update(f"Left for later  {s.left}")
        left.display = bool(s.left)
        moment = s.next_due
        text = "nothing scheduled" if moment is None else f"{until(moment, now)} ({clock_time(moment)})"
        self._next_due.update(f"Next card due   {text}")
