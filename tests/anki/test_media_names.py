"""Media names as Anki keeps them: a leading ``_`` stays; a name with folder parts is put
inside the media folder and the import report says so (issue 17, item 5)."""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import pytest
from anki.collection import Collection as AnkiCollection

from srs.service.collection import Collection
from srs.service.exporting import export_anki
from srs.service.importing import import_paths
from tests.anki.helpers import anki_export, anki_import

PNG = b"\x89PNG\r\n\x1a\n" + b"underscore diagram"


@pytest.fixture
def underscore_package(tmp_path: Path) -> Path:
    """A package made by Anki whose note shows ``_diagram.png``."""
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    col = AnkiCollection(os.path.join(folder, "source.anki2"))
    (folder / "_diagram.png").write_bytes(PNG)
    name = col.media.add_file(str(folder / "_diagram.png"))
    assert name == "_diagram.png"
    note = col.new_note(col.models.by_name("Basic"))
    note["Front"], note["Back"] = f'The flow <img src="{name}">', "three steps"
    col.add_note(note, 1)
    path = anki_export(col, tmp_path / "underscore.apkg", legacy=True, with_scheduling=False)
    col.close()
    return path


def test_a_leading_underscore_survives_import_and_export(tmp_path, underscore_package, anki_col) -> None:
    anki_import(anki_col, underscore_package)
    anki_names = os.listdir(anki_col.media.dir())
    assert anki_names == ["_diagram.png"]

    col = Collection.open(tmp_path / "srs.db")
    assert import_paths(col, [underscore_package]).files[0].new == 1
    assert sorted(p.name for p in col.media_dir.iterdir()) == anki_names
    with col.read() as s:
        front = s.connection().exec_driver_sql("SELECT front FROM notes").scalar_one()
    assert "(_diagram.png)" in front
    export_anki(col, tmp_path / "back.apkg")
    col.close()

    again = AnkiCollection(str(tmp_path / "again" / "c.anki2")) if (tmp_path / "again").mkdir() is None else None
    anki_import(again, tmp_path / "back.apkg")
    assert os.listdir(again.media.dir()) == ["_diagram.png"]
    assert (Path(again.media.dir()) / "_diagram.png").read_bytes() == PNG
    assert 'src="_diagram.png"' in again.get_note(again.find_notes("")[0]).fields[0]
    again.close()


def test_a_media_name_with_folders_lands_inside_the_media_folder_and_is_reported(
        tmp_path, underscore_package, anki_col) -> None:
    with zipfile.ZipFile(underscore_package) as zf:
        entries = {name: zf.read(name) for name in zf.namelist()}
    db = tmp_path / "edit.anki21"
    db.write_bytes(entries["collection.anki21"])
    con = sqlite3.connect(db)
    con.execute("UPDATE notes SET flds = replace(flds, '_diagram.png', '../../x.png')")
    con.commit()
    con.close()
    entries.update({"collection.anki21": db.read_bytes(), "media": json.dumps({"0": "../../x.png"}).encode()})
    hostile = tmp_path / "pathed.apkg"
    with zipfile.ZipFile(hostile, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    with pytest.raises(Exception, match="not a valid .apkg"):
        anki_import(anki_col, hostile)  # Anki refuses the package; srs takes the file, safely

    col = Collection.open(tmp_path / "srs" / "srs.db")
    report = import_paths(col, [hostile]).files[0]
    assert (report.status, report.new) == ("imported", 1)
    assert [p.name for p in col.media_dir.iterdir()] == ["x.png"]
    assert not (tmp_path / "x.png").exists() and not (tmp_path.parent / "x.png").exists()
    assert any("'../../x.png'" in w and "'x.png'" in w and "folder" in w for w in report.warnings), report.warnings
    col.close()


def test_media_references_are_found_in_any_case_and_plain_fields_name_none() -> None:
    from srs.anki.media_files import referenced_media

    fields = ['<IMG SRC="a%20b.png">', "<img ſrc=c.png>", "x [SOUND:d.mp3] y", "<audio\nsrc = 'e.ogg'>", "no media here"]
    assert referenced_media(fields) == {"a%20b.png", "a b.png", "c.png", "d.mp3", "e.ogg"}
    assert referenced_media(["plain", "a source of trouble", "sound advice"]) == set()
