"""Answers written into the mirror (Anki's revlog, keyed by millisecond) are never lost to a collision."""

from __future__ import annotations

from pathlib import Path

from srs.anki.sync_mirror import Mirror


def test_an_answer_in_the_same_millisecond_as_another_cards_answer_takes_the_next_one(tmp_path: Path) -> None:
    with Mirror(tmp_path / "mirror") as mirror:
        ms = 1_764_000_000_000
        mirror.col.db.execute("INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)"
                              " VALUES (?, 111, 5, 3, 4, 1, 2500, 3000, 1)", ms)  # the phone's answer, synced
        ours = [(ms, 222, 4, 9, 3, 2500, 2000, 1)]  # srs answered another card in that millisecond
        assert mirror.add_reviews(ours) == 1
        assert mirror.add_reviews(ours) == 0  # a repeated (killed) sync finds it there
        rows = mirror.col.db.all("SELECT id, cid, ease FROM revlog ORDER BY id")
        assert rows == [[ms, 111, 3], [ms + 1, 222, 4]]
