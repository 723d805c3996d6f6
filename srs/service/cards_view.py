"""What a person sees of a card: context, front, back, intervals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, select
from sqlalchemy.orm import Session

from srs.core.cloze import render_back, render_front
from srs.core.notes import CONTEXT_SEP
from srs.db.models import Card, Deck, Note, Source

if TYPE_CHECKING:
    from srs.service.collection import Collection


@dataclass(frozen=True)
class CardView:
    id: int
    note_id: int
    deck: str
    context: str  # "Deck › Heading › Sub"
    front: str  # markdown, ready to render
    back: str
    kind: str
    rule: str
    state: int
    due: datetime
    reps: int
    lapses: int
    flag: int
    suspended: bool
    tags: list[str]
    source: str | None
    line: int
    stability: float | None = None
    difficulty: float | None = None
    previews: dict[int, str] = field(default_factory=dict)  # rating → "3d"
    deck_id: int = 0
    step: int | None = None
    last_review: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["due"] = self.due.isoformat()
        return out


def sides(note: Row[*tuple[Any, ...]], ordinal: int) -> tuple[str, str]:
    """Front and back of one card of a note, as markdown."""
    if note.template == "cloze":
        n = ordinal + 1
        front = render_front(note.front, n)
        back = render_back(note.front, n)
        if note.back.strip():
            back = f"{back}\n\n{note.back}"
        return front, back
    if ordinal == 1:
        return note.back, note.front
    return note.front, note.back


_cards, _notes, _decks, _sources = Card.__table__, Note.__table__, Deck.__table__, Source.__table__
_VIEW = (
    select(
        _cards.c.id, _cards.c.note_id, _cards.c.deck_id, _cards.c.ordinal, _cards.c.state, _cards.c.step,
        _cards.c.stability, _cards.c.difficulty, _cards.c.due, _cards.c.last_review, _cards.c.reps,
        _cards.c.lapses, _cards.c.flag, _cards.c.suspended, _notes.c.template, _notes.c.front, _notes.c.back,
        _notes.c.kind, _notes.c.rule, _notes.c.tags, _notes.c.heading_path, _notes.c.line,
        _decks.c.name.label("deck"), _sources.c.uri,
    )
    .join(_notes, _cards.c.note_id == _notes.c.id)
    .join(_decks, _cards.c.deck_id == _decks.c.id)
    .outerjoin(_sources, _notes.c.source_id == _sources.c.id)
)


def load_view(session: Session | Connection, card_id: int) -> CardView | None:
    """One card as a reviewer sees it (one Core query: this is the hot path)."""
    r = session.execute(_VIEW.where(_cards.c.id == card_id)).first()
    if r is None:
        return None
    front, back = sides(r, r.ordinal)
    context = CONTEXT_SEP.join([r.deck.replace("::", CONTEXT_SEP), *r.heading_path])
    return CardView(
        id=r.id, note_id=r.note_id, deck=r.deck, context=context, front=front, back=back,
        kind=r.kind, rule=r.rule, state=r.state, due=r.due, reps=r.reps, lapses=r.lapses, flag=r.flag,
        suspended=bool(r.suspended), tags=r.tags.split(), source=r.uri, line=r.line,
        stability=r.stability, difficulty=r.difficulty, deck_id=r.deck_id, step=r.step, last_review=r.last_review,
    )


def card_view(col: Collection, card_id: int) -> CardView | None:
    """One card as a reviewer sees it, read in its own transaction (the browser's preview, `srs show`)."""
    with col.read() as s:
        return load_view(s, card_id)
