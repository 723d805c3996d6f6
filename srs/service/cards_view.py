"""What a person sees of a card: context, front, back, intervals."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from srs.core.cloze import render_back, render_front
from srs.core.notes import CONTEXT_SEP
from srs.db.micros import from_micros
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


class _Row(NamedTuple):
    id: int
    note_id: int
    deck_id: int
    ordinal: int
    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: int
    last_review: int | None
    reps: int
    lapses: int
    flag: int
    suspended: int
    template: str
    front: str
    back: str
    kind: str
    rule: str
    tags: str
    heading_path: str
    line: int
    deck: str
    uri: str | None


# Plain SQL, so that `srs show` reads it without SQLAlchemy too (srs.service.reading)
_VIEW = ("SELECT c.id, c.note_id, c.deck_id, c.ordinal, c.state, c.step, c.stability, c.difficulty, c.due,"
         " c.last_review, c.reps, c.lapses, c.flag, c.suspended, n.template, n.front, n.back, n.kind, n.rule, n.tags,"
         " n.heading_path, n.line, d.name, s.uri"
         " FROM cards c JOIN notes n ON c.note_id = n.id JOIN decks d ON c.deck_id = d.id"
         " LEFT OUTER JOIN sources s ON n.source_id = s.id WHERE c.id = ?")


def view_of(run: Run, card_id: int) -> CardView | None:
    """One card as a reviewer sees it (one query: this is the hot path)."""
    rows = run(_VIEW, (card_id,))
    if not rows:
        return None
    r = _Row(*rows[0])
    front, back = sides(r, r.ordinal)
    context = CONTEXT_SEP.join([r.deck.replace("::", CONTEXT_SEP), *json.loads(r.heading_path)])
    return CardView(
        id=r.id, note_id=r.note_id, deck=r.deck, context=context, front=front, back=back,
        kind=r.kind, rule=r.rule, state=r.state, due=from_micros(r.due), reps=r.reps, lapses=r.lapses, flag=r.flag,
        suspended=bool(r.suspended), tags=r.tags.split(), source=r.uri, line=r.line,
        stability=r.stability, difficulty=r.difficulty, deck_id=r.deck_id, step=r.step,
        last_review=None if r.last_review is None else from_micros(r.last_review),
    )


def load_view(conn: Connection, card_id: int) -> CardView | None:
    """``view_of`` on a SQLAlchemy connection (the review session's)."""
    return view_of(sql_runner(conn), card_id)


def card_view(col: Collection, card_id: int) -> CardView | None:
    """One card as a reviewer sees it, read in its own transaction (the browser's preview, `srs show`)."""
    with col.read_sql() as run:
        return view_of(run, card_id)
