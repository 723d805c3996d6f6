"""Real shared decks: every field, converted to markdown and rendered back to HTML
with our renderer, shows the same text, list items, images, code blocks and
bold/italic words as the original (compared as a structure, not characters).

The decks (CrowdAnki exports and a deck's CSV source) are listed with their
repositories, commits and licences in tests/data/anki_decks/SOURCES.md.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from srs.anki.html_to_md import to_markdown
from srs.anki.render import render
from tests.anki.html_structure import Structure, read

DECKS = Path(__file__).parent.parent / "data" / "anki_decks"
ASPECTS = ("text", "list_items", "images", "code_blocks", "bold", "italic")


def _notes(deck: dict) -> list[dict]:
    return deck.get("notes", []) + [n for child in deck.get("children", []) for n in _notes(child)]


def deck_fields(path: Path) -> list[str]:
    """Every non-empty field of a CrowdAnki export, or every cell of a deck's CSV source."""
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))[1:]  # the first row names the columns
        cells = [cell for row in rows for cell in row]
    else:
        cells = [f for note in _notes(json.loads(path.read_text(encoding="utf-8"))) for f in note["fields"]]
    return [c for c in cells if c.strip()]


def _differences(field: str) -> dict[str, tuple[object, object]]:
    before = read(field)
    after = read(render(to_markdown(field)).html)
    return {k: (getattr(before, k), getattr(after, k)) for k in ASPECTS if getattr(before, k) != getattr(after, k)}


PATHS = sorted(p for p in DECKS.iterdir() if p.suffix in (".json", ".csv"))


def test_the_corpus_is_real_and_varied():
    assert len({p.name.split("-")[0] for p in PATHS}) >= 5  # five repositories
    total = Structure()
    for path in PATHS:
        for field in deck_fields(path):
            s = read(field)
            total.list_items += s.list_items
            total.images += s.images
            total.code_blocks += s.code_blocks
            total.bold += s.bold
            total.italic += s.italic
    # 5,387 fields: 113 list items, 1,147 images, 41 code blocks, 1,253 bold and 626 italic letters
    assert total.list_items >= 100 and len(total.images) >= 1000 and len(total.code_blocks) >= 40
    assert len(total.bold) >= 1000 and len(total.italic) >= 500


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_field_keeps_what_a_reader_sees(path):
    fields = deck_fields(path)
    assert fields
    lost = [(field[:120], diff) for field in fields if (diff := _differences(field))]
    assert lost == [], f"{len(lost)} of {len(fields)} fields changed; first: {lost[:3]}"


def test_every_field_survives_ankis_package_and_our_import(tmp_path, anki_col):
    """The same comparison, with the fields carried the whole way: Anki's own collection holds
    them in Basic notes, Anki exports the .apkg, srs imports it."""
    from sqlalchemy import select

    from srs.core.notes import NO_ANSWER
    from srs.db.models import Note
    from srs.service.collection import Collection
    from srs.service.importing import import_paths
    from tests.anki.helpers import anki_export

    fields = [f for path in PATHS for f in deck_fields(path)]
    pairs = list(zip(fields[::2], fields[1::2] + [""][:len(fields) % 2], strict=True))
    basic = anki_col.models.by_name("Basic")
    for front, back in pairs:
        note = anki_col.new_note(basic)
        note["Front"], note["Back"] = front, back
        anki_col.add_note(note, anki_col.decks.id("Default"))
    package = anki_export(anki_col, tmp_path / "decks.apkg", legacy=False, with_scheduling=False)
    ours = Collection.open(tmp_path / "srs.db")
    try:
        (fr,) = import_paths(ours, [package]).files
        assert fr.status == "imported" and fr.new == len(pairs), fr.error
        with ours.read() as s:
            imported = s.execute(select(Note.front, Note.back).order_by(Note.id)).all()
    finally:
        ours.close()
    lost = []
    for (front, back), (md_front, md_back) in zip(pairs, imported, strict=True):
        for field, md in ((front, md_front), (back, "" if md_back == NO_ANSWER else md_back)):
            before, after = read(field), read(render(md).html)
            diff = {k: (getattr(before, k), getattr(after, k)) for k in ASPECTS if getattr(before, k) != getattr(after, k)}
            if diff:
                lost.append((field[:120], diff))
    assert lost == [], f"{len(lost)} of {len(fields)} fields changed; first: {lost[:3]}"
