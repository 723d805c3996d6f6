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
_LEARNING = f"state IN ({State.LEARNING:d}, {State.RELEARNING:d})"


def own_counts(run: Run, now: datetime, learn_until: datetime, day_end: datetime,
               by_index: bool | None = None) -> dict[int, tuple[int, int, int, int]]:
    """Per deck id, its own cards (not its subdecks'): (new, learning due by ``learn_until``, reviews due
    before ``day_end``, all cards), new/learning/review counting only cards available at ``now``.

    Two ways, the same numbers. Usually few cards are new or due: the totals come from the
    (deck_id, due) index alone, and the few candidates through the (state, due) index, 4-6×
    faster than reading every card at 100k cards (bench deck_tree). When most cards are
    candidates (a fresh import of new cards), one plain scan of the cards is faster than
    looking each up; ``by_index`` forces one way (tests)."""
    now_us, learn_us, end_us = to_micros(now), to_micros(learn_until), to_micros(day_end)
    totals = run("SELECT deck_id, count(*) FROM cards GROUP BY deck_id", ())
    if by_index is None:
        (candidates,), = run(
            f"SELECT (SELECT count(*) FROM cards WHERE state = {State.NEW:d})"
            f" + (SELECT count(*) FROM cards WHERE {_LEARNING} AND due <= ?)"
            f" + (SELECT count(*) FROM cards WHERE state = {State.REVIEW:d} AND due < ?)", (learn_us, end_us))
        by_index = 3 * candidates < sum(n for _deck, n in totals)  # a lookup costs about twice a scanned row
    if not by_index:
        rows = run(
            "SELECT deck_id,"
            f" sum(avail AND state = {State.NEW:d}),"
            f" sum(avail AND {_LEARNING} AND due <= ?),"
            f" sum(avail AND state = {State.REVIEW:d} AND due < ?), count(*)"
            f" FROM (SELECT deck_id, state, due, ({_AVAILABLE}) AS avail FROM cards NOT INDEXED) GROUP BY deck_id",
            (learn_us, end_us, now_us),
        )
        return {r[0]: (int(r[1] or 0), int(r[2] or 0), int(r[3] or 0), int(r[4])) for r in rows}
    out = {deck_id: [0, 0, 0, int(n)] for deck_id, n in totals}
    rows = run(
        "SELECT deck_id, state, count(*) FROM cards"
        f" WHERE (state = {State.NEW:d} OR ({_LEARNING} AND due <= ?) OR (state = {State.REVIEW:d} AND due < ?))"
        f" AND {_AVAILABLE} GROUP BY deck_id, state", (learn_us, end_us, now_us))
    for deck_id, state, n in rows:
        out[deck_id][0 if state == State.NEW else 2 if state == State.REVIEW else 1] += int(n)
    return {deck_id: (c[0], c[1], c[2], c[3]) for deck_id, c in out.items()}
