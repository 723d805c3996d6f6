"""One card with its note, deck and source, as the review screen and ``srs show`` read it; and the
card columns every card row starts with (``CARD_COLUMNS``).

Two rows read a card, for two jobs: ``CardNoteRow`` here (showing it: the note's sides, deck and
source) and ``srs.db.answer_rows.AnswerCard`` (answering it: what an answer changes and undoes).
Both extend ``CardColumns``, so the columns they share are declared once.

Plain SQL through a ``Run`` (srs.db.quick_read), so that a cold ``srs show`` reads it
without importing SQLAlchemy (srs.service.reading) and a review session reads it on
its own connection; one query, on the hot path of every card shown. Times leave as
datetimes, the heading path as a list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime

from srs.db.micros import from_micros
from srs.db.quick_read import Run


@dataclass(frozen=True, slots=True)
class CardColumns:
    """What every card row begins with: a card's identity, its memory state (srs.core.scheduling.Memory's
    fields) and its marks; ``CARD_COLUMNS`` names them in this order."""

    id: int
    note_id: int
    deck_id: int
    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reps: int
    lapses: int
    suspended: bool
    flag: int


CARD_COLUMNS = tuple(f.name for f in fields(CardColumns))


def card_columns(alias: str) -> str:
    """``CARD_COLUMNS`` as a select list on the cards table named ``alias``."""
    return ", ".join(f"{alias}.{column}" for column in CARD_COLUMNS)


_VIEW = (f"SELECT {card_columns('c')}, c.ordinal, n.template, n.front, n.back, n.kind, n.rule, n.tags,"
         " n.heading_path, n.line, d.name, s.uri"
         " FROM cards c JOIN notes n ON c.note_id = n.id JOIN decks d ON c.deck_id = d.id"
         " LEFT OUTER JOIN sources s ON n.source_id = s.id WHERE c.id = ?")


@dataclass(frozen=True, slots=True)
class CardNoteRow(CardColumns):
    """A card as it is shown: ``CardColumns``, then its note, deck and source."""

    ordinal: int
    template: str
    front: str
    back: str
    kind: str
    rule: str
    tags: str
    heading_path: list[str]
    line: int
    deck: str
    uri: str | None


def card_with_note(run: Run, card_id: int) -> CardNoteRow | None:
    rows = run(_VIEW, (card_id,))
    if not rows:
        return None
    (cid, note_id, deck_id, state, step, stability, difficulty, due, last, reps, lapses, suspended, flag,
     ordinal, template, front, back, kind, rule, tags, heading_path, line, deck, uri) = rows[0]
    return CardNoteRow(cid, note_id, deck_id, state, step, stability, difficulty, from_micros(due),
                       None if last is None else from_micros(last), reps, lapses, bool(suspended), flag, ordinal,
                       template, front, back, kind, rule, tags, json.loads(heading_path), line, deck, uri)
