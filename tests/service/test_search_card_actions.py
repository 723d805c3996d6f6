"""Card actions on searched cards: suspend, flag, delete, forget — all or nothing."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from srs.core.errors import NotFound, SrsError
from srs.db.models import Card, Note, ReviewLog
from srs.service.card_actions import delete_cards, set_flag, set_suspended
from srs.service.collection import Collection, get_or_create_deck
from srs.service.rescheduling import forget_cards
from srs.service.reviewing import Study
from srs.service.search import search_cards

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # tests/conftest.py's SRS_NOW
_serial = itertools.count(1)


def add(col: Collection, front: str, *, cloze: bool = False, **card: object) -> list[int]:
    n = next(_serial)
    with col.write() as s:
        deck_id = get_or_create_deck(s, "Deck").id
        note = Note(guid=f"g{n}", key=f"k{n}", kind="cloze" if cloze else "qa", rule="test",
                    template="cloze" if cloze else "basic", reverse=False, front=front, back="back", fields={}, tags="",
                    heading_path=[], deck_id=deck_id, line=n, content_hash="h", created_at=NOW, modified_at=NOW)
        s.add(note)
        s.flush()
        base = {"state": 0, "due": NOW, "reps": 0, "lapses": 0, "suspended": False, "flag": 0}
        cards = [Card(note_id=note.id, deck_id=deck_id, ordinal=o, position=n, created_at=NOW, **{**base, **card})
                 for o in ((0, 1) if cloze else (0,))]
        s.add_all(cards)
        s.flush()
        return [c.id for c in cards]


def ids_of(col: Collection, query: str) -> set[int]:
    return {r.id for r in search_cards(col, query)}


def test_suspend_and_unsuspend(col: Collection) -> None:
    (a,), (b,), (c,) = add(col, "a"), add(col, "b"), add(col, "c")
    assert set_suspended(col, [a, b], True) == 2
    assert ids_of(col, "is:suspended") == {a, b}
    assert set_suspended(col, [a, b, a], True) == 0  # already suspended: nothing changed
    study = Study(col)
    shown = []
    while (card := study.next_card()) is not None:
        shown.append(card.id)
        study.answer(card.id, 4)
    assert shown == [c]  # suspended cards are never studied
    assert set_suspended(col, [b], False) == 1
    assert ids_of(col, "is:suspended") == {a}


def test_unknown_card_changes_nothing(col: Collection) -> None:
    (a,) = add(col, "a")
    with pytest.raises(NotFound, match="no card with id 999, 1000; nothing was changed"):
        set_suspended(col, [a, 999, 1000], True)
    with pytest.raises(NotFound):
        set_flag(col, [a, 999], 3)
    with pytest.raises(NotFound):
        delete_cards(col, [a, 999])
    assert ids_of(col, "is:suspended OR flag:3") == set()
    assert ids_of(col, "") == {a}


def test_flags(col: Collection) -> None:
    (a,), (b,) = add(col, "a"), add(col, "b")
    assert set_flag(col, [a, b], 3) == 2
    assert ids_of(col, "flag:3") == {a, b}
    assert set_flag(col, [a], 7) == 1
    assert ids_of(col, "flag:7") == {a} and ids_of(col, "flag:3") == {b}
    assert set_flag(col, [a, b], 0) == 2
    assert ids_of(col, "flag:0") == {a, b}
    for bad in (8, -1, True):
        with pytest.raises(SrsError, match="flag must be 0"):
            set_flag(col, [a], bad)  # type: ignore[arg-type]


def test_delete_takes_the_whole_note_with_its_history(col: Collection) -> None:
    c1, c2 = add(col, "The {{c1::x}} and {{c2::y}}", cloze=True)
    (keep,) = add(col, "keep")
    study = Study(col)
    study.answer(c1, 3)
    study.answer(keep, 3)
    assert delete_cards(col, [c1]) == 2  # the note's other card goes with it
    assert ids_of(col, "") == {keep}
    with col.read() as s:
        assert s.scalar(select(func.count()).select_from(ReviewLog).where(ReviewLog.card_id.in_([c1, c2]))) == 0
        assert s.scalar(select(func.count()).select_from(ReviewLog)) == 1
        assert s.scalar(select(func.count()).select_from(Note)) == 1


def test_forget_makes_a_card_new_and_keeps_counts(col: Collection) -> None:
    (rev,) = add(col, "reviewed", state=2, stability=20.0, difficulty=6.0, last_review=NOW - timedelta(days=20),
                 due=NOW + timedelta(days=5), reps=7, lapses=2)
    (new,) = add(col, "new")
    assert forget_cards(col, [rev, new]).changed == 1  # the new card was new already
    (row,) = [r for r in search_cards(col, "is:new") if r.id == rev]
    assert (row.state, row.stability, row.difficulty, row.reps, row.lapses) == (0, None, None, 7, 2)
    assert row.due == NOW
