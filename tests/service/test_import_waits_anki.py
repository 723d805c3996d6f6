"""Reviews never wait on an Anki package or CSV import (issue #18 item 13).

A package's or text file's notes are planned from a read, with no lock held,
and written in one short transaction: an answer made while the import works
out its notes goes through at once (had the import taken the write lock for
it, the answer would wait out the 5 s busy timeout and be refused). The file
still imports all or nothing, and once: a plan made stale by another import
of the same file is made again. (The waits themselves are measured by
``python -m bench.contention --kind apkg|csv``.)
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from srs.anki import ExportNote, write_apkg
from srs.db.models import Note
from srs.service import import_anki_store
from srs.service.collection import Collection
from srs.service.importing import import_paths
from tests.reliability.dbstate import make_review_db
from tests.service.test_import_waits import answer_one, logged

NOTES = 3_000


def package(path: Path, count: int, *, edited: int = 0) -> Path:
    now = datetime(2026, 3, 2, tzinfo=UTC)
    later = datetime(2026, 3, 9, tzinfo=UTC)
    write_apkg(path, [ExportNote(guid=f"g{k}", template="basic", front=f"question {k}",
                                 back=f"answer {k}" + (" (edited)" if k < edited else ""),
                                 modified=later if k < edited else now) for k in range(count)],
               with_scheduling=False, now=now)
    return path


def csv_file(path: Path, count: int) -> Path:
    path.write_text("#separator:Comma\n" + "".join(f"question {k},answer {k}\n" for k in range(count)), encoding="utf-8")
    return path


def stored_notes(col: Collection) -> int:
    with col.read() as s:
        return s.scalar(select(func.count(Note.id)).where(Note.guid.like("anki:%")))


@pytest.mark.parametrize("kind", ["apkg", "csv"])
def test_an_answer_made_while_a_package_is_planned_goes_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  kind: str) -> None:
    db = tmp_path / "srs.db"
    make_review_db(db, 20)
    path = package(tmp_path / "deck.apkg", NOTES) if kind == "apkg" else csv_file(tmp_path / "deck.csv", NOTES)
    waits: list[float] = []
    real = import_anki_store.plan_batch

    def answering_meanwhile(*args, **kw):  # type: ignore[no-untyped-def]
        if not waits:
            waits.append(answer_one(db))
        return real(*args, **kw)

    monkeypatch.setattr(import_anki_store, "plan_batch", answering_meanwhile)
    with Collection.open(db) as col:
        (fr,) = import_paths(col, [path]).files
        assert fr.status == "imported" and fr.new == NOTES, fr.error
        assert len(waits) == 1 and waits[0] < 2.0  # the busy timeout is 5 s
        assert logged(col) == 1 and stored_notes(col) == NOTES


def test_a_package_plan_made_stale_by_another_import_is_made_again(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The same package lands from another process while this import plans: this one plans
    again against what that one stored, and each note is stored once."""
    db = tmp_path / "srs.db"
    Collection.open(db).close()
    path = package(tmp_path / "deck.apkg", 500)
    real = import_anki_store.plan_batch
    interfered: list[int] = []

    def another_import_meanwhile(*args, **kw):  # type: ignore[no-untyped-def]
        if not interfered:
            interfered.append(0)
            with Collection.open(db) as other:
                interfered[0] = import_paths(other, [path]).files[0].new
        return real(*args, **kw)

    monkeypatch.setattr(import_anki_store, "plan_batch", another_import_meanwhile)
    with Collection.open(db) as col:
        (fr,) = import_paths(col, [path]).files
        assert interfered == [500]
        assert fr.status == "imported" and fr.new == 0 and fr.unchanged == 500
        assert stored_notes(col) == 500


def test_a_reimported_package_updates_in_one_short_write(tmp_path: Path) -> None:
    """Edited notes (newer in the package) are updated, the rest left alone, and a failure
    while writing keeps nothing: the notes stay as the first import stored them."""
    db = tmp_path / "srs.db"
    with Collection.open(db) as col:
        import_paths(col, [package(tmp_path / "v1.apkg", 300)])
        (fr,) = import_paths(col, [package(tmp_path / "v2.apkg", 300, edited=30)]).files
        assert (fr.new, fr.updated, fr.unchanged) == (0, 30, 270)
        with col.read() as s:
            assert s.scalar(select(func.count(Note.id)).where(Note.back.like("%(edited)"))) == 30
