"""Writing notes and their cards: the storage half of every import."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Protocol

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from srs.core.cloze import cloze_numbers
from srs.core.consts import State
from srs.core.notes import NoteDraft, Template
from srs.core.printable import clean_name
from srs.db.models import Card, Note, NoteSource, ReviewLog, Source

# the bulk writer and its row types live in srs.db.note_rows; the importers name them store.X
from srs.db.note_rows import CardSchedule as CardSchedule
from srs.db.note_rows import NoteValues as NoteValues
from srs.db.note_rows import Placement as Placement
from srs.db.note_rows import Scheduler as Scheduler
from srs.db.note_rows import insert_notes as insert_notes


def card_ordinals(template: str, front: str, reverse: bool) -> list[int]:
    """Which cards a note has: one per cloze number, or front(/back) sides."""
    if template == Template.CLOZE:
        return [n - 1 for n in cloze_numbers(front)] or [0]
    return [0, 1] if reverse else [0]


def tags_text(tags: tuple[str, ...] | list[str]) -> str:
    return _tags_text(tuple(tags)) if tags else ""


@lru_cache(maxsize=4096)
def _tags_text(tags: tuple[str, ...]) -> str:  # an import's notes share a few sets of tags
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


def edited_at(previous: datetime | None, now: datetime) -> datetime:
    """The modification time of an edit: ``now``, or else one second past the note's last
    one (Anki keeps a note whose mtime, in whole seconds, is not older than the incoming
    one: an edit made with the clock set back must still reach it in the next export)."""
    if previous is None or int(now.timestamp()) > int(previous.timestamp()):
        return now
    return previous.replace(microsecond=0) + timedelta(seconds=1)


def note_values(draft: NoteDraft, back: str, kind: str, linked: int | None, now: datetime) -> NoteValues:
    return {
        "key": draft.key, "kind": kind, "rule": draft.rule, "template": str(draft.template),
        "reverse": draft.reverse, "front": draft.front, "back": back,
        "tags": tags_text(draft.tags), "heading_path": list(draft.heading_path), "line": draft.line,
        "content_hash": draft.content_hash, "tradeoff": draft.tradeoff, "linked_note_id": linked,
        "modified_at": now,
    }


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
