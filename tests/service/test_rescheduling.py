"""Forget and set due date (Anki's syntax): state, due, history kept, and undo that restores exactly."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from srs.core.consts import State
from srs.core.days import study_day
from srs.core.due_dates import parse_due
from srs.core.errors import NotFound, UsageError
from srs.db.models import Card, ReviewLog
from srs.service.card_actions import set_flag
from srs.service.collection import Collection
from srs.service.rescheduling import (
    forget_cards,
    parse_reposition,
    redo_change,
    reposition_new,
    set_due_date,
    undo_change,
)
from srs.service.reviewing import Study
from srs.service.search import search_cards

from .test_search_card_actions import NOW, add

TODAY = study_day(NOW)  # the default preset's day starts at 04:00


def row(col: Collection, card_id: int) -> dict:
    """Every column of the card, as stored."""
    with col.read() as s:
        card = s.get(Card, card_id)
        assert card is not None
        return {c.name: getattr(card, c.name) for c in Card.__table__.columns}


def logs(col: Collection, card_id: int) -> int:
    with col.read() as s:
        return s.scalar(select(func.count()).select_from(ReviewLog).where(ReviewLog.card_id == card_id)) or 0


def reviewed(col: Collection, front: str = "r") -> int:
    """A review card with two answers in its log."""
    (cid,) = add(col, front)
    study = Study(col)
    study.answer(cid, 3, 4000, when=NOW - timedelta(days=9))
    study.answer(cid, 3, 5000, when=NOW - timedelta(days=5))
    assert row(col, cid)["state"] == State.REVIEW
    return cid


def test_forget_makes_a_reviewed_card_new_keeps_history_and_undo_restores_it_exactly(col: Collection) -> None:
    cid = reviewed(col)
    before = row(col, cid)
    change = forget_cards(col, [cid])
    after = row(col, cid)
    assert change.changed == 1
    assert (after["state"], after["stability"], after["difficulty"], after["last_review"]) == (State.NEW, None, None, None)
    assert after["due"] == NOW and (after["reps"], after["lapses"]) == (before["reps"], before["lapses"])
    assert after["position"] == before["position"]  # its old place among new cards
    assert logs(col, cid) == 2  # the review history stays
    assert cid in {r.id for r in search_cards(col, "is:new")}
    assert undo_change(col, change) == 1
    assert row(col, cid) == before
    redo_change(col, change)
    assert row(col, cid) == after


def test_forget_can_reset_the_counts_and_leaves_new_cards_alone(col: Collection) -> None:
    cid = reviewed(col)
    (new,) = add(col, "new")
    change = forget_cards(col, [cid, new], reset_counts=True)
    assert change.changed == 1
    assert (row(col, cid)["reps"], row(col, cid)["lapses"]) == (0, 0)
    assert logs(col, cid) == 2


def test_set_due_today_puts_a_review_card_in_todays_session_and_keeps_its_memory(col: Collection) -> None:
    cid = reviewed(col)
    before = row(col, cid)
    assert before["due"] > TODAY.end  # not due today before
    change = set_due_date(col, [cid], "0")
    after = row(col, cid)
    assert after["due"] == TODAY.start and after["state"] == State.REVIEW
    assert (after["stability"], after["difficulty"], after["last_review"]) == (
        before["stability"], before["difficulty"], before["last_review"])  # no "!": the interval grows by the delay
    assert Study(col).next_card().id == cid  # type: ignore[union-attr]
    undo_change(col, change)
    assert row(col, cid) == before


def test_set_due_with_bang_resets_the_interval_to_the_delay(col: Collection) -> None:
    cid = reviewed(col)
    before = row(col, cid)
    change = set_due_date(col, [cid], "1!")
    (found,) = [r for r in search_cards(col, "") if r.id == cid]
    assert found.due == study_day(NOW, offset_days=1).start
    assert found.interval_days == 1
    assert logs(col, cid) == 2
    undo_change(col, change)
    assert row(col, cid) == before


def test_a_range_gives_each_card_its_own_fixed_day(col: Collection) -> None:
    ids = [add(col, f"c{i}")[0] for i in range(24)]
    change = set_due_date(col, ids, "3-7")
    days = {cid: (row(col, cid)["due"] - TODAY.start).days for cid in ids}
    assert set(days.values()) <= set(range(3, 8))
    assert len(set(days.values())) >= 3  # spread over the range, not one day for all
    undo_change(col, change)
    set_due_date(col, ids, "3-7")
    assert {cid: (row(col, cid)["due"] - TODAY.start).days for cid in ids} == days  # a fixed seed per card


def test_a_new_card_given_a_due_date_becomes_a_review_card_that_can_be_answered(col: Collection) -> None:
    (cid,) = add(col, "new")
    set_due_date(col, [cid], "4")
    card = row(col, cid)
    assert card["state"] == State.REVIEW and card["due"] == study_day(NOW, offset_days=4).start
    assert card["stability"] is not None and 3 < card["stability"] < 5  # an interval of 4 days at 90% retention
    assert 1 <= card["difficulty"] <= 10
    assert logs(col, cid) == 0
    answered = Study(col).answer(cid, 3, 3000, when=card["due"] + timedelta(hours=6))
    assert answered.memory.stability > card["stability"]


def test_undo_puts_back_only_what_the_action_changed(col: Collection) -> None:
    cid = reviewed(col)
    change = set_due_date(col, [cid], "2")
    set_flag(col, [cid], 3)  # a later, separate action
    undo_change(col, change)
    assert row(col, cid)["flag"] == 3


def test_unknown_cards_change_nothing(col: Collection) -> None:
    cid = reviewed(col)
    before = row(col, cid)
    with pytest.raises(NotFound, match="no card with id 999; nothing was changed"):
        set_due_date(col, [cid, 999], "0")
    with pytest.raises(NotFound):
        forget_cards(col, [999, cid])
    assert row(col, cid) == before


@pytest.mark.parametrize("text", ["", "x", "-1", "7-3", "1!!", "1.5", "99999"])
def test_bad_due_dates_are_one_line_usage_errors(text: str) -> None:
    with pytest.raises(UsageError, match="not a due date"):
        parse_due(text)


def test_due_syntax() -> None:
    assert (parse_due("0").low, parse_due("0").reset_interval) == (0, False)
    assert str(parse_due(" 3-7! ")) == "3-7!" and parse_due("3-7!").reset_interval


def test_reposition_puts_new_cards_first_leaves_review_cards_and_undo_restores(col: Collection) -> None:
    a, b, c = (add(col, f"n{i}")[0] for i in range(3))
    done = reviewed(col)
    review_before = row(col, done)
    change = reposition_new(col, [c, done], start=0)
    assert row(col, c)["position"] == 0 and row(col, done) == review_before  # not new: left alone
    shown = Study(col).next_card()
    assert shown is not None and shown.id == c  # a session shows it first now
    assert undo_change(col, change) == 2 and row(col, c)["position"] > row(col, b)["position"] > row(col, a)["position"]


def test_reposition_with_a_step_keeps_their_order_and_shift_makes_room(col: Collection) -> None:
    a, b, c, d = (add(col, f"m{i}")[0] for i in range(4))
    first = row(col, a)["position"]
    reposition_new(col, [d, c], start=first, step=10, shift=True)
    positions = {cid: row(col, cid)["position"] for cid in (a, b, c, d)}
    assert (positions[c], positions[d]) == (first, first + 10)  # c came before d, and still does
    assert positions[a] == first + 20 and positions[b] > positions[a]  # the others moved back by 2 × 10


@pytest.mark.parametrize("text", ["", "x", "1 0", "-1", "1 2 3"])
def test_a_bad_position_is_refused_in_one_line(text: str) -> None:
    with pytest.raises(UsageError) as refused:
        parse_reposition(text)
    assert "\n" not in str(refused.value)
    assert parse_reposition("10 5 shift") == (10, 5, True) and parse_reposition(" 3 ") == (3, 1, False)
