"""Fit FSRS parameters to this collection's review history.

Uses ``fsrs-rs-python``, the Python binding of fsrs-rs (the Rust optimizer
Anki itself runs): it needs no PyTorch and fits a large log in seconds.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from srs.core.consts import DEFAULT_PRESET
from srs.core.days import day_start_us, study_day_number
from srs.core.errors import NotFound, SrsError
from srs.db.models import Card, Deck, Preset, ReviewLog
from srs.db.types import to_micros
from srs.service.collection import Collection

if TYPE_CHECKING:
    import fsrs_rs_python

MIN_REVIEWS = 400  # below this the fit is noise (Anki asks for a few hundred too)


@dataclass
class Fit:
    preset: str
    reviews: int
    items: int
    before: tuple[float, float]  # (log loss, RMSE) with the current parameters
    after: tuple[float, float]
    parameters: list[float]
    applied: bool

    @property
    def improved(self) -> bool:
        return self.after[0] < self.before[0]

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "improved": self.improved}


def _items(col: Collection, preset_id: int, day_start_hour: int) -> tuple[int, list[fsrs_rs_python.FSRSItem]]:
    import fsrs_rs_python as rs

    with col.read() as s:
        rows = s.execute(
            select(ReviewLog.card_id, ReviewLog.rating, ReviewLog.reviewed_at)
            .join(Card, Card.id == ReviewLog.card_id).join(Deck, Deck.id == Card.deck_id)
            .where(Deck.preset_id == preset_id)
            .order_by(ReviewLog.card_id, ReviewLog.reviewed_at)
        ).all()
    # elapsed days as the scheduler counts them (srs.core.days.elapsed_days), from today's day start
    anchor = day_start_us(col.now(), day_start_hour)
    by_card: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for card_id, rating, at in rows:
        by_card[card_id].append((rating, study_day_number(to_micros(at), anchor)))
    items = []
    for history in by_card.values():
        reviews = []
        last_day = None
        for rating, day in history:
            delta = 0 if last_day is None else day - last_day
            reviews.append(rs.FSRSReview(rating, delta))
            last_day = day
            if len(reviews) >= 2 and delta > 0:
                items.append(rs.FSRSItem(list(reviews)))
    return len(rows), items


def optimize(col: Collection, preset: str | None = None, *, apply: bool = False) -> Fit:
    import fsrs_rs_python as rs

    name = preset or DEFAULT_PRESET
    with col.read() as s:
        p = s.scalar(select(Preset).where(Preset.name == name))
        if p is None:
            raise NotFound(f"no preset named {name!r}")
        current = list(p.parameters or rs.DEFAULT_PARAMETERS)
        hour = p.day_start_hour
    reviews, items = _items(col, p.id, hour)
    if reviews < MIN_REVIEWS or not items:
        raise SrsError(f"only {reviews} reviews in preset {name!r}; optimizing needs at least {MIN_REVIEWS} (keep reviewing and try again)")
    before = rs.FSRS(current).evaluate(items)
    params = [float(x) for x in rs.FSRS(current).compute_parameters(items)]
    after = rs.FSRS(params).evaluate(items)
    fit = Fit(name, reviews, len(items), (before.log_loss, before.rmse_bins), (after.log_loss, after.rmse_bins), params, False)
    if apply and fit.improved:  # like Anki: never store parameters that fit the history worse
        with col.write() as s:
            s.execute(update(Preset).where(Preset.id == p.id).values(parameters=params))
        fit.applied = True
    return fit
