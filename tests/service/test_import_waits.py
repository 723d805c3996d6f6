"""Reviews never wait on an import (issue #18 item 13).

An import of a big notes file matches its drafts with no lock held and writes
them in one short transaction, so answers made meanwhile go through at once:
none is refused, and one made while the import is matching does not wait for
it. Each file still imports all or nothing: a plan that another import made
stale is made again, never half applied. (The waits themselves are measured by
``python -m bench.contention``, not timed here beyond a bound ten times the
target.)
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bench.contention import big_markdown
from srs.db.models import Note, NoteSource, ReviewLog
from srs.service import import_plan
from srs.service.collection import Collection, LockedError
from srs.service.importing import import_notes_file
from srs.service.reviewing import Study
from tests.reliability.dbstate import make_review_db


def answer_one(db: Path) -> float:
    """Answer the first card due in a separate collection (its own connections); seconds it took."""
    with Collection.open(db) as other:
        study = Study(other, deck="Crash")
        card = study.next_card()
        assert card is not None
        t0 = time.perf_counter()
        study.answer(card.id, 3, 1000, expected_reps=card.reps)
        return time.perf_counter() - t0


def revised(text: str) -> str:
    """Every 30th question reworded, every 30th other line (a cloze, a reversed card) gone, new facts at the end."""
    out, questions, others = [], 0, 0
    for line in text.splitlines():
        if line.startswith("Q: "):
            questions += 1
            line += " (revised)" if questions % 30 == 0 else ""
        elif line and not line.startswith(("A: ", "#", "---", "deck:")):
            others += 1
            if others % 30 == 0:
                continue
        out.append(line)
    return "\n".join(out + [f"new fact {i} :: its value {i}\n" for i in range(30)])


def logged(col: Collection) -> int:
    with col.read() as s:
        return s.scalar(select(func.count(ReviewLog.id)))


def test_an_answer_made_while_the_import_matches_goes_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The answer runs inside the import's matching step (same thread): had the import taken
    the write lock for its matching, the answer would wait out the busy timeout and be refused."""
    db = tmp_path / "srs.db"
    make_review_db(db, 20)
    notes = tmp_path / "notes.md"
    notes.write_text(big_markdown(40_000, seed=3, variant=0), encoding="utf-8")
    waits: list[float] = []
    real = import_plan.answered_tradeoffs

    def answering_meanwhile(s):  # type: ignore[no-untyped-def]
        waits.append(answer_one(db))
        return real(s)

    monkeypatch.setattr(import_plan, "answered_tradeoffs", answering_meanwhile)
    with Collection.open(db) as col:
        fr = import_notes_file(col, notes)
        assert fr.status == "imported" and fr.new > 100
        assert len(waits) == 1 and waits[0] < 2.0  # the busy timeout is 5 s
        assert logged(col) == 1


def test_answers_go_through_during_a_big_reimport(tmp_path: Path) -> None:
    db = tmp_path / "srs.db"
    make_review_db(db, 1500)
    notes = tmp_path / "notes.md"
    notes.write_text(big_markdown(400_000, seed=1, variant=0), encoding="utf-8")
    with Collection.open(db) as col:
        import_notes_file(col, notes)
    notes.write_text(revised(notes.read_text(encoding="utf-8")), encoding="utf-8")
    importing = threading.Event()
    done = threading.Event()
    waits: list[tuple[float, float]] = []  # (answer finished, seconds it took)
    refused: list[str] = []

    def reviewer() -> None:
        with Collection.open(db) as other:
            study = Study(other, deck="Crash")
            importing.wait()
            while not done.is_set():
                card = study.next_card()
                if card is None:
                    break
                t0 = time.perf_counter()
                try:
                    study.answer(card.id, 3, 1000, expected_reps=card.reps)
                except LockedError as exc:
                    refused.append(str(exc))
                    continue
                waits.append((time.perf_counter(), time.perf_counter() - t0))
                time.sleep(0.01)

    thread = threading.Thread(target=reviewer)
    thread.start()
    try:
        with Collection.open(db) as col:
            from tests.service.test_import_chunks import lock_times

            held = lock_times(col)  # each import transaction's lock time, from BEGIN IMMEDIATE to its end
            importing.set()
            started = time.perf_counter()
            fr = import_notes_file(col, notes)
            ended = time.perf_counter()
    finally:
        done.set()
        thread.join()
    assert fr.status == "imported" and fr.new >= 25 and fr.updated > 10 and fr.orphaned > 10
    assert refused == []
    assert held and max(held) < 0.3, f"an import transaction held the write lock {max(held):.3f} s"
    during = [w for at, w in waits if started < at < ended]
    assert len(during) >= 5, "no answer completed while the import ran"
    assert max(w for _, w in waits) < 2.0, "an answer waited for the import's write lock"
    with Collection.open(db) as col:
        assert logged(col) == len(waits)


def test_a_plan_made_stale_by_another_import_is_made_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another import of the same file lands while this one matches: this one plans again
    against what that one stored, and the file ends up imported once, not twice."""
    db = tmp_path / "srs.db"
    notes = tmp_path / "notes.md"
    first = big_markdown(20_000, seed=5, variant=0)
    second = big_markdown(20_000, seed=5, variant=1)
    notes.write_text(second, encoding="utf-8")
    real = import_plan.answered_tradeoffs
    interfered: list[int] = []
    calls: list[int] = []

    def another_import_meanwhile(s):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:  # the first plan only (the other import plans through here too)
            with Collection.open(db) as other:
                interfered.append(import_notes_file(other, notes, text=first).new)
        return real(s)

    monkeypatch.setattr(import_plan, "answered_tradeoffs", another_import_meanwhile)
    with Collection.open(db) as col:
        fr = import_notes_file(col, notes)
        assert interfered and interfered[0] > 50
        assert fr.status == "imported" and fr.new < interfered[0] and fr.unchanged > 0
        with col.read() as s:
            linked = s.scalar(select(func.count()).select_from(NoteSource))
            live = s.scalar(select(func.count(Note.id)).where(Note.orphaned_at.is_(None)))
    assert live == fr.new + fr.updated + fr.unchanged == linked - fr.orphaned


def test_a_line_added_at_the_top_moves_every_note_in_short_transactions(tmp_path: Path) -> None:
    """A re-import whose only change is a new fact at the top moves every other note down a line or
    two: those line numbers are rewritten a thousand at a time, in transactions of their own, and no
    write transaction of the import changes more rows than that (before: all of them in one)."""
    from sqlalchemy import event

    from srs.db.engine import sqlite_connection
    from srs.service.import_apply import MOVES_PER_TRANSACTION

    db = tmp_path / "srs.db"
    notes = tmp_path / "notes.md"
    facts = [f"fact {i} :: value {i}\n" for i in range(3_000)]
    notes.write_text("\n".join(facts), encoding="utf-8")
    changes: list[int] = []
    with Collection.open(db) as col:
        import_notes_file(col, notes)
        notes.write_text("\n".join(["a new fact :: its value\n", *facts]), encoding="utf-8")
        began: dict[int, int] = {}

        @event.listens_for(col.engine, "begin")
        def _begin(conn) -> None:  # type: ignore[no-untyped-def]
            began[id(conn)] = sqlite_connection(conn).total_changes

        @event.listens_for(col.engine, "commit")
        def _commit(conn) -> None:  # type: ignore[no-untyped-def]
            changes.append(sqlite_connection(conn).total_changes - began.pop(id(conn), 0))

        fr = import_notes_file(col, notes)
        assert (fr.new, fr.updated, fr.unchanged) == (1, 0, 3_000)
        assert 0 < max(changes) <= 2 * MOVES_PER_TRANSACTION < 6_000
        with col.read() as s:
            lines = dict(s.execute(select(Note.front, Note.line)).all())
            linked = dict(s.execute(select(Note.front, NoteSource.line).join(NoteSource)).all())
    assert lines["a new fact"] == linked["a new fact"] == 1
    assert lines["fact 0"] == linked["fact 0"] == 3 and lines["fact 2999"] == linked["fact 2999"] == 6_001
