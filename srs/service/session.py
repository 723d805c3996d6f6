"""One review session, for every front end: the card on screen, what is left, undo and redo.

The review app and ``srs review --plain`` are views over ``ReviewSession``: they
show ``Shown`` and call ``answer``, ``undo``, ``redo``, ``bury``, ``suspend``,
``flag`` and ``end``. Every step that changes something remembers the session as
it was (the queue and the card on screen), so undo puts back both the database
(``srs.service.answering.undo_answer``) and the session: the undone card is
shown again, once, and the counts are what they were. Redo applies the same
answer again (same rating, time and duration) and returns to where the session
was. Steps run one at a time (a lock): the app runs them in worker threads.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from srs.core.consts import Rating
from srs.core.errors import SrsError
from srs.core.scheduling import answer_ms
from srs.service.answering import AlreadyAnswered
from srs.service.cards_view import CardView
from srs.service.collection import Collection
from srs.service.reviewing import Study, check_flag

UNDO_DEPTH = 50


@dataclass(frozen=True)
class Counts:
    new: int = 0
    learning: int = 0
    review: int = 0

    @property
    def left(self) -> int:
        return self.new + self.learning + self.review


@dataclass(frozen=True)
class Shown:
    """What a front end draws after each step."""

    card: CardView | None  # None: the session is over
    counts: Counts | None  # None: not counted yet (the app counts after drawing the card; see ``recount``)
    reviewed: int
    again: int
    message: str = ""  # about this step, for this card only
    event: str = ""  # answered, skipped, undone, redone, suspended, buried, flagged, changed
    can_undo: bool = False
    can_redo: bool = False

    @property
    def counted(self) -> bool:
        return self.counts is not None

    @property
    def new(self) -> int:
        return self.counts.new if self.counts else 0

    @property
    def learning(self) -> int:
        return self.counts.learning if self.counts else 0

    @property
    def review(self) -> int:
        return self.counts.review if self.counts else 0

    @property
    def left(self) -> int:
        return self.counts.left if self.counts else 0


@dataclass(frozen=True)
class Summary:
    deck: str | None
    reviewed: int
    again: int
    seconds: float
    left: int  # cards the session still offered when it ended
    next_due: datetime | None

    @property
    def again_rate(self) -> float | None:
        return self.again / self.reviewed if self.reviewed else None


@dataclass
class Step:
    """One undoable step, with the session (queue and card on screen) before it and, once undone, after it."""

    kind: str  # answer, suspend, bury, flag, edit (the note's text: old/new hold it)
    card_id: int
    before: tuple[tuple[int, ...], int | None]
    rating: Rating | None = None
    when: datetime | None = None
    duration_ms: int = 0
    log_id: int | None = None
    old: dict[str, Any] = field(default_factory=dict)  # card columns before (card changes)
    new: dict[str, Any] = field(default_factory=dict)  # and after
    after: tuple[tuple[int, ...], int | None] | None = None

    def describe(self) -> str:
        if self.kind == "answer" and self.rating is not None:
            return f"answer {self.rating.name.capitalize()}"
        return self.kind


class ReviewSession:
    """``ReviewSession(col, deck)`` (or ``search=`` for custom study); ``start()`` shows the first card."""

    def __init__(self, col: Collection, deck: str | None = None, limit: int | None = None,
                 clock: Callable[[], float] = time.monotonic, search: str | None = None) -> None:
        self.col = col
        self.deck = deck
        self.search = search  # custom study: the cards of this search, outside the daily limits (srs.service.custom_study)
        self.limit = limit  # end after this many answers
        self.clock = clock
        self.started = clock()
        self.study = Study(col, deck=deck, search=search)
        self.card: CardView | None = None
        self.reviewed = 0
        self.again = 0
        self._answered: Counter[int] = Counter()  # cards answered in this session (never queued again)
        self._undo: deque[Step] = deque(maxlen=UNDO_DEPTH)
        self._redo: list[Step] = []
        self.lock = threading.RLock()
        self._unchecked = False  # the queue is not checked since the last card was taken (``_top_up``)

    # -- reading -------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def queue(self) -> tuple[int, ...]:
        """Cards waiting in the queue (learning cards come by their due time, not from here)."""
        with self.lock:
            self._top_up()
            return tuple(self.study.queue)

    def counts(self) -> Counts:
        """New, learning and review cards left, the card on screen included."""
        with self.lock:
            self._top_up()
            if self.card is None:
                return Counts()
            return Counts(*self.study.counts(self.card))

    def _shown(self, message: str = "", event: str = "", *, count: bool = True) -> Shown:
        counts = self.counts() if count or self.card is None else None
        return Shown(self.card, counts, self.reviewed, self.again, message, event, self.can_undo, self.can_redo)

    def recount(self) -> Shown:
        with self.lock:
            return self._shown()

    def start(self, *, count: bool = True) -> Shown:
        """The first card (or the card still on screen)."""
        with self.lock:
            if self.card is None:
                self._advance()
            return self._shown(count=count)

    def next_due(self) -> datetime | None:
        with self.lock:
            return self.study.next_due()

    def end(self) -> Summary:
        """The end of the session: what was done, what is left, when the next card is due."""
        with self.lock:
            left = self.counts().left
            return Summary(self.deck, self.reviewed, self.again, self.clock() - self.started, left, self.study.next_due())

    # -- moving on -----------------------------------------------------------
    def _state(self) -> tuple[tuple[int, ...], int | None]:
        self._top_up()
        return tuple(self.study.queue), None if self.card is None else self.card.id

    def _restore(self, state: tuple[tuple[int, ...], int | None]) -> None:
        queue, card_id = state
        self.study.queue = deque(queue)
        self._unchecked = False  # as it was when saved (``_state`` checks first)
        self.card = None if card_id is None else self.study.view(card_id)

    def _advance(self, *, refill: bool = False) -> None:
        """Take the next card. When cards left without an answer (the card on screen buried or suspended,
        queued ones buried as siblings), their places in the daily limits go to the next cards, as on the deck row.

        After an answer the next card comes first and the queue is checked after it (``_top_up``, which
        the app runs once the card is drawn): the check reads every queued card (12 ms at 100k cards),
        while a card that left the queue is skipped when its turn comes (``Study.next_card``)."""
        self.card = None
        if self.limit is not None and self.reviewed >= self.limit:
            return
        if refill:
            self.study.build(leave_out=+self._answered)
        self.card = self.study.next_card()
        self._unchecked = not refill
        if self.card is None and self._top_up():  # the places of cards that left go to cards not queued yet
            self.card = self.study.next_card()

    def _top_up(self) -> bool:
        """Rebuild the queue if cards in it can no longer be shown, without the card on screen; True if rebuilt.
        Every step and count runs it first, so each sees the queue as if it had been checked at once."""
        if not self._unchecked:
            return False
        self._unchecked = False
        on_screen = None if self.card is None else self.card.id
        if not self.study.skipped and not self.study.stale(on_screen):
            return False
        self.study.build(leave_out=+self._answered)
        if on_screen is not None and on_screen in self.study.queue:
            self.study.queue.remove(on_screen)
        return True

    def _current(self) -> CardView:
        if self.card is None:
            raise SrsError("No card on screen.")
        return self.card

    def _record(self, step: Step) -> None:
        self._undo.append(step)
        self._redo.clear()

    # -- acting --------------------------------------------------------------
    def answer(self, rating: Rating | int, elapsed_ms: float, *, count: bool = True) -> Shown:
        """Answer the card on screen; the time logged is ``elapsed_ms`` clamped to the preset's cap."""
        with self.lock:
            card = self._current()
            rating = Rating(int(rating))
            before = self._state()
            ms = answer_ms(elapsed_ms, self.study.max_answer_seconds(card.deck_id))
            try:
                result = self.study.answer(card.id, rating, ms, expected_reps=card.reps)
            except AlreadyAnswered:
                self._advance()
                return self._shown("That card was answered elsewhere meanwhile; skipped it.", "skipped", count=count)
            self._count(card.id, rating, +1)
            self._record(Step("answer", card.id, before, rating, result.reviewed_at, ms, result.log_id))
            self._advance()
            return self._shown("", "answered", count=count)

    def _count(self, card_id: int, rating: Rating, sign: int) -> None:
        self.reviewed += sign
        self.again += sign * (rating == Rating.AGAIN)
        self._answered[card_id] += sign

    def _change(self, kind: str, values: dict[str, Any], *, advance: bool) -> Step:
        card = self._current()
        step = Step(kind, card.id, self._state(), new=dict(values))
        step.old = self.study.change(card.id, values)
        self._record(step)
        if advance:
            self._advance(refill=True)
        else:
            self.card = self.study.view(card.id)
        return step

    def suspend(self) -> Shown:
        with self.lock:
            self._change("suspend", {"suspended": True}, advance=True)
            return self._shown("Suspended the card (u to undo).", "suspended")

    def bury(self) -> Shown:
        with self.lock:
            self._change("bury", self.study.bury_values(), advance=True)
            return self._shown("Buried until tomorrow (u to undo).", "buried")

    def flag(self, colour: int) -> Shown:
        with self.lock:
            self._change("flag", {"flag": check_flag(colour)}, advance=False)
            return self._shown("Flag removed." if colour == 0 else f"Flagged {colour}.", "flagged")

    def undo(self) -> Shown:
        """Take back the last step: the database and the session are as they were before it."""
        with self.lock:
            if not self._undo:
                raise SrsError("Nothing to undo in this session.")
            step = self._undo[-1]
            after = self._state()
            if step.log_id is not None:
                self.study.take_back(step.log_id)
                assert step.rating is not None
                self._count(step.card_id, step.rating, -1)
            elif step.kind == "edit":
                from srs.service.note_edits import put_back

                put_back(self.col, step.new["note_id"], step.old["before"])
            else:
                self.study.change(step.card_id, step.old)
            self._undo.pop()
            step.after = after
            self._redo.append(step)
            self._restore(step.before)
            return self._shown(f"Undone: {step.describe()}.", "undone")

    def redo(self) -> Shown:
        """Apply the last undone step again, exactly, and go back to where the session was after it."""
        with self.lock:
            if not self._redo:
                raise SrsError("Nothing to redo in this session.")
            step = self._redo[-1]
            if step.kind == "answer":
                assert step.rating is not None and step.when is not None
                result = self.study.answer(step.card_id, step.rating, step.duration_ms, when=step.when)
                step.log_id = result.log_id
                self._count(step.card_id, step.rating, +1)
            elif step.kind == "edit":
                from srs.service.note_edits import edit_note

                edit_note(self.col, step.new["note_id"], step.new["front"], step.new["back"])
            else:
                self.study.change(step.card_id, step.new)
            self._redo.pop()
            self._undo.append(step)
            assert step.after is not None
            self._restore(step.after)
            return self._shown(f"Redone: {step.describe()}.", "redone")

    def edit(self, front: str, back: str) -> Shown:
        """Save the card's note as the user's version (the in-app editor) and show the edited card; u undoes it."""
        from srs.service.note_edits import edit_note

        with self.lock:
            card = self._current()
            step = Step("edit", card.id, self._state(), new={"note_id": card.note_id, "front": front, "back": back})
            step.old = {"before": edit_note(self.col, card.note_id, front, back)}
            self._record(step)
            return self._show_edited(card.id, "Saved your version of the note (u to undo).")

    def settle(self, keep: str) -> Shown:
        """Settle the conflict of the card's note (srs.service.note_edits.resolve) and show the card as it is then."""
        from srs.service.note_edits import resolve

        with self.lock:
            card = self._current()
            resolve(self.col, "mine" if keep == "mine" else "new", [card.note_id])
            return self._show_edited(card.id, "Kept your version." if keep == "mine" else "Took the new version.")

    def _show_edited(self, card_id: int, message: str) -> Shown:
        fresh = self.study.view(card_id)
        if fresh is None or fresh.suspended:  # its side is gone (a cloze gap deleted)
            self._advance()
            return self._shown("The note was changed so this card is gone; next card.", "changed")
        self.card = replace(fresh)
        return self._shown(message, "changed")

    def reimport(self, path: Path, before: str | None = None) -> Shown:
        """Re-import the edited source file of the card on screen and show it again (or the next card).

        ``before``: the file's text when the editor opened. The note the user edited stays the same
        note (its card keeps its history), however much they rewrote it; only deleting its lines ends it."""
        from srs.service.edit_lines import reimport_edited

        with self.lock:
            card = self._current()
            report = reimport_edited(self.col, path, before, card.note_id, card.line)
            failed = [f for f in report.files if f.status == "failed"]
            if failed:
                return self._shown(f"Import failed: {failed[0].error}")
            fresh = self.study.view(card.id)
            if fresh is None or fresh.suspended:
                self._advance()
                return self._shown("The note was changed so this card is gone; next card.", "changed")
            self.card = replace(fresh)
            changed = sum(f.updated + f.new for f in report.files)
            return self._shown("Saved and re-imported." if changed else "No change to the notes file.", "changed")
