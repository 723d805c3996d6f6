"""The answer path's typed rows: times cross srs/db as datetimes, and an undo record puts back what it took."""

from __future__ import annotations

from datetime import timedelta

from srs.core.consts import Rating, State
from srs.db.answer_rows import AnswerRows, burials_before, undo_record, values_before
from srs.service.collection import Collection
from srs.service.reviewing import Study
from tests.factory import add_notes


def test_a_card_row_reads_times_as_datetimes_and_its_undo_record_restores_them(col: Collection) -> None:
    add_notes(col, "Deck", [("What is SLI?", "what you measure")], reverse=True)
    study = Study(col, "Deck")
    shown = study.next_card()
    assert shown is not None
    answered = study.answer(shown.id, Rating.GOOD, 3000)
    with col.engine.connect() as conn:
        row = AnswerRows(conn).card(shown.id)
    assert row is not None and row.state == State.LEARNING and row.reps == 1
    assert row.last_review == answered.reviewed_at and row.due > row.last_review  # aware datetimes, not µs
    assert row.due - answered.reviewed_at < timedelta(days=1)
    record = undo_record(row)
    back = values_before(record)
    assert (back["due"], back["last_review"], back["reps"], back["suspended"]) == (row.due, row.last_review, 1, False)
    assert burials_before({"c": record["c"], "s": [(7, None), (8, record["c"][4])]}) == [(7, None), (8, row.due)]


def test_an_answer_buries_the_sibling_and_undo_unburies_it(col: Collection) -> None:
    add_notes(col, "Deck", [("What is SLI?", "what you measure")], reverse=True)
    study = Study(col, "Deck")
    shown = study.next_card()
    assert shown is not None
    answered = study.answer(shown.id, Rating.GOOD, 3000)
    with col.engine.connect() as conn:
        rows = AnswerRows(conn)
        first = rows.card(shown.id)
        assert first is not None
        [(sibling_id, buried_us)] = rows.siblings(first)  # as the undo record keeps it: µs
        sibling = rows.card(sibling_id)
    assert sibling is not None and sibling.buried_until is not None
    assert sibling.buried_until > answered.reviewed_at and isinstance(buried_us, int)
    study.take_back(answered.log_id)
    with col.engine.connect() as conn:
        rows = AnswerRows(conn)
        again, sibling = rows.card(shown.id), rows.card(sibling_id)
    assert again is not None and again.reps == 0 and again.last_review is None
    assert sibling is not None and sibling.buried_until is None


def test_only_the_newest_answers_keep_an_undo_record_and_an_older_one_is_refused(col: Collection, monkeypatch) -> None:
    """Issue #22: the review log holds no undo record; the newest UNDO_RECORDS_KEPT answers have one each
    (pruned every UNDO_PRUNE_EVERY answers)."""
    import pytest
    from sqlalchemy import text

    from srs.core.errors import SrsError
    from srs.db import answer_rows

    monkeypatch.setattr(answer_rows, "UNDO_RECORDS_KEPT", 3)
    monkeypatch.setattr(answer_rows, "UNDO_PRUNE_EVERY", 1)
    add_notes(col, "Deck", [(f"q{i}", f"a{i}") for i in range(5)])
    study = Study(col, "Deck")
    answered = []
    while (shown := study.next_card()) is not None and len(answered) < 5:
        answered.append(study.answer(shown.id, Rating.EASY, 1000))
    with col.read() as s:
        kept = s.execute(text("SELECT log_id FROM answer_undo ORDER BY log_id")).scalars().all()
        logs = s.scalar(text("SELECT count(*) FROM review_logs"))
    assert logs == 5 and kept == [a.log_id for a in answered[-3:]]
    with pytest.raises(SrsError, match="too old to undo") as refused:
        study.take_back(answered[0].log_id)
    assert "\n" not in str(refused.value)
    assert study.take_back(answered[-1].log_id) == answered[-1].card_id
    with col.read() as s:
        assert s.scalar(text("SELECT count(*) FROM review_logs")) == 4
        assert s.scalar(text("SELECT count(*) FROM answer_undo")) == 2, "the record goes with its log row"
