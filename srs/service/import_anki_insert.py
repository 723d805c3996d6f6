"""An Anki package's or text file's new notes written: notes, cards, links, then the replayed review history.

The writing half of ``srs.service.import_anki_store``'s :func:`apply_batch`, in the caller's write transaction;
:func:`stage_new` and :func:`move_staged`, the same rows (no history) staged before the lock and moved under it.
"""
from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from contextlib import ExitStack
from datetime import datetime

from sqlalchemy.orm import Session

from srs.anki import ImportedCard, ImportedNote
from srs.anki.history import ANSWER_COLUMNS, CARD_COLUMNS, HistoryJob
from srs.core.consts import State
from srs.db.bulk import BulkLoad
from srs.db.engine import sqlite_cursor
from srs.db.staged_notes import StagedNotes
from srs.db.types import to_micros
from srs.service import notes_store as store

BULK_ROWS = 20_000  # from this many new rows in a table (and more than it holds) its indexes are rebuilt once


def insert_new(s: Session, rows: list[tuple[store.NoteValues, store.Placement, list[int]]], notes: list[ImportedNote],
                fields: list[str], now: datetime, package_cards: int,
                history: HistoryJob | None, position: int) -> None:
    """New notes and cards, then the replayed history of their cards as review logs and schedules.

    A package card becomes card ``base + rank``, the ids the history job
    replayed with (fuzz is seeded by the card id); a note the package gives no
    cards gets ids after all of those.
    """
    if not rows:
        return
    load = BulkLoad(s.connection())
    base = load.next_card_id()
    if history is not None:
        history.rebase(base)  # another writer took these ids after the job started: it replays again, here
    more = itertools.count(base + package_cards if history is not None else base)
    ranked = 0  # package cards inserted: when all are, every replayed answer is ours

    def card_of(i: int, ordinal: int) -> ImportedCard | None:
        for ic in notes[i].cards:
            if ic.ordinal == ordinal:
                return ic
        return None

    def card_id(i: int, ordinal: int) -> int:
        nonlocal ranked
        ic = card_of(i, ordinal) if history is not None else None  # (no replay: any ids will do)
        if ic is None:
            return next(more)
        ranked += 1
        return base + ic.rank

    def schedule(i: int, ordinal: int, _card_id: int) -> store.CardSchedule | None:  # the history sets the rest
        ic = card_of(i, ordinal)
        if ic is None or not (ic.suspended or ic.flag):
            return None
        return (int(State.NEW), None, None, None, now, None, 0, 0, int(ic.suspended), ic.flag)

    incoming = {"notes": len(notes), "note_sources": len(notes), "cards": sum(len(ords) for _, _, ords in rows),
                "review_logs": history.answers if history is not None else 0}

    def bulk(stack: ExitStack, *tables: str, keep: tuple[str, ...] = ()) -> None:  # a big import indexes once
        for table in tables:
            if incoming[table] >= BULK_ROWS and incoming[table] > load.rows(table):
                stack.enter_context(load.indexes_rebuilt_after(table, keep=keep))

    with ExitStack() as stack:
        # the history updates cards (with their indexes in place: 0.2 s, not 0.03 s), and arrives card by
        # card in about card id order, so the review log's card index grows as parts are copied
        bulk(stack, "cards")
        bulk(stack, "review_logs", keep=("card_id",))
        with ExitStack() as notes_stack:
            bulk(notes_stack, "notes", "note_sources")
            store.insert_notes(s, rows, now, fields=fields, card_ids=card_id, schedule=schedule, position=position)
        # (the notes are indexed again while the history may still be replaying)
        if history is not None:
            load.copy_history(history.parts(), None if ranked == package_cards else base, ANSWER_COLUMNS, CARD_COLUMNS[1:])


def stage_new(staged: StagedNotes, rows: Sequence[tuple[store.NoteValues, str, str, list[int]]],
              notes: Sequence[ImportedNote], fields: Sequence[str], now: datetime) -> None:
    """Stage new notes (values, deck name, guid, card ordinals) with no lock held, as :func:`insert_new` would
    write them without a history: a card suspended or flagged in the package stays so, the rest are new."""
    now_us = to_micros(now)
    staged_notes: list[tuple[object, ...]] = []
    cards: list[tuple[int, int, int, int]] = []
    for i, ((v, deck, guid, ordinals), n, fields_json) in enumerate(zip(rows, notes, fields, strict=True)):
        staged_notes.append((
            guid, v["key"], v["kind"], v["rule"], v["template"], int(v["reverse"]), v["front"], v["back"], fields_json,
            v["tags"], json.dumps(v["heading_path"], ensure_ascii=False) if v["heading_path"] else "[]", deck,
            v["line"], v["content_hash"], v["tradeoff"], v["linked_note_id"],
            to_micros(v["modified_at"]) if v.get("modified_at") else now_us))
        by_ordinal = {c.ordinal: c for c in n.cards}
        for ordinal in ordinals:
            ic = by_ordinal.get(ordinal)
            cards.append((i, ordinal, int(ic.suspended) if ic else 0, ic.flag if ic else 0))
    staged.stage(staged_notes, cards)


def move_staged(s: Session, staged: StagedNotes, decks: Sequence[tuple[str, int]], source_id: int, now: datetime,
                position: int) -> int:
    """The staged notes moved in, in the caller's write transaction; returns the position after their cards."""
    staged.move(sqlite_cursor(s.connection()), decks, source_id, to_micros(now), position)
    return position + staged.cards
