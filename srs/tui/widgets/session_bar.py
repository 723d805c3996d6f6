"""Progress through the session and the counts of what is left, in words (not colour)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar


class SessionBar(Horizontal):
    def compose(self) -> ComposeResult:
        yield ProgressBar(total=1, show_eta=False, id="progress")
        yield Label("", id="counts")

    counts = (0, 0, 0)

    def show(self, reviewed: int, new: int, learning: int, review: int) -> None:
        self.counts = (new, learning, review)
        left = new + learning + review
        bar = self.query_one(ProgressBar)
        bar.update(total=max(1, reviewed + left), progress=reviewed)
        self.query_one("#counts", Label).update(
            f"{reviewed} done · left: new {new} · learn {learning} · due {review}"
        )

    def show_done(self, reviewed: int) -> None:
        """A new answer counted before the rest is recounted: keep the old counts for now."""
        self.show(reviewed, *self.counts)
