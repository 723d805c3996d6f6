"""The SQL behind today's deck counts (srs.service.deck_counts), on any ``Run``.

The queries take a ``run(sql, params) -> rows`` function, so the same code counts inside a
collection's SQLAlchemy session and on a plain ``sqlite3`` snapshot (srs.db.quick_read, for
a cold ``srs decks`` that must not import SQLAlchemy): this module imports neither. Times
come in as datetimes.
"""

from __future__ import annotations

from datetime import datetime

from srs.core.consts import DEFAULT_PRESET, State
from srs.core.errors import NotFound
from srs.db import deck_card_counts
from srs.db.micros import to_micros
from srs.db.quick_read import Run


def decks(run: Run) -> list[tuple[int, str]]:
    """Every deck as (id, full name)."""
    return [(deck_id, name) for deck_id, name in run("SELECT id, name FROM decks", ())]


def subtree_ids(run: Run, deck: str | None) -> list[int] | None:
    """Ids of ``deck`` and its subdecks (None: all decks); NotFound when there is no such deck."""
    if deck is None:
        return None
    ids = [i for i, n in decks(run) if n == deck or n.startswith(deck + "::")]
    if not ids:
        raise NotFound(f"no deck named {deck!r} (see `srs decks`)")
    return ids


def deck_limits(run: Run, day: str | None = None) -> list[tuple[int, str, int, int]]:
    """Every deck as (id, full name, new cards per day, reviews per day): its preset's limits, plus custom
    study's extra cards when they were given for ``day`` (the study day's ISO date)."""
    return [(d, name, n, r) for d, name, n, r in run(
        "SELECT d.id, d.name, p.new_per_day + (CASE WHEN d.extend_date = ? THEN d.extend_new ELSE 0 END),"
        " p.reviews_per_day + (CASE WHEN d.extend_date = ? THEN d.extend_reviews ELSE 0 END)"
        " FROM decks d JOIN presets p ON p.id = d.preset_id", (day, day))]


def default_limits(run: Run) -> tuple[int, int]:
    """The default preset's (new cards per day, reviews per day): the limits of "all decks"."""
    (new, reviews), = run("SELECT new_per_day, reviews_per_day FROM presets WHERE name = ?", (DEFAULT_PRESET,))
    return new, reviews


def day_start_hour(run: Run, deck: str | None) -> int | None:
    """The day-start hour of ``deck``'s preset (the default preset's for None); None if no preset says."""
    if deck is None:
        rows = run("SELECT day_start_hour FROM presets WHERE name = ?", (DEFAULT_PRESET,))
    else:
        rows = run("SELECT p.day_start_hour FROM presets p JOIN decks d ON d.preset_id = p.id WHERE d.name = ?", (deck,))
    return None if not rows or rows[0][0] is None else int(rows[0][0])


def answered_between(run: Run, start: datetime, end: datetime) -> list[tuple[int, int, int]]:
    """Per deck and state before the answer (new or review only): how many cards were answered in [start, end)."""
    return [(deck_id, state, count) for deck_id, state, count in run(
        "SELECT c.deck_id, r.prev_state, count(DISTINCT r.card_id) FROM review_logs r JOIN cards c ON c.id = r.card_id"
        f" WHERE r.reviewed_at >= ? AND r.reviewed_at < ? AND r.prev_state IN ({State.NEW:d}, {State.REVIEW:d})"
        " GROUP BY c.deck_id, r.prev_state",
        (to_micros(start), to_micros(end)))]


# Available now: not suspended, not buried (or buried until a moment already past).
_AVAILABLE = "suspended = 0 AND (buried_until IS NULL OR buried_until <= ?)"


def own_counts(run: Run, now: datetime, learn_until: datetime, day_end: datetime) -> dict[int, tuple[int, int, int, int]]:
    """Per deck id with cards, its own cards (not its subdecks'): (new, learning due by ``learn_until``,
    reviews due before ``day_end``, all cards), new/learning/review counting only cards available at ``now``.

    What grows with the collection but not with the day comes counted (srs.db.deck_card_counts):
    every deck's total, its new cards not suspended. From those new cards, the ones buried now,
    through the index of burials from ``now`` on (a few). The learning and due cards through the
    (state, due) index: the cards due today, not the collection (issue #22: a read per card of
    the collection took 135 ms at 1M cards)."""
    now_us, learn_us, end_us = to_micros(now), to_micros(learn_until), to_micros(day_end)
    out: dict[int, list[int]] = {}
    for deck_id, state, suspended, n in deck_card_counts.counted(run):
        slot = out.setdefault(deck_id, [0, 0, 0, 0])
        slot[3] += n
        if state == State.NEW and not suspended:
            slot[0] += n
    buried = run(  # not by the (state, due) index, which holds every new card
        "SELECT deck_id, count(*) FROM cards INDEXED BY ix_cards_buried_until"
        f" WHERE buried_until > ? AND state = {State.NEW:d} AND suspended = 0 GROUP BY deck_id", (now_us,))
    for deck_id, n in buried:
        out.setdefault(deck_id, [0, 0, 0, 0])[0] -= int(n)
    due = run(
        f"SELECT deck_id, {State.LEARNING:d}, count(*) FROM cards WHERE state IN ({State.LEARNING:d}, {State.RELEARNING:d})"
        f" AND due <= ? AND {_AVAILABLE} GROUP BY deck_id"
        f" UNION ALL SELECT deck_id, {State.REVIEW:d}, count(*) FROM cards WHERE state = {State.REVIEW:d}"
        f" AND due < ? AND {_AVAILABLE} GROUP BY deck_id", (learn_us, now_us, end_us, now_us))
    for deck_id, state, n in due:
        out.setdefault(deck_id, [0, 0, 0, 0])[1 if state == State.LEARNING else 2] += int(n)
    return {deck_id: (c[0], c[1], c[2], c[3]) for deck_id, c in out.items() if c[3]}
