"""An imported Anki history schedules the card exactly as answering those reviews here would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from srs.anki import ExportCard, ExportNote, ExportReview, write_apkg
from srs.core.scheduling import Memory, Rating, State, answer
from srs.db.models import Card, ReviewLog
from srs.service.collection import Collection
from srs.service.importing import import_paths
from srs.service.presets import default_rules

T0 = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
# (days after T0, rating): learning steps, a lapse, same-day reviews, a long gap
HISTORY = [(0, 3), (0.001, 3), (1, 3), (4, 2), (15, 1), (15.01, 3), (16, 3), (16.2, 4), (60, 3), (400, 3)]


def package(tmp_path: Path) -> Path:
    reviews = tuple(ExportReview(0, T0 + timedelta(days=d), r, 3000) for d, r in HISTORY)
    notes = [
        ExportNote(guid="with-history", template="basic", front="Which queue holds poison messages?",
                   back="The dead-letter queue", deck="Imported", modified=T0,
                   cards=(ExportCard(0, state=2, due=T0 + timedelta(days=500), last_review=T0 + timedelta(days=400),
                                     stability=90.0, difficulty=5.0, interval_days=100, reps=len(HISTORY),
                                     lapses=1),),
                   reviews=reviews),
        ExportNote(guid="never-seen", template="basic", front="What is a saga?", back="A chain of local transactions",
                   deck="Imported", modified=T0, cards=(ExportCard(0),)),
    ]
    path = tmp_path / "history.apkg"
    write_apkg(path, notes, with_scheduling=True, now=T0 + timedelta(days=401))
    return path


def test_replayed_log_matches_answering_each_review_and_the_card_keeps_its_schedule(col: Collection, tmp_path: Path) -> None:
    (fr,) = import_paths(col, [package(tmp_path)]).files
    assert fr.status == "imported" and fr.new == 2
    with col.read() as s:
        cards = {c.note.front: c for c in s.scalars(select(Card))}
        card = cards["Which queue holds poison messages?"]
        logs = s.scalars(select(ReviewLog).where(ReviewLog.card_id == card.id).order_by(ReviewLog.reviewed_at)).all()
        options = default_rules(s).options
        fresh = cards["What is a saga?"]
        assert (fresh.state, fresh.reps, fresh.stability) == (0, 0, None), "a card without answers arrives new"
        memory = Memory(State.NEW, None, None, None, T0, None, 0, 0)
        for (days, rating), log in zip(HISTORY, logs, strict=True):
            when = T0 + timedelta(days=days)
            assert abs(log.reviewed_at - when) < timedelta(milliseconds=1)
            before = memory
            memory = answer(options, card.id, memory, Rating(rating), log.reviewed_at)
            assert (log.rating, log.state, log.stability, log.difficulty, log.due, log.prev_state) == (
                rating, int(memory.state), memory.stability, memory.difficulty, memory.due, int(before.state))
        # the review log is the replay's; the card is scheduled as the package has it (Anki's due date,
        # interval and memory state), not as the replay left it
        assert (card.state, card.step, card.stability, card.difficulty, card.due, card.last_review, card.reps,
                card.lapses) == (2, None, 90.0, 5.0, T0 + timedelta(days=500), T0 + timedelta(days=400), len(HISTORY), 1)
        assert (memory.stability, memory.due) != (90.0, T0 + timedelta(days=500))
