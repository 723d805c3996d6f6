"""Anki interop end to end: `srs export anki` opened by Anki, Anki packages imported into srs."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import anki.collection  # noqa: F401  (before anki.cards)
import pytest
from anki.collection import Collection as AnkiCollection
from sqlalchemy import func, select

from srs.db.models import Card, Note, ReviewLog
from srs.service.collection import Collection
from srs.service.exporting import export_anki
from srs.service.importing import import_bundled, import_paths
from srs.service.reviewing import Study
from tests.anki.helpers import anki_export, anki_import
from tests.anki.shared_deck import build as build_shared_deck
from tests.conftest import at, run_srs


@pytest.fixture
def bundled(tmp_path: Path):
    col = Collection.open(tmp_path / "b.db")
    import_bundled(col)
    yield col
    col.close()


def fresh_anki(tmp_path: Path, name: str = "anki") -> AnkiCollection:
    return AnkiCollection(str(tmp_path / f"{name}.anki2"))


def test_bundled_export_opens_in_anki_with_the_right_counts(bundled, tmp_path: Path) -> None:
    out = tmp_path / "bundled.apkg"
    summary = export_anki(bundled, out)
    with bundled.read() as s:
        notes = s.scalar(select(func.count()).select_from(Note))
        cards = s.scalar(select(func.count()).select_from(Card))
        decks = set(s.scalars(select(Note.tags)).all())
    assert (summary["notes"], summary["cards"]) == (notes, cards)
    a = fresh_anki(tmp_path)
    try:
        anki_import(a, out)
        assert a.note_count() == notes and a.card_count() == cards
        names = {d.name for d in a.decks.all_names_and_ids()}
        assert {"Security::STRIDE", "Well-Architected::AWS", "SRE::SLOs and Error Budgets"} <= names
        nid = a.find_notes('"Front:*six pillars of the AWS*"')[0]
        note = a.get_note(nid)
        assert "Sustainability" in note["Back"] and "<li>" in note["Back"]
        assert "Framework overview" in note["Context"]
        assert any("well-architected" in t for t in note.tags)
        assert decks  # tags exist in srs too
        cloze = a.find_notes('"Text:*43.2*"')
        assert cloze, "cloze notes arrive as Anki cloze notes"
    finally:
        a.close()


def test_scheduling_survives_and_reexport_updates_in_place(bundled, tmp_path: Path, monkeypatch) -> None:
    study = Study(bundled, deck="Security::STRIDE")
    answered = 0
    while (card := study.next_card()) is not None and answered < 8:
        study.answer(card.id, 3)
        answered += 1
    monkeypatch.setenv("SRS_NOW", (at("2026-03-02T09:00:00+00:00") + timedelta(days=3)).isoformat())
    study = Study(bundled, deck="Security::STRIDE")
    while (card := study.next_card()) is not None and card.reps > 0:
        study.answer(card.id, 3)
    with bundled.read() as s:
        reviews = s.scalar(select(func.count()).select_from(ReviewLog))
        reviewed_cards = s.scalar(select(func.count()).select_from(Card).where(Card.reps > 0))
    out = tmp_path / "sched.apkg"
    export_anki(bundled, out, deck="Security::STRIDE", with_scheduling=True)
    a = fresh_anki(tmp_path)
    try:
        anki_import(a, out)
        assert a.db.scalar("select count() from revlog") == reviews
        assert a.db.scalar("select count() from cards where type != 0") == reviewed_cards
        before = a.note_count()
        # edit a note in srs, export again: Anki updates it instead of adding one
        with bundled.write() as s:
            note = s.scalars(select(Note).where(Note.front.contains("Spoofing threat violate"))).one()
            note.back = note.back + " (edited)"
            note.modified_at = note.modified_at + timedelta(minutes=5)
        export_anki(bundled, out, deck="Security::STRIDE", with_scheduling=True)
        anki_import(a, out)
        assert a.note_count() == before
        nid = a.find_notes('"Front:*Spoofing threat violate*"')[0]
        assert "(edited)" in a.get_note(nid)["Back"]
        assert a.db.scalar("select count() from revlog") == reviews, "no review is duplicated"
    finally:
        a.close()


def test_shared_anki_deck_imports_with_history_and_reimports_by_guid(tmp_path: Path) -> None:
    a = fresh_anki(tmp_path, "source")
    try:
        built = build_shared_deck(a, tmp_path / "scratch")
        package = anki_export(a, tmp_path / "shared.apkg", legacy=False)
        anki_notes = a.note_count()
    finally:
        a.close()
    from srs.anki.read_package import read_package

    shipped = read_package(package, media_dest=tmp_path / "m")  # reviews since each card's last "Forget"
    anki_reviews = sum(1 for n in shipped.notes for c in n.cards for r in c.reviews)
    assert anki_reviews >= 3
    col = Collection.open(tmp_path / "s.db")
    try:
        (fr,) = import_paths(col, [package]).files
        assert fr.status == "imported" and fr.new == anki_notes, fr
        with col.read() as s:
            assert s.scalar(select(func.count()).select_from(ReviewLog)) == anki_reviews
            reviewed = s.scalars(select(Card).where(Card.reps > 0)).all()
            assert reviewed and all(c.stability and c.last_review for c in reviewed), "FSRS state rebuilt from the log"
            fronts = s.scalars(select(Note.front)).all()
            assert all("<div" not in f and "&nbsp;" not in f for f in fronts), "HTML became markdown"
        assert built.guids
        (again,) = import_paths(col, [package]).files
        assert again.new == 0, "re-import updates by guid instead of duplicating"
        with col.read() as s:
            assert s.scalar(select(func.count()).select_from(Note)) == anki_notes
    finally:
        col.close()


def test_cli_export_and_bad_package(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    out = run_srs("--db", str(db), "export", "anki", str(tmp_path / "all.apkg"))
    assert out.returncode == 0, out.stderr
    assert "notes" in out.stdout and (tmp_path / "all.apkg").stat().st_size > 1000
    bad = tmp_path / "broken.apkg"
    bad.write_bytes(b"PK\x03\x04 this is not a whole zip")
    before = run_srs("--db", str(db), "cards", "--json").stdout
    out = run_srs("--db", str(db), "import", str(bad))
    assert out.returncode == 1
    errors = [ln for ln in out.stderr.splitlines() if ln.strip()]
    assert len(errors) == 1 and "broken.apkg" in errors[0]
    assert run_srs("--db", str(db), "cards", "--json").stdout == before
