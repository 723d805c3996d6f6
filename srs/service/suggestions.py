"""Suggestions: drafts the extractor's critic held back, offered to the user instead of scheduled.

An import stores each suggestion of a file by its draft key. The user accepts
(optionally with an edited front or back: it becomes a normal note with new
cards), or rejects it. Both decisions outlive re-imports: a rejected suggestion
is never offered again while the notes say the same, and an accepted one keeps
its note (and its review history) as long as its lines are in the file.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from srs.core.errors import NotFound, SrsError
from srs.core.files import deck_name
from srs.core.notes import NoteDraft, NoteKind, Template
from srs.db.models import Note, NoteSource, Source, Suggestion
from srs.service import notes_store as store
from srs.service.collection import Collection, get_or_create_deck
from srs.service.suggestion_views import (
    ACCEPTED,
    PENDING,
    REJECTED,
    SuggestionView,
    suggestions_found,
    suggestions_listed,
)
from srs.service.suggestion_views import mentions_suggested as mentions_suggested  # `srs cards` and Browse ask it

if TYPE_CHECKING:
    from srs.extract.model import Suggestion as Drafted

def record(s: Session, source: Source, drafted: list[Drafted], now: datetime) -> set[int]:
    """Store a file's suggestions; the ids of the notes accepted suggestions made (they stay, unchanged)."""
    from srs.extract.drafts import (
        SELF_GRADED,  # here: listing suggestions (`srs suggestions`, `srs cards`) loads no extractor
    )

    stored = {row.key: row for row in s.scalars(select(Suggestion).where(Suggestion.source_id == source.id))}
    seen: set[str] = set()
    kept_notes: set[int] = set()
    for item in drafted:
        d = item.note
        if d.key in seen:
            continue
        seen.add(d.key)
        row = stored.get(d.key)
        back = d.back or (SELF_GRADED if d.template == Template.BASIC else "")  # a prompt with no answer in the notes
        if row is None:
            s.add(Suggestion(source_id=source.id, key=d.key, kind=str(d.kind), rule=d.rule, template=str(d.template),
                             front=d.front, back=back, heading_path=list(d.heading_path), line=d.line,
                             check=item.check, detail=item.detail, status=PENDING, created_at=now))
            continue
        row.line, row.heading_path = d.line, list(d.heading_path)
        if row.status == PENDING:
            row.front, row.back, row.check, row.detail = d.front, back, item.check, item.detail
        elif row.status == ACCEPTED and row.note_id is not None:
            kept_notes.add(row.note_id)
    gone = [key for key, row in stored.items() if key not in seen and row.status == PENDING]
    if gone:
        s.execute(delete(Suggestion).where(Suggestion.source_id == source.id, Suggestion.key.in_(gone)))
    return kept_notes


def list_suggestions(col: Collection, status: str = PENDING) -> list[SuggestionView]:
    with col.read_sql() as run:
        return suggestions_listed(run, status)


def search_suggestions(col: Collection, query: str, status: str = PENDING) -> list[SuggestionView]:
    """``suggestion_views.suggestions_found`` in the collection."""
    with col.read_sql() as run:
        return suggestions_found(run, query, status)


def accept(col: Collection, suggestion_id: int, *, front: str | None = None, back: str | None = None,
           deck: str | None = None) -> SuggestionView:
    """Make the suggestion a note with cards (its edited text when given); it keeps its key across re-imports."""
    with col.write() as s:
        row = _get(s, suggestion_id)
        if row.status == ACCEPTED:
            raise SrsError(f"suggestion {suggestion_id} is already accepted (note {row.note_id})")
        uri = s.scalar(select(Source.uri).where(Source.id == row.source_id)) or ""
        text_front = row.front if front is None else front
        text_back = row.back if back is None else back
        if not text_front.strip() or (row.template == Template.BASIC and not text_back.strip()):
            raise SrsError("a card needs a front and a back")
        draft = NoteDraft(kind=NoteKind(row.kind), rule=row.rule, front=text_front, back=text_back,
                          template=Template(row.template), heading_path=tuple(row.heading_path), line=row.line)
        deck_id = get_or_create_deck(s, deck or _deck_of(s, row.source_id) or deck_name(uri) or "Default").id
        guid = store.make_guid(uri, row.key, set(s.scalars(select(Note.guid).where(Note.guid.like(f"{store.make_guid(uri, row.key, set())}%")))))
        values = store.note_values(draft, text_back, str(draft.kind), None, col.now())
        values["key"] = row.key  # the key the extractor gives this draft, so re-imports find the note
        [note_id] = store.insert_notes(s, [(values, store.Placement(deck_id, row.source_id, guid),
                                            store.card_ordinals(draft.template, draft.front, False))], col.now())
        row.status, row.note_id, row.decided_at = ACCEPTED, note_id, col.now()
        return _view(row, uri)


def reject(col: Collection, suggestion_id: int) -> SuggestionView:
    with col.write() as s:
        row = _get(s, suggestion_id)
        if row.status == ACCEPTED:
            raise SrsError(f"suggestion {suggestion_id} is accepted: its note is a card now (delete the card instead)")
        row.status, row.decided_at = REJECTED, col.now()
        uri = s.scalar(select(Source.uri).where(Source.id == row.source_id)) or ""
        return _view(row, uri)


def _get(s: Session, suggestion_id: int) -> Suggestion:
    row = s.get(Suggestion, suggestion_id) if 0 < suggestion_id < 2**63 else None
    if row is None:
        raise NotFound(f"no suggestion {suggestion_id}")
    return row


def _deck_of(s: Session, source_id: int) -> str | None:
    """The deck the other notes of the source went to."""
    from srs.db.models import Deck

    return s.scalar(select(Deck.name).join(Note, Note.deck_id == Deck.id).join(NoteSource, NoteSource.note_id == Note.id)
                    .where(NoteSource.source_id == source_id).limit(1))


def _view(row: Suggestion, uri: str) -> SuggestionView:
    return SuggestionView(row.id, uri, row.line, row.front, row.back, " › ".join(row.heading_path), row.check,
                          row.detail, row.status, row.note_id)
