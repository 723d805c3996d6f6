"""Migration 0013: the per-deck card counts are backfilled on upgrade, kept by triggers, gone on downgrade,
and the open tells its own triggers from anyone else's (issue #22)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from srs.db import deck_card_counts
from srs.db.deck_count_rows import own_counts
from srs.db.engine import make_engine
from srs.db.migrate import DatabaseError, alembic_config, open_database, upgrade
from srs.db.quick_read import snapshot, sql_runner

CARDS = [  # (deck, state, suspended, buried_until µs): nested decks, every state, some suspended, some buried
    (1, 0, 0, None), (1, 0, 0, None), (1, 0, 1, None), (1, 2, 0, None), (1, 1, 0, None),
    (2, 0, 0, 9 * 10**15), (2, 2, 0, None), (2, 2, 1, None), (2, 3, 0, None),
    (3, 0, 0, 5), (3, 0, 0, None),
]


def _at_0012(tmp_path: Path) -> Path:
    db = tmp_path / "old.db"
    upgrade(make_engine(db), db, "0012")
    rows = ", ".join(f"({k + 1}, {k + 1}, {d}, 0, {k}, {s}, 1000, 0, 0, {sus}, {'NULL' if b is None else b}, 0, 0)"
                     for k, (d, s, sus, b) in enumerate(CARDS))
    notes = ", ".join(f"({k + 1}, 'g{k}', 'k{k}', 'qa', 'r', 'basic', 0, 'Q{k}', 'A', '{{}}', '', '[]', 1, 1, 'h', 0, 0)"
                      for k in range(len(CARDS)))
    with closing(sqlite3.connect(db)) as con:
        con.executescript(f"""
            INSERT INTO presets (id, name, desired_retention, parameters, learning_steps, relearning_steps, maximum_interval,
                                 new_per_day, reviews_per_day, day_start_hour, leech_threshold, fuzz)
                 VALUES (1, 'default', 0.9, NULL, '[60, 600]', '[600]', 36500, 20, 200, 4, 8, 1);
            INSERT INTO decks (id, name, preset_id) VALUES (1, 'A', 1), (2, 'A::B', 1), (3, 'C', 1), (4, 'Empty', 1);
            INSERT INTO notes (id, guid, key, kind, rule, template, reverse, front, back, fields, tags, heading_path,
                               deck_id, line, content_hash, created_at, modified_at) VALUES {notes};
            INSERT INTO cards (id, note_id, deck_id, ordinal, position, state, due, reps, lapses, suspended, buried_until,
                               flag, created_at) VALUES {rows};
        """)
    return db


def _kept(db: Path) -> tuple[list[Any], list[Any]]:
    with closing(sqlite3.connect(db)) as con:
        run = lambda sql, params=(): con.execute(sql, params).fetchall()  # noqa: E731
        return deck_card_counts.counted(run), deck_card_counts.recounted(run)


def test_upgrade_counts_the_cards_already_there_and_the_triggers_keep_counting(tmp_path: Path) -> None:
    db = _at_0012(tmp_path)
    engine, _ = open_database(db)
    kept, recounted = _kept(db)
    assert kept == recounted == [(1, 0, False, 2), (1, 0, True, 1), (1, 1, False, 1), (1, 2, False, 1), (2, 0, False, 1),
                                 (2, 2, False, 1), (2, 2, True, 1), (2, 3, False, 1), (3, 0, False, 2)]
    with engine.begin() as conn:  # plain SQL writes, as any code path would make them
        conn.exec_driver_sql("UPDATE cards SET deck_id = 3 WHERE deck_id = 2")
        conn.exec_driver_sql("UPDATE cards SET suspended = 1, state = 2 WHERE id = 1")
        conn.exec_driver_sql("UPDATE cards SET due = 5, reps = 9 WHERE id = 2")  # not a counted column
        conn.exec_driver_sql("DELETE FROM notes WHERE id = 11")  # its card goes by the cascade
        conn.exec_driver_sql("INSERT INTO cards (note_id, deck_id, ordinal, position, state, due, reps, lapses, suspended,"
                             " flag, created_at) VALUES (10, 4, 1, 99, 0, 0, 0, 0, 0, 0, 0)")
    kept, recounted = _kept(db)
    assert kept == recounted and (4, 0, False, 1) in kept and all(d != 2 for d, *_ in kept)
    with engine.begin() as conn:  # a deck that lost its cards can go, its counts with it
        conn.exec_driver_sql("DELETE FROM decks WHERE id = 2")
        assert conn.exec_driver_sql("SELECT count(*) FROM deck_card_counts WHERE deck_id = 2").scalar() == 0
    engine.dispose()
    open_database(db)[0].dispose()  # opened again: its own triggers are no stranger's
    with snapshot(db, "default") as run:
        assert run is not None, "the cold read path takes the database as ready"


def test_downgrade_takes_the_table_triggers_and_index_away_and_upgrade_brings_them_back(tmp_path: Path) -> None:
    db = _at_0012(tmp_path)
    open_database(db)[0].dispose()
    engine, cfg = make_engine(db), alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012")
        names = {n for (n,) in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        conn.exec_driver_sql("UPDATE cards SET deck_id = 3")  # written by an older srs: nothing counts it
    engine.dispose()
    assert not names & {"deck_card_counts", "ix_cards_buried_until", *deck_card_counts.TRIGGERS}
    open_database(db)[0].dispose()
    kept, recounted = _kept(db)
    assert kept == recounted and {d for d, *_ in kept} == {3}


def test_another_body_under_a_counting_triggers_name_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    open_database(db)[0].dispose()
    with closing(sqlite3.connect(db)) as con:
        con.executescript("DROP TRIGGER deck_card_counts_on_delete;"
                          "CREATE TRIGGER deck_card_counts_on_delete AFTER DELETE ON cards BEGIN DELETE FROM notes; END;")
    with pytest.raises(DatabaseError, match="trigger 'deck_card_counts_on_delete'"):
        open_database(db)
    with snapshot(db, "default") as run:
        assert run is None


def test_the_deck_counts_read_no_index_entry_per_card(tmp_path: Path) -> None:
    """Every query the deck list runs searches an index (or the kept counts): none scans the cards."""
    engine, _ = open_database(tmp_path / "p.db")
    plans: list[str] = []
    with engine.connect() as conn:
        run = sql_runner(conn)

        def explained(sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
            plans.append(" ".join(r[-1] for r in run("EXPLAIN QUERY PLAN " + sql, params)))
            return run(sql, params)
        now = datetime(2026, 12, 4, tzinfo=UTC)
        own_counts(explained, now, now + timedelta(minutes=20), now + timedelta(hours=12))
    assert len(plans) == 3, plans
    assert "deck_card_counts" in plans[0]
    assert "ix_cards_buried_until (buried_until>?)" in plans[1]
    assert plans[2].count("COVERING INDEX ix_cards_state_due (state=? AND due<?)") == 2, plans[2]
    assert not any("SCAN cards" in p or "ix_cards_deck_id_due" in p for p in plans), plans


def test_a_bulk_load_that_fails_but_is_committed_leaves_exact_counts_and_the_triggers(tmp_path: Path) -> None:
    from srs.db.bulk import deck_counts_recounted_after

    db = _at_0012(tmp_path)
    open_database(db)[0].dispose()
    with closing(sqlite3.connect(db, isolation_level=None)) as con:
        cur = con.cursor()
        cur.execute("BEGIN")
        with pytest.raises(RuntimeError), deck_counts_recounted_after(cur):
            cur.execute("UPDATE cards SET deck_id = 3, suspended = 1 WHERE deck_id = 1")
            raise RuntimeError("a load that failed half-way")
        cur.execute("COMMIT")
        names = {n for (n,) in cur.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    kept, recounted = _kept(db)
    assert kept == recounted and (3, 0, True, 3) in kept
    assert names == set(deck_card_counts.TRIGGERS)
