"""The day's queue of a deck: which cards a session offers, in what order, and the writes behind it.

``Study`` is the storage side of a review session: it builds the queue (reviews
due today, most overdue by retrievability first, new cards interleaved, both
within the daily limits of ``srs.service.decks.DayLimits``), hands out the next
card, counts what is left and writes answers and card changes. The session a
person drives — the card on screen, undo, redo, the summary — is
``srs.service.session.ReviewSession``, built on this.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Select, select

from srs.core.consts import Rating, State
from srs.core.days import study_day
from srs.core.errors import SrsError
from srs.core.queue import interleave
from srs.core.scheduling import Memory, format_interval, preview
from srs.db.engine import checkpoint
from srs.db.models import Deck
from srs.db.queue_rows import QUEUED_STATES, QueueScope, first_learning_due, limited, showable_state
from srs.service.answering import AlreadyAnswered, Answered, answer_card, card_columns, set_card, undo_answer
from srs.service.cards_view import CardView, load_view
from srs.service.collection import Collection
from srs.service.custom_study import search_card_ids
from srs.service.decks import LEARN_AHEAD_SECONDS, DayLimits, day_limits, subtree_ids
from srs.service.presets import DeckRules, default_rules, rules_by_deck

CHECKPOINT_EVERY = 500  # answers between WAL checkpoints


class Study:
    """Today's cards for a deck (or all decks), in the order they should be seen."""

    def __init__(self, col: Collection, deck: str | None = None, limit: int | None = None,
                 search: str | None = None) -> None:
        self.col = col
        self._checkpointing: threading.Thread | None = None
        self.deck = deck
        self.limit = limit  # at most this many cards in the queue
        self.answers = 0
        # A custom study session (srs.service.custom_study): the cards of this search, fixed when it starts,
        # outside the daily limits; the session's learning cards are only these.
        self.search = search
        self.members: list[int] | None = None if search is None else search_card_ids(col, search)
        with col.engine.connect() as conn:
            self.deck_ids = subtree_ids(conn, deck)
        self.scope = QueueScope(self.deck_ids, self.members)
        with col.read() as s:
            self.rules = rules_by_deck(s)
            self.root_id: int | None = None
            if deck is not None:
                self.root_id = s.scalar(select(Deck.id).where(Deck.name == deck))
            self.root_rules = self.rules.get(self.root_id, default_rules(s)) if self.root_id is not None else default_rules(s)
        self.queue: deque[int] = deque()
        self.skipped = False  # next_card passed over a queued card that can no longer be shown (since the build)
        self.build()

    # -- the queue ---------------------------------------------------------
    def build(self, leave_out: Iterable[int] = ()) -> None:
        """Reviews due today (most overdue by retrievability first), new cards interleaved, within the limits."""
        now = self.col.now()
        day = study_day(now, self.root_rules.day_start_hour)
        skip = set(leave_out)
        self.skipped = False
        if self.members is not None:
            self.queue = deque(self._searched(now, skip))
            return
        with self.col.read() as s:
            limits = day_limits(s, day)
            conn = s.connection()
            reviews = self._within(conn, limits, limits.review_left, skip, self.scope.due_reviews(now, day.end))
            new = self._within(conn, limits, limits.new_left, skip, self.scope.new_cards(now))
        order = interleave(reviews, new)
        if self.limit is not None:
            order = order[: self.limit]
        self.queue = deque(order)

    def _searched(self, now: datetime, skip: set[int]) -> list[int]:
        """A search session's queue: its new and review cards not yet answered in it, in the search's order."""
        with self.col.read() as s:
            live = self.scope.queued(s.connection(), now)
        order = [c for c in self.members or [] if c in live and c not in skip]
        return order if self.limit is None else order[: self.limit]

    def _within(self, conn: Connection, limits: DayLimits, left: dict[int | None, int], skip: set[int],
                query: Select[int, int]) -> list[int]:
        """The cards of ``query`` (in its order) that the limits of their decks, and of every deck above, allow."""
        left = dict(left)
        root = self.root_id
        if left.get(root, 0) <= 0:
            return []
        mine = self.deck_ids if self.deck_ids is not None else list(limits.parent)
        if not skip and all(left.get(d, 0) >= left[root] for d in mine):
            return [card_id for card_id, _deck in limited(conn, query, left[root])]  # only the session's own limit binds
        out: list[int] = []
        for card_id, deck_id in limited(conn, query):
            if card_id in skip:
                continue
            path = limits.path(deck_id, root)
            if all(left.get(d, 0) > 0 for d in path):
                out.append(card_id)
                for d in path:
                    left[d] -= 1
                if left[root] == 0:
                    break
        return out

    def _learning_due(self, conn: Connection, until: datetime, now: datetime) -> int | None:
        return first_learning_due(conn, until, now, self.deck_ids, self.members)

    def _eligible(self, conn: Connection, card_id: int, now: datetime) -> bool:
        return showable_state(conn, card_id, now) in QUEUED_STATES

    def next_card(self) -> CardView | None:
        """The card to show now: due learning cards first, then the queue, then learn-ahead."""
        now = self.col.now()
        with self.col.engine.connect() as conn:
            card_id = self._learning_due(conn, now, now)
            while card_id is None and self.queue:
                candidate = self.queue.popleft()
                if self._eligible(conn, candidate, now):
                    card_id = candidate
                else:
                    self.skipped = True
            if card_id is None:
                card_id = self._learning_due(conn, now + timedelta(seconds=LEARN_AHEAD_SECONDS), now)
            view = None if card_id is None else load_view(conn, card_id)
        return None if view is None else self._with_previews(view, now)

    def view(self, card_id: int) -> CardView | None:
        """Any card as the review screen shows it, with interval previews."""
        with self.col.engine.connect() as conn:
            view = load_view(conn, card_id)
        return None if view is None else self._with_previews(view, self.col.now())

    def rules_for(self, deck_id: int) -> DeckRules:
        return self.rules.get(deck_id, self.root_rules)

    def _with_previews(self, view: CardView, now: datetime) -> CardView:
        memory = Memory(State(view.state), view.step, view.stability, view.difficulty, view.due, view.last_review, view.reps, view.lapses)
        shown = {int(r): format_interval(d) for r, d in preview(self.rules_for(view.deck_id).options, view.id, memory, now).items()}
        return replace(view, previews=shown)

    def counts(self, on_screen: CardView | None = None) -> tuple[int, int, int]:
        """(new, learning, review) cards still to come, counting ``on_screen`` (taken off the queue) as one of them."""
        now = self.col.now()
        queued = [c for c in self.queue if on_screen is None or c != on_screen.id]
        with self.col.read() as s:
            conn = s.connection()
            states = self.scope.states_of(conn, queued, now)
            learning = self.scope.learning_by(conn, now, now + timedelta(seconds=LEARN_AHEAD_SECONDS))
        new, review = states.get(State.NEW, 0), states.get(State.REVIEW, 0)
        if on_screen is not None:
            if on_screen.state == State.NEW:
                new += 1
            elif on_screen.state == State.REVIEW:
                review += 1
            else:
                learning.add(on_screen.id)
        return new, len(learning), review

    def stale(self, on_screen: int | None = None) -> bool:
        """Whether a queued card can no longer be shown (suspended, buried, answered elsewhere, deleted)."""
        queued = [c for c in self.queue if c != on_screen]
        if not queued:
            return False
        with self.col.read() as s:
            return self.scope.queued_count(s.connection(), queued, self.col.now()) != len(set(queued))

    def next_due(self) -> datetime | None:
        """When the next card in this deck becomes due (for "done for today")."""
        with self.col.engine.connect() as conn:
            return self.scope.next_due(conn, self.col.now())

    # -- writing -------------------------------------------------------------
    def answer(self, card_id: int, rating: Rating | int, duration_ms: int = 0, *, expected_reps: int | None = None,
               when: datetime | None = None) -> Answered:
        """Schedule and store one answer (one transaction); ``when`` defaults to now."""
        with self.col.write_conn() as conn:
            result = answer_card(conn, self.rules_for, card_id, Rating(int(rating)), when or self.col.now(), duration_ms, expected_reps)
        self.answers += 1
        if self.answers % CHECKPOINT_EVERY == 0:  # amortized; SQLite's own would run inside a commit
            self._checkpoint_aside()
        return result

    def _checkpoint_aside(self) -> None:
        """A checkpoint beside the answers, not in one: after an import wrote megabytes to the log, copying
        them into the database took the answer that ran it 150-970 ms (bench.contention, issue #18)."""
        if self._checkpointing is not None and self._checkpointing.is_alive():
            return
        self._checkpointing = threading.Thread(target=checkpoint, args=(self.col.engine,), daemon=True)
        self._checkpointing.start()

    def take_back(self, log_id: int) -> int:
        """Undo one answer exactly (card, siblings, leech tag) and delete its log row; returns the card id."""
        with self.col.write_conn() as conn:
            return undo_answer(conn, log_id)

    def change(self, card_id: int, values: dict[str, Any]) -> dict[str, Any]:
        """Set card columns; returns their values before."""
        with self.col.write_conn() as conn:
            before = card_columns(conn, card_id)
            set_card(conn, card_id, values)
        return {k: before[k] for k in values}

    def bury_values(self) -> dict[str, datetime]:
        return {"buried_until": study_day(self.col.now(), self.root_rules.day_start_hour).end}

    def max_answer_seconds(self, deck_id: int) -> int:
        return self.rules_for(deck_id).max_answer_seconds


def check_flag(colour: int) -> int:
    if colour not in range(0, 8):
        raise SrsError("flag must be 0 (none) or 1–7")
    return colour


def without(queue: Sequence[int], card_id: int) -> deque[int]:
    return deque(c for c in queue if c != card_id)


__all__ = ["AlreadyAnswered", "Study", "subtree_ids"]
