"""Answering a card and taking it back: one transaction each, exact undo.

Every answer stores the card's previous columns (and the siblings it buried,
and the note's tags if it became a leech) in an undo record beside its
review-log row, kept for the newest answers, so undo puts back exactly what
was there and deletes the row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, select, update

from srs.core.consts import Rating
from srs.core.days import study_day
from srs.core.errors import SrsError
from srs.core.scheduling import Memory, answer
from srs.db.answer_rows import (
    MEMORY_COLS,
    UNDO_RECORDS_KEPT,
    AnswerRows,
    burials_before,
    undo_record,
    undo_record_of,
    values_before,
)
from srs.db.models import Card, Note, ReviewLog
from srs.service.presets import DeckRules

# a mapped class's __table__ is its Table (SQLAlchemy types it as the wider FromClause)
cards = cast(Table, Card.__table__)
notes = cast(Table, Note.__table__)
logs = cast(Table, ReviewLog.__table__)


class AlreadyAnswered(SrsError):
    """The card changed since it was shown (answered in another session)."""


@dataclass(frozen=True)
class Answered:
    log_id: int
    card_id: int
    rating: Rating
    reviewed_at: datetime
    duration_ms: int
    became_leech: bool
    memory: Memory


def answer_card(
    conn: Connection, rules_for: Callable[[int], DeckRules], card_id: int, rating: Rating, when: datetime,
    duration_ms: int, expected_reps: int | None = None,
) -> Answered:
    """Schedule the answer and write card, log, burials and leech in the caller's transaction."""
    rows = AnswerRows(conn)
    row = rows.card(card_id)
    if row is None:
        raise SrsError(f"card {card_id} no longer exists")
    if expected_reps is not None and row.reps != expected_reps:
        raise AlreadyAnswered(f"card {card_id} was answered elsewhere since it was shown")
    rules = rules_for(row.deck_id)
    before = row.memory
    after = answer(rules.options, card_id, before, rating, when)
    prev = undo_record(row)
    if row.desired_retention is not None or row.decay is not None:
        # An answer here schedules with the preset's retention and decay (the card's go); undo brings them back.
        prev["r"] = [row.desired_retention, row.decay]
    suspended = bool(row.suspended)
    threshold = rules.leech_threshold
    leech = bool(after.lapses > before.lapses and threshold > 0 and after.lapses >= threshold
                 and (after.lapses - threshold) % max(1, threshold // 2) == 0)
    if leech:
        suspended = suspended or rules.leech_action == "suspend"  # "tag": tagged only, still studied
        prev["t"] = row.tags
        tags = row.tags.split()
        if "leech" not in tags:
            rows.set_tags(row.note_id, f" {' '.join([*tags, 'leech'])} ")
    siblings = rows.siblings(row) if rules.bury_siblings else []
    if siblings:
        rows.bury([sid for sid, _ in siblings], study_day(when, rules.day_start_hour).end)
        prev["s"] = siblings
    rows.write_card(card_id, after, suspended)
    log_id = rows.add_log(row, rating, when, duration_ms, after, prev)
    return Answered(log_id, card_id, rating, when, duration_ms, leech, after)


def undo_answer(conn: Connection, log_id: int) -> int:
    """Put the card back exactly as before the answer and delete the log row; returns card id."""
    found = undo_record_of(conn, log_id)
    if found is None:
        raise SrsError("nothing to undo: that answer is no longer in the review log")
    card_id, prev = found
    if prev is None:
        raise SrsError(f"that answer is too old to undo: srs keeps what only the newest {UNDO_RECORDS_KEPT:,} answers changed")
    conn.execute(update(cards).where(cards.c.id == card_id).values(**values_before(prev)))
    for sib_id, buried in burials_before(prev):
        conn.execute(update(cards).where(cards.c.id == sib_id).values(buried_until=buried))
    if "t" in prev:
        note_id = conn.scalar(select(cards.c.note_id).where(cards.c.id == card_id))
        conn.execute(update(notes).where(notes.c.id == note_id).values(tags=prev["t"]))
    conn.execute(delete(logs).where(logs.c.id == log_id))  # its undo record goes with it (ON DELETE CASCADE)
    return card_id


def card_columns(conn: Connection, card_id: int) -> dict[str, Any]:
    row = conn.execute(select(cards).where(cards.c.id == card_id)).first()
    if row is None:
        raise SrsError(f"card {card_id} no longer exists")
    return {c: getattr(row, c) for c in MEMORY_COLS}


def set_card(conn: Connection, card_id: int, values: dict[str, Any]) -> None:
    conn.execute(update(cards).where(cards.c.id == card_id).values(**values))
