"""Schema under Alembic: models and migrations agree, every revision upgrades."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from srs.db.engine import make_engine
from srs.db.migrate import alembic_config, head_revision, open_database, upgrade
from srs.db.models import Base

REVISIONS = [r.revision for r in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))]


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine, fresh = open_database(tmp_path / "m.db")
    assert fresh
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def _fill(db: Path, start: str) -> None:
    """Rows that every revision's schema has (the undo record as ``start`` wrote it)."""
    prev = '{"state": 1}' if start < "0003" else '{"c": [1, 0, null, null, 400, 100, 0, 0, 0, null, 0]}'
    state_col, state_val = ("", "") if start < "0003" else (", prev_state", ", 1")
    con = sqlite3.connect(db)
    con.executescript(("""
        INSERT INTO presets (id, name, desired_retention, parameters, learning_steps, relearning_steps, maximum_interval,
                             new_per_day, reviews_per_day, day_start_hour, leech_threshold, fuzz)
             VALUES (1, 'default', 0.9, NULL, '[60, 600]', '[600]', 36500, 20, 200, 4, 8, 1);
        INSERT INTO decks (id, name, preset_id) VALUES (1, 'Old', 1);
        INSERT INTO notes (id, guid, key, kind, rule, template, reverse, front, back, fields, tags, heading_path,
                           deck_id, line, content_hash, created_at, modified_at)
             VALUES (1, 'g1', 'k1', 'qa', 'explicit-qa', 'basic', 0, 'Q?', 'A', '{}', '', '[]', 1, 1, 'h', 0, 0);
        INSERT INTO cards (id, note_id, deck_id, ordinal, position, state, due, reps, lapses, suspended, flag, created_at)
             VALUES (1, 1, 1, 0, 1, 2, 1000, 3, 1, 0, 2, 0);
    """) + _fill_log(start, prev, state_col, state_val))
    con.commit()
    con.close()


def _fill_log(start: str, prev: str, state_col: str, state_val: str) -> str:
    """The one answer as ``start`` stored it: SQL to run (from 0010 the undo record has its own table)."""
    if start >= "0010":
        return ("INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state, due, prev_state, prev_step_us)"
                f" VALUES (1, 3, 500, 1200, 2, 1000, 1, 300); INSERT INTO answer_undo (log_id, record) VALUES (1, '{prev}');")
    return (f"INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state, due, prev{state_col})"
            f" VALUES (1, 3, 500, 1200, 2, 1000, '{prev}'{state_val});")


@pytest.mark.parametrize("start", REVISIONS[:-1])
def test_upgrade_from_every_earlier_revision_keeps_rows(tmp_path: Path, start: str) -> None:
    db = tmp_path / f"at-{start}.db"
    upgrade(make_engine(db), db, start)
    _fill(db, start)
    messages: list[str] = []
    engine, fresh = open_database(db, say=messages.append)
    assert not fresh
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
        assert conn.execute(text("SELECT front, back FROM notes")).all() == [("Q?", "A")]
        assert conn.execute(text("SELECT state, reps, lapses, flag FROM cards")).all() == [(2, 3, 1, 2)]
        assert conn.scalar(text("SELECT count(*) FROM review_logs")) == 1
        prev_state, step_us = conn.execute(text("SELECT prev_state, prev_step_us FROM review_logs")).one()
        record = conn.scalar(text("SELECT record FROM answer_undo"))
        assert prev_state == 1 and json.loads(record)["c"][0] == 1, "the undo record is converted, not lost"
        assert step_us == (None if start < "0003" else 300), "the learning step an Anki export needs is kept"
    backups = list(tmp_path.glob(f"{db.name}.*.bak"))
    assert len(backups) == 1 and "Backed up" in messages[0]
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == start


def test_no_backup_for_a_new_database(tmp_path: Path) -> None:
    open_database(tmp_path / "n.db")
    assert not list(tmp_path.glob("*.bak"))


def test_sqlite_settings(tmp_path: Path) -> None:
    engine, _ = open_database(tmp_path / "s.db")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_due_in_deck_subtree_uses_an_index(tmp_path: Path) -> None:
    engine, _ = open_database(tmp_path / "q.db")
    with engine.connect() as conn:
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM cards WHERE deck_id IN (1, 2, 3) AND due < 1000 ORDER BY due"
        ).all()
        learning = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM cards WHERE state IN (1, 3) AND due <= 1000 ORDER BY due LIMIT 1"
        ).all()
    detail = " ".join(r[-1] for r in plan)
    assert "SEARCH cards USING" in detail and "ix_cards_deck_id_due (deck_id=? AND due<?)" in detail
    assert "SCAN cards" not in detail
    assert "ix_cards_state_due" in " ".join(r[-1] for r in learning)


def test_fast_revision_reader_agrees_with_alembic() -> None:
    from srs.db.migrate import known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {r.revision for r in script.walk_revisions()}


def test_0004_records_each_answers_previous_interval(tmp_path: Path) -> None:
    db = tmp_path / "at-0003.db"
    upgrade(make_engine(db), db, "0003")
    _fill(db, "0003")
    day = 86_400_000_000
    con = sqlite3.connect(db)
    con.executemany(  # two more answers of card 1: due 3 days after the first, then 10.6 days
        "INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state, due, prev, prev_state) VALUES (1, 3, ?, 0, 2, ?, '{}', 2)",
        [(4 * day, 7 * day), (7 * day, 7 * day + int(10.6 * day))])
    con.commit()
    con.close()
    engine, _ = open_database(db)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT reviewed_at, prev_interval_days FROM review_logs ORDER BY reviewed_at")).all()
    # the first answer (due 500 µs after it) had no interval before it; then 0 days (500 µs), then 3 days
    assert [days for _, days in rows] == [0, 0, 3]


def test_0011_keeps_note_links_and_finds_tradeoffs_and_links_by_index(tmp_path: Path) -> None:
    db = tmp_path / "at-0010.db"
    upgrade(make_engine(db), db, "0010")
    _fill(db, "0010")
    con = sqlite3.connect(db)
    con.executescript("""
        INSERT INTO sources (id, uri, content_hash, format, imported_at) VALUES (1, 'a.md', 'h', 'markdown', 0),
                                                                              (2, 'b.md', 'h', 'markdown', 0);
        INSERT INTO notes (id, guid, key, kind, rule, template, reverse, front, back, fields, tags, heading_path,
                           deck_id, line, content_hash, tradeoff, linked_note_id, created_at, modified_at)
             VALUES (2, 'g2', 'k2', 'tradeoff', 'tradeoff', 'basic', 0, 'X vs Y?', 'B', '{}', '', '[]', 1, 2, 'h',
                     'x vs y', 1, 0, 0);
        INSERT INTO note_sources (note_id, source_id, line) VALUES (1, 1, 1), (1, 2, 7), (2, 1, 2);
    """)
    con.commit()
    con.close()
    engine, _ = open_database(db)
    with engine.begin() as conn:
        assert conn.execute(text("SELECT note_id, source_id, line FROM note_sources ORDER BY note_id, source_id")).all() == [
            (1, 1, 1), (1, 2, 7), (2, 1, 2)]
        sql = conn.scalar(text("SELECT sql FROM sqlite_schema WHERE name = 'note_sources'"))
        assert sql.rstrip().endswith("WITHOUT ROWID")
        plan = " ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN SELECT id FROM notes WHERE tradeoff = 'x vs y'"))
        assert "ix_notes_tradeoff" in plan
        assert conn.scalar(text("SELECT id FROM notes WHERE tradeoff = 'x vs y'")) == 2
        conn.execute(text("DELETE FROM notes WHERE id = 1"))  # the link goes (SET NULL), and the note's links with it
        assert conn.execute(text("SELECT linked_note_id FROM notes WHERE id = 2")).scalar() is None
        assert conn.execute(text("SELECT note_id FROM note_sources")).scalars().all() == [2]
        conn.execute(text("DELETE FROM sources WHERE id = 1"))
        assert conn.scalar(text("SELECT count(*) FROM note_sources")) == 0


def test_0012_todays_reviews_and_deck_counts_read_the_index_alone(tmp_path: Path) -> None:
    """At 1M cards the queue's query looked up every due card's row (230 ms); from the index alone, 35 ms."""
    from datetime import UTC, datetime

    from srs.db.queue_rows import QueueScope

    db = tmp_path / "at-0011.db"
    upgrade(make_engine(db), db, "0011")
    _fill(db, "0011")
    engine, _ = open_database(db)
    now = datetime(2026, 12, 4, tzinfo=UTC)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT state, due FROM cards")).all() == [(2, 1000)]
        for query in (QueueScope(None, None).due_reviews(now, now), QueueScope([1], None).due_reviews(now, now)):
            compiled = query.compile(engine, compile_kwargs={"render_postcompile": True})
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), tuple(0 for _ in compiled.positiontup or ())).all()
            assert "USING COVERING INDEX ix_cards_state_due" in " ".join(r[-1] for r in plan)
        counts = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT deck_id, state, count(*) FROM cards WHERE (state = 0 OR (state IN (1, 3) AND due <= 5)"
            " OR (state = 2 AND due < 5)) AND suspended = 0 AND (buried_until IS NULL OR buried_until <= 5) GROUP BY deck_id, state").all()
        assert "SCAN cards" not in " ".join(r[-1] for r in counts)
        assert "COVERING INDEX ix_cards_state_due" in " ".join(r[-1] for r in counts)
