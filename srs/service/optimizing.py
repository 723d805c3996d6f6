"""Fit FSRS parameters to this collection's review history.

Uses ``fsrs-rs-python``, the Python binding of fsrs-rs (the Rust optimizer
Anki itself runs): it needs no PyTorch and fits a large log in seconds.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from srs.core.consts import DEFAULT_PRESET
from srs.core.days import DAY_US, day_start_us
from srs.core.errors import NotFound, SrsError
from srs.db.fit_rows import preset_answers
from srs.db.models import Preset
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
    """The fit's items: for each card, every prefix of its answers that ends on a later day than the one before."""
    import fsrs_rs_python as rs

    review, item = rs.FSRSReview, rs.FSRSItem
    # elapsed days as the scheduler counts them (srs.core.days.elapsed_days), from today's day start
    anchor = day_start_us(col.now(), day_start_hour)
    items: list[fsrs_rs_python.FSRSItem] = []
    answers = 0
    card: int | None = None
    last_day = 0
    reviews: list[fsrs_rs_python.FSRSReview] = []
    with col.read() as s:
        for card_id, rating, at in preset_answers(s.connection(), preset_id):
            answers += 1
            day = (at - anchor) // DAY_US  # srs.core.days.study_day_number, inlined: once per answer
            if card_id != card:
                card, last_day, reviews = card_id, day, [review(rating, 0)]
                continue
            delta = day - last_day
            last_day = day
            reviews.append(review(rating, delta))
            if delta > 0:  # FSRSItem copies the list, so the next answers extend this one's prefix
                items.append(item(reviews))
    return answers, items


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
    # fsrs-rs releases the GIL, so the current parameters' score is computed on a second core
    # while the fit runs: the fit's wall time stays what Anki's optimizer takes (profiled)
    with ThreadPoolExecutor(max_workers=1) as pool:
        scoring = pool.submit(rs.FSRS(current).evaluate, items)
        params = [float(x) for x in rs.FSRS(current).compute_parameters(items)]
        before = scoring.result()
    after = rs.FSRS(params).evaluate(items)
    fit = Fit(name, reviews, len(items), (before.log_loss, before.rmse_bins), (after.log_loss, after.rmse_bins), params, False)
    if apply and fit.improved:  # like Anki: never store parameters that fit the history worse
        with col.write() as s:
            s.execute(update(Preset).where(Preset.id == p.id).values(parameters=params))
        fit.applied = True
    return fit
