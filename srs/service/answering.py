"""Answering a card and taking it back: one transaction each, exact undo.

Every answer stores the card's previous columns (and the siblings it buried,
and the note's tags if it became a leech) in its review-log row, so undo puts
back exactly what was there and deletes the row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update

from srs.core.days import study_day
from srs.core.errors import SrsError
from srs.core.scheduling import Memory, Rating, State, answer
from srs.db.models import Card, Note, ReviewLog
from srs.db.types import from_micros, to_micros
from srs.service.presets import DeckRules

cards = Card.__table__
notes = Note.__table__
logs = ReviewLog.__table__

MEMORY_COLS = ("state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses", "suspended", "buried_until", "flag")


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


def _row_prev(row) -> dict:  # type: ignore[no-untyped-def]
    prev = {c: getattr(row, c) for c in MEMORY_COLS}
    for c in ("due", "last_review", "buried_until"):
        prev[c] = None if prev[c] is None else to_micros(prev[c])
    return prev


def _prev_to_values(prev: dict) -> dict:
    vals = {c: prev[c] for c in MEMORY_COLS}
    for c in ("due", "last_review", "buried_until"):
        vals[c] = None if vals[c] is None else from_micros(vals[c])
    return vals


def sibling_ids(conn: Connection, note_id: int, linked_note_id: int | None, card_id: int) -> list[tuple[int, int | None]]:
    """Cards of the same note, and of notes linked to the same tradeoff."""
    group = {note_id}
    anchor = linked_note_id or note_id
    group.add(anchor)
    group.update(conn.scalars(select(notes.c.id).where(notes.c.linked_note_id == anchor)).all())
    rows = conn.execute(
        select(cards.c.id, cards.c.buried_until)
        .where(cards.c.note_id.in_(group), cards.c.id != card_id, cards.c.suspended.is_(False))
    ).all()
    return [(r.id, None if r.buried_until is None else to_micros(r.buried_until)) for r in rows]


def answer_card(
    conn: Connection, rules: DeckRules, card_id: int, rating: Rating, when: datetime,
    duration_ms: int, expected_reps: int | None = None,
) -> Answered:
    """Schedule the answer and write card, log, burials and leech in the caller's transaction."""
    row = conn.execute(select(cards, notes.c.linked_note_id, notes.c.tags).join(notes, notes.c.id == cards.c.note_id).where(cards.c.id == card_id)).first()
    if row is None:
        raise SrsError(f"card {card_id} no longer exists")
    if expected_reps is not None and row.reps != expected_reps:
        raise AlreadyAnswered(f"card {card_id} was answered elsewhere since it was shown")
    before = Memory(State(row.state), row.step, row.stability, row.difficulty, row.due, row.last_review, row.reps, row.lapses)
    after = answer(rules.options, card_id, before, rating, when)
    prev = _row_prev(row)
    values = {
        "state": int(after.state), "step": after.step, "stability": after.stability,
        "difficulty": after.difficulty, "due": after.due, "last_review": after.last_review,
        "reps": after.reps, "lapses": after.lapses,
    }
    lapsed = after.lapses > before.lapses
    threshold = rules.leech_threshold
    leech = bool(lapsed and threshold > 0 and after.lapses >= threshold
                 and (after.lapses - threshold) % max(1, threshold // 2) == 0)
    if leech:
        values["suspended"] = True
        prev["note_tags"] = row.tags
        tags = row.tags.split()
        if "leech" not in tags:
            conn.execute(update(notes).where(notes.c.id == row.note_id).values(tags=f" {' '.join([*tags, 'leech'])} "))
    siblings = sibling_ids(conn, row.note_id, row.linked_note_id, card_id)
    if siblings:
        day_end = study_day(when, rules.day_start_hour).end
        conn.execute(update(cards).where(cards.c.id.in_([s for s, _ in siblings])).values(buried_until=day_end))
        prev["siblings"] = siblings
    conn.execute(update(cards).where(cards.c.id == card_id).values(**values))
    log_id = conn.execute(insert(logs).values(
        card_id=card_id, rating=int(rating), reviewed_at=when, duration_ms=max(0, int(duration_ms)),
        state=int(after.state), stability=after.stability, difficulty=after.difficulty, due=after.due, prev=prev,
    )).inserted_primary_key[0]
    return Answered(int(log_id), card_id, rating, when, duration_ms, leech, after)


def undo_answer(conn: Connection, log_id: int) -> int:
    """Put the card back exactly as before the answer and delete the log row; returns card id."""
    row = conn.execute(select(logs.c.card_id, logs.c.prev).where(logs.c.id == log_id)).first()
    if row is None:
        raise SrsError("nothing to undo: that answer is no longer in the review log")
    prev = row.prev
    conn.execute(update(cards).where(cards.c.id == row.card_id).values(**_prev_to_values(prev)))
    for sib_id, buried in prev.get("siblings", []):
        conn.execute(update(cards).where(cards.c.id == sib_id).values(buried_until=None if buried is None else from_micros(buried)))
    if "note_tags" in prev:
        note_id = conn.scalar(select(cards.c.note_id).where(cards.c.id == row.card_id))
        conn.execute(update(notes).where(notes.c.id == note_id).values(tags=prev["note_tags"]))
    conn.execute(delete(logs).where(logs.c.id == log_id))
    return int(row.card_id)


def card_columns(conn: Connection, card_id: int) -> dict:
    row = conn.execute(select(cards).where(cards.c.id == card_id)).first()
    if row is None:
        raise SrsError(f"card {card_id} no longer exists")
    return {c: getattr(row, c) for c in MEMORY_COLS}


def set_card(conn: Connection, card_id: int, values: dict) -> None:
    conn.execute(update(cards).where(cards.c.id == card_id).values(**values))
