"""A parsed card search (srs.service.search_query) as a SQLAlchemy condition on cards joined to their notes.

As in Anki, ``is:learn`` and ``is:review`` include relearning cards; ``is:due`` leaves out suspended and buried ones.
"""

from __future__ import annotations

import operator
import re
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, and_, case, false, func, not_, or_, select, true, type_coerce
from sqlalchemy.orm import Session

from srs.core.consts import INTERVAL_STATES, LEARNING_STATES, State
from srs.core.days import DAY_US, study_day
from srs.core.errors import NotFound
from srs.db.models import Card, Deck, Note, NoteSource, ReviewLog, Source
from srs.db.quick_read import sql_runner
from srs.service.deck_counts import preset_hour
from srs.service.search_query import Group, Node

_OPS = {"<=": operator.le, ">=": operator.ge, "!=": operator.ne, "<": operator.lt, ">": operator.gt, "=": operator.eq}


def raw(column: Any) -> Any:
    """A UTCDateTime column as its stored integer microseconds."""
    return type_coerce(column, BigInteger)


def interval_days_sql() -> Any:
    """Whole days between a card's last review and its due time (NULL for new cards): the SQL
    expression of srs.core.days.interval_days (SQLite rounds halves up for these positive spans)."""
    return case((Card.state == State.NEW, None), else_=func.round((raw(Card.due) - raw(Card.last_review)) / (DAY_US * 1.0)))


def day_start_hour(s: Session) -> int:
    """The hour the study day starts for all decks (the default preset's)."""
    return preset_hour(sql_runner(s.connection()), None)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("*", "%") + "%"


def _wild(text: str, star: str) -> str:
    return star.join(re.escape(part) for part in text.split("*"))


def compile_query(node: Node, s: Session, now: datetime, hour: int) -> Any:
    if isinstance(node, Group):
        parts = [compile_query(n, s, now, hour) for n in node.nodes]
        if node.op == "not":  # NULL (e.g. a new card's interval) counts as "no match"
            return not_(func.coalesce(parts[0], false()))
        return or_(*parts) if node.op == "or" else and_(true(), *parts)
    key, arg = node.key, node.arg
    if key == "text":
        if arg[0].isascii():  # LIKE: fast, case-insensitive for ASCII only
            return or_(Note.front.like(_like(arg[0]), escape="\\"), Note.back.like(_like(arg[0]), escape="\\"))
        rx = "(?is)" + _wild(arg[0], ".*")
        return or_(Note.front.regexp_match(rx), Note.back.regexp_match(rx))
    if key == "deck":
        deck_rx = re.compile(_wild(arg[0], ".*") + "(::.*)?", re.IGNORECASE | re.DOTALL)
        ids = [i for i, name in s.execute(select(Deck.id, Deck.name)) if deck_rx.fullmatch(name)]
        if not ids:
            raise NotFound(f"no deck named {arg[0]!r} (see `srs decks`)")
        return Card.deck_id.in_(ids)
    if key == "tag":  # a tag or its children, "tag:none" for no tags
        none = arg[0].lower() == "none"
        return func.trim(Note.tags) == "" if none else Note.tags.regexp_match(f"(?i) {_wild(arg[0], '[^ ]*')}(::[^ ]*)? ")
    if key == "is":
        return {"new": Card.state == State.NEW, "learn": Card.state.in_(LEARNING_STATES),
                "review": Card.state.in_(INTERVAL_STATES),
                "suspended": Card.suspended.is_(True), "buried": Card.buried_until > now, "suggested": false(),
                "due": and_(Card.state != State.NEW, Card.due < study_day(now, hour).end, Card.suspended.is_(False),
                            or_(Card.buried_until.is_(None), Card.buried_until <= now))}[arg[0]]
    if key in ("flag", "kind"):
        return Card.flag == arg[0] if key == "flag" else Note.kind == arg[0]
    if key == "source":
        uris = select(Source.id).where(Source.uri.like(_like(arg[0]), escape="\\"))
        return or_(Note.source_id.in_(uris), Note.id.in_(select(NoteSource.note_id).where(NoteSource.source_id.in_(uris))))
    if key in ("rated", "added"):
        since = study_day(now, hour, offset_days=1 - arg[0]).start  # N study days back, today included
        logs = select(ReviewLog.card_id).where(ReviewLog.reviewed_at >= since, *([ReviewLog.rating == arg[1]] if len(arg) > 1 else []))
        return Card.created_at >= since if key == "added" else Card.id.in_(logs)
    field, op, num = arg
    left = {"ivl": interval_days_sql(), "lapses": Card.lapses, "reps": Card.reps,
            "difficulty": Card.difficulty, "stability": Card.stability}.get(field)
    if field == "due":  # study days from today; overdue is negative
        today_us = round(study_day(now, hour).start.timestamp() * 1_000_000)
        left = case((Card.state == State.NEW, None), else_=func.floor((raw(Card.due) - today_us) / (DAY_US * 1.0)))
    assert left is not None  # parse() lets through only the fields above
    return _OPS[op](left, num)
