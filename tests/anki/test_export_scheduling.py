"""``--with-scheduling``: Anki continues where the user left off."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from srs.anki import ExportCard, ExportNote, ExportReview, write_apkg
from tests.anki.helpers import anki_import

# Anki schedules against the real clock, so these tests do too.
NOW = datetime.now(UTC).replace(microsecond=0)
D = timedelta(days=1)


def card_note(guid: str, card: ExportCard, reviews=()) -> ExportNote:
    return ExportNote(guid=guid, template="basic", front=f"front {guid}", back="back",
                      deck="Sched", modified=NOW, cards=(card,), reviews=tuple(reviews))


def review_history():
    return (
        ExportReview(0, NOW - 30 * D, 1, 4000, 0, 0, state_before=0),
        ExportReview(0, NOW - 30 * D + timedelta(minutes=1), 3, 95_000, 0, 0, state_before=1),
        ExportReview(0, NOW - 29 * D, 3, 5000, 3, 0, state_before=2),
        ExportReview(0, NOW - 2 * D, 1, 7000, 0, 3, state_before=2),
        ExportReview(0, NOW - 2 * D, 3, 2000, 7, 0, state_before=3),  # same instant: ids stay unique
    )


NOTES = [
    card_note("review", ExportCard(0, state=2, due=NOW + 5 * D, last_review=NOW - 2 * D,
                                   stability=12.5, difficulty=5.3, interval_days=7, reps=5,
                                   lapses=1, flag=3), review_history()),
    card_note("overdue", ExportCard(0, state=2, due=NOW - 3 * D, last_review=NOW - 13 * D,
                                    stability=9.0, difficulty=6.0, interval_days=10, reps=3)),
    card_note("learning", ExportCard(0, state=1, due=NOW + timedelta(minutes=10),
                                     stability=0.4, difficulty=6.5, reps=1, step=1)),
    card_note("relearning", ExportCard(0, state=3, due=NOW + 2 * D, stability=2.0,
                                       difficulty=7.0, reps=8, lapses=2, step=0)),
    card_note("suspended", ExportCard(0, state=2, due=NOW + 4 * D, stability=20.0,
                                      difficulty=4.0, interval_days=20, suspended=True)),
    card_note("buried", ExportCard(0, state=2, due=NOW + D, stability=3.0, difficulty=5.0,
                                   interval_days=3, buried=True)),
    card_note("new", ExportCard(0)),
]


@pytest.fixture
def imported(tmp_path, anki_col):
    path = tmp_path / "sched.apkg"
    summary = write_apkg(path, NOTES, with_scheduling=True, now=NOW)
    assert summary.reviews == 5
    anki_import(anki_col, path)
    return anki_col


def card_of(col, guid):
    [nid] = col.find_notes(f'"Front:front {guid}"')
    [card] = col.get_note(nid).cards()
    return card


def test_review_card_state_survives(imported):
    col = imported
    card = card_of(col, "review")
    assert (card.type, card.queue) == (2, 2)
    assert card.due - col.sched.today == 5
    assert (card.ivl, card.reps, card.lapses) == (7, 5, 1)
    assert card.user_flag() == 3
    assert card.memory_state.stability == pytest.approx(12.5, abs=1e-3)
    assert card.memory_state.difficulty == pytest.approx(5.3, abs=1e-3)
    assert card.desired_retention == pytest.approx(0.9)
    assert card.last_review_time == int((NOW - 2 * D).timestamp())
    assert card_of(col, "overdue").due - col.sched.today == -3


def test_learning_relearning_suspended_buried_new(imported):
    col = imported
    learning = card_of(col, "learning")
    assert learning.type == 1
    if learning.queue == 1:  # due today: an intraday learning card, due in epoch seconds
        assert learning.due == int((NOW + timedelta(minutes=10)).timestamp())
    else:  # the 04:00 rollover falls within the next ten minutes
        assert (learning.queue, learning.due - col.sched.today) == (3, 1)
    assert learning.left % 1000 == 1
    relearn = card_of(col, "relearning")
    assert (relearn.type, relearn.queue) == (3, 3)
    assert relearn.due - col.sched.today == 2
    suspended = card_of(col, "suspended")
    assert (suspended.type, suspended.queue) == (2, -1)
    assert card_of(col, "buried").queue in (-2, -3)
    new = card_of(col, "new")
    assert (new.type, new.queue, new.memory_state) == (0, 0, None)


def test_review_log_survives(imported):
    col = imported
    card = card_of(col, "review")
    rows = col.db.all("select id, ease, ivl, lastIvl, time, type from revlog where cid=? order by id",
                      card.id)
    assert [r[1] for r in rows] == [1, 3, 3, 1, 3]
    assert [r[5] for r in rows] == [0, 0, 1, 1, 2]
    assert rows[1][4] == 60_000  # answer time capped as Anki does
    assert rows[0][0] == int((NOW - 30 * D).timestamp() * 1000)
    assert len({r[0] for r in rows}) == 5


def test_anki_can_answer_the_imported_cards_with_fsrs(imported):
    col = imported
    col.set_config("fsrs", True)
    card = card_of(col, "overdue")
    card.start_timer()
    col.sched.answerCard(card, 3)
    card.load()
    assert card.memory_state.stability > 9.0
    assert card.ivl > 10


def test_without_scheduling_cards_arrive_new(tmp_path, anki_col):
    path = tmp_path / "plain.apkg"
    summary = write_apkg(path, NOTES, with_scheduling=False, now=NOW)
    assert summary.reviews == 0
    anki_import(anki_col, path)
    types = anki_col.db.all("select type, queue, flags, data from cards")
    assert types and all(t == (0, 0, 0, "{}") or list(t) == [0, 0, 0, "{}"] for t in types)
    assert anki_col.db.scalar("select count() from revlog") == 0


def test_reimport_with_scheduling_does_not_duplicate_reviews(tmp_path, anki_col):
    path = tmp_path / "sched.apkg"
    write_apkg(path, NOTES, with_scheduling=True, now=NOW)
    anki_import(anki_col, path)
    anki_import(anki_col, path)
    assert anki_col.card_count() == len(NOTES)
    assert anki_col.db.scalar("select count() from revlog") == 5


def test_anki_check_database_finds_nothing_to_fix(imported):
    problems, ok = imported.fix_integrity()
    assert ok, problems


def test_legacy_importer_with_deck_options(tmp_path, anki_col):
    """The old ``AnkiPackageImporter`` entry point (scheduling and deck options on)."""
    import warnings

    import anki.importing

    path = tmp_path / "sched.apkg"
    write_apkg(path, NOTES, with_scheduling=True, now=NOW)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        anki.importing.AnkiPackageImporter(anki_col, str(path)).run()
    assert anki_col.card_count() == len(NOTES)
    assert anki_col.db.scalar("select count() from revlog") == 5
    assert anki_col.fix_integrity()[1]


@pytest.mark.parametrize("tz", ["Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati"])
def test_due_days_land_on_the_same_local_day_in_other_time_zones(tz):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "TZ": tz, "PYTHONPATH": str(root)}
    out = subprocess.run([sys.executable, str(Path(__file__).with_name("tz_probe.py"))], env=env,
                         capture_output=True, text=True, timeout=120, cwd=root)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ",".join(["0"] * 8)
