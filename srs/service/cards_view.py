"""What a person sees of a card: context, front, back, intervals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from srs.core.cloze import render_back, render_front
from srs.core.notes import context_line
from srs.db.card_rows import card_with_note
from srs.db.quick_read import Run, sql_runner

if TYPE_CHECKING:
    from sqlalchemy import Connection

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


def sides(note: Any, ordinal: int) -> tuple[str, str]:  # a note row with template, front and back
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


def view_of(run: Run, card_id: int) -> CardView | None:
    """One card as a reviewer sees it (one query: this is the hot path)."""
    r = card_with_note(run, card_id)
    if r is None:
        return None
    front, back = sides(r, r.ordinal)
    context = context_line(r.deck, r.heading_path)
    return CardView(
        id=r.id, note_id=r.note_id, deck=r.deck, context=context, front=front, back=back,
        kind=r.kind, rule=r.rule, state=r.state, due=r.due, reps=r.reps, lapses=r.lapses, flag=r.flag,
        suspended=r.suspended, tags=r.tags.split(), source=r.uri, line=r.line,
        stability=r.stability, difficulty=r.difficulty, deck_id=r.deck_id, step=r.step, last_review=r.last_review,
    )


def load_view(conn: Connection, card_id: int) -> CardView | None:
    """``view_of`` on a SQLAlchemy connection (the review session's)."""
    return view_of(sql_runner(conn), card_id)


def card_view(col: Collection, card_id: int) -> CardView | None:
    """One card as a reviewer sees it, read in its own transaction (the browser's preview, `srs show`)."""
    with col.read_sql() as run:
        return view_of(run, card_id)
