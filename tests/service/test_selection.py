"""Actions on a browser selection: many cards in one step, and undo that restores every row exactly."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from srs.core.errors import NotFound, UsageError
from srs.db.models import Card, Deck, Note, ReviewLog, Suggestion
from srs.service.collection import Collection
from srs.service.reviewing import Study
from srs.service.search import search_cards
from srs.service.selection import (
    add_tags,
    clean_tags,
    delete_selected,
    flag_cards,
    move_cards,
    redo,
    remove_tags,
    suspend_cards,
    undo,
)

from .test_rescheduling import reviewed
from .test_search_card_actions import NOW, add


def everything(col: Collection) -> dict[str, list[dict[str, Any]]]:
    """Every row of the tables an action may touch, as stored."""
    out = {}
    with col.read() as s:
        for model in (Note, Card, ReviewLog, Deck):
            table = model.__table__
            out[table.name] = [dict(r._mapping) for r in s.connection().execute(select(table).order_by(table.c.id))]
    return out


@pytest.fixture
def picked(col: Collection) -> list[int]:
    """Three cards of two notes (one a reviewed card with history) and one card left alone."""
    a = reviewed(col, "alpha")
    b1, b2 = add(col, "{{c1::beta}} {{c2::gamma}}", cloze=True)
    add(col, "left alone")
    return [a, b1, b2]


def ids(col: Collection, query: str) -> set[int]:
    return {r.id for r in search_cards(col, query)}


@pytest.mark.parametrize("act, query", [
    (lambda col, ids: suspend_cards(col, ids, True), "is:suspended"),
    (lambda col, ids: flag_cards(col, ids, 3), "flag:3"),
    (lambda col, ids: move_cards(col, ids, "Elsewhere::Sub"), "deck:elsewhere"),
    (lambda col, ids: add_tags(col, ids, ["exam", "aws::s3"]), "tag:exam tag:aws::s3"),
])
def test_an_action_changes_exactly_the_selection_and_one_undo_restores_every_row(
        col: Collection, picked: list[int], act: Any, query: str) -> None:
    before = everything(col)
    change = act(col, picked)
    assert ids(col, query) == set(picked)  # the card left alone is not touched
    after = everything(col)
    assert undo(col, change) > 0
    restored = everything(col)
    assert {k: v for k, v in restored.items() if k != "decks"} == {k: v for k, v in before.items() if k != "decks"}
    assert ids(col, query) == set()
    redo(col, change)
    assert everything(col) == after


def test_remove_tags_ignores_case_and_undo_puts_them_back(col: Collection, picked: list[int]) -> None:
    add_tags(col, picked, ["Exam", "keep"])
    before = everything(col)
    change = remove_tags(col, picked, ["exam"])
    assert ids(col, "tag:exam") == set() and ids(col, "tag:keep") == set(picked)
    undo(col, change)
    assert everything(col) == before


def test_a_tag_the_note_has_is_not_added_twice(col: Collection, picked: list[int]) -> None:
    add_tags(col, picked[:1], ["x"])
    change = add_tags(col, picked, ["X", "y"])
    with col.read() as s:
        tags = s.scalar(select(Note.tags).join(Card, Card.note_id == Note.id).where(Card.id == picked[0]))
    assert tags == " x y "
    assert change.changed == 2  # two notes


def test_delete_removes_the_notes_and_their_history_and_undo_puts_back_every_row(
        col: Collection, picked: list[int]) -> None:
    with col.write() as s:  # a suggestion accepted as one of these notes keeps pointing at it after undo
        nid = s.scalar(select(Card.note_id).where(Card.id == picked[0]))
        s.add(Suggestion(source_id=_source(s), key="k", kind="qa", rule="r", template="basic", front="f", back="b",
                         check="c", status="accepted", note_id=nid, created_at=NOW))
    before = everything(col)
    with col.read() as s:
        link_before = s.scalar(select(Suggestion.note_id))
    gone = delete_selected(col, picked[:2])  # one card of the cloze note: its sibling goes too
    assert gone.changed == 3
    assert ids(col, "") & set(picked) == set()
    assert [r for r in everything(col)["review_logs"]] == []
    assert undo(col, gone) == 3
    assert everything(col) == before
    with col.read() as s:
        assert s.scalar(select(Suggestion.note_id)) == link_before
    redo(col, gone)
    assert ids(col, "") & set(picked) == set()


def test_an_unknown_card_changes_nothing(col: Collection, picked: list[int]) -> None:
    before = everything(col)
    for act in (lambda: suspend_cards(col, [*picked, 999999]), lambda: delete_selected(col, [picked[0], 999999]),
                lambda: add_tags(col, [999999], ["t"])):
        with pytest.raises(NotFound, match="999999"):
            act()
    assert everything(col) == before


def test_typed_tags_are_split_and_a_blank_is_refused() -> None:
    assert clean_tags("#aws, s3  AWS x") == ["aws", "s3", "x"]
    with pytest.raises(UsageError, match="no tag"):
        clean_tags(" , ")
    with pytest.raises(UsageError, match="flag must be"):
        flag_cards(None, [1], 9)  # type: ignore[arg-type]


def _source(s: Any) -> int:
    from srs.db.models import Source

    src = Source(uri="file:///x.md", content_hash="h", format="markdown", imported_at=NOW)
    s.add(src)
    s.flush()
    return src.id


def test_deck_search_matches_the_full_name_in_any_case_with_wildcards_as_anki(col: Collection) -> None:
    from srs.service.collection import get_or_create_deck

    (aws,) = add(col, "an AWS card")
    (top,) = add(col, "a top-level card")
    move_cards(col, [aws], "Well-Architected::AWS")
    move_cards(col, [top], "aws")
    with col.write() as s:
        get_or_create_deck(s, "Empty")
    assert ids(col, "deck:AWS") == {top}  # the full name, not the last part of another deck's
    assert ids(col, "deck:well-architected::aws") == {aws}
    assert ids(col, "deck:well-architected") == {aws}  # and its subdecks
    assert ids(col, "deck:*aws") == {aws, top}
    assert ids(col, "deck:Well*") == {aws}
    assert ids(col, "deck:empty") == set()


def test_undo_of_a_delete_keeps_an_answer_given_since_that_took_a_deleted_answers_id(
        col: Collection, picked: list[int]) -> None:
    # SQLite gives a new answer the highest id plus one: deleting the last-answered card frees its answers' ids,
    # and the next answer on another card takes one of them. Undoing the delete must put both back.
    other = reviewed(col, "other")
    gone = delete_selected(col, [other])  # the newest answers go with it
    Study(col).answer(picked[0], 3, 3000, when=NOW)
    with col.read() as s:
        logs_before = s.execute(select(ReviewLog.card_id, ReviewLog.reviewed_at)).all()
    assert undo(col, gone) == 1
    with col.read() as s:
        logs = s.execute(select(ReviewLog.card_id, ReviewLog.reviewed_at)).all()
    assert sorted(logs) == sorted(logs_before + [(r["card_id"], r["reviewed_at"]) for r in gone.rows["review_logs"]])
    assert len([c for c, _ in logs if c == other]) == 2
