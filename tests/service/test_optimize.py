"""`srs optimize`: refuses thin history, fits parameters, stores them only with --apply."""

from __future__ import annotations

import random
from datetime import timedelta
from itertools import pairwise

import pytest
from sqlalchemy import select

from srs.core.errors import SrsError
from srs.db.models import Preset
from srs.service.optimizing import optimize
from srs.service.reviewing import Study
from tests.conftest import at
from tests.factory import add_notes


def simulate(col, monkeypatch, days: int, cards: int, seed: int = 1, again: float = 0.15) -> None:
    rng = random.Random(seed)
    add_notes(col, "Sim", [(f"q{i}", f"a{i}") for i in range(cards)])
    with col.write() as s:
        s.execute(Preset.__table__.update().values(new_per_day=cards, reviews_per_day=9999))
    start = at("2026-01-01T09:00:00+00:00")
    for day in range(days):
        monkeypatch.setenv("SRS_NOW", (start + timedelta(days=day)).isoformat())
        study = Study(col)
        answered = 0
        while (card := study.next_card()) is not None:
            study.answer(card.id, 1 if rng.random() < again else 3)
            answered += 1
            if answered > 4 * cards:
                break


def test_refuses_below_minimum(col, monkeypatch) -> None:
    simulate(col, monkeypatch, days=2, cards=5)
    with pytest.raises(SrsError, match="needs at least"):
        optimize(col)


@pytest.mark.slow
def test_fits_and_applies(col, monkeypatch) -> None:
    simulate(col, monkeypatch, days=60, cards=60, again=0.45)  # forgets far more than the defaults expect
    fit = optimize(col)
    assert fit.reviews >= 400 and len(fit.parameters) == 21
    assert fit.improved, (fit.before, fit.after)
    with col.read() as s:
        assert s.scalar(select(Preset.parameters)) is None, "not stored without --apply"
    optimize(col, apply=True)
    with col.read() as s:
        stored = s.scalar(select(Preset.parameters))
    assert stored == pytest.approx(fit.parameters)
    # the stored parameters now drive scheduling
    card = Study(col).next_card() or None
    assert card is None or card.previews


def test_never_stores_a_worse_fit(col, monkeypatch) -> None:
    simulate(col, monkeypatch, days=40, cards=60)
    fit = optimize(col, apply=True)
    with col.read() as s:
        stored = s.scalar(select(Preset.parameters))
    assert fit.applied == fit.improved
    assert (stored is not None) == fit.improved


def test_the_optimizer_counts_days_as_the_scheduler_does(col, monkeypatch) -> None:
    """An evening answer, then a morning one: one day for the scheduler, so one day in the fit."""
    import re

    from srs.core.days import days_between
    from srs.db.models import Card
    from srs.service.optimizing import _items

    (note_id,) = add_notes(col, "Sim", [("q", "a")])
    with col.read() as s:
        card_id = s.scalar(select(Card.id).where(Card.note_id == note_id))
    times = ["2026-01-01T09:00:00+00:00", "2026-01-02T21:00:00+00:00", "2026-01-03T08:00:00+00:00",
             "2026-01-04T03:30:00+00:00", "2026-01-04T04:30:00+00:00"]
    for when in times:
        monkeypatch.setenv("SRS_NOW", when)
        Study(col).answer(card_id, 3)
    with col.read() as s:
        preset = s.scalar(select(Preset).where(Preset.name == "default"))
        preset_id, hour = preset.id, preset.day_start_hour
    _reviews, items = _items(col, preset_id, hour)
    deltas = [int(d) for d in re.findall(r"delta_t: (\d+)", repr(items[-1]))]  # fsrs-rs shows them only so
    expected = [0] + [days_between(at(a), at(b), hour) for a, b in pairwise(times)]
    assert deltas == expected == [0, 1, 1, 0, 1]
