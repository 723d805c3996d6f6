"""Two packages, one media name, different pictures (issue #18 item 8).

Each package's note must keep showing its own picture: the second file is
stored under a content-derived name and that note refers to it; the report
says so. Identical files are shared, and importing a package again adds no copy.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from srs.db.models import Note
from srs.service.collection import Collection
from srs.service.importing import import_paths

RED, BLUE = b"\x89PNG red picture", b"\x89PNG blue picture"


def package(folder: Path, name: str, deck_id: int, front: str, picture: bytes) -> Path:
    import genanki

    model = genanki.Model(1607392319, "Basic picture", fields=[{"name": "Front"}, {"name": "Back"}],
                          templates=[{"name": "Card 1", "qfmt": "{{Front}}",
                                      "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}])
    deck = genanki.Deck(deck_id, name)
    deck.add_note(genanki.Note(model=model, fields=[f'{front} <img src="img.png">', "colour"]))
    source = folder / name
    source.mkdir()
    (source / "img.png").write_bytes(picture)
    path = folder / f"{name}.apkg"
    genanki.Package(deck, media_files=[str(source / "img.png")]).write_to_file(path)
    return path


def pictures(col: Collection) -> dict[str, bytes]:
    """What each note shows: its front's words → the bytes of the image it links to."""
    with col.read() as s:
        fronts = s.scalars(select(Note.front)).all()
    shown = {}
    for front in fronts:
        [target] = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", front)
        shown[front.split()[0]] = (col.media_dir / target).read_bytes()
    return shown


@pytest.fixture
def col(tmp_path: Path):
    c = Collection.open(tmp_path / "srs.db")
    yield c
    c.close()


def test_same_name_different_pictures_each_note_keeps_its_own(col: Collection, tmp_path: Path):
    red = package(tmp_path, "red", 2059400111, "Red", RED)
    blue = package(tmp_path, "blue", 2059400112, "Blue", BLUE)
    (first,) = import_paths(col, [red]).files
    (second,) = import_paths(col, [blue]).files
    assert first.status == second.status == "imported"
    assert pictures(col) == {"Red": RED, "Blue": BLUE}
    files = sorted(p.read_bytes() for p in col.media_dir.iterdir())
    assert files == sorted([RED, BLUE])
    assert not any("renamed" in w for w in first.warnings)
    [line] = [w for w in second.warnings if "renamed" in w]
    assert "1 media file" in line and "img.png" in line


def test_importing_again_adds_no_copy(col: Collection, tmp_path: Path):
    red = package(tmp_path, "red", 2059400111, "Red", RED)
    blue = package(tmp_path, "blue", 2059400112, "Blue", BLUE)
    import_paths(col, [red, blue])
    again = import_paths(col, [blue, red]).files
    assert [fr.new for fr in again] == [0, 0] and [fr.updated for fr in again] == [0, 0]
    assert len(list(col.media_dir.iterdir())) == 2
    assert pictures(col) == {"Red": RED, "Blue": BLUE}


def test_same_name_same_picture_is_shared(col: Collection, tmp_path: Path):
    one = package(tmp_path, "one", 2059400111, "One", RED)
    two = package(tmp_path, "two", 2059400112, "Two", RED)
    (_, second) = import_paths(col, [one, two]).files
    assert [p.name for p in col.media_dir.iterdir()] == ["img.png"]
    assert pictures(col) == {"One": RED, "Two": RED}
    assert not any("renamed" in w for w in second.warnings)
