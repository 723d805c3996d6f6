"""Changes to chosen cards (from a search or the command line): one write transaction each.

Every action checks first that all the cards exist and changes nothing when one
does not, so a typo in a card id never half-applies a command.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from sqlalchemy.orm import Session

from srs.core.consts import FLAG_NAMES, MAX_FLAG
from srs.core.errors import NotFound, UsageError
from srs.db.card_edits import delete_notes_of_cards, existing_card_ids, set_cards
from srs.service.collection import Collection


def _existing(s: Session, card_ids: Iterable[int]) -> list[int]:
    ids = sorted({int(i) for i in card_ids})
    found = existing_card_ids(s, ids)
    missing = [i for i in ids if i not in found]
    if missing:
        shown = ", ".join(map(str, missing[:10])) + (" …" if len(missing) > 10 else "")
        raise NotFound(f"no card with id {shown}; nothing was changed (see `srs cards`)")
    return ids


def _set(col: Collection, card_ids: Iterable[int], column: Literal["suspended", "flag"], value: bool | int) -> int:
    """Set one column; returns how many cards changed (those that already had the value do not count)."""
    with col.write() as s:
        return set_cards(s, _existing(s, card_ids), column, value)


def set_suspended(col: Collection, card_ids: Iterable[int], suspended: bool) -> int:
    """Suspend (or unsuspend) cards; returns how many changed."""
    return _set(col, card_ids, "suspended", bool(suspended))


def set_flag(col: Collection, card_ids: Iterable[int], flag: int) -> int:
    """Flag cards with colour 1–7, or clear the flag with 0; returns how many changed."""
    if isinstance(flag, bool) or flag not in FLAG_NAMES:
        raise UsageError(f"flag must be 0 (none) or 1–{MAX_FLAG}, not {flag}")
    return _set(col, card_ids, "flag", int(flag))


def delete_cards(col: Collection, card_ids: Iterable[int]) -> int:
    """Delete the notes of these cards, with all their cards and review history.

    Returns how many cards were deleted (a note's other cards go with it).
    """
    with col.write() as s:
        return delete_notes_of_cards(s, _existing(s, card_ids))
