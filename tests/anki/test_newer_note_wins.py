"""An older package never overwrites a newer note, and an edit always reaches Anki (issue 17, item 3).

Anki is the judge: it imports the same packages, and it imports our exports.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from anki.collection import Collection as AnkiCollection

from srs.core.notes import NO_ANSWER
from srs.service.collection import Collection
from srs.service.exporting import export_anki
from srs.service.importing import import_paths
from tests.anki.helpers import anki_export, anki_import

T1, T2 = 1_767_000_000, 1_767_086_400  # update1's and update2's note mtimes (seconds)


@pytest.fixture
def updates(tmp_path: Path) -> dict[str, Path]:
    """update1.apkg and update2.apkg: the same note, edited in Anki a day later."""
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    col = AnkiCollection(os.path.join(folder, "source.anki2"))
    note = col.new_note(col.models.by_name("Basic"))
    note["Front"], note["Back"] = "What is SQS?", "a queue"
    col.add_note(note, col.decks.id("AWS"))
    out = {}
    for name, back, mtime in (("update1", "a queue", T1), ("update2", "a managed queue", T2)):
        note = col.get_note(note.id)
        note["Back"] = back
        col.update_note(note)
        col.db.execute("UPDATE notes SET mod = ? WHERE id = ?", mtime, note.id)
        out[name] = anki_export(col, tmp_path / f"{name}.apkg", legacy=name == "update1", with_scheduling=False)
    col.close()
    return out


def srs_back(col: Collection) -> str:
    with col.read() as s:
        return s.connection().exec_driver_sql("SELECT back FROM notes").scalar_one()


def test_update1_update2_update1_keeps_update2_in_anki_and_srs(tmp_path, updates, anki_col) -> None:
    order = ["update1", "update2", "update1"]
    logs = [anki_import(anki_col, updates[name]) for name in order]
    assert [(len(x.new), len(x.updated), len(x.duplicate)) for x in logs] == [(1, 0, 0), (0, 1, 0), (0, 0, 1)]
    anki_back = anki_col.get_note(anki_col.find_notes("")[0])["Back"]
    assert anki_back == "a managed queue"

    col = Collection.open(tmp_path / "srs.db")
    reports = [import_paths(col, [updates[name]]).files[0] for name in order]
    assert [(r.status, r.new, r.updated, r.unchanged) for r in reports] == [
        ("imported", 1, 0, 0), ("imported", 0, 1, 0), ("imported", 0, 0, 1)]
    assert reports[2].warnings == ["1 note(s) here are newer than the package's copies: kept them"]
    assert srs_back(col) == anki_back
    col.close()


def test_an_edit_made_with_the_clock_set_back_reaches_anki(tmp_path, monkeypatch, anki_col) -> None:
    notes = tmp_path / "aws.md"
    col = Collection.open(tmp_path / "srs.db")
    monkeypatch.setenv("SRS_NOW", "2026-06-10T12:00:00+00:00")
    notes.write_text("Q: What is SQS?\nA: A queue.\n")
    import_paths(col, [notes])
    export_anki(col, tmp_path / "first.apkg")
    assert len(anki_import(anki_col, tmp_path / "first.apkg").new) == 1

    monkeypatch.setenv("SRS_NOW", "2026-06-01T12:00:00+00:00")  # ten days earlier
    notes.write_text("Q: What is SQS?\nA: A managed queue.\n")
    assert import_paths(col, [notes]).files[0].updated == 1
    export_anki(col, tmp_path / "second.apkg")
    col.close()
    log = anki_import(anki_col, tmp_path / "second.apkg")
    assert (len(log.updated), len(log.duplicate)) == (1, 0)
    assert anki_col.get_note(anki_col.find_notes("")[0])["Back"] == "A managed queue."


def test_an_empty_anki_field_goes_back_to_anki_empty(tmp_path, anki_col) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    source = AnkiCollection(os.path.join(folder, "source.anki2"))
    note = source.new_note(source.models.by_name("Basic"))
    note["Front"], note["Back"] = "A card with no answer", ""
    source.add_note(note, 1)
    package = anki_export(source, tmp_path / "empty-back.apkg", legacy=False, with_scheduling=False)
    source.close()

    col = Collection.open(tmp_path / "srs.db")
    assert import_paths(col, [package]).files[0].new == 1
    assert srs_back(col) == NO_ANSWER  # a card needs two sides: this is what review shows
    export_anki(col, tmp_path / "out.apkg")
    col.close()
    anki_import(anki_col, tmp_path / "out.apkg")
    exported = anki_col.get_note(anki_col.find_notes("")[0])
    assert exported.fields[0] == "A card with no answer"
    assert exported.fields[1] == ""
