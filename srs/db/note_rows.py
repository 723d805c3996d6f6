"""New notes and their cards, written in bulk: the storage half of an import's inserts.

Plain executemany on the sqlite3 cursor inside the caller's write transaction (which holds
SQLite's write lock, so the ids after max(id) are ours): ORM bulk inserts with RETURNING
were a third of the import time. Times arrive as datetimes and are stored as µs here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypedDict

from sqlalchemy.orm import Session

from srs.core.bundle import BUNDLED_SCHEME
from srs.core.consts import State
from srs.db.engine import sqlite_cursor
from srs.db.micros import to_micros
from srs.db.quick_read import Run


@dataclass
class Placement:
    deck_id: int
    source_id: int | None
    guid: str


class NoteValues(TypedDict):
    """A note's columns as an import writes them (srs.service.import_apply, insert_notes)."""

    key: str
    kind: str
    rule: str
    template: str
    reverse: bool
    front: str
    back: str
    tags: str
    heading_path: list[str]
    line: int
    content_hash: str
    tradeoff: str | None
    linked_note_id: int | None
    modified_at: datetime


_NOTE_COLS = (
    "id", "guid", "key", "kind", "rule", "template", "reverse", "front", "back", "fields", "tags", "heading_path",
    "deck_id", "source_id", "line", "content_hash", "tradeoff", "linked_note_id", "orphaned_at", "created_at", "modified_at",
)
_NOTE_SQL = f"INSERT INTO notes ({', '.join(_NOTE_COLS)}) VALUES ({', '.join('?' * len(_NOTE_COLS))})"
_CARD_COLS = (
    "id", "note_id", "deck_id", "ordinal", "position", "state", "step", "stability", "difficulty", "due", "last_review",
    "reps", "lapses", "suspended", "flag", "created_at",
)
_CARD_SQL = f"INSERT INTO cards ({', '.join(_CARD_COLS)}) VALUES ({', '.join('?' * len(_CARD_COLS))})"
_SOURCE_LINE_SQL = "INSERT OR IGNORE INTO note_sources (note_id, source_id, line) VALUES (?, ?, ?)"
CHUNK_NOTES = 5_000  # rows built and written per round: bounds the memory of a 50k-note import

# A card's scheduling columns: (state, step, stability, difficulty, due, last_review,
# reps, lapses, suspended, flag).
CardSchedule = tuple[int, "int | None", "float | None", "float | None", datetime, "datetime | None", int, int, int, int]
Scheduler = Callable[[int, int, int], "CardSchedule | None"]  # (row index, ordinal, card id) → schedule or new


def insert_notes(
    session: Session, rows: list[tuple[NoteValues, Placement, list[int]]], now: datetime, *,
    fields: list[str] | None = None, schedule: Scheduler | None = None,
    card_ids: Callable[[int, int], int] | None = None, position: int | None = None,
) -> list[int]:
    """Bulk-insert new notes with their cards (in source order); returns note ids.

    ``fields``: each note's ``fields`` JSON. ``schedule`` gives a card its
    scheduling columns (None: a new card). ``card_ids`` (row index, ordinal)
    → the card's id, for a caller that numbered the cards already; else they
    follow the largest id.

    Runs as plain executemany inside the caller's write transaction (which holds
    SQLite's write lock, so the ids after max(id) are ours): ORM bulk inserts
    with RETURNING were a third of the import time.
    """
    if not rows:
        return []
    cur = sqlite_cursor(session.connection())
    first = (cur.execute("SELECT max(id) FROM notes").fetchone()[0] or 0) + 1
    card_id = cur.execute("SELECT max(id) FROM cards").fetchone()[0] or 0
    if position is None:  # a caller inserting in batches passes it: max(position) scans the cards table
        position = (cur.execute("SELECT max(position) FROM cards").fetchone()[0] or 0) + 1
    now_us = to_micros(now)
    ids = list(range(first, first + len(rows)))
    for start in range(0, len(rows), CHUNK_NOTES):
        notes: list[tuple[Any, ...]] = []
        cards: list[tuple[int | float | None, ...]] = []
        links: list[tuple[int, int, int]] = []
        for i in range(start, min(start + CHUNK_NOTES, len(rows))):
            note_id, (v, p, ords) = ids[i], rows[i]
            notes.append((
                note_id, p.guid, v["key"], v["kind"], v["rule"], v["template"], int(v["reverse"]), v["front"], v["back"],
                fields[i] if fields is not None else "{}", v["tags"],
                json.dumps(v["heading_path"], ensure_ascii=False) if v["heading_path"] else "[]",
                p.deck_id, p.source_id, v["line"], v["content_hash"], v["tradeoff"], v["linked_note_id"], None, now_us,
                to_micros(v["modified_at"]) if v.get("modified_at") else now_us,
            ))
            for ordinal in ords:
                card_id = card_ids(i, ordinal) if card_ids is not None else card_id + 1
                planned = schedule(i, ordinal, card_id) if schedule is not None else None
                if planned is None:
                    cards.append((card_id, note_id, p.deck_id, ordinal, position, int(State.NEW), None, None, None, now_us, None,
                                  0, 0, 0, 0, now_us))
                else:
                    state, step, stability, difficulty, due, last, *counts = planned
                    cards.append((card_id, note_id, p.deck_id, ordinal, position, state, step, stability, difficulty,
                                  to_micros(due), None if last is None else to_micros(last), *counts, now_us))
                position += 1
            if p.source_id is not None:
                links.append((note_id, p.source_id, v["line"]))
        cur.executemany(_NOTE_SQL, notes)
        cur.executemany(_CARD_SQL, cards)
        cur.executemany(_SOURCE_LINE_SQL, links)
    return ids


def any_own_note(run: Run) -> bool:
    """Whether any note is the user's: imported from their files or a package, or synced in (not a bundled deck's)."""
    return bool(run("SELECT 1 FROM notes n LEFT JOIN sources s ON n.source_id = s.id"
                    " WHERE s.uri IS NULL OR s.uri NOT LIKE ? LIMIT 1", (BUNDLED_SCHEME + "%",)))
