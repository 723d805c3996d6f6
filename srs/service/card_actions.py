"""Changes to chosen cards (from a search or the command line): one write transaction each.

Every action checks first that all the cards exist and changes nothing when one
does not, so a typo in a card id never half-applies a command.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.orm import Session

from srs.core.consts import FLAG_NAMES, MAX_FLAG
from srs.core.errors import NotFound, UsageError
from srs.db.models import Card, Note
from srs.service.collection import Collection

CHUNK = 500  # ids per statement, well under SQLite's bound-parameter limit


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def _existing(s: Session, card_ids: Iterable[int]) -> list[int]:
    ids = sorted({int(i) for i in card_ids})
    found: set[int] = set()
    for chunk in _chunks(ids):
        found.update(s.scalars(select(Card.id).where(Card.id.in_(chunk))))
    missing = [i for i in ids if i not in found]
    if missing:
        shown = ", ".join(map(str, missing[:10])) + (" …" if len(missing) > 10 else "")
        raise NotFound(f"no card with id {shown}; nothing was changed (see `srs cards`)")
    return ids


def _set(col: Collection, card_ids: Iterable[int], column: Any, value: Any) -> int:
    """Set one column; returns how many cards changed (those that already had the value do not count)."""
    changed = 0
    with col.write() as s:
        for chunk in _chunks(_existing(s, card_ids)):
            result = s.execute(
                update(Card).where(Card.id.in_(chunk), column.is_not(value)).values({column: value}),
                execution_options={"synchronize_session": False},
            )
            changed += cast("CursorResult[Any]", result).rowcount  # an UPDATE or DELETE answers with a cursor
    return changed


def set_suspended(col: Collection, card_ids: Iterable[int], suspended: bool) -> int:
    """Suspend (or unsuspend) cards; returns how many changed."""
    return _set(col, card_ids, Card.suspended, bool(suspended))


def set_flag(col: Collection, card_ids: Iterable[int], flag: int) -> int:
    """Flag cards with colour 1–7, or clear the flag with 0; returns how many changed."""
    if isinstance(flag, bool) or flag not in FLAG_NAMES:
        raise UsageError(f"flag must be 0 (none) or 1–{MAX_FLAG}, not {flag}")
    return _set(col, card_ids, Card.flag, int(flag))


def delete_cards(col: Collection, card_ids: Iterable[int]) -> int:
    """Delete the notes of these cards, with all their cards and review history.

    Returns how many cards were deleted (a note's other cards go with it).
    """
    with col.write() as s:
        ids = _existing(s, card_ids)
        note_ids: set[int] = set()
        for chunk in _chunks(ids):
            note_ids.update(s.scalars(select(Card.note_id).where(Card.id.in_(chunk))))
        notes = sorted(note_ids)
        deleted = 0
        for chunk in _chunks(notes):
            deleted += s.scalar(select(func.count()).select_from(Card).where(Card.note_id.in_(chunk))) or 0
            s.execute(delete(Note).where(Note.id.in_(chunk)), execution_options={"synchronize_session": False})
    return int(deleted)

