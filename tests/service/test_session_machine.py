"""The review session as a state machine (issue 16): answer, undo, redo, bury, suspend, flag, end, restart.

After every step: at most one review log per live answer; the counts are what
the deck rows say a session offers (the queue will show exactly that); undo
puts back the database rows and the session (queue, card, counts) exactly, and
redo after undo gives byte-equal rows; no card comes back within a session
unless it is a learning step that is due (or the card an undo brought back);
when a session ends, nothing due today is left unshown.
"""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import update

from srs.db.models import Card, Preset
from srs.service.collection import Collection
from srs.service.decks import LEARN_AHEAD_SECONDS, today_counts
from srs.service.session import Counts, ReviewSession
from tests.factory import add_notes

TABLES = ("cards", "review_logs", "notes")
DECKS = (None, "D", "D::Sub")


def rows(col: Collection) -> dict[str, list[tuple]]:
    with col.engine.connect() as conn:
        return {t: [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id")] for t in TABLES}


def small_collection(path: Path) -> Collection:
    col = Collection.open(path)
    add_notes(col, "D", [(f"d{i}", "x") for i in range(5)])
    add_notes(col, "D", [("two-way", "y")], reverse=True)  # siblings bury each other
    add_notes(col, "D::Sub", [(f"s{i}", "x") for i in range(3)])
    now = col.now()
    with col.write() as s:
        s.execute(update(Preset).values(new_per_day=6, leech_threshold=2))
        for card_id, days in ((1, 3), (8, 1)):  # two reviews due today, one with a lapse already
            s.execute(update(Card).where(Card.id == card_id).values(
                state=2, stability=2.0, difficulty=6.0, last_review=now - timedelta(days=days + 2), due=now - timedelta(days=days),
                reps=3, lapses=1))
    return col


class ReviewMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        self.col = small_collection(Path(self.tmp.name) / "m.db")
        self.live_answers = 0  # answers given minus answers undone, over all sessions
        self._new_session(None)

    def teardown(self) -> None:
        self.col.close()
        self.tmp.cleanup()

    def _new_session(self, deck: str | None) -> None:
        self.deck = deck
        self.session = ReviewSession(self.col, deck)
        self.answered: dict[int, int] = {}  # card → live answers in this session
        self.steps: list[tuple] = []  # what undo must give back, one per undoable step
        self.undone: list[dict] = []  # rows before each undo, for redo to match
        self.shown = self.session.start()
        self._check_new_card(None)

    # -- helpers -------------------------------------------------------------
    def _snapshot(self) -> tuple:
        return rows(self.col), self.session.queue, self.shown.card.id if self.shown.card else None, self.shown.counts

    def _check_new_card(self, previous: int | None) -> None:
        """The card now on screen may be shown: not answered in this session unless a learning step is due."""
        card = self.shown.card
        if card is None or card.id == previous:
            return
        assert not card.suspended
        if self.answered.get(card.id):
            assert card.state in (1, 3), f"card {card.id} came back in state {card.state}"
            assert card.due <= self.col.now() + timedelta(seconds=LEARN_AHEAD_SECONDS)

    def _step(self, act) -> None:  # type: ignore[no-untyped-def]
        before = self._snapshot()
        previous = before[2]
        self.shown = act()
        self.steps.append(before)
        self.undone.clear()
        self._check_new_card(previous)

    # -- rules ---------------------------------------------------------------
    @precondition(lambda self: self.shown.card is not None)
    @rule(rating=st.sampled_from([1, 2, 3, 4]), seconds=st.sampled_from([0, 4, 75]))
    def answer(self, rating: int, seconds: int) -> None:
        card = self.shown.card
        self._step(lambda: self.session.answer(rating, seconds * 1000))
        self.answered[card.id] = self.answered.get(card.id, 0) + 1
        self.live_answers += 1

    @precondition(lambda self: self.shown.card is not None)
    @rule()
    def bury(self) -> None:
        self._step(self.session.bury)

    @precondition(lambda self: self.shown.card is not None)
    @rule()
    def suspend(self) -> None:
        self._step(self.session.suspend)

    @precondition(lambda self: self.shown.card is not None)
    @rule(colour=st.integers(0, 7))
    def flag(self, colour: int) -> None:
        card = self.shown.card
        self._step(lambda: self.session.flag(colour))
        assert self.shown.card is not None and self.shown.card.id == card.id and self.shown.card.flag == colour

    @precondition(lambda self: self.session.can_undo)
    @rule()
    def undo(self) -> None:
        database, queue, card_id, counts = self.steps.pop()
        self.undone.append(rows(self.col))
        kind = self.session._undo[-1]  # noqa: SLF001 -- which step is taken back
        self.shown = self.session.undo()
        assert rows(self.col) == database, "undo puts back every row exactly"
        assert (self.session.queue, self.shown.card.id if self.shown.card else None, self.shown.counts) == (queue, card_id, counts)
        if kind.kind == "answer":
            self.answered[kind.card_id] -= 1
            self.live_answers -= 1

    @precondition(lambda self: self.session.can_redo)
    @rule()
    def redo(self) -> None:
        step = self.session._redo[-1]  # noqa: SLF001
        self.steps.append(self._snapshot())
        self.shown = self.session.redo()
        assert rows(self.col) == self.undone.pop(), "redo after undo gives byte-equal rows"
        if step.kind == "answer":
            self.answered[step.card_id] = self.answered.get(step.card_id, 0) + 1
            self.live_answers += 1

    @rule()
    def end(self) -> None:
        summary = self.session.end()
        assert summary.reviewed == sum(self.answered.values())
        assert summary.left == (self.shown.counts.left if self.shown.counts else 0)

    @rule(deck=st.sampled_from(DECKS))
    def restart(self, deck: str | None) -> None:
        self._new_session(deck)

    # -- invariants ------------------------------------------------------------
    @invariant()
    def one_log_per_live_answer(self) -> None:
        logs = rows(self.col)["review_logs"]
        assert len(logs) == self.live_answers
        assert all(r[4] <= 60_000 for r in logs), "answer times are clamped to the preset's cap"

    @invariant()
    def counts_are_what_the_deck_offers(self) -> None:
        node = today_counts(self.col, self.deck)
        offered = Counts(node.new, node.learning, node.due)
        if self.shown.card is None:
            assert offered.left == 0, f"the session ended with {offered} still due today"
            assert self.shown.counts == Counts()
        else:
            assert self.shown.counts == offered == self.session.counts()


ReviewMachine.TestCase.settings = settings(
    max_examples=20, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TestReviewSession = ReviewMachine.TestCase
