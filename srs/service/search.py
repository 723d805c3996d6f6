"""Card search: the cards matching a query of the search language, as rows for a table or a script.

The language and its parser are srs.service.search_query, its SQL srs.db.card_search_rows, and a
row's one-line preview srs.service.card_preview. ``cards_found`` runs on any Run: the collection's
connection, or the plain ``sqlite3`` snapshot a cold ``srs cards`` reads (srs.service.reading).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from srs.core.notes import context_line
from srs.db.card_search_rows import ORDER_COLUMNS, condition, found_cards
from srs.db.micros import from_micros, to_micros
from srs.db.quick_read import Run
from srs.service.card_preview import plain_preview
from srs.service.cards_view import sides
from srs.service.deck_counts import preset_hour
from srs.service.search_query import QueryError as QueryError  # what search_cards raises
from srs.service.search_query import parse

if TYPE_CHECKING:
    from srs.service.collection import Collection

ORDERS = tuple(ORDER_COLUMNS)  # due, difficulty, lapses, reps, interval, added, deck, front


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
    with col.read_sql() as run:
        return cards_found(run, col.now(), query, order=order, descending=descending, limit=limit)


def cards_found(run: Run, now: datetime, query: str = "", *, order: str = "due", descending: bool = False,
                limit: int | None = None) -> list[CardRow]:
    """``search_cards`` on the database ``run`` reads (the collection's connection, or a plain snapshot)."""
    tree = parse(query)
    if order not in ORDERS:
        raise QueryError(f'unknown order "{order}"; use one of {", ".join(ORDERS)}')
    rows = found_cards(run, condition(run, tree, now, preset_hour(run, None)), order, descending, limit)
    out, now_us = [], to_micros(now)
    for r in rows:
        front, back = sides(r, r.ordinal)
        context = context_line(r.deck, r.heading_path)
        out.append(CardRow(r.id, r.note_id, r.deck, plain_preview(front), r.kind, r.state, from_micros(r.due_us),
                           int(r.interval_days or 0), r.difficulty, r.stability, r.lapses, r.reps, r.flag, r.suspended,
                           (r.buried_until_us or 0) > now_us, r.tags.split(), front, back, context, r.rule, r.uri, r.line))
    return out
