"""What a person sees of a card: context, front, back, intervals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from srs.core.cloze import render_back, render_front
from srs.core.notes import CONTEXT_SEP
from srs.db.models import Card, Deck, Note, Source


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

    def to_dict(self) -> dict:
        out = dict(self.__dict__)
        out["due"] = self.due.isoformat()
        return out


def sides(note: Note, ordinal: int) -> tuple[str, str]:
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


def load_view(session: Session, card_id: int) -> CardView | None:
    row = session.execute(
        select(Card, Note, Deck.name, Source.uri)
        .join(Note, Card.note_id == Note.id)
        .join(Deck, Card.deck_id == Deck.id)
        .outerjoin(Source, Note.source_id == Source.id)
        .where(Card.id == card_id)
    ).first()
    if row is None:
        return None
    card, note, deck_name, uri = row
    front, back = sides(note, card.ordinal)
    context = CONTEXT_SEP.join([deck_name.replace("::", CONTEXT_SEP), *note.heading_path])
    return CardView(
        id=card.id, note_id=note.id, deck=deck_name, context=context, front=front, back=back,
        kind=note.kind, rule=note.rule, state=card.state, due=card.due, reps=card.reps,
        lapses=card.lapses, flag=card.flag, suspended=card.suspended, tags=note.tags.split(),
        source=uri, line=note.line, stability=card.stability, difficulty=card.difficulty,
    )
