"""What an export reads: notes, their cards' schedules, deck and source names, the review log's SQL.

Plain rows on the sqlite3 cursor: SQLAlchemy's result processing was a third of an
export of 50k notes (profiled). Times leave this module as datetimes (a note's
modification time also in whole seconds, as Anki compares them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection

from srs.core.days import DAY_US, interval_days
from srs.db.engine import sqlite_cursor
from srs.db.micros import from_micros

# srs.anki.revlog_sql's columns from review_logs (the interval is srs.core.days.interval_days in SQL;
# a (re)learning card's step before the answer, its due minus its last review, is kept in prev_step_us).
REVIEWS_SQL = f"""
SELECT card_id AS card_key, reviewed_at AS reviewed_us, rating, duration_ms,
       max(0, (due - reviewed_at + {DAY_US // 2}) / {DAY_US}) AS interval_days,
       prev_interval_days AS last_interval_days, prev_state AS state_before,
       state AS state_after, due AS due_us, difficulty,
       prev_step_us AS last_step_us
FROM src.review_logs
"""

_CARD_COLUMNS = ("SELECT id, note_id, ordinal, state, due, last_review, stability, difficulty, reps, lapses, suspended,"
                 " buried_until, flag, step, deck_id, desired_retention, decay FROM cards")


class ScheduleRow(NamedTuple):
    """A card's schedule as an export writes it."""

    id: int
    note_id: int
    ordinal: int
    state: int
    due: datetime
    last_review: datetime | None
    interval_days: int
    stability: float | None
    difficulty: float | None
    reps: int
    lapses: int
    suspended: bool
    buried_until: datetime | None
    flag: int
    step: int | None
    deck_id: int
    desired_retention: float | None
    decay: float | None


class NoteRow(NamedTuple):
    """A note as an export writes it."""

    id: int
    guid: str
    template: str
    front: str
    back: str
    heading_path: list[str]
    source_id: int | None
    deck_id: int
    tags: str
    reverse: bool
    modified_at: datetime
    anki_guid: str | None


class NoteStamp(NamedTuple):
    """A live note's identity and when it was last modified, in whole seconds (Anki's note mtime)."""

    id: int
    guid: str
    anki_guid: str | None
    modified_s: int


def _schedule(row: tuple[Any, ...]) -> ScheduleRow:
    (card_id, note_id, ordinal, state, due, last, stability, difficulty, reps, lapses, suspended, buried, flag, step,
     deck_id, retention, decay) = row
    return ScheduleRow(card_id, note_id, ordinal, state, from_micros(due), None if last is None else from_micros(last),
                       interval_days(due, last), stability, difficulty, reps, lapses, bool(suspended),
                       None if buried is None else from_micros(buried), flag, step, deck_id, retention, decay)


def _in_scope(deck_ids: Iterable[int] | None, note_ids: Iterable[int] | None) -> str:
    """The notes-table condition for a deck subtree and a set of notes (ids are ints: written inline)."""
    where = "" if deck_ids is None else f" AND deck_id IN ({', '.join(str(int(i)) for i in deck_ids)})"
    if note_ids is not None:
        where += f" AND id IN ({', '.join(str(int(i)) for i in note_ids) or 'NULL'})"
    return where


def deck_names(conn: Connection) -> dict[int, str]:
    return dict(sqlite_cursor(conn).execute("SELECT id, name FROM decks").fetchall())


def source_uris(conn: Connection) -> dict[int, str]:
    return dict(sqlite_cursor(conn).execute("SELECT id, uri FROM sources").fetchall())


def deck_presets(conn: Connection) -> list[tuple[int, float, list[float] | None]]:
    """Each deck's (id, preset's desired retention, preset's FSRS parameters)."""
    rows = sqlite_cursor(conn).execute(
        "SELECT d.id, p.desired_retention, p.parameters FROM decks d JOIN presets p ON p.id = d.preset_id")
    return [(deck_id, retention, json.loads(parameters) if parameters else None) for deck_id, retention, parameters in rows]


def live_notes(conn: Connection, deck_ids: Iterable[int] | None = None,
               note_ids: Iterable[int] | None = None) -> list[NoteRow]:
    """Notes not orphaned, in the decks ``deck_ids`` (all if None) and among ``note_ids`` (all if None), by id."""
    rows = sqlite_cursor(conn).execute(
        "SELECT id, guid, template, front, back, heading_path, source_id, deck_id, tags, reverse, modified_at,"
        f" json_extract(fields, '$.anki_guid') FROM notes WHERE orphaned_at IS NULL{_in_scope(deck_ids, note_ids)}"
        " ORDER BY id").fetchall()
    return [NoteRow(note_id, guid, template, front, back, json.loads(heading_path), source_id, deck_id, tags,
                    bool(reverse), from_micros(modified), anki)
            for (note_id, guid, template, front, back, heading_path, source_id, deck_id, tags, reverse, modified, anki)
            in rows]


def live_cards(conn: Connection, deck_ids: Iterable[int] | None = None,
               note_ids: Iterable[int] | None = None) -> Iterator[ScheduleRow]:
    """The cards of ``live_notes(conn, deck_ids, note_ids)``, by note and ordinal (every card when both are None)."""
    scope = _in_scope(deck_ids, note_ids)
    where = f" WHERE note_id IN (SELECT id FROM notes WHERE orphaned_at IS NULL{scope})" if scope else ""
    return map(_schedule, sqlite_cursor(conn).execute(_CARD_COLUMNS + where + " ORDER BY note_id, ordinal"))


def live_ordinals(conn: Connection, deck_ids: Iterable[int] | None = None,
                  note_ids: Iterable[int] | None = None) -> Iterator[tuple[int, int]]:
    """(note id, ordinal) of the cards of ``live_notes(conn, deck_ids, note_ids)``: what an export without
    scheduling needs of them (its cards are written new)."""
    scope = _in_scope(deck_ids, note_ids)
    where = f" WHERE note_id IN (SELECT id FROM notes WHERE orphaned_at IS NULL{scope})" if scope else ""
    return iter(sqlite_cursor(conn).execute("SELECT note_id, ordinal FROM cards" + where + " ORDER BY note_id, ordinal"))


def cards_by_id(conn: Connection, card_ids: Iterable[int]) -> list[ScheduleRow]:
    ids = ", ".join(str(int(c)) for c in card_ids)
    return [_schedule(r) for r in sqlite_cursor(conn).execute(f"{_CARD_COLUMNS} WHERE id IN ({ids})")]


def note_stamps(conn: Connection) -> list[NoteStamp]:
    rows = sqlite_cursor(conn).execute(
        "SELECT id, guid, json_extract(fields, '$.anki_guid'), modified_at FROM notes WHERE orphaned_at IS NULL")
    return [NoteStamp(nid, guid, anki, modified // 1_000_000) for nid, guid, anki, modified in rows]


def last_review_id(conn: Connection) -> int:
    return int(sqlite_cursor(conn).execute("SELECT coalesce(max(id), 0) FROM review_logs").fetchone()[0])


def answered_between(conn: Connection, after_id: int, up_to_id: int) -> list[int]:
    """The cards answered in review-log rows with ids in (after_id, up_to_id]."""
    return [cid for (cid,) in sqlite_cursor(conn).execute(
        "SELECT DISTINCT card_id FROM review_logs WHERE id > ? AND id <= ?", (after_id, up_to_id))]


def card_ids_of_notes(conn: Connection, note_ids: Iterable[int]) -> set[int]:
    ids = ", ".join(str(int(n)) for n in note_ids)
    return {cid for (cid,) in sqlite_cursor(conn).execute(f"SELECT id FROM cards WHERE note_id IN ({ids})")}


def suspensions_and_flags(conn: Connection) -> dict[int, tuple[bool, int]]:
    return {cid: (bool(sus), flag) for cid, sus, flag in sqlite_cursor(conn).execute("SELECT id, suspended, flag FROM cards")}
