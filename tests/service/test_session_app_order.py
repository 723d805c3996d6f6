"""The review app's order of work (issue 22): an answer shows the next card without reading the whole
queue; the check of the queue (cards buried as siblings, suspended or answered elsewhere give their
places in the daily limits to the next cards) runs with the recount, after the card is drawn.

The session machine of issue 16 runs again the app's way (``answer(count=False)`` then ``recount()``):
the same cards, queue, counts, undo and redo as ``srs review --plain``, which counts at once.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import precondition, rule
from sqlalchemy import update

from srs.db.models import Preset
from srs.service.collection import Collection
from srs.service.session import Counts, ReviewSession
from tests.factory import add_notes
from tests.service.test_session_machine import ReviewMachine


class AppOrderMachine(ReviewMachine):
    def _new_session(self, deck: str | None) -> None:
        super()._new_session(deck)
        self.checks = 0
        stale = self.session.study.stale

        def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.checks += 1
            return stale(*args, **kwargs)

        self.session.study.stale = counted  # type: ignore[method-assign]

    def _answer_as_the_app_does(self, rating: int, seconds: int):  # type: ignore[no-untyped-def]
        checks = self.checks
        shown = self.session.answer(rating, seconds * 1000, count=False)
        if shown.card is not None:
            assert shown.counts is None and self.checks == checks, "the queue is checked after the next card is drawn"
        return self.session.recount()

    @precondition(lambda self: self.shown.card is not None)
    @rule(rating=st.sampled_from([1, 2, 3, 4]), seconds=st.sampled_from([0, 4, 75]))
    def answer(self, rating: int, seconds: int) -> None:
        card = self.shown.card
        self._step(lambda: self._answer_as_the_app_does(rating, seconds))
        self.answered[card.id] = self.answered.get(card.id, 0) + 1
        self.live_answers += 1


AppOrderMachine.TestCase.settings = settings(
    max_examples=20, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TestAppOrder = AppOrderMachine.TestCase


def test_a_buried_sibling_gives_its_place_to_the_next_new_card(col: Collection) -> None:
    add_notes(col, "D", [("two-way", "y")], reverse=True)
    add_notes(col, "D", [("a", "x"), ("b", "x")])
    with col.write() as s:
        s.execute(update(Preset).values(new_per_day=2))
    session = ReviewSession(col, "D")
    first = session.start(count=False).card
    assert first is not None and first.front == "two-way"
    shown = session.answer(4, 4000, count=False)  # buries its sibling, the only other card in the queue
    assert shown.card is not None and shown.card.front == "a", "the sibling's place went to the next new card"
    assert session.recount().counts == Counts(new=1), "the new-card limit is used up by the answer and 'a'"
    assert session.answer(4, 4000, count=False).card is None
