"""Writing notes and their cards: the storage half of every import."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from srs.core.cloze import cloze_numbers
from srs.core.notes import NoteDraft, Template
from srs.db.models import Card, Note, NoteSource, ReviewLog


def card_ordinals(template: str, front: str, reverse: bool) -> list[int]:
    """Which cards a note has: one per cloze number, or front(/back) sides."""
    if template == Template.CLOZE:
        return [n - 1 for n in cloze_numbers(front)] or [0]
    return [0, 1] if reverse else [0]


def tags_text(tags: tuple[str, ...] | list[str]) -> str:
    clean = [t.replace(" ", "_") for t in dict.fromkeys(tags) if t.strip()]
    return f" {' '.join(clean)} " if clean else ""


def make_guid(source_uri: str, key: str, taken: set[str]) -> str:
    base = hashlib.blake2b(f"{source_uri}|{key}".encode(), digest_size=8).hexdigest()
    guid, n = base, 1
    while guid in taken:
        n += 1
        guid = f"{base}-{n}"
    taken.add(guid)
    return guid


@dataclass
class Placement:
    deck_id: int
    source_id: int | None
    guid: str


def note_values(draft: NoteDraft, back: str, kind: str, linked: int | None, now: datetime) -> dict:
    return {
        "key": draft.key, "kind": kind, "rule": draft.rule, "template": str(draft.template),
        "reverse": draft.reverse, "front": draft.front, "back": back,
        "tags": tags_text(draft.tags), "heading_path": list(draft.heading_path), "line": draft.line,
        "content_hash": draft.content_hash, "tradeoff": draft.tradeoff, "linked_note_id": linked,
        "modified_at": now,
    }


def insert_notes(session: Session, rows: list[tuple[dict, Placement, list[int]]], now: datetime) -> list[int]:
    """Bulk-insert new notes with their cards (new, in source order); returns note ids."""
    if not rows:
        return []
    values = [
        {**vals, "guid": p.guid, "deck_id": p.deck_id, "source_id": p.source_id, "fields": {},
         "created_at": now, "orphaned_at": None}
        for vals, p, _ords in rows
    ]
    ids = list(session.scalars(insert(Note).returning(Note.id, sort_by_parameter_order=True), values))
    position = (session.scalar(select(func.max(Card.position))) or 0) + 1
    cards, links = [], []
    for note_id, (_vals, p, ords) in zip(ids, rows):
        for ordinal in ords:
            cards.append({
                "note_id": note_id, "deck_id": p.deck_id, "ordinal": ordinal, "position": position,
                "state": 0, "due": now, "reps": 0, "lapses": 0, "suspended": False, "flag": 0, "created_at": now,
            })
            position += 1
        if p.source_id is not None:
            links.append({"note_id": note_id, "source_id": p.source_id, "line": _vals["line"]})
    if cards:
        session.execute(insert(Card), cards)
    if links:
        session.execute(insert(NoteSource).prefix_with("OR IGNORE"), links)
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
                deck_id=note.deck_id, ordinal=ordinal, position=position, state=0, due=now,
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


def revive(session: Session, note: Note) -> None:
    if note.orphaned_at is not None:
        note.orphaned_at = None
        for card in note.cards:
            card.suspended = False


def prune(session: Session, note_ids: list[int]) -> None:
    if note_ids:
        session.execute(delete(Note).where(Note.id.in_(note_ids)))
