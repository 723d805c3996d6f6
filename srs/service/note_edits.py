"""Editing a note in srs: the user's version of a note that has no notes file to edit.

Bundled cards and cards imported from Anki packages or CSV have no markdown file
the user can open in $EDITOR, so they edit the note in srs (the TUI's editor).
The edit changes the note's front and back in place: the note keeps its id, its
cards keep their ids, schedules and review history. The note's ``key`` and
``content_hash`` stay those of the version it was imported as, and a
``note_edits`` row marks it as the user's version (with that imported text).

A later import of the bundled deck or the package that brings a different
version of the note does not overwrite the user's: it parks the new version as
a conflict (counted in the import summary) until the user keeps theirs or takes
the new one (``srs conflicts``, :func:`resolve`). Importing the same version
again changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from srs.core.cloze import cloze_numbers, visible
from srs.core.errors import SrsError
from srs.db.models import Note, NoteEdit, Source
from srs.db.quick_read import sql_runner
from srs.service import notes_store as store
from srs.service.collection import Collection, get_or_create_deck
from srs.service.conflict_views import Conflict, conflicts_of, origin

MAX_SIDE_CHARS = 100_000  # as an import: a card side longer than this is not a flashcard
Keep = Literal["mine", "new"]
_NOTE_COLUMNS = ("key", "kind", "rule", "template", "reverse", "front", "back", "tags", "heading_path", "line",
                 "content_hash", "tradeoff", "linked_note_id")


@dataclass(frozen=True)
class NoteText:
    """What the editor shows: the note's own front and back (markdown, clozes unrendered)."""

    note_id: int
    front: str
    back: str
    template: str
    origin: str  # "bundled deck aws.md", "Anki package deck.apkg", "" when unknown
    incoming: tuple[str, str] | None = None  # front and back of the version an import brought (a conflict)

    @property
    def conflict(self) -> bool:
        """An import brought another version the user has not decided on."""
        return self.incoming is not None


@dataclass(frozen=True)
class Before:
    """The note as it was before an edit: :func:`put_back` restores it (undo)."""

    front: str
    back: str
    modified_at: datetime
    edit: dict[str, Any] | None  # the note_edits row then (None: it was not the user's version yet)


def note_text(col: Collection, note_id: int) -> NoteText:
    with col.read() as s:
        row = s.execute(select(Note.front, Note.back, Note.template, Source.uri)
                        .join(Source, Note.source_id == Source.id, isouter=True).where(Note.id == note_id)).first()
        if row is None:
            raise SrsError("That note no longer exists.")
        edit = s.get(NoteEdit, note_id)
    incoming = None if edit is None or edit.incoming is None else (
        edit.incoming["values"]["front"], edit.incoming["values"]["back"])
    return NoteText(note_id, row.front, row.back, row.template, origin(row.uri), incoming)


def _check(template: str, front: str, back: str) -> None:
    if not visible(front):
        raise SrsError("The front is empty; write the question (nothing was saved).")
    if template == "cloze" and not cloze_numbers(front):
        raise SrsError("A cloze card needs at least one {{c1::…}} in the front (nothing was saved).")
    if max(len(front), len(back)) > MAX_SIDE_CHARS:
        raise SrsError(f"A side is longer than {MAX_SIDE_CHARS:,} characters, too large for a flashcard (nothing was saved).")


def _load(s: Session, note_id: int) -> Note:
    note = s.scalar(select(Note).where(Note.id == note_id).options(selectinload(Note.cards)))
    if note is None:
        raise SrsError("That note no longer exists.")
    return note


def _edit_row(edit: NoteEdit | None) -> dict[str, Any] | None:
    if edit is None:
        return None
    return {"edited_at": edit.edited_at, "base_front": edit.base_front, "base_back": edit.base_back,
            "incoming": edit.incoming, "incoming_at": edit.incoming_at}


def edit_note(col: Collection, note_id: int, front: str, back: str) -> Before:
    """Store ``front``/``back`` as the user's version of the note, in one transaction.

    The note and its cards keep their ids, schedules and history; a cloze gains a card
    for a new ``{{cN::…}}`` and a removed one's card is suspended (deleted if never
    reviewed), as an import does. Returns the note as it was, for :func:`put_back`."""
    now = col.now()
    with col.write() as s:
        note = _load(s, note_id)
        _check(note.template, front, back)
        edit = s.get(NoteEdit, note_id)
        before = Before(note.front, note.back, note.modified_at, _edit_row(edit))
        if front == note.front and back == note.back:
            return before
        if edit is None:
            s.add(NoteEdit(note_id=note_id, edited_at=now, base_front=note.front, base_back=note.back))
        else:
            edit.edited_at = now
        note.front, note.back = front, back
        note.modified_at = store.edited_at(note.modified_at, now)
        store.sync_cards(s, note, store.card_ordinals(note.template, front, note.reverse), now)
    return before


def put_back(col: Collection, note_id: int, before: Before) -> None:
    """Undo an edit: the note's text, modification time and user-version mark as they were."""
    now = col.now()
    with col.write() as s:
        note = _load(s, note_id)
        note.front, note.back, note.modified_at = before.front, before.back, before.modified_at
        edit = s.get(NoteEdit, note_id)
        if before.edit is None:
            if edit is not None:
                s.delete(edit)
        elif edit is None:
            s.add(NoteEdit(note_id=note_id, **before.edit))
        else:
            for key, value in before.edit.items():
                setattr(edit, key, value)
        store.sync_cards(s, note, store.card_ordinals(note.template, before.front, note.reverse), now)


# -- imports ---------------------------------------------------------------------


def incoming_version(values: store.NoteValues, ordinals: list[int], *, fields: dict[str, Any] | None = None,
                     deck: str | None = None) -> dict[str, Any]:
    """The version an import brought for a user-edited note, as it is parked until the user decides."""
    out: dict[str, Any] = {"values": {k: values[k] for k in _NOTE_COLUMNS}, "ordinals": list(ordinals)}  # type: ignore[literal-required]  # _NOTE_COLUMNS names NoteValues keys
    if fields is not None:
        out["fields"] = fields
    if deck is not None:
        out["deck"] = deck
    return out


# -- conflicts -------------------------------------------------------------------


def conflicts(col: Collection) -> list[Conflict]:
    """Notes the user edited for which an import brought a different version, oldest first."""
    with col.read() as s:
        return conflicts_of(sql_runner(s.connection()))


def resolve(col: Collection, keep: Keep, note_ids: list[int] | None = None) -> int:
    """Settle conflicts (all of them when ``note_ids`` is None); returns how many.

    ``mine``: the user's text stays and the new version becomes the one it is based on (importing
    it again changes nothing). ``new``: the note takes the new version and is no longer the user's
    (later imports update it again). Either way the note keeps its cards and their history."""
    if keep not in ("mine", "new"):
        raise SrsError(f"keep {keep!r}? say mine (your edit) or new (the imported version)")
    now = col.now()
    with col.write() as s:
        query = select(NoteEdit).where(NoteEdit.incoming.is_not(None))
        if note_ids is not None:
            query = query.where(NoteEdit.note_id.in_(note_ids))
        edits = list(s.scalars(query))
        if note_ids is not None:
            missing = sorted(set(note_ids) - {e.note_id for e in edits})
            if missing:
                raise SrsError(f"note {missing[0]} has no conflict (see srs conflicts); nothing was changed")
        for edit in edits:
            _settle(s, edit, keep, now)
    return len(edits)


def _settle(s: Session, edit: NoteEdit, keep: Keep, now: datetime) -> None:
    assert edit.incoming is not None
    values = edit.incoming["values"]
    note = _load(s, edit.note_id)
    if keep == "mine":
        note.key, note.content_hash = values["key"], values["content_hash"]
        edit.base_front, edit.base_back = values["front"], values["back"]
        edit.incoming, edit.incoming_at = None, None
        return
    for column in _NOTE_COLUMNS:
        setattr(note, column, values[column])
    if "fields" in edit.incoming:
        note.fields = edit.incoming["fields"]
    if "deck" in edit.incoming:
        note.deck_id = get_or_create_deck(s, edit.incoming["deck"]).id
    note.modified_at = store.edited_at(note.modified_at, now)
    store.sync_cards(s, note, list(edit.incoming["ordinals"]), now)
    s.delete(edit)
