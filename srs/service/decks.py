"""Today's counts: one function for the deck list, the session header, the stats and `srs decks`.

A deck offers today its new cards and due reviews up to its daily limits (less
what it and its subdecks already did today, counted from the review log), and
never more than each deck above it allows; learning cards due within the
learn-ahead window are not limited. ``DayLimits`` is that rule, and both the
counts here and the session's queue (``srs.service.reviewing``) use it, so a
deck's row shows what a session on it offers.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from srs.core.days import StudyDay
from srs.core.errors import NotFound
from srs.db import deck_count_rows
from srs.db.models import Card
from srs.db.note_rows import any_own_note
from srs.db.quick_read import Run, sql_runner
from srs.service import deck_counts
from srs.service.collection import Collection
from srs.service.deck_counts import ALL_DECKS, LEARN_AHEAD_SECONDS, DayLimits, DeckCounts, flatten

__all__ = ["ALL_DECKS", "LEARN_AHEAD_SECONDS", "DayLimits", "DeckCounts", "flatten", "runner"]  # re-exported for callers


def runner(s: Session) -> Run:
    """``deck_counts``' way to query, on a session's connection (and so in its transaction)."""
    return sql_runner(s.connection())


def subtree_ids(conn: Connection, deck: str | None) -> list[int] | None:
    """Ids of ``deck`` and its subdecks (None: all decks); NotFound when there is no such deck."""
    return deck_count_rows.subtree_ids(sql_runner(conn), deck)


def day_limits(s: Session, day: StudyDay) -> DayLimits:
    return deck_counts.day_limits(runner(s), day)


def preset_hour(s: Session, deck: str | None) -> int:
    """The hour the study day starts for a session on ``deck``: its preset's (the default one for all decks)."""
    return deck_counts.preset_hour(runner(s), deck)


def _counted(col: Collection, hour_of: str | None) -> tuple[list[DeckCounts], DeckCounts]:
    """The deck tree and its "All decks" node, for the study day of ``hour_of``'s preset."""
    with col.read_sql() as run:
        return deck_counts.counted(run, col.now(), hour_of)


def deck_tree(col: Collection) -> list[DeckCounts]:
    """Top-level decks with their subtrees; counts include subdecks, capped by daily limits."""
    return _counted(col, None)[0]


def today_counts(col: Collection, deck: str | None = None) -> DeckCounts:
    """What a session on ``deck`` (with subdecks; None: all decks) offers now.

    The same numbers as the deck's row on the home screen and in `srs decks`, the
    session header before the first answer, and "due today" in the stats."""
    roots, everything = _counted(col, deck)
    if deck is None:
        return everything
    for node in flatten(roots):
        if node.name == deck:
            return node
    raise NotFound(f"no deck named {deck!r} (see `srs decks`)")


def card_count(col: Collection) -> int:
    """Cards in the whole collection: what an import's note counts turn into."""
    with col.read() as s:
        return int(s.scalar(select(func.count()).select_from(Card)) or 0)


def has_own_notes(col: Collection) -> bool:
    """Whether any note is the user's: imported from their files or a package, or synced in (not a bundled deck's)."""
    with col.read_sql() as run:
        return any_own_note(run)
