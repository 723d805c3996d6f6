"""Actions on a browser selection: each takes many card ids, is one write, and is undone as one step.

Suspend, flag, move to deck and the tag edits change columns, so they return a
``CardChange`` (``srs.service.rescheduling``) like forget and set due date do:
undo puts back exactly the columns they set. Delete returns a ``Deletion``: a copy
of every row the delete removes (notes, their cards, review history, sources seen
in) and of the links to those notes it cut, so undo puts the notes back whole,
history included. ``undo`` and ``redo`` take either kind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, select, update

from srs.core.consts import FLAG_NAMES, MAX_FLAG
from srs.core.errors import UsageError
from srs.db.models import Card, Deck, Note, NoteEdit, NoteSource, ReviewLog, Suggestion
from srs.service.collection import Collection, get_or_create_deck
from srs.service.rescheduling import CHUNK, CardChange, _apply, _rows, redo_change, undo_change

notes_t = cast(Table, Note.__table__)
cards_t = cast(Table, Card.__table__)
logs_t = cast(Table, ReviewLog.__table__)
note_sources_t = cast(Table, NoteSource.__table__)
suggestions_t = cast(Table, Suggestion.__table__)
note_edits_t = cast(Table, NoteEdit.__table__)


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def _set_cards(col: Collection, card_ids: Iterable[int], action: str, values: dict[str, Any]) -> CardChange:
    with col.write() as s:
        conn = s.connection()
        return _apply(conn, CardChange(action), _rows(conn, card_ids), lambda _row: dict(values))


def suspend_cards(col: Collection, card_ids: Iterable[int], suspended: bool = True) -> CardChange:
    """Suspend (or unsuspend) the cards."""
    return _set_cards(col, card_ids, "suspend" if suspended else "unsuspend", {"suspended": bool(suspended)})


def flag_cards(col: Collection, card_ids: Iterable[int], flag: int) -> CardChange:
    """Flag the cards with colour 1–7, or clear their flag with 0."""
    if isinstance(flag, bool) or flag not in FLAG_NAMES:
        raise UsageError(f"flag must be 0 (none) or 1–{MAX_FLAG}, not {flag}")
    return _set_cards(col, card_ids, f"flag {flag}" if flag else "clear flag", {"flag": int(flag)})


def move_cards(col: Collection, card_ids: Iterable[int], deck: str) -> CardChange:
    """Move the cards (not their notes' other cards) to ``deck``, created with its parents if missing.

    As Anki's Change Deck: the note's deck (where a re-import would put new cards) stays."""
    with col.write() as s:
        deck_id = get_or_create_deck(s, deck).id
        conn = s.connection()
        return _apply(conn, CardChange(f"move to {deck}"), _rows(conn, card_ids), lambda _row: {"deck_id": deck_id})


def deck_names(col: Collection) -> list[str]:
    """Every deck's full name, for the move-to-deck prompt's suggestions."""
    with col.read() as s:
        return sorted(s.scalars(select(Deck.name)))


def clean_tags(text: str) -> list[str]:
    """Tags typed by a user: separated by spaces or commas, a leading # dropped, duplicates once."""
    out: list[str] = []
    for word in text.replace(",", " ").split():
        tag = word.lstrip("#")
        if tag and tag.lower() not in (t.lower() for t in out):
            out.append(tag)
    if not out:
        raise UsageError("no tag given: type one or more tags separated by spaces")
    return out


def _edit_tags(col: Collection, card_ids: Iterable[int], tags: list[str], add: bool) -> CardChange:
    now = col.now()
    wanted = {t.lower() for t in tags}
    change = CardChange(("add tag " if add else "remove tag ") + " ".join(tags), table="notes")
    with col.write() as s:
        conn = s.connection()
        note_ids = sorted({r.note_id for r in _rows(conn, card_ids)})
        for chunk in _chunks(note_ids):
            for nid, stored, modified in conn.execute(
                    select(notes_t.c.id, notes_t.c.tags, notes_t.c.modified_at).where(notes_t.c.id.in_(chunk))):
                have = stored.split()
                if add:
                    new = have + [t for t in tags if t.lower() not in {h.lower() for h in have}]
                else:
                    new = [h for h in have if h.lower() not in wanted]
                if new == have:
                    continue
                values = {"tags": f" {' '.join(new)} " if new else "", "modified_at": now}
                change.before[nid] = {"tags": stored, "modified_at": modified}
                change.after[nid] = values
                conn.execute(update(notes_t).where(notes_t.c.id == nid).values(**values))
    return change


def add_tags(col: Collection, card_ids: Iterable[int], tags: list[str]) -> CardChange:
    """Add tags to the cards' notes (a tag the note has, in any case, is not added twice)."""
    return _edit_tags(col, card_ids, tags, add=True)


def remove_tags(col: Collection, card_ids: Iterable[int], tags: list[str]) -> CardChange:
    """Remove tags (matched case-insensitively, as Anki does) from the cards' notes."""
    return _edit_tags(col, card_ids, tags, add=False)


@dataclass
class Deletion:
    """Everything one delete removed or cut, to put back on undo."""

    action: str
    card_ids: list[int]  # the cards asked for (redo deletes their notes again)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # table → removed rows
    suggestion_links: dict[int, int] = field(default_factory=dict)  # suggestion id → deleted note id
    note_links: dict[int, int] = field(default_factory=dict)  # surviving note id → deleted linked note id

    @property
    def changed(self) -> int:
        """Cards deleted (a note's other cards go with it)."""
        return len(self.rows.get("cards", []))


def _select_rows(conn: Connection, table: Table, column: Any, ids: list[int]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for chunk in _chunks(ids):
        out += [dict(r._mapping) for r in conn.execute(select(table).where(column.in_(chunk)))]
    return out


def delete_selected(col: Collection, card_ids: Iterable[int]) -> Deletion:
    """Delete the notes of these cards with all their cards and review history; undoable."""
    ids = sorted({int(i) for i in card_ids})
    with col.write() as s:
        conn = s.connection()
        note_ids = sorted({r.note_id for r in _rows(conn, ids)})
        cards = _select_rows(conn, cards_t, cards_t.c.note_id, note_ids)
        gone = Deletion(f"delete {len(cards)} card{'s' if len(cards) != 1 else ''}", ids, {
            "notes": _select_rows(conn, notes_t, notes_t.c.id, note_ids),
            "note_sources": _select_rows(conn, note_sources_t, note_sources_t.c.note_id, note_ids),
            "cards": cards,
            "review_logs": _select_rows(conn, logs_t, logs_t.c.card_id, [c["id"] for c in cards]),
            # the user's version of a note edited in srs: undone, it is still theirs (an update must not overwrite it)
            "note_edits": _select_rows(conn, note_edits_t, note_edits_t.c.note_id, note_ids),
        })
        for chunk in _chunks(note_ids):
            gone.suggestion_links.update({sid: nid for sid, nid in conn.execute(
                select(suggestions_t.c.id, suggestions_t.c.note_id).where(suggestions_t.c.note_id.in_(chunk)))})
            gone.note_links.update({nid: linked for nid, linked in conn.execute(
                select(notes_t.c.id, notes_t.c.linked_note_id)
                .where(notes_t.c.linked_note_id.in_(chunk), notes_t.c.id.not_in(note_ids)))})
            conn.execute(delete(notes_t).where(notes_t.c.id.in_(chunk)))  # cards, logs, sources, edits cascade
    return gone


_RESTORE_ORDER = ("notes", "note_sources", "cards", "review_logs", "note_edits")  # parents before children
_TABLES = {"notes": notes_t, "note_sources": note_sources_t, "cards": cards_t, "review_logs": logs_t,
           "note_edits": note_edits_t}


def _restore(col: Collection, gone: Deletion) -> int:
    with col.write() as s:
        conn = s.connection()
        taken = _select_rows(conn, notes_t, notes_t.c.id, [n["id"] for n in gone.rows["notes"]])
        if taken:  # the delete was already undone elsewhere (another window) or redone and undone
            raise UsageError("cannot undo the delete: those notes are back already")
        for name in _RESTORE_ORDER:
            rows = gone.rows.get(name)
            if name == "review_logs" and rows:
                rows = _fresh_log_ids(conn, rows)
            if rows:
                conn.execute(_TABLES[name].insert(), rows)
        for sid, nid in gone.suggestion_links.items():
            conn.execute(update(suggestions_t).where(suggestions_t.c.id == sid).values(note_id=nid))
        for nid, linked in gone.note_links.items():
            conn.execute(update(notes_t).where(notes_t.c.id == nid).values(linked_note_id=linked))
    return gone.changed


def _fresh_log_ids(conn: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The deleted answers, each under its old id unless an answer made since took it (SQLite gives a new row
    the highest id plus one, so the first answer after a delete reuses the deleted last one's): that one gets
    a new id. Nothing refers to an answer's id but its undo record, which went with the delete."""
    taken = {r["id"] for r in _select_rows(conn, logs_t, logs_t.c.id, [r["id"] for r in rows])}
    return [r if r["id"] not in taken else {k: v for k, v in r.items() if k != "id"} for r in rows]


Change = CardChange | Deletion


def undo(col: Collection, change: Change) -> int:
    """Undo one action of the browser; returns how many cards it put back."""
    return _restore(col, change) if isinstance(change, Deletion) else undo_change(col, change)


def redo(col: Collection, change: Change) -> int:
    """Do the action again; a delete removes the same notes again (those still there)."""
    if not isinstance(change, Deletion):
        return redo_change(col, change)
    with col.write() as s:
        note_ids = [n["id"] for n in change.rows["notes"]]
        conn = s.connection()
        for chunk in _chunks(note_ids):
            conn.execute(delete(notes_t).where(notes_t.c.id.in_(chunk)))
    return change.changed
