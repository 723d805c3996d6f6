"""Writing notes and their cards: the storage half of every import."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol, TypedDict

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from srs.core.cloze import cloze_numbers
from srs.core.consts import State
from srs.core.notes import NoteDraft, Template
from srs.core.printable import clean_name
from srs.db.engine import sqlite_cursor
from srs.db.models import Card, Note, NoteSource, ReviewLog, Source
from srs.db.types import to_micros


def card_ordinals(template: str, front: str, reverse: bool) -> list[int]:
    """Which cards a note has: one per cloze number, or front(/back) sides."""
    if template == Template.CLOZE:
        return [n - 1 for n in cloze_numbers(front)] or [0]
    return [0, 1] if reverse else [0]


def tags_text(tags: tuple[str, ...] | list[str]) -> str:
    clean = list(dict.fromkeys(t.strip().replace(" ", "_") for t in map(clean_name, tags) if t.strip()))
    return f" {' '.join(clean)} " if clean else ""


class GuidsTaken(Protocol):
    """A set of guids, or anything with ``in`` and ``add()`` (srs.service.matching.GuidsInUse)."""

    def __contains__(self, guid: object, /) -> bool: ...
    def add(self, guid: str, /) -> None: ...


def make_guid(source_uri: str, key: str, taken: GuidsTaken) -> str:
    base = hashlib.blake2b(f"{source_uri}|{key}".encode(), digest_size=8).hexdigest()
    guid, n = base, 1
    while guid in taken:
        n += 1
        guid = f"{base}-{n}"
    taken.add(guid)
    return guid


def record_source(session: Session, uri: str, digest: str, fmt: str, now: datetime) -> Source:
    """The source row for ``uri``, created or stamped with this import's hash and time."""
    source = session.scalar(select(Source).where(Source.uri == uri))
    if source is None:
        source = Source(uri=uri, content_hash=digest, format=fmt, imported_at=now)
        session.add(source)
        session.flush()
    source.content_hash, source.imported_at = digest, now
    return source


@dataclass
class Placement:
    deck_id: int
    source_id: int | None
    guid: str


def edited_at(previous: datetime | None, now: datetime) -> datetime:
    """The modification time of an edit: ``now``, or else one second past the note's last
    one (Anki keeps a note whose mtime, in whole seconds, is not older than the incoming
    one: an edit made with the clock set back must still reach it in the next export)."""
    if previous is None or int(now.timestamp()) > int(previous.timestamp()):
        return now
    return previous.replace(microsecond=0) + timedelta(seconds=1)


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


def note_values(draft: NoteDraft, back: str, kind: str, linked: int | None, now: datetime) -> NoteValues:
    return {
        "key": draft.key, "kind": kind, "rule": draft.rule, "template": str(draft.template),
        "reverse": draft.reverse, "front": draft.front, "back": back,
        "tags": tags_text(draft.tags), "heading_path": list(draft.heading_path), "line": draft.line,
        "content_hash": draft.content_hash, "tradeoff": draft.tradeoff, "linked_note_id": linked,
        "modified_at": now,
    }


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
CHUNK_NOTES = 5_000  # rows built and written per round: bounds the memory of a 50k-note import

# A card's scheduling columns: (state, step, stability, difficulty, due µs, last_review µs,
# reps, lapses, suspended, flag).
CardSchedule = tuple[int, "int | None", "float | None", "float | None", int, "int | None", int, int, int, int]
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
                    cards.append((card_id, note_id, p.deck_id, ordinal, position, 0, None, None, None, now_us, None,
                                  0, 0, 0, 0, now_us))
                else:
                    cards.append((card_id, note_id, p.deck_id, ordinal, position, *planned, now_us))
                position += 1
            if p.source_id is not None:
                links.append((note_id, p.source_id, v["line"]))
        cur.executemany(_NOTE_SQL, notes)
        cur.executemany(_CARD_SQL, cards)
        cur.executemany("INSERT OR IGNORE INTO note_sources (note_id, source_id, line) VALUES (?, ?, ?)", links)
    return ids


def sync_cards(session: Session, note: Note, ordinals: list[int], now: datetime) -> None:
    """Add cards for new ordinals; a vanished ordinal's card is deleted if never
    reviewed, else suspended (its history is kept)."""
    existing = {c.ordinal: c for c in note.cards}
    position = None
    for ordinal in ordinals:
        if ordinal not in existing:
            if position is None:
                position = (session.scalar(select(func.max(Card.position))) or 0) + 1
            note.cards.append(Card(
                deck_id=note.deck_id, ordinal=ordinal, position=position, state=int(State.NEW), due=now,
                reps=0, lapses=0, suspended=False, flag=0, created_at=now,
            ))
            position += 1
    for ordinal, card in existing.items():
        if ordinal in ordinals:
            continue
        reviewed = session.scalar(select(func.count()).select_from(ReviewLog).where(ReviewLog.card_id == card.id))
        if reviewed:
            card.suspended = True
        else:
            note.cards.remove(card)


def orphan(session: Session, note_ids: list[int], now: datetime) -> None:
    if note_ids:
        session.execute(update(Note).where(Note.id.in_(note_ids)).values(orphaned_at=now))
        session.execute(update(Card).where(Card.note_id.in_(note_ids)).values(suspended=True))


def link_sources(session: Session, links: list[dict[str, int]]) -> None:
    """Record (note, source, line) rows; an existing pair gets the new line."""
    if not links:
        return
    stmt = sqlite_insert(NoteSource)
    stmt = stmt.on_conflict_do_update(index_elements=["note_id", "source_id"], set_={"line": stmt.excluded.line})
    session.execute(stmt, links)


def revive(note: Note) -> None:
    if note.orphaned_at is not None:
        note.orphaned_at = None
        for card in note.cards:
            card.suspended = False


def prune(session: Session, note_ids: list[int]) -> None:
    if note_ids:
        session.execute(delete(Note).where(Note.id.in_(note_ids)))
