"""Daily limits, counted from the review log."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from srs.core.consts import State
from srs.core.days import StudyDay
from srs.db.models import Card, ReviewLog


def done_today(session: Session, day: StudyDay) -> dict[int, tuple[int, int]]:
    """Per deck id: (new cards introduced today, reviews of review cards today)."""
    prev_state = ReviewLog.prev_state
    rows = session.execute(
        select(Card.deck_id, prev_state, func.count(func.distinct(ReviewLog.card_id)))
        .join(Card, Card.id == ReviewLog.card_id)
        .where(ReviewLog.reviewed_at >= day.start, ReviewLog.reviewed_at < day.end)
        .where(prev_state.in_((State.NEW, State.REVIEW)))
        .group_by(Card.deck_id, prev_state)
    ).all()
    out: dict[int, list[int]] = {}
    for deck_id, state, count in rows:
        slot = out.setdefault(deck_id, [0, 0])
        slot[0 if state == State.NEW else 1] += count
    return {k: (v[0], v[1]) for k, v in out.items()}
