"""The statements behind changes to chosen cards (srs.service.card_actions): which ids exist, one
column set on many cards, and deleting the notes of cards.

Ids go in chunks of ``CHUNK``, well under SQLite's bound-parameter limit, all inside the
caller's write session; the ORM's session sync is skipped (nothing here is loaded as objects).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, cast

from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.orm import Session

from srs.db.models import Card, Note

CHUNK = 500  # ids per statement
_NO_SYNC = {"synchronize_session": False}
# The card columns a bulk action sets, by name, so the service never touches a mapped column.
SETTABLE = {"suspended": Card.suspended, "flag": Card.flag}


def chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def existing_card_ids(s: Session, ids: list[int]) -> set[int]:
    """Those of ``ids`` that are cards."""
    found: set[int] = set()
    for chunk in chunks(ids):
        found.update(s.scalars(select(Card.id).where(Card.id.in_(chunk))))
    return found


def set_cards(s: Session, ids: list[int], column: Literal["suspended", "flag"], value: bool | int) -> int:
    """Set one column on the cards ``ids``; returns how many changed (those that had the value do not count)."""
    changed = 0
    target = SETTABLE[column]
    for chunk in chunks(ids):
        result = s.execute(update(Card).where(Card.id.in_(chunk), target.is_not(value)).values({target: value}),
                           execution_options=_NO_SYNC)
        changed += cast("CursorResult[Any]", result).rowcount  # an UPDATE or DELETE answers with a cursor
    return changed


def delete_notes_of_cards(s: Session, ids: list[int]) -> int:
    """Delete the notes of the cards ``ids``, with all their cards and review history (the schema
    cascades); returns how many cards went (a note's other cards go with it)."""
    note_ids: set[int] = set()
    for chunk in chunks(ids):
        note_ids.update(s.scalars(select(Card.note_id).where(Card.id.in_(chunk))))
    deleted = 0
    for chunk in chunks(sorted(note_ids)):
        deleted += s.scalar(select(func.count()).select_from(Card).where(Card.note_id.in_(chunk))) or 0
        s.execute(delete(Note).where(Note.id.in_(chunk)), execution_options=_NO_SYNC)
    return int(deleted)
