"""One card with its note, deck and source, as the review screen and ``srs show`` read it.

Plain SQL through a ``Run`` (srs.db.quick_read), so that a cold ``srs show`` reads it
without importing SQLAlchemy (srs.service.reading) and a review session reads it on
its own connection; one query, on the hot path of every card shown. Times leave as
datetimes, the heading path as a list.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import NamedTuple

from srs.db.micros import from_micros
from srs.db.quick_read import Run

_VIEW = ("SELECT c.id, c.note_id, c.deck_id, c.ordinal, c.state, c.step, c.stability, c.difficulty, c.due,"
         " c.last_review, c.reps, c.lapses, c.flag, c.suspended, n.template, n.front, n.back, n.kind, n.rule, n.tags,"
         " n.heading_path, n.line, d.name, s.uri"
         " FROM cards c JOIN notes n ON c.note_id = n.id JOIN decks d ON c.deck_id = d.id"
         " LEFT OUTER JOIN sources s ON n.source_id = s.id WHERE c.id = ?")


class CardNoteRow(NamedTuple):
    id: int
    note_id: int
    deck_id: int
    ordinal: int
    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reps: int
    lapses: int
    flag: int
    suspended: bool
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
    (cid, note_id, deck_id, ordinal, state, step, stability, difficulty, due, last, reps, lapses, flag, suspended,
     template, front, back, kind, rule, tags, heading_path, line, deck, uri) = rows[0]
    return CardNoteRow(cid, note_id, deck_id, ordinal, state, step, stability, difficulty, from_micros(due),
                       None if last is None else from_micros(last), reps, lapses, flag, bool(suspended), template,
                       front, back, kind, rule, tags, json.loads(heading_path), line, deck, uri)
