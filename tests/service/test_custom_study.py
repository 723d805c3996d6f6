"""Issue 19: custom study — extra cards today, study ahead, forgotten cards, a search — through the one review session."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from srs.core.consts import Rating, State
from srs.core.errors import UsageError
from srs.db.models import Card
from srs.service.collection import Collection
from srs.service.custom_study import custom_search, extend_limits
from srs.service.deck_options import set_deck_options
from srs.service.decks import today_counts
from srs.service.session import ReviewSession
from tests.conftest import at
from tests.factory import add_notes

T0 = at("2026-03-02T09:00:00+00:00")


def studied(session: ReviewSession, rating: Rating = Rating.EASY) -> list[int]:
    shown, ids = session.start(), []
    while shown.card is not None:
        ids.append(shown.card.id)
        shown = session.answer(rating, 1000)
    return ids


def test_extra_new_cards_today_lift_the_limit_for_today_only(col: Collection, monkeypatch: pytest.MonkeyPatch) -> None:
    add_notes(col, "D", [(f"q{i}", "a") for i in range(40)])
    add_notes(col, "D::Sub", [(f"s{i}", "a") for i in range(40)])
    set_deck_options(col, "D", {"new_per_day": "5"})
    assert len(studied(ReviewSession(col, "D"))) == 5
    assert today_counts(col, "D").new == 0
    extend_limits(col, "D", new=8)
    assert today_counts(col, "D").new == 8
    assert len(studied(ReviewSession(col, "D"))) == 8
    assert extend_limits(col, "D", new=2).new == 10  # a second extension adds to the first
    monkeypatch.setenv("SRS_NOW", "2026-03-03T09:00:00+00:00")
    assert today_counts(col, "D").new == 5  # tomorrow: the preset's limit again


def test_extra_reviews_today(col: Collection) -> None:
    add_notes(col, "D", [(f"q{i}", "a") for i in range(10)])
    with col.write() as s:
        s.execute(update(Card).values(state=2, stability=5.0, difficulty=5.0, last_review=T0 - timedelta(days=5), due=T0, reps=1))
    set_deck_options(col, "D", {"reviews_per_day": "3"})
    assert len(studied(ReviewSession(col, "D"))) == 3
    extend_limits(col, "D", reviews=4)
    assert len(studied(ReviewSession(col, "D"))) == 4
    assert today_counts(col, "D").due == 0


def test_study_ahead_takes_cards_due_in_the_next_days_only(col: Collection) -> None:
    add_notes(col, "D", [(f"q{i}", "a") for i in range(6)])
    with col.read() as s:
        ids = list(s.scalars(select(Card.id).order_by(Card.id)))
    with col.write() as s:  # due in 1, 2, 3, 10 and 20 days; the last stays new
        for cid, days in zip(ids, (1, 2, 3, 10, 20), strict=False):
            s.execute(update(Card).where(Card.id == cid).values(
                state=2, stability=float(days), difficulty=5.0, last_review=T0 - timedelta(days=1), due=T0 + timedelta(days=days), reps=1))
    assert studied(ReviewSession(col, "D")) == [ids[5]]  # today: only the new card
    ahead = custom_search("ahead", "D", "3")
    got = studied(ReviewSession(col, search=ahead))
    assert got == ids[:3]
    with col.read() as s:  # answered early: rescheduled from today, as reviews
        assert all(s.get(Card, cid).last_review == T0 for cid in got)


def test_forgotten_cards_come_back_until_learnt(col: Collection) -> None:
    add_notes(col, "D", [(f"q{i}", "a") for i in range(4)])
    with col.write() as s:
        s.execute(update(Card).values(state=2, stability=5.0, difficulty=5.0, last_review=T0 - timedelta(days=5), due=T0, reps=1))
    session = ReviewSession(col, "D")
    shown = session.start()
    forgot = shown.card.id
    for rating in (Rating.AGAIN, Rating.EASY, Rating.EASY, Rating.EASY):
        shown = session.answer(rating, 1000)
    forgotten = ReviewSession(col, search=custom_search("forgotten", "D", "1"))
    first = forgotten.start()
    assert first.card.id == forgot and first.left == 1
    assert forgotten.answer(Rating.GOOD, 1000).card is None
    with col.read() as s:
        assert s.get(Card, forgot).state == State.REVIEW


def test_search_session_ignores_the_daily_limit_and_keeps_to_its_cards(col: Collection) -> None:
    add_notes(col, "A", [(f"a{i}", "x") for i in range(30)])
    add_notes(col, "B", [(f"b{i}", "x") for i in range(5)])
    set_deck_options(col, "A", {"new_per_day": "2"})
    session = ReviewSession(col, search="deck:A")
    assert session.start().new == 30  # a filtered deck is outside the limits
    shown, seen = session.start(), []
    while shown.card is not None:  # Again the first time: the search's learning cards come back, never B's
        seen.append(shown.card.id)
        shown = session.answer(Rating.EASY if seen.count(shown.card.id) > 1 else Rating.AGAIN, 1000)
    assert len(seen) == 60 and len(set(seen)) == 30
    with col.read() as s:
        decks = {s.get(Card, cid).deck_id for cid in seen}
    assert len(decks) == 1


def test_bad_custom_study_values_are_one_line(col: Collection) -> None:
    add_notes(col, "D", [("q", "a")])
    with pytest.raises(UsageError, match="needs a whole number of days from 1"):
        custom_search("ahead", "D", "0")
    with pytest.raises(UsageError, match="needs a search"):
        custom_search("search", "D", "  ")
    with pytest.raises(UsageError, match="choose a deck"):
        extend_limits(col, None, new=5)
    with pytest.raises(UsageError, match="unknown search key"):
        ReviewSession(col, search="colour:red")
    assert custom_search("search", "D", "tag:x OR tag:y") == 'deck:"D" (tag:x OR tag:y)'
