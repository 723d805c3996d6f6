"""`srs import --bundled` after an edit in srs, and `srs conflicts` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from srs.cli import main
from srs.db.models import Note
from srs.service import importing
from srs.service.collection import Collection
from srs.service.note_edits import edit_note, note_text

V1 = "# Queues\nQ: What does a dead-letter queue hold?\nA: Messages that failed too often.\n"
V2 = V1.replace("failed too often.", "exceeded the redrive policy.")


def srs(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_bundled_update_keeps_the_edit_and_conflicts_resolve(capsys, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    decks = tmp_path / "decks"
    decks.mkdir()
    monkeypatch.setattr(importing, "decks_dir", lambda: decks)
    (decks / "queues.md").write_text(V1)
    db = tmp_path / "srs.db"
    with Collection.open(db) as col:
        importing.import_bundled(col)
        with col.read() as s:
            note_id = s.scalar(select(Note.id))
        edit_note(col, note_id, "What lands in a DLQ?", "Poison messages.")
    (decks / "queues.md").write_text(V2)

    code, out, _ = srs(capsys, db, "import", "--bundled")
    assert code == 0
    assert "1 note you edited in srs came with a new version: your edits were kept" in out
    code, out, _ = srs(capsys, db, "conflicts")
    assert code == 0
    assert f"note {note_id} [queues] from bundled deck queues.md" in out
    assert "back, yours: Poison messages." in out and "back, new:   Messages that exceeded the redrive policy." in out
    code, out, err = srs(capsys, db, "conflicts", "take-new")
    assert code == 1 and "name the notes" in err
    code, out, _ = srs(capsys, db, "conflicts", "take-new", str(note_id), "--json")
    assert json.loads(out) == {"resolved": 1, "kept": "new"}
    with Collection.open(db) as col:
        assert note_text(col, note_id).back == "Messages that exceeded the redrive policy."
    code, out, _ = srs(capsys, db, "conflicts")
    assert out.startswith("no conflicts")
    code, out, err = srs(capsys, db, "import")
    assert code == 1 and "name the notes files" in err
