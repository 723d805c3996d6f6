"""`srs db check` finds each kind of damage; `--repair` fixes it after a backup.

tests/cli/test_cli_basics.py covers "review logs without a card"; these are
the other kinds srs knows (srs/db/health.py ORPHAN_CHECKS), one at a
time and all at once, checking that the backup holds the damaged state, that
nothing else changed, and that a second repair has nothing to do.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command

import srs.db.backups as backups
import srs.db.migrate as migrate
from srs.db import deck_card_counts
from srs.db.engine import make_engine
from srs.service.collection import Collection
from srs.service.maintenance import check
from srs.service.reviewing import Study
from tests.conftest import run_srs
from tests.reliability.dbstate import connect, make_review_db

PAST = 1_700_000_000_000_000  # 2023, in the stored microseconds

DAMAGE = {
    "notes without cards": (
        "DELETE FROM cards WHERE note_id IN (SELECT note_id FROM cards WHERE reps = 0 ORDER BY note_id DESC LIMIT 3)", 3),
    "cards without a note": (
        "INSERT INTO cards (note_id, deck_id, ordinal, position, state, due, reps, lapses, suspended, flag, created_at)"
        " SELECT 99999, deck_id, id, 0, 0, due, 0, 0, 0, 0, created_at FROM cards LIMIT 2", 2),
    "stale burials": (f"UPDATE cards SET buried_until = {PAST} WHERE id IN (SELECT id FROM cards ORDER BY id LIMIT 4)", 4),
    "decks whose kept card counts are wrong": (  # (the deck list would show 5 cards too many)
        "UPDATE deck_card_counts SET cards = cards + 5 WHERE deck_id = (SELECT min(deck_id) FROM deck_card_counts)", 1),
    "deck count triggers missing": ("DROP TRIGGER deck_card_counts_on_update", 1),
}
PROBE = {
    "cards without a note": "SELECT count(*) FROM cards WHERE note_id NOT IN (SELECT id FROM notes)",
    "notes without cards": "SELECT count(*) FROM notes WHERE id NOT IN (SELECT note_id FROM cards)",
    "stale burials": f"SELECT count(*) FROM cards WHERE buried_until = {PAST}",
    "decks whose kept card counts are wrong": deck_card_counts.DISAGREEING,
    "deck count triggers missing": deck_card_counts.MISSING,
}


def reviewed_db(tmp_path: Path) -> Path:
    db = tmp_path / "r.db"
    make_review_db(db, 20)
    col = Collection.open(db)
    try:
        study = Study(col)
        for rating in (3, 1, 4, 3, 2):
            card = study.next_card()
            assert card is not None
            study.answer(card.id, rating, expected_reps=card.reps)
    finally:
        col.close()
    return db


def damage(db: Path, sql: str) -> None:
    con = connect(db)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute(sql)
    con.commit()
    con.close()


def history(db: Path) -> list[tuple]:
    con = connect(db)
    try:
        return con.execute("SELECT * FROM review_logs ORDER BY id").fetchall()
    finally:
        con.close()


def check_json(db: Path, *extra: str) -> tuple[int, dict]:
    out = run_srs("--db", str(db), "db", "check", "--json", *extra)
    assert "Traceback" not in out.stderr and out.stderr.strip() == "", out.stderr
    return out.returncode, json.loads(out.stdout)


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_each_kind_is_reported_then_repaired_after_a_backup(tmp_path: Path, kind: str) -> None:
    db = reviewed_db(tmp_path)
    sql, n = DAMAGE[kind]
    damage(db, sql)
    logs = history(db)
    code, report = check_json(db)
    assert report["findings"][kind] == n, report
    assert {k for k, v in report["findings"].items() if v} == {kind}
    assert code == (0 if kind == "stale burials" else 1) and report["ok"] == (kind == "stale burials")
    code, fixed = check_json(db, "--repair")
    assert code == 0 and fixed["ok"], fixed
    assert fixed["repaired"] == {kind: n}
    assert not any(fixed["findings"].values())
    assert history(db) == logs, "repair changed the review history"
    backup = Path(fixed["backup"])
    assert backup.exists() and backup.parent == db.parent
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute(PROBE[kind]).fetchone()[0] == n, "the backup must hold the state before the repair"
    con.close()
    code, second = check_json(db, "--repair")
    assert code == 0 and second["repaired"] == {} and second["backup"] is None


def test_all_kinds_at_once(tmp_path: Path) -> None:
    db = reviewed_db(tmp_path)
    con = connect(db)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state, due)"
                " VALUES (88888, 3, 0, 0, 2, 0)")
    con.commit()
    con.close()
    for sql, _n in DAMAGE.values():
        damage(db, sql)
    code, report = check_json(db)
    assert code == 1 and sum(1 for v in report["findings"].values() if v) == 6
    code, fixed = check_json(db, "--repair")
    assert code == 0 and fixed["ok"] and len(fixed["repaired"]) == 6, fixed
    assert len(list(tmp_path.glob("r.db.*.bak"))) == 1


def test_orphan_note_sources_are_repaired(tmp_path: Path) -> None:
    db = reviewed_db(tmp_path)
    damage(db, "INSERT INTO sources (id, uri, content_hash, format, imported_at) VALUES (7, 'gone.md', 'h', 'markdown', 0)")
    damage(db, "INSERT INTO note_sources (note_id, source_id, line) VALUES (77777, 7, 1)")
    code, report = check_json(db)
    assert code == 1 and report["foreign_key_errors"] == 1
    code, fixed = check_json(db, "--repair")
    assert code == 0 and fixed["ok"], fixed


class _FrozenDatetime(datetime):
    @classmethod
    def now(cls, tz=None):  # type: ignore[no-untyped-def,override]
        return datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)


def test_repair_right_after_an_upgrade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The upgrade backup and the repair backup are taken in the same second (frozen here)."""
    db = reviewed_db(tmp_path)
    engine, cfg = make_engine(db), migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
    engine.dispose()
    damage(db, DAMAGE["stale burials"][0])
    monkeypatch.setattr(backups, "datetime", _FrozenDatetime)  # backup names carry the second
    col = Collection.open(db)  # upgrades, backing up first
    try:
        report = check(col, repair=True)
    finally:
        col.close()
    assert report.ok and report.repaired == {"stale burials": 4}
