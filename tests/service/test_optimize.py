"""`srs optimize`: refuses thin history, fits parameters, stores them only with --apply."""

from __future__ import annotations

import random
from datetime import timedelta

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
