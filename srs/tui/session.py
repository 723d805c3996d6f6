"""One study session as the review screen sees it: the card on screen and what is left.

A thin layer over ``srs.service.reviewing.Study`` that keeps track of the card
being shown, so that undo brings back the card it undid and the card that was
on screen goes back to the head of the queue. Runs in worker threads, never on
the UI thread; no Textual here.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from srs.core.errors import SrsError
from srs.tui import services

if TYPE_CHECKING:
    from srs.service import Collection
    from srs.service.cards_view import CardView

QUEUED_STATES = (0, 2)  # new and review cards come from the queue; learning ones from their due time


@dataclass(frozen=True)
class Shown:
    """What the review screen needs to draw after each step."""

    card: CardView | None
    new: int
    learning: int
    review: int
    reviewed: int
    again: int
    message: str = ""
    counted: bool = True  # False: new/learning/review are not computed yet (see Session.recount)

    @property
    def left(self) -> int:
        return self.new + self.learning + self.review


class Session:
    def __init__(self, col: Collection, deck: str | None = None, limit: int | None = None) -> None:
        from srs.service.reviewing import Study

        self.col = col
        self.deck = deck
        self.study = Study(col, deck=deck, limit=limit)
        self.card: CardView | None = None
        self.lock = threading.RLock()  # one step at a time: the screen may recount while you answer

    # -- reading -------------------------------------------------------------
    def _shown(self, message: str = "", *, count: bool = True) -> Shown:
        if not count and self.card is not None:
            s = self.study.summary
            return Shown(self.card, 0, 0, 0, s.reviewed, s.again, message, counted=False)
        new, learning, review = self.study.counts() if self.card is not None else (0, 0, 0)
        if self.card is not None:
            # the card on screen was taken off the queue: count it as still to do
            if self.card.state == 0:
                new += 1
            elif self.card.state == 2:
                review += 1
            elif learning == 0:
                learning = 1
        s = self.study.summary
        return Shown(self.card, new, learning, review, s.reviewed, s.again, message)

    def _view(self, card_id: int) -> CardView | None:
        view = getattr(self.study, "view", None)
        if view is not None:
            return view(card_id)  # type: ignore[no-any-return]
        plain = services.card_view(self.col, card_id)
        if plain is None:
            return None
        return self.study._with_previews(plain, self.col.now())  # until Study.view(card_id) exists

    def next(self, message: str = "", *, count: bool = True) -> Shown:
        """The next card; with ``count=False`` the counts are left for ``recount`` (faster)."""
        with self.lock:
            self.card = self.study.next_card()
            return self._shown(message, count=count)

    def recount(self) -> Shown:
        with self.lock:
            return self._shown()

    def next_due(self) -> datetime | None:
        with self.lock:
            return self.study.next_due()

    # -- acting ----------------------------------------------------------------
    def answer(self, rating: int, duration_ms: int) -> Shown:
        from srs.service.answering import AlreadyAnswered

        with self.lock:
            card = self._current()
            try:
                self.study.answer(card.id, rating, duration_ms, expected_reps=card.reps)
            except AlreadyAnswered:
                return self.next("That card was answered elsewhere meanwhile; skipped it.", count=False)
            return self.next(count=False)

    def undo(self) -> Shown:
        with self.lock:
            return self._undo()

    def _undo(self) -> Shown:
        if not self.study.can_undo:
            raise SrsError("Nothing to undo in this session.")
        current = self.card
        card_id = self.study.undo()
        if current is not None and current.id != card_id and current.state in QUEUED_STATES:
            self.study.queue.appendleft(current.id)
        if self.study.queue and self.study.queue[0] == card_id:
            self.study.queue.popleft()
        self.card = self._view(card_id)
        if self.card is None:
            return self.next("Undone.")
        return self._shown("Undone.")

    def suspend(self) -> Shown:
        with self.lock:
            card = self._current()
            self.study.suspend(card.id)
            return self.next("Suspended the card (u to undo).")

    def bury(self) -> Shown:
        with self.lock:
            card = self._current()
            self.study.bury(card.id)
            return self.next("Buried until tomorrow (u to undo).")

    def flag(self, flag: int) -> Shown:
        with self.lock:
            card = self._current()
            self.study.flag(card.id, flag)
            self.card = replace(card, flag=flag)
            return self._shown("Flag removed." if flag == 0 else f"Flagged {flag}.")

    def reimport(self, path: Path) -> Shown:
        """Re-import the edited source file and show the (possibly changed) card again."""
        with self.lock:
            return self._reimport(path)

    def _reimport(self, path: Path) -> Shown:
        card = self._current()
        report = services.import_paths(self.col, [path])
        failed = [f for f in report.files if f.status == "failed"]
        if failed:
            return self._shown(f"Import failed: {failed[0].error}")
        fresh = self._view(card.id)
        if fresh is None or fresh.suspended:
            return self.next("The note was changed so this card is gone; next card.")
        self.card = fresh
        changed = sum(f.updated + f.new for f in report.files)
        return self._shown("Saved and re-imported." if changed else "No change to the notes file.")

    def _current(self) -> CardView:
        if self.card is None:
            raise SrsError("No card on screen.")
        return self.card
