"""A study session: the day's queue, answers, undo/redo, card actions."""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy import BigInteger, Connection, select, type_coerce

from srs.core.days import study_day
from srs.core.errors import NotFound, SrsError
from srs.core.queue import interleave
from srs.core.scheduling import Memory, Rating, State, format_interval, preview
from srs.db.models import Card, Deck
from srs.db.engine import checkpoint
from srs.db.types import to_micros
from srs.service.answering import AlreadyAnswered, Answered, answer_card, card_columns, set_card, undo_answer
from srs.service.cards_view import CardView, load_view
from srs.service.collection import Collection
from srs.service.decks import LEARN_AHEAD_SECONDS
from srs.service.limits import done_today
from srs.service.presets import DeckRules, default_rules, rules_by_deck

UNDO_DEPTH = 50
CHECKPOINT_EVERY = 500  # answers between WAL checkpoints
cards = Card.__table__


@dataclass
class Step:
    """One undoable action: an answer (log_id set) or a change of card columns."""

    card_id: int
    rating: Rating | None = None
    when: datetime | None = None
    duration_ms: int = 0
    log_id: int | None = None
    before: dict | None = None
    after: dict | None = None


@dataclass
class Summary:
    reviewed: int = 0
    again: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def again_rate(self) -> float:
        return self.again / self.reviewed if self.reviewed else 0.0


def subtree_ids(conn: Connection, deck: str | None) -> list[int] | None:
    if deck is None:
        return None
    rows = conn.execute(select(Deck.id, Deck.name)).all()
    ids = [i for i, n in rows if n == deck or n.startswith(deck + "::")]
    if not ids:
        raise NotFound(f"no deck named {deck!r} (see `srs decks`)")
    return ids


class Study:
    """Today's cards for a deck (or all decks), in the order they should be seen."""

    def __init__(self, col: Collection, deck: str | None = None, limit: int | None = None) -> None:
        self.col = col
        self.deck = deck
        self.limit = limit
        self.summary = Summary()
        self._undo: deque[Step] = deque(maxlen=UNDO_DEPTH)
        self._redo: list[Step] = []
        with col.engine.connect() as conn:
            self.deck_ids = subtree_ids(conn, deck)
        with col.read() as s:
            self.rules = rules_by_deck(s)
            self.root_rules = self._root_rules(s)
        self.queue: deque[int] = deque()
        self.build()

    def _root_rules(self, s) -> DeckRules:  # type: ignore[no-untyped-def]
        if self.deck is not None:
            deck_id = s.scalar(select(Deck.id).where(Deck.name == self.deck))
            if deck_id in self.rules:
                return self.rules[deck_id]
        return default_rules(s)

    # -- the queue ---------------------------------------------------------
    def _where(self, now: datetime) -> list:
        clauses = [cards.c.suspended.is_(False), (cards.c.buried_until.is_(None)) | (cards.c.buried_until <= now)]
        if self.deck_ids is not None:
            clauses.append(cards.c.deck_id.in_(self.deck_ids))
        return clauses

    def build(self) -> None:
        """Reviews due today (most overdue by retrievability first), new cards interleaved."""
        now = self.col.now()
        rules = self.root_rules
        day = study_day(now, rules.day_start_hour)
        with self.col.read() as s:
            done = done_today(s, day)
            conn = s.connection()
            mine = set(self.deck_ids) if self.deck_ids is not None else None
            done_new = sum(v[0] for k, v in done.items() if mine is None or k in mine)
            done_rev = sum(v[1] for k, v in done.items() if mine is None or k in mine)
            rev_left = max(0, rules.reviews_per_day - done_rev)
            new_left = max(0, rules.new_per_day - done_new)
            now_us = int(now.timestamp() * 1_000_000)
            reviews = conn.execute(
                select(cards.c.id).where(*self._where(now), cards.c.state == int(State.REVIEW), cards.c.due < day.end)
                .order_by(((now_us - type_coerce(cards.c.last_review, BigInteger)) * 1.0 / cards.c.stability).desc(), cards.c.id)
                .limit(rev_left)
            ).scalars().all() if rev_left else []
            new = conn.execute(
                select(cards.c.id).where(*self._where(now), cards.c.state == int(State.NEW))
                .order_by(cards.c.position, cards.c.id).limit(new_left)
            ).scalars().all() if new_left else []
        order = interleave(reviews, new)
        if self.limit is not None:
            order = order[: self.limit]
        self.queue = deque(order)

    def _deck_sql(self) -> str:
        if self.deck_ids is None:
            return ""
        return f" AND deck_id IN ({','.join(str(int(i)) for i in self.deck_ids)})"

    def _learning_due(self, conn: Connection, until: datetime, now: datetime) -> int | None:
        # raw SQL on the hot path (see answering.py); served by ix_cards_state_due
        cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        row = cur.execute(
            "SELECT id FROM cards WHERE state IN (1, 3) AND due <= ? AND suspended = 0"
            " AND (buried_until IS NULL OR buried_until <= ?)" + self._deck_sql() + " ORDER BY due, id LIMIT 1",
            (to_micros(until), to_micros(now)),
        ).fetchone()
        return None if row is None else int(row[0])

    def _eligible(self, conn: Connection, card_id: int, now: datetime) -> bool:
        cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        row = cur.execute("SELECT suspended, buried_until, state FROM cards WHERE id = ?", (card_id,)).fetchone()
        if row is None or row[0] or (row[1] is not None and row[1] > to_micros(now)):
            return False
        return row[2] in (State.NEW, State.REVIEW)

    def next_card(self) -> CardView | None:
        """The card to show now: due learning cards first, then the queue, then learn-ahead."""
        if self.limit is not None and self.summary.reviewed >= self.limit:
            return None
        now = self.col.now()
        with self.col.engine.connect() as conn:
            card_id = self._learning_due(conn, now, now)
            while card_id is None and self.queue:
                candidate = self.queue.popleft()
                if self._eligible(conn, candidate, now):
                    card_id = candidate
            if card_id is None:
                card_id = self._learning_due(conn, now + timedelta(seconds=LEARN_AHEAD_SECONDS), now)
            view = None if card_id is None else load_view(conn, card_id)
        return None if view is None else self._with_previews(view, now)

    def view(self, card_id: int) -> CardView | None:
        """Any card as the review screen shows it, with interval previews."""
        with self.col.engine.connect() as conn:
            view = load_view(conn, card_id)
        return None if view is None else self._with_previews(view, self.col.now())

    def _rules(self, deck_id: int) -> DeckRules:
        return self.rules.get(deck_id, self.root_rules)

    def _with_previews(self, view: CardView, now: datetime) -> CardView:
        memory = Memory(State(view.state), view.step, view.stability, view.difficulty, view.due, view.last_review, view.reps, view.lapses)
        shown = {int(r): format_interval(d) for r, d in preview(self._rules(view.deck_id).options, view.id, memory, now).items()}
        return replace(view, previews=shown)

    def counts(self) -> tuple[int, int, int]:
        """(new, learning, review) cards still to come in this session."""
        now = self.col.now()
        with self.col.read() as s:
            conn = s.connection()
            states = dict(conn.execute(select(cards.c.id, cards.c.state).where(cards.c.id.in_(list(self.queue)))).all()) if self.queue else {}
            learning = conn.execute(
                select(cards.c.id).where(*self._where(now), cards.c.state.in_((1, 3)),
                                         cards.c.due <= now + timedelta(seconds=LEARN_AHEAD_SECONDS))
            ).scalars().all()
        new = sum(1 for cid in self.queue if states.get(cid) == State.NEW)
        review = sum(1 for cid in self.queue if states.get(cid) == State.REVIEW)
        return new, len(learning), review

    def next_due(self) -> datetime | None:
        """When the next card in this deck becomes due (for "done for today")."""
        now = self.col.now()
        with self.col.engine.connect() as conn:
            clauses = [cards.c.suspended.is_(False), cards.c.state != int(State.NEW)]
            if self.deck_ids is not None:
                clauses.append(cards.c.deck_id.in_(self.deck_ids))
            due = conn.execute(select(cards.c.due).where(*clauses, cards.c.due > now).order_by(cards.c.due).limit(1)).scalar()
        return due

    # -- answering and undo --------------------------------------------------
    def answer(self, card_id: int, rating: Rating | int, duration_ms: int = 0, *, expected_reps: int | None = None) -> Answered:
        rating = Rating(int(rating))
        result = self._answer(card_id, rating, self.col.now(), duration_ms, expected_reps)
        if self.summary.reviewed % CHECKPOINT_EVERY == 0:
            checkpoint(self.col.engine)  # amortized; SQLite's own would run inside a commit
        self._undo.append(Step(card_id, rating, result.reviewed_at, duration_ms, log_id=result.log_id))
        self._redo.clear()
        return result

    def _answer(self, card_id: int, rating: Rating, when: datetime, duration_ms: int, expected_reps: int | None) -> Answered:
        with self.col.write_conn() as conn:
            result = answer_card(conn, self._rules, card_id, rating, when, duration_ms, expected_reps)
        self.summary.reviewed += 1
        self.summary.again += rating == Rating.AGAIN
        return result

    def _edit(self, card_id: int, values: dict) -> None:
        with self.col.write_conn() as conn:
            before = card_columns(conn, card_id)
            set_card(conn, card_id, values)
        self._undo.append(Step(card_id, before={k: before[k] for k in values}, after=dict(values)))
        self._redo.clear()

    def suspend(self, card_id: int) -> None:
        self._edit(card_id, {"suspended": True})

    def unsuspend(self, card_id: int) -> None:
        self._edit(card_id, {"suspended": False})

    def bury(self, card_id: int) -> None:
        self._edit(card_id, {"buried_until": study_day(self.col.now(), self.root_rules.day_start_hour).end})

    def flag(self, card_id: int, colour: int) -> None:
        if colour not in range(0, 8):
            raise SrsError("flag must be 0 (none) or 1–7")
        self._edit(card_id, {"flag": colour})

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> int:
        """Take back the last answer or card action; returns the card id to show again."""
        if not self._undo:
            raise SrsError("nothing to undo")
        step = self._undo.pop()
        with self.col.write_conn() as conn:
            if step.log_id is not None:
                undo_answer(conn, step.log_id)
            else:
                set_card(conn, step.card_id, step.before or {})
        if step.log_id is not None:
            self.summary.reviewed -= 1
            self.summary.again -= step.rating == Rating.AGAIN
            self.queue.appendleft(step.card_id)
        self._redo.append(step)
        return step.card_id

    def redo(self) -> int:
        if not self._redo:
            raise SrsError("nothing to redo")
        step = self._redo.pop()
        if step.log_id is not None:
            assert step.rating is not None and step.when is not None
            if self.queue and self.queue[0] == step.card_id:
                self.queue.popleft()
            result = self._answer(step.card_id, step.rating, step.when, step.duration_ms, None)
            step.log_id = result.log_id
        else:
            with self.col.write_conn() as conn:
                set_card(conn, step.card_id, step.after or {})
        self._undo.append(step)
        return step.card_id


__all__ = ["AlreadyAnswered", "Study"]
