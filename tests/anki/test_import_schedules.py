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

PACKAGES = ("apkg", "legacy apkg", "anki2 apkg", "apkg without lrt", "colpkg")


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
    # The package's day starts at another hour than ours (srs_hour): its history is counted in
    # its own hour (a .colpkg records it, an .apkg's review cards tell it), and the cards still
    # fall due on Anki's dates in our days. Now is midday: both days have the same date.
    "a 7 am rollover there, 4 am here, SM-2": dict(
        tz="Europe/Berlin", fsrs=False, rollover=7, srs_hour=4,
        sessions=["2026-03-02T06:30", "2026-03-02T07:30", "2026-03-03T06:45", "2026-03-03T21:00",
                  "2026-03-04T06:59", "2026-03-04T07:01", "2026-03-06T05:00", "2026-03-06T08:00"],
        now="2026-03-07T12:00"),
    "a midnight rollover there, 4 am here, FSRS": dict(
        tz="America/New_York", fsrs=True, rollover=0, srs_hour=4,
        sessions=["2026-02-02T21:00", "2026-02-02T23:50", "2026-02-03T00:10", "2026-02-03T03:30",
                  "2026-02-04T01:00", "2026-02-04T23:59", "2026-02-05T02:00", "2026-02-06T03:00",
                  "2026-02-07T09:00"],
        now="2026-02-08T12:00"),
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


def test_nonsense_in_a_packages_schedule_columns_imports_within_bounds(tmp_path: Path, monkeypatch) -> None:
    """Card data that is no JSON, a memory state out of range, a day number or interval past any
    calendar: the cards import with a schedule on the calendar, FSRS bounds kept."""
    import sqlite3
    import zipfile
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import select

    from srs.anki import ExportCard, ExportNote, ExportReview, write_apkg
    from srs.db.models import Card, Note
    from srs.service.collection import Collection
    from srs.service.importing import import_paths

    t0 = datetime(2026, 1, 5, 9, tzinfo=UTC)
    monkeypatch.setenv("SRS_NOW", (t0 + timedelta(days=30)).isoformat())
    notes = [ExportNote(guid=f"g{i}", template="basic", front=f"q{i}", back="a", modified=t0,
                        cards=(ExportCard(0, state=2, due=t0 + timedelta(days=10), last_review=t0, stability=5.0,
                                          difficulty=5.0, interval_days=10, reps=1),),
                        reviews=(ExportReview(0, t0, 3, 4000),)) for i in range(5)]
    pkg = tmp_path / "x.apkg"
    write_apkg(pkg, notes, with_scheduling=True, now=t0 + timedelta(days=1))
    work = tmp_path / "work"
    with zipfile.ZipFile(pkg) as zf:
        zf.extractall(work)
        names = zf.namelist()
    con = sqlite3.connect(work / "collection.anki21")
    ids = [r[0] for r in con.execute("SELECT id FROM cards ORDER BY id")]
    edits = ["data = '{not json'", """data = '{"s": 1e308, "d": -4, "lrt": 99999999999999}'""",
             "due = 9223372036854775807, ivl = 'many'", """data = '{"s": "abc", "d": 5}', ivl = 10000000000""",
             "odid = 'x', odue = -9223372036854775807"]
    for cid, edit in zip(ids, edits, strict=True):
        con.execute(f"UPDATE cards SET {edit} WHERE id = ?", (cid,))
    con.commit()
    con.close()
    hostile = tmp_path / "hostile.apkg"
    with zipfile.ZipFile(hostile, "w") as zf:
        for name in names:
            zf.write(work / name, name)
    col = Collection.open(tmp_path / "t.db")
    try:
        (fr,) = import_paths(col, [hostile]).files
        assert fr.status == "imported" and fr.new == 5, fr.error
        with col.read() as s:
            cards = s.execute(select(Card.state, Card.due, Card.last_review, Card.stability, Card.difficulty)
                              .join(Note, Note.id == Card.note_id).order_by(Note.front)).all()
    finally:
        col.close()
    for state, due, last, stability, difficulty in cards:
        assert state == 2 and 1900 < due.year < 2200 and (last is None or 1900 < last.year < 2200)
        assert 0.001 <= stability <= 36500 and 1 <= difficulty <= 10
