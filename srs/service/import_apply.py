"""Writing an import plan: the only part of a notes import that holds the write lock.

``srs.service.import_plan`` did the matching from a read; here each kind of
change is one prepared statement run over its rows (no ORM objects, no
per-note queries), so a re-import of a 2 MB file holds SQLite's write lock for
tens of milliseconds, not seconds, and an answer made meanwhile waits that long
at most. The plan is applied only if what it read is unchanged (:class:`Stale`
otherwise). :func:`write_plan` writes it a slice at a time in transactions sized
by their lock time, with an undo journal (``import_chunks``): all or nothing
still, though a reader may see part of it while it is written; :func:`apply_plan`
writes it all in the caller's one transaction (the plan made under the lock).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence, Sized
from contextlib import AbstractContextManager
from typing import TypeVar

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from srs.db import import_rows
from srs.db.engine import checkpoint_on
from srs.db.import_rows import PlanRows
from srs.db.import_rows import unstage as unstage
from srs.db.models import Card
from srs.db.note_edit_rows import park
from srs.service import notes_store as store
from srs.service import suggestions
from srs.service.collection import Collection, get_or_create_deck
from srs.service.import_chunks import FIRST_ROWS, ChunkedImport, chunked_import
from srs.service.import_plan import Changed, Plan, fingerprint, same_edits

T = TypeVar("T")
SMALL_PLAN_ROWS = FIRST_ROWS  # written in one transaction: no longer than the first of a chunked import


def stage(raw: sqlite3.Connection, plan: Plan) -> None:
    """Put the plan's new notes and cards in this connection's TEMP tables (no lock taken)."""
    import_rows.stage(raw, plan.new)


MOVES_PER_TRANSACTION = 1_000  # line numbers rewritten per short transaction (~10-30 ms of lock each)


def apply_moves(write: Callable[[], AbstractContextManager[Session]], plan: Plan) -> None:
    """Rewrite the line numbers of the plan's unchanged notes that moved, in short transactions of their
    own, before the plan's one transaction: a line inserted near the top moves every note below it, and
    rewriting 10k rows was most of a re-import's lock time (130-200 ms). A line number only says where an
    unchanged note now stands in the file as it is on disk, so writing it first is right even if the
    import then fails or is planned again (a plan made again finds these lines already in place)."""
    if plan.source_id is None:
        return
    for i in range(0, max(len(plan.moved), len(plan.relinked)), MOVES_PER_TRANSACTION):
        with write() as s:
            rows = PlanRows(s.connection())
            rows.move_lines(plan.moved[i:i + MOVES_PER_TRANSACTION])
            rows.link([(note_id, line) for line, note_id in plan.relinked[i:i + MOVES_PER_TRANSACTION]], plan.source_id)
    plan.moved, plan.relinked = [], []


class Stale(Exception):
    """What the plan read changed before it could be applied (another import, an edit, an edit in srs): plan again."""


def apply_plan(s: Session, plan: Plan) -> None:
    """Write ``plan`` in the caller's write transaction; :class:`Stale` (nothing written) if it is out of date."""
    parked = [note_id for note_id, _version in plan.conflicts]
    if fingerprint(s, plan.uri) != plan.seen or not same_edits(s, [*(c.note_id for c in plan.changed), *parked], parked):
        raise Stale(plan.uri)
    source = store.record_source(s, plan.uri, plan.digest, plan.fmt, plan.now)
    if plan.suggested is not None:
        suggestions.record(s, source, plan.suggested, plan.now)
    rows = PlanRows(s.connection())
    # Revive before the card changes: a card of a revived note whose side is gone stays suspended.
    rows.revive(plan.revived)
    rows.change([(c.values, c.note_id, c.indexed) for c in plan.changed])
    rows.move_lines(plan.moved)
    park(s.connection(), plan.conflicts, plan.now)  # the user's edits stay; the versions not applied wait (srs conflicts)
    adds = [(c.note_id, c.deck_id, o) for c in plan.changed for o in c.add_ordinals]
    if adds:  # new sides get new cards, after every card in the new-card order
        rows.add_cards(adds, (s.scalar(select(func.max(Card.position))) or 0) + 1, plan.now)
    rows.drop_cards([cid for c in plan.changed for cid in c.drop_cards])
    if plan.new:
        rows.move_staged([(name, get_or_create_deck(s, name).id) for name in dict.fromkeys(n.deck for n in plan.new)],
                         source.id, plan.now)
    rows.link(plan.links, source.id)
    rows.link([(note_id, line) for line, note_id in plan.relinked], source.id)  # not applied before
    rows.unlink(plan.unlinked, source.id)
    rows.prune(plan.pruned)
    rows.orphan(plan.orphaned, plan.now)


def write_plan(col: Collection, conn: Connection, plan: Plan) -> None:
    """Write ``plan`` as :func:`apply_plan` does, in short transactions on ``conn`` (which holds the staged
    new notes), each sized by its lock time, with an undo journal (``import_chunks``): still all or nothing.
    :class:`Stale` (nothing written) if it is out of date; a clash found on the way is undone and raised.
    A plan of a few rows is one transaction (as short, and no journal to write)."""
    if plan_rows(plan) <= SMALL_PLAN_ROWS:
        with col.write_on(conn) as s:
            apply_plan(s, plan)
        return

    parked = [note_id for note_id, _version in plan.conflicts]

    def unchanged(s: Session) -> None:
        if fingerprint(s, plan.uri) != plan.seen or not same_edits(s, [*(c.note_id for c in plan.changed), *parked], parked):
            raise Stale(plan.uri)

    with chunked_import(col, plan.uri, plan.fmt, plan.now, write=lambda: col.write_on(conn), check=unchanged,
                        checkpoint=lambda: checkpoint_on(conn)) as chunks:
        touched = {*plan.revived, *(c.note_id for c in plan.changed), *(n for _, n in plan.moved),
                   *(n for n, _ in plan.links), *(n for _, n in plan.relinked), *plan.orphaned}
        chunks.journal.save_notes(sorted(touched))
        chunks.journal.save_new([n.guid for n in plan.new])
        source_id = chunks.source_id
        # Revive before the card changes: a card of a revived note whose side is gone stays suspended.
        _in_slices(chunks, plan.revived, lambda rows, part: rows.revive(part))
        _in_slices(chunks, plan.changed, lambda rows, part: _change(rows, part, plan))
        _in_slices(chunks, plan.moved, lambda rows, part: rows.move_lines(part))
        if plan.new:
            with chunks.write(1) as s:
                decks = [(name, get_or_create_deck(s, name).id) for name in dict.fromkeys(n.deck for n in plan.new)]
            _in_slices(chunks, range(len(plan.new)),
                       lambda rows, part: rows.move_staged(decks, source_id, plan.now, (part[0], part[-1] + 1)))
        _in_slices(chunks, plan.links, lambda rows, part: rows.link(part, source_id))
        _in_slices(chunks, plan.relinked, lambda rows, part: rows.link([(n, line) for line, n in part], source_id))
        _in_slices(chunks, plan.orphaned, lambda rows, part: rows.orphan(part, plan.now))
        chunks.rest()
        with col.write_on(conn) as s:  # the last: the file's hash replaces the journal's token
            source = store.record_source(s, plan.uri, plan.digest, plan.fmt, plan.now)
            if plan.suggested is not None:
                suggestions.record(s, source, plan.suggested, plan.now)
            park(s.connection(), plan.conflicts, plan.now)  # the user's edits stay; the versions not applied wait
            rows = PlanRows(s.connection())
            rows.unlink(plan.unlinked, source.id)
            rows.prune(plan.pruned)  # (deleted with their history: no journal could bring that back)


def plan_rows(plan: Plan) -> int:
    """How many rows writing ``plan`` changes, about."""
    parts: tuple[Sized, ...] = (plan.new, plan.changed, plan.moved, plan.revived, plan.links, plan.relinked,
                                plan.unlinked, plan.orphaned, plan.pruned)
    return sum(len(part) for part in parts)


def _in_slices(chunks: ChunkedImport, items: Sequence[T], write: Callable[[PlanRows, Sequence[T]], None]) -> None:
    start = 0
    while start < len(items):
        part = items[start:start + chunks.rows()]
        with chunks.write(len(part)) as s:
            write(PlanRows(s.connection()), part)
        start += len(part)


def _change(rows: PlanRows, part: Sequence[Changed], plan: Plan) -> None:
    rows.change([(c.values, c.note_id, c.indexed) for c in part])
    adds = [(c.note_id, c.deck_id, o) for c in part for o in c.add_ordinals]
    if adds:  # new sides get new cards, after every card in the new-card order
        rows.add_cards(adds, rows.next_position(), plan.now)
    rows.drop_cards([cid for c in part for cid in c.drop_cards])
