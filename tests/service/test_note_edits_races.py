"""An edit in srs that lands while an import works, and a deleted edited note brought back by undo.

Imports plan from a read and write in one short transaction (issue #18); an edit made
in srs between the two (in another window, or the review screen while an import runs)
must not be overwritten by the plan: the import plans again and reports a conflict.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from srs.anki import ExportNote, write_apkg
from srs.db.models import Card, Note
from srs.service import import_anki_store, importing
from srs.service.collection import Collection
from srs.service.note_edits import conflicts, edit_note, note_text
from srs.service.selection import delete_selected, undo

V1 = "# Queues\nQ: What does a dead-letter queue hold?\nA: Messages that failed too often.\n"
V2 = V1.replace("failed too often.", "exceeded the redrive policy.")
MINE = "Poison messages, after the retries."


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    monkeypatch.setattr(importing, "decks_dir", lambda: folder)
    return folder


def only_note(col: Collection) -> int:
    with col.read() as s:
        note_id = s.scalar(select(Note.id).where(Note.front.contains("dead-letter")))
    assert note_id is not None
    return note_id


def test_an_edit_made_while_a_bundled_update_plans_is_kept(tmp_path: Path, shipped: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "srs.db"
    (shipped / "queues.md").write_text(V1, encoding="utf-8")
    with Collection.open(db) as col:
        importing.import_bundled(col)
        note_id = only_note(col)
    (shipped / "queues.md").write_text(V2, encoding="utf-8")
    real = importing.make_plan
    edits: list[int] = []

    def edited_meanwhile(*args, **kw):  # type: ignore[no-untyped-def]
        plan = real(*args, **kw)
        if not edits:  # the plan was made before the edit: it would update the note
            edits.append(note_id)
            with Collection.open(db) as other:
                edit_note(other, note_id, "What does a dead-letter queue hold?", MINE)
        return plan

    monkeypatch.setattr(importing, "make_plan", edited_meanwhile)
    with Collection.open(db) as col:
        [report] = importing.import_bundled(col).files
        assert edits == [note_id]
        assert (report.status, report.updated, report.conflicts) == ("imported", 0, 1)
        assert note_text(col, note_id).back == MINE
        [conflict] = conflicts(col)
        assert conflict.new_back == "Messages that exceeded the redrive policy."


def _package(path: Path, back: str, modified: datetime) -> Path:
    write_apkg(path, [ExportNote(guid="sqs-1", template="basic", front="What is SQS?", back=back, modified=modified)],
               with_scheduling=False, now=modified)
    return path


def test_an_edit_made_while_a_package_reimport_plans_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "srs.db"
    with Collection.open(db) as col:
        first = importing.import_paths(col, [_package(tmp_path / "a.apkg", "a queue", datetime(2026, 3, 2, tzinfo=UTC))])
        assert first.files[0].new == 1
        with col.read() as s:
            note_id = s.scalar(select(Note.id).where(Note.front == "What is SQS?"))
    assert note_id is not None
    newer = _package(tmp_path / "b.apkg", "a fully managed queue", datetime(2026, 3, 9, tzinfo=UTC))
    real = import_anki_store.plan_batch
    edits: list[int] = []

    def edited_meanwhile(*args, **kw):  # type: ignore[no-untyped-def]
        planned = real(*args, **kw)
        if not edits:
            edits.append(note_id)
            with Collection.open(db) as other:
                edit_note(other, note_id, "What is SQS?", MINE)
        return planned

    monkeypatch.setattr(import_anki_store, "plan_batch", edited_meanwhile)
    with Collection.open(db) as col:
        [report] = importing.import_paths(col, [newer]).files
        assert edits == [note_id]
        assert (report.status, report.updated, report.conflicts) == ("imported", 0, 1), report.error
        assert note_text(col, note_id).back == MINE
        assert [c.new_back for c in conflicts(col)] == ["a fully managed queue"]


def test_undoing_the_delete_of_an_edited_note_keeps_it_the_users_version(tmp_path: Path, shipped: Path) -> None:
    """Browse's delete is undoable: the note comes back as the user's version, so an update still does not overwrite it."""
    (shipped / "queues.md").write_text(V1, encoding="utf-8")
    with Collection.open(tmp_path / "srs.db") as col:
        importing.import_bundled(col)
        note_id = only_note(col)
        edit_note(col, note_id, "What does a dead-letter queue hold?", MINE)
        with col.read() as s:
            card_ids = list(s.scalars(select(Card.id).where(Card.note_id == note_id)))
        gone = delete_selected(col, card_ids)
        undo(col, gone)
        (shipped / "queues.md").write_text(V2, encoding="utf-8")
        [report] = importing.import_bundled(col).files
        assert (report.updated, report.conflicts) == (0, 1)
        assert note_text(col, note_id).back == MINE
