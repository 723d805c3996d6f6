"""The exported review log says what Anki's own log says for the same answers (issue 17, item 5):
learning steps as negative seconds, the FSRS difficulty as the factor, the answer time in ms."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from anki.collection import Collection as AnkiCollection

from srs.core.scheduling import Rating
from srs.service.collection import Collection
from srs.service.exporting import export_anki
from srs.service.reviewing import Study
from tests.anki.helpers import anki_import
from tests.factory import add_notes

ANSWER_MS = 7_300
# new card: Again, Good (1m step), Good (10m step: graduates); a day later: Again (relearn), Good
RATINGS = [1, 3, 3, 1, 3]


def answered_in_anki(folder: Path) -> list[tuple]:
    """Anki's revlog after its scheduler (FSRS on) takes RATINGS, each answered in 7.3 s."""
    col = AnkiCollection(os.path.join(folder, "judge.anki2"))
    col.set_config("fsrs", True)
    # Anki runs on the real clock: its day rollover is put half a day away, so that no
    # step reaches past it (a step that does is logged in days; the rollover test is
    # in test_revlog_sql)
    col.set_config("rollover", (datetime.now().hour + 12) % 24)
    note = col.new_note(col.models.by_name("Basic"))
    note["Front"], note["Back"] = "What is SQS?", "a queue"
    col.add_note(note, 1)
    for i, rating in enumerate(RATINGS):
        if i == 3:  # the review a day later: Anki runs on the real clock, so the card is made due now
            col.sched.set_due_date([note.cards()[0].id], "0")
        card = col.get_card(note.cards()[0].id)  # answered when due or not: no waiting for the queue
        card.start_timer()
        card.timer_started -= ANSWER_MS / 1000
        col.sched.answerCard(card, rating)
    rows = col.db.all("SELECT ease, ivl, lastIvl, factor, time, type FROM revlog WHERE type < 4 ORDER BY id")
    col.close()
    return [tuple(r) for r in rows]


def test_exported_review_log_matches_ankis_own(tmp_path, monkeypatch) -> None:
    expected = answered_in_anki(Path(tempfile.mkdtemp(dir=tmp_path)))
    start = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0) - timedelta(days=3)
    times = [start, start + timedelta(minutes=1), start + timedelta(minutes=12),
             start + timedelta(days=1, hours=1), start + timedelta(days=1, hours=1, minutes=11)]
    monkeypatch.setenv("SRS_NOW", start.isoformat())
    col = Collection.open(tmp_path / "srs.db")
    add_notes(col, "AWS", [("What is SQS?", "a queue")])
    study = Study(col)
    with col.read() as s:
        card_id = s.connection().exec_driver_sql("SELECT id FROM cards").scalar_one()
    for when, rating in zip(times, RATINGS, strict=True):
        study.answer(card_id, Rating(rating), ANSWER_MS, when=when)
    monkeypatch.setenv("SRS_NOW", (start + timedelta(days=2)).isoformat())
    export_anki(col, tmp_path / "out.apkg", with_scheduling=True)
    col.close()

    judge = AnkiCollection(str(tmp_path / "judge2" / "c.anki2")) if (tmp_path / "judge2").mkdir() is None else None
    anki_import(judge, tmp_path / "out.apkg")
    ours = [tuple(r) for r in judge.db.all("SELECT ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id")]
    judge.close()

    assert [r[0] for r in ours] == RATINGS
    learning = [0, 1, 3, 4]  # the answers that leave the card in (re)learning or start there
    for i in learning:
        ease, ivl, last_ivl, factor, time, kind = ours[i]
        a_ease, a_ivl, a_last, a_factor, a_time, a_kind = expected[i]
        assert (ease, kind, time) == (a_ease, a_kind, a_time) == (RATINGS[i], a_kind, ANSWER_MS), (i, ours, expected)
        assert abs(factor - a_factor) <= 1, (i, ours, expected)  # FSRS difficulty, as Anki logs it
        if a_ivl < 0:
            assert ivl == a_ivl, (i, ours, expected)  # the step, in negative seconds
        if a_last < 0:  # (a review card's lastIvl: Anki's moved card had 0 days, ours 1)
            assert last_ivl == a_last, (i, ours, expected)
    # the graduating answer: a review interval in days, the factor from the difficulty
    assert ours[2][1] > 0 and expected[2][1] > 0 and abs(ours[2][3] - expected[2][3]) <= 1
