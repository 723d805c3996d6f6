"""Card search: the cards matching a query of the search language, as rows for a table or a script.

The language and its parser are srs.service.search_query, its SQL srs.service.search_sql, and a
row's one-line preview srs.service.card_preview.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from srs.core.consts import State
from srs.core.notes import CONTEXT_SEP
from srs.db.models import Card, Deck, Note, Source
from srs.db.types import from_micros, to_micros
from srs.service.card_preview import plain_preview
from srs.service.cards_view import sides
from srs.service.collection import Collection
from srs.service.search_query import QueryError as QueryError  # what search_cards raises
from srs.service.search_query import parse
from srs.service.search_sql import compile_query, day_start_hour, interval_days_sql, raw

ORDERS = ("due", "difficulty", "lapses", "reps", "interval", "added", "deck", "front")


@dataclass(frozen=True)
class CardRow:
    id: int
    note_id: int
    deck: str
    front: str  # one line of plain text, at most 120 characters
    kind: str
    state: int
    due: datetime
    interval_days: int
    difficulty: float | None
    stability: float | None
    lapses: int
    reps: int
    flag: int
    suspended: bool
    buried: bool
    tags: list[str]
    # What `srs show` also prints, so a script needs one `srs cards --json`, not one `srs show` per card.
    full_front: str = ""  # markdown, as `srs show --json` gives "front"
    back: str = ""
    context: str = ""  # "Deck › Heading › Sub"
    rule: str = ""
    source: str | None = None
    line: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The names `srs show --json` uses: "front" and "back" whole, "preview" the table's one line."""
        out = {**asdict(self), "due": self.due.isoformat(), "front": self.full_front, "preview": self.front}
        del out["full_front"]
        return out


def search_cards(col: Collection, query: str = "", *, order: str = "due", descending: bool = False,
                 limit: int | None = None) -> list[CardRow]:
    """The cards matching ``query`` (every card for an empty query), sorted by ``order``."""
    tree = parse(query)
    if order not in ORDERS:
        raise QueryError(f'unknown order "{order}"; use one of {", ".join(ORDERS)}')
    order_columns: dict[str, list[Any]] = {
        "due": [Card.state == State.NEW, Card.due, Card.position], "difficulty": [Card.difficulty], "lapses": [Card.lapses],
        "reps": [Card.reps], "interval": [interval_days_sql()], "added": [Card.created_at], "deck": [Deck.name, Card.due],
        "front": [func.lower(Note.front), Card.ordinal],  # Anki's sort field, case-insensitive
    }
    keys = [(k.desc() if descending else k.asc()).nulls_last() for k in order_columns[order]]  # new cards have no difficulty
    now = col.now()
    with col.read() as s:
        stmt = (
            select(Card.id, Card.note_id, Deck.name, Card.ordinal, Note.template, Note.front, Note.back, Note.kind,
                   Card.state, raw(Card.due), interval_days_sql(), Card.difficulty, Card.stability, Card.lapses, Card.reps,
                   Card.flag, Card.suspended, raw(Card.buried_until), Note.tags, Note.rule, Note.heading_path, Note.line,
                   Source.uri)
            .join(Note, Note.id == Card.note_id).join(Deck, Deck.id == Card.deck_id)
            .outerjoin(Source, Source.id == Note.source_id)
            .where(compile_query(tree, s, now, day_start_hour(s))).order_by(*keys, Card.id)
        )
        rows = s.connection().execute(stmt if limit is None else stmt.limit(max(0, limit))).all()
    out, now_us = [], to_micros(now)
    for r in rows:  # unpacked, not by name: 100,000 rows take a second less
        (cid, nid, deck, ordinal, _, _, _, kind, state, due, ivl, diff, stab, lapses, reps, flag, susp, buried, tags,
         rule, headings, line, uri) = r
        front, back = sides(r, ordinal)
        context = CONTEXT_SEP.join([deck.replace("::", CONTEXT_SEP), *headings])
        out.append(CardRow(cid, nid, deck, plain_preview(front), kind, state, from_micros(due),
                           int(ivl or 0), diff, stab, lapses, reps, flag, bool(susp), (buried or 0) > now_us, tags.split(),
                           front, back, context, rule, uri, line))
    return out
