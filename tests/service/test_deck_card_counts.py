"""Issue 22: the deck list's per-deck counts kept by triggers (migration 0013) stay exact through every write.

After each kind of write a user can make (add, import markdown, CSV and .apkg with or
without scheduling, delete and its undo, move, suspend, bury, answer and take back, forget,
set due, a killed import taken back), the kept counts equal a count of the cards from
scratch, and the deck list's own numbers per deck equal a count card by card.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from datetime import timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from srs.core.consts import State
from srs.core.errors import SrsError
from srs.db import deck_card_counts
from srs.db.deck_count_rows import own_counts
from srs.db.micros import to_micros
from srs.service import rescheduling, selection
from srs.service.collection import Collection
from srs.service.deck_counts import LEARN_AHEAD_SECONDS
from srs.service.decks import deck_tree, flatten
from srs.service.exporting import export_anki
from srs.service.importing import import_paths
from srs.service.reviewing import Study
from tests.factory import add_notes
from tests.service.deck_counts_by_hand import count_by_hand
from tests.service.test_import_chunks import KILLER, ROWS, csv_file

DECKS = ["Lang", "Lang::Verbs", "Lang::Verbs::Irregular", "Math", "Math::Algebra"]


def by_hand(col: Collection) -> dict[int, tuple[int, int, int, int]]:
    """Per deck with cards: (new, learning, due, total), each card looked at in Python."""
    now = col.now()
    now_us = to_micros(now)
    learn_us, end_us = to_micros(now + timedelta(seconds=LEARN_AHEAD_SECONDS)), to_micros(now + timedelta(hours=12))
    with col.read_sql() as run:
        cards = run("SELECT deck_id, state, due, suspended, buried_until FROM cards", ())
    return count_by_hand(cards, now_us, learn_us, end_us)


def assert_exact(col: Collection) -> None:
    """The kept counts are a count from scratch, and the deck list's numbers are the cards'."""
    now = col.now()
    with col.read_sql() as run:
        kept, recounted = deck_card_counts.counted(run), deck_card_counts.recounted(run)
        own = own_counts(run, now, now + timedelta(seconds=LEARN_AHEAD_SECONDS), now + timedelta(hours=12))
    assert kept == recounted
    assert own == by_hand(col)
    totals = {node.name: node.total for node in flatten(deck_tree(col))}
    with col.read_sql() as run:
        rows = run("SELECT d.name, count(c.id) FROM decks d LEFT JOIN cards c ON c.deck_id = d.id GROUP BY d.id", ())
    for name in totals:  # a deck's total counts its subdecks' cards
        assert totals[name] == sum(n for d, n in rows if d == name or d.startswith(name + "::")), name


def card_ids(col: Collection) -> list[int]:
    with col.read_sql() as run:
        return [r[0] for r in run("SELECT id FROM cards ORDER BY id", ())]


def _pick(ids: list[int], seed: int, k: int = 3) -> list[int]:
    return [ids[(seed * 7 + j * 13) % len(ids)] for j in range(min(k, len(ids)))] if ids else []


def _apply(col: Collection, step: int, op: str, seed: int, undoable: list[selection.Change], answers: list[int]) -> None:
    ids = card_ids(col)
    chosen = _pick(ids, seed)
    if op == "add":
        add_notes(col, DECKS[seed % len(DECKS)], [(f"q{step}-{j}", "a") for j in range(1 + seed % 3)], reverse=seed % 2 == 1)
    elif op == "move" and chosen:
        undoable.append(selection.move_cards(col, chosen, DECKS[seed % len(DECKS)] + ("::New" if seed % 5 == 0 else "")))
    elif op == "suspend" and chosen:
        undoable.append(selection.suspend_cards(col, chosen, seed % 3 != 0))
    elif op == "delete" and chosen:
        undoable.append(selection.delete_selected(col, chosen[:1]))
    elif op == "undo" and undoable:
        try:
            selection.undo(col, undoable.pop())
        except SrsError:  # refused (its notes are back already): changes nothing
            pass
    elif op == "forget" and chosen:
        undoable.append(rescheduling.forget_cards(col, chosen))
    elif op == "due" and chosen:
        undoable.append(rescheduling.set_due_date(col, chosen, str(seed % 3)))
    elif op == "bury" and chosen:
        study = Study(col)
        study.change(chosen[0], study.bury_values())
    elif op == "answer":
        study = Study(col)
        card = study.next_card()
        if card is not None:
            answers.append(study.answer(card.id, 1 + seed % 4, 3000).log_id)
    elif op == "take back" and answers:
        try:
            Study(col).take_back(answers.pop())
        except SrsError:  # refused (the card was deleted since): changes nothing
            pass


OPS = ["add", "move", "suspend", "delete", "undo", "forget", "due", "bury", "answer", "take back"]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(OPS), st.integers(0, 10_000)), min_size=1, max_size=14))
def test_the_kept_counts_are_a_count_from_scratch_after_any_sequence_of_edits(steps: list[tuple[str, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp, Collection.open(Path(tmp) / "t.db") as col:
        add_notes(col, "Lang::Verbs", [(f"v{i}", "x") for i in range(6)], reverse=True)
        add_notes(col, "Math", [(f"m{i}", "x") for i in range(5)])
        undoable: list[selection.Change] = []
        answers: list[int] = []
        for step, (op, seed) in enumerate(steps):
            _apply(col, step, op, seed, undoable, answers)
            assert_exact(col)


def _notes(tmp: Path) -> Path:
    md = tmp / "notes"
    md.mkdir()
    (md / "bio.md").write_text("# Cells\n\n## Parts\n\n- **Mitochondrion**: makes ATP for the cell\n"
                               "- **Ribosome**: builds proteins from amino acids\n\nQ: What stores DNA?\nA: The nucleus\n",
                               encoding="utf-8")
    return md


def test_imports_keep_the_counts_exact(tmp_path: Path) -> None:
    """Markdown, CSV, and .apkg with and without scheduling, into a collection and into a fresh one."""
    with Collection.open(tmp_path / "a.db") as col:
        import_paths(col, [_notes(tmp_path)], deck="Bio::Cells")
        assert_exact(col)
        assert len(card_ids(col)) >= 3
        import_paths(col, [csv_file(tmp_path / "words.csv", 300, deck="Words")])
        assert_exact(col)
        assert len(card_ids(col)) >= 303
        study = Study(col)
        for k in range(40):  # some cards learning, some in review, one suspended, in nested decks
            card = study.next_card()
            if card is None:
                break
            study.answer(card.id, 3 + k % 2, 2000, when=col.now() - timedelta(days=3))
        selection.suspend_cards(col, card_ids(col)[:5])
        assert_exact(col)
        export_anki(col, tmp_path / "sched.apkg", with_scheduling=True)
        export_anki(col, tmp_path / "plain.apkg", with_scheduling=False)
        import_paths(col, [csv_file(tmp_path / "words.csv", 300, revised=True, deck="Words")])  # an update moves cards
        assert_exact(col)
    for name in ("sched.apkg", "plain.apkg"):
        with Collection.open(tmp_path / f"from-{name}.db") as fresh:
            import_paths(fresh, [tmp_path / name])
            assert_exact(fresh)
            with fresh.read_sql() as run:
                states = {s for _d, s, _sus, _n in deck_card_counts.counted(run)}
            assert (states != {int(State.NEW)}) == (name == "sched.apkg"), states
            import_paths(fresh, [tmp_path / name])  # again: nothing new
            assert_exact(fresh)


def test_a_killed_import_taken_back_leaves_the_counts_as_before(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from srs.service import importing_anki

    monkeypatch.setattr(importing_anki, "PLANNED_TEXT_BYTES", 10_000)
    db = tmp_path / "srs.db"
    with Collection.open(db) as col:
        add_notes(col, "Big", [(f"old{i}", "x") for i in range(20)])
        with col.read_sql() as run:
            before = deck_card_counts.counted(run)
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    killed = subprocess.run([sys.executable, "-c", KILLER, str(db), str(csv_file(tmp_path / "big.csv", ROWS)), "4",
                             "SIGKILL"], env=env, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    with closing(sqlite3.connect(db)) as raw:  # (plain SQLite: opening a Collection would take it back)
        halfway = raw.execute("SELECT sum(cards) FROM deck_card_counts").fetchone()[0]
    assert halfway > 20  # part of the import was committed, and counted
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; from srs.service.collection "
                    "import Collection; Collection.open(Path(sys.argv[1])).close()", str(db)], env=env, check=True)
    assert not list(tmp_path.glob(".import-*")), "the next open took the import back"  # (a new process: see
    with Collection.open(db) as col:  # test_import_chunks_csv, this one's sweep leaves folders made after it started)
        assert_exact(col)
        with col.read_sql() as run:
            assert deck_card_counts.counted(run) == before


def test_a_bulk_import_counts_once_after_and_puts_the_triggers_back(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """An import that at least doubles the cards loads them without the triggers and counts every deck once after
    (srs.db.bulk): the counts are as exact, and the triggers are back, word for word, for the next write."""
    from srs.service import import_anki_insert, import_anki_store

    monkeypatch.setattr(import_anki_insert, "BULK_ROWS", 50)
    monkeypatch.setattr(import_anki_store, "BULK_ROWS", 50)
    with Collection.open(tmp_path / "a.db") as col:
        add_notes(col, "Words::Old", [(f"o{i}", "x") for i in range(30)])
        import_paths(col, [csv_file(tmp_path / "words.csv", 300, deck="Words")])
        assert_exact(col)
        study = Study(col)
        for _ in range(30):
            card = study.next_card()
            assert card is not None
            study.answer(card.id, 3, 2000, when=col.now() - timedelta(days=3))
        export_anki(col, tmp_path / "sched.apkg", with_scheduling=True)
    with Collection.open(tmp_path / "b.db") as fresh:
        add_notes(fresh, "Words", [(f"w{i}", "x") for i in range(10)])
        import_paths(fresh, [tmp_path / "sched.apkg"])  # cards and their review history in bulk
        assert_exact(fresh)
        with fresh.read_sql() as run:
            triggers = run("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'", ())
            assert {s for _d, s, _sus, _n in deck_card_counts.counted(run)} > {int(State.NEW)}
        assert sorted(n for n, _ in triggers) == sorted(deck_card_counts.TRIGGERS)
        assert all(deck_card_counts.is_own_trigger(n, sql) for n, sql in triggers)
        selection.suspend_cards(fresh, card_ids(fresh)[:4])  # counted by the triggers again
        assert_exact(fresh)
