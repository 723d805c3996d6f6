"""The end of a session: cards reviewed, again rate, time spent, next due."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Label, Static

from srs.tui.format import clock_time, duration, percent, until
from srs.tui.jobs import run_db

if TYPE_CHECKING:
    from srs.service import Collection
    from srs.tui.session import Session


class SummaryScreen(Screen[None]):
    SCREEN_NAME = "Summary"
    BINDINGS = [
        Binding("enter,escape", "app.go_home", "Back to decks"),
        Binding("question_mark", "app.help", "Help"),
        Binding("q", "app.quit", "Quit"),
    ]
    HELP = "The session is over. Enter or Esc goes back to the deck list; q quits srs."

    def __init__(self, session: Session | None, deck: str | None, seconds: float, left: int = 0) -> None:
        super().__init__()
        self.session = session
        self.deck = deck
        self.seconds = seconds
        self.left = left

    def compose(self) -> ComposeResult:
        reviewed = again = 0
        if self.session is not None:
            reviewed, again = self.session.study.summary.reviewed, self.session.study.summary.again
        title = "Session over" if reviewed or self.left else "Nothing to study right now"
        where = self.deck or "all decks"
        with Vertical(id="summary"):
            yield Static(f"{title} — {where}", id="summary-title")
            yield Label(f"Cards reviewed  {reviewed}")
            rate = again / reviewed if reviewed else None
            yield Label(f"Again rate      {percent(rate)}" + (f" ({again} of {reviewed})" if reviewed else ""))
            yield Label(f"Time spent      {duration(self.seconds)}")
            if self.left:
                yield Label(f"Left for later  {self.left}")
            yield Label("Next card due   …", id="next-due")
            yield Static("Enter: back to decks · q: quit", id="summary-hint")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        if self.session is None:
            self.query_one("#next-due", Label).update("Next card due   —")
            return
        session = self.session

        def next_due(col: Collection) -> tuple[datetime | None, datetime]:
            return session.next_due(), col.now()

        run_db(self, next_due, self._show_next)

    def _show_next(self, value: tuple[datetime | None, datetime]) -> None:
        moment, now = value
        text = "nothing scheduled" if moment is None else f"{until(moment, now)} ({clock_time(moment)})"
        self.query_one("#next-due", Label).update(f"Next card due   {text}")
