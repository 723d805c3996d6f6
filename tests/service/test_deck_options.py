"""Issue 19: deck options change what the review queue gives and how answers are scheduled."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from srs.core.consts import Rating
from srs.core.errors import NotFound, UsageError
from srs.db.models import Card, Note
from srs.service.collection import Collection
from srs.service.deck_options import deck_options, parse_assignments, set_deck_options, workload
from srs.service.decks import today_counts
from srs.service.reviewing import Study
from srs.service.session import ReviewSession
from tests.conftest import at
from tests.factory import add_notes

T0 = at("2026-03-02T09:00:00+00:00")


def shown_in_session(col: Collection, deck: str | None) -> int:
    session = ReviewSession(col, deck)
    shown, seen = session.start(), 0
    while shown.card is not None:
        seen += 1
        shown = session.answer(Rating.EASY, 1000)
    return seen


def test_new_cards_per_day_changes_what_the_queue_gives(col: Collection) -> None:
    add_notes(col, "D", [(f"q{i}", "a") for i in range(30)])
    assert today_counts(col, "D").new == 20
    set_deck_options(col, "D", parse_assignments(["new_per_day=7"]))
    assert today_counts(col, "D").new == 7
    assert shown_in_session(col, "D") == 7


def test_maximum_reviews_per_day_caps_due_reviews(col: Collection) -> None:
    add_notes(col, "D", [(f"q{i}", "a") for i in range(12)])
    with col.write() as s:
        s.execute(update(Card).values(state=2, stability=5.0, difficulty=5.0, last_review=T0 - timedelta(days=5), due=T0, reps=1))
    set_deck_options(col, "D", {"reviews_per_day": "4"})
    assert today_counts(col, "D").due == 4
    assert shown_in_session(col, "D") == 4


def test_learning_steps_and_retention_reach_the_scheduler(col: Collection) -> None:
    add_notes(col, "D", [("q", "a")])
    set_deck_options(col, "D", {"learning_steps": "2m 3h"})
    study = Study(col, "D")
    card = study.next_card()
    assert card is not None and (card.previews[1], card.previews[3]) == ("<2m", "3h")  # Again: step 1; Good: step 2
    result = study.answer(card.id, Rating.GOOD)
    assert result.memory.due - T0 == timedelta(hours=3)


def test_desired_retention_changes_the_next_interval(col: Collection) -> None:
    add_notes(col, "D", [("q", "a")])
    with col.write() as s:
        s.execute(update(Card).values(state=2, stability=20.0, difficulty=5.0, last_review=T0 - timedelta(days=20), due=T0, reps=3))

    def good_after(retention: str) -> timedelta:
        set_deck_options(col, "D", {"desired_retention": retention})
        card = Study(col, "D").next_card()
        assert card is not None
        return _undo_after(col, card.id)

    assert good_after("0.80") > good_after("0.97")


def _undo_after(col: Collection, card_id: int) -> timedelta:
    study = Study(col, "D")
    result = study.answer(card_id, Rating.GOOD)
    study.take_back(result.log_id)
    return result.memory.due - T0


def test_leech_action_tag_keeps_the_card_in_study(col: Collection) -> None:
    (nid,) = add_notes(col, "D", [("x", "a")])
    set_deck_options(col, "D", {"leech_threshold": "3", "leech_action": "tag"})
    with col.write() as s:
        s.execute(update(Card).values(state=2, stability=5.0, difficulty=8.0, last_review=T0 - timedelta(days=5), due=T0, reps=9, lapses=2))
    study = Study(col)
    card = study.next_card()
    assert card is not None
    assert study.answer(card.id, Rating.AGAIN).became_leech
    with col.read() as s:
        assert s.get(Card, card.id).suspended is False
        assert "leech" in s.get(Note, nid).tags.split()


def test_bury_siblings_off_leaves_the_reverse_card_in_the_queue(col: Collection) -> None:
    add_notes(col, "D", [("front", "back")], reverse=True)
    on = ReviewSession(col, "D")
    on.start()
    assert on.answer(Rating.EASY, 1000).card is None  # its sibling was buried
    on.undo()
    set_deck_options(col, "D", {"bury_siblings": "off"})
    off = ReviewSession(col, "D")
    off.start()
    assert off.answer(Rating.EASY, 1000).card is not None


def test_a_new_preset_is_a_copy_and_only_that_deck_moves(col: Collection) -> None:
    add_notes(col, "A", [("a", "1")])
    add_notes(col, "B", [("b", "1")])
    set_deck_options(col, "A", {"desired_retention": "0.85"})
    moved = set_deck_options(col, "B", {"preset": "Exam", "new_per_day": "3"})
    assert moved.preset == "Exam" and moved.values["desired_retention"] == 0.85 and moved.decks == ["B"]
    assert deck_options(col, "A").values["new_per_day"] == 20
    assert deck_options(col, "A").presets == ["default", "Exam"]
    back = set_deck_options(col, "B", {"preset": "default"})
    assert back.values["new_per_day"] == 20 and back.decks == ["A", "B"]


@pytest.mark.parametrize(("change", "message"), [
    ({"new_per_day": "-1"}, "new_per_day must be a whole number"),
    ({"desired_retention": "0.5"}, "desired_retention must be 0.70–0.99"),
    ({"learning_steps": "1m ten"}, "'ten' is not a step"),
    ({"leech_action": "delete"}, "leech_action must be suspend, or tag"),
    ({"bury_siblings": "maybe"}, "bury_siblings must be on or off"),
    ({"max_answer_seconds": "5"}, "max_answer_seconds must be from 30 to 600"),
])
def test_a_bad_value_is_one_line_and_nothing_changes(col: Collection, change: dict[str, str], message: str) -> None:
    add_notes(col, "D", [("q", "a")])
    before = deck_options(col, "D")
    with pytest.raises(UsageError, match=message) as caught:
        set_deck_options(col, "D", {"new_per_day": "5", **change})
    assert "\n" not in str(caught.value)
    assert deck_options(col, "D") == before  # the good change next to it was not written either


def test_unknown_key_and_deck(col: Collection) -> None:
    with pytest.raises(UsageError, match="unknown deck option 'colour'"):
        parse_assignments(["colour=red"])
    with pytest.raises(UsageError, match="key=value"):
        parse_assignments(["new_per_day"])
    with pytest.raises(NotFound, match="no deck named 'Nope'"):
        deck_options(col, "Nope")


def test_workload_grows_with_desired_retention(col: Collection) -> None:
    add_notes(col, "D", [(f"q{i}", "a") for i in range(300)])
    estimate = workload(set_deck_options(col, "D", {"desired_retention": "0.93"}))
    by = {p.retention: p.reviews_per_day for p in estimate.points}
    assert [p.retention for p in estimate.points if p.chosen] == [0.93]
    assert min(by) == 0.70 and max(by) == 0.97
    assert by[0.70] < by[0.80] < by[0.90] < by[0.93] < by[0.97]
    assert estimate == workload(deck_options(col, "D"))  # seeded: the same estimate each time
