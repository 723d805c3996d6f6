"""An imported card keeps Anki's schedule: its due date, interval and memory state.

Collections are built by Anki's own scheduler over simulated days, on a faked
process clock (libfaketime), then exported three ways and imported by srs at
the same moment (tests/anki/anki_clock.py). Anki is the judge: every review
card falls due on Anki's date with Anki's interval, and its FSRS memory state
is Anki's (from the card's data, or for SM-2 as Anki computes it from the log
when FSRS is switched on) within 1 %.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.anki.anki_clock import run

PACKAGES = ("apkg", "legacy apkg", "colpkg")


def _days(first: str, times: list[str]) -> list[str]:
    """Sessions on consecutive days from ``first`` (a date), at the given local times."""
    from datetime import date, timedelta

    start = date.fromisoformat(first)
    return [f"{start + timedelta(days=k)}T{t}" for k, t in enumerate(times)]


SCENARIOS = {
    "09:00 daily, FSRS": dict(tz="Europe/Berlin", fsrs=True, rollover=4, sessions=_days("2026-03-02", ["09:00"] * 6),
                             now="2026-03-08T12:00"),
    "09:00 daily, SM-2": dict(tz="Europe/Berlin", fsrs=False, rollover=4, sessions=_days("2026-03-02", ["09:00"] * 6),
                             now="2026-03-08T12:00"),
    "an evening, then mornings, FSRS": dict(tz="America/New_York", fsrs=True, rollover=4,
                                            sessions=_days("2026-02-02", ["21:00"] + ["08:00"] * 5),
                                            now="2026-02-08T10:00"),
    "an evening, then mornings, SM-2": dict(tz="America/New_York", fsrs=False, rollover=4,
                                            sessions=_days("2026-02-02", ["21:00"] + ["08:00"] * 5),
                                            now="2026-02-08T10:00"),
    "across the rollover hour, FSRS": dict(
        tz="Asia/Kolkata", fsrs=True, rollover=4,
        sessions=["2026-03-02T23:30", "2026-03-03T03:30", "2026-03-03T04:30", "2026-03-04T03:55",
                  "2026-03-04T04:05", "2026-03-05T22:00", "2026-03-06T03:59", "2026-03-06T07:00"],
        now="2026-03-07T03:00"),
    "across a 6 am rollover, SM-2": dict(
        tz="Europe/Berlin", fsrs=False, rollover=6,
        sessions=["2026-03-02T05:30", "2026-03-02T06:30", "2026-03-03T05:45", "2026-03-03T21:00",
                  "2026-03-04T05:59", "2026-03-04T06:01", "2026-03-06T05:00", "2026-03-06T07:00"],
        now="2026-03-07T05:30"),
}


@pytest.fixture(scope="module", params=list(SCENARIOS), ids=list(SCENARIOS))
def studied(request, tmp_path_factory) -> dict:  # type: ignore[no-untyped-def]
    scenario = {**SCENARIOS[request.param], "notes": 120, "seed": 7, "last_session_answers": 12}
    return run(scenario, tmp_path_factory.mktemp("anki-clock"))


@pytest.mark.slow
@pytest.mark.parametrize("package", PACKAGES)
def test_every_review_card_keeps_ankis_due_date_and_interval(studied: dict, package: str) -> None:
    anki, ours = studied["anki"], studied["ours"][package]
    reviews = {k: c for k, c in anki.items() if c["type"] == 2}
    assert len(reviews) >= 10  # the simulation made review cards of all kinds of intervals
    wrong = {k: ((c["due_in_days"], c["ivl"]), (ours[k]["due_in_days"], ours[k]["ivl"]))
             for k, c in reviews.items() if (ours[k]["state"], ours[k]["due_in_days"], ours[k]["ivl"])
             != (2, c["due_in_days"], c["ivl"])}
    assert not wrong, f"(Anki's due in days, interval) → ours: {wrong}"


@pytest.mark.slow
@pytest.mark.parametrize("package", PACKAGES)
def test_learning_cards_keep_ankis_state_and_due_time(studied: dict, package: str) -> None:
    anki, ours = studied["anki"], studied["ours"][package]
    assert any(c["type"] in (1, 3) for c in anki.values())  # the last session left some mid-step
    for key, card in anki.items():
        assert ours[key]["state"] == card["type"], key  # new stays new, learning stays learning
        if card["due_time"] is not None:
            assert ours[key]["due_time"] == card["due_time"], key
        elif card["type"] in (1, 3):
            assert ours[key]["due_in_days"] == card["due_in_days"], key


@pytest.mark.slow
@pytest.mark.parametrize("package", PACKAGES)
def test_memory_states_are_ankis_within_one_percent(studied: dict, package: str) -> None:
    anki, ours = studied["anki"], studied["ours"][package]
    compared = 0
    for key, card in anki.items():
        if card["s"] is None:
            continue
        compared += 1
        assert ours[key]["s"] == pytest.approx(card["s"], rel=0.01), key
        assert ours[key]["d"] == pytest.approx(card["d"], rel=0.01), key
    assert compared >= 10


def test_the_clock_is_faked_for_ankis_engine(tmp_path: Path) -> None:
    """The harness's premise: Anki's Rust backend runs on the faked clock (its day count moves)."""
    scenario = {**SCENARIOS["09:00 daily, FSRS"], "notes": 2, "seed": 1,
                "sessions": _days("2026-03-02", ["09:00", "09:00"]), "now": "2026-03-05T12:00"}
    report = run(scenario, tmp_path)
    assert {c["type"] for c in report["anki"].values()} == {2}
    assert all(c["due_in_days"] is not None for c in report["anki"].values())
