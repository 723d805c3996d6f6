"""Reading packages that Anki itself wrote, in every layout it writes."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from srs.anki import read_package
from tests.anki import shared_deck
from tests.anki.helpers import anki_export


def loose(md: str) -> str:
    """Table padding differs between converters: compare without it."""
    return re.sub(r" {2,}", " ", re.sub(r"-{3,}", "---", md))


HTML_TAG = re.compile(r"</?(?:div|span|b|i|u|br|table|tr|td|th|li|ul|img|pre|code|a)\b", re.I)


def legacy_1(src: Path, dest: Path) -> Path:
    """The oldest layout: ``collection.anki2`` holding the data, no ``meta``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for name in zin.namelist():
            if name in ("meta", "collection.anki2"):
                continue
            target = "collection.anki2" if name == "collection.anki21" else name
            zout.writestr(target, zin.read(name))
    return dest


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    """The shared deck exported by Anki as apkg (legacy + current) and colpkg."""
    from anki.collection import Collection

    root = tmp_path_factory.mktemp("shared")
    (root / "profile").mkdir()
    col = Collection(str(root / "profile" / "collection.anki2"))
    try:
        built = shared_deck.build(col, root / "scratch")
        out = {
            "apkg-legacy": anki_export(col, root / "legacy.apkg", legacy=True),
            "apkg-current": anki_export(col, root / "current.apkg", legacy=False),
        }
        out["apkg-legacy-1"] = legacy_1(out["apkg-legacy"], root / "legacy1.apkg")
        # exporting a whole collection closes it: reopen for the second one
        col.export_collection_package(str(root / "current.colpkg"), include_media=True, legacy=False)
        out["colpkg-current"] = root / "current.colpkg"
        col = Collection(str(root / "profile" / "collection.anki2"))
        col.export_collection_package(str(root / "legacy.colpkg"), include_media=True, legacy=True)
        out["colpkg-legacy"] = root / "legacy.colpkg"
    finally:
        if col.db:
            col.close(downgrade=False)
    return built, out


FORMATS = ["apkg-legacy", "apkg-current", "apkg-legacy-1", "colpkg-current", "colpkg-legacy"]


def test_layouts_are_what_anki_writes(packages):
    _, out = packages
    with zipfile.ZipFile(out["apkg-current"]) as zf:
        assert "collection.anki21b" in zf.namelist() and zf.read("meta") == b"\x08\x03"
    with zipfile.ZipFile(out["apkg-legacy"]) as zf:
        assert "collection.anki21" in zf.namelist()
    with zipfile.ZipFile(out["apkg-legacy-1"]) as zf:
        assert "collection.anki21" not in zf.namelist() and "meta" not in zf.namelist()


@pytest.fixture(params=FORMATS)
def imported(request, packages, tmp_path):
    built, out = packages
    media = tmp_path / "media"
    pkg = read_package(out[request.param], media_dest=media)
    by_guid = {n.guid: n for n in pkg.notes}
    return built, pkg, by_guid, media


def test_notes_cards_and_decks(imported):
    built, pkg, by_guid, _ = imported
    assert len(pkg.notes) == 5 and pkg.warnings == []
    assert set(by_guid) == set(built.guids.values())
    vocab = by_guid[built.guids["vocab"]]
    assert (vocab.notetype, vocab.template, vocab.deck) == ("Vocab (JP)", "basic", "Japanese::Vocab")
    assert vocab.tags == ("JLPT::N5", "verb")
    assert [c.ordinal for c in vocab.cards] == [0, 1]
    assert list(vocab.fields) == ["Expression", "Reading", "Meaning", "Example", "Audio",
                                  "Picture", "Notes"]
    assert pkg.collection_created is not None


def test_heavy_html_becomes_readable_markdown(imported):
    check_heavy_html(imported)


def check_heavy_html(imported):
    built, _, by_guid, _ = imported
    vocab = by_guid[built.guids["vocab"]]
    meaning = vocab.fields["Meaning"]
    assert meaning.startswith("to eat (transitive)")
    assert "- **taberu**\n- *ichidan* verb & common" in meaning
    assert "| Form | Kana |\n| --- | --- |\n| past | 食べた |" in loose(meaning)
    assert vocab.fields["Example"] == "*ごはんを食べる*\\\nI eat rice every day"
    assert vocab.fields["Reading"] == "食[た]べる"
    code = by_guid[built.guids["programming"]].back
    assert "```python\nfor x in xs:\n    print(x)\n```" in code
    assert "`a < b`" in code and r"not \<b>." in code
    for note in by_guid.values():
        for name, value in note.fields.items():
            assert not HTML_TAG.search(value.replace(r"\<b>", "")), (name, value)
            assert "&nbsp;" not in value and "&amp;" not in value and "\xa0" not in value


def test_front_and_back_follow_the_templates(imported):
    built, _, by_guid, _ = imported
    vocab = by_guid[built.guids["vocab"]]
    assert vocab.front == "食べる"
    assert vocab.back.startswith("食[た]べる\n\nto eat (transitive)")
    assert vocab.reverse is False
    prog = by_guid[built.guids["programming"]]
    assert prog.front == "How do you **iterate** a list?"  # not the first field (Topic)
    assert prog.back.endswith("[docs](https://docs.python.org)")
    rev = by_guid[built.guids["reversed"]]
    assert (rev.front, rev.back, rev.reverse) == ("capital of France", "Paris", True)
    cloze = by_guid[built.guids["cloze"]]
    assert cloze.template == "cloze"
    assert cloze.front == "The {{c1::**mitochondria**}} is the {{c2::powerhouse::what?}}"
    assert cloze.back == "biology"
    assert [c.ordinal for c in cloze.cards] == [0, 1]
    typed = by_guid[built.guids["typed"]]
    assert (typed.front, typed.back) == ("2 + 2 =", "4")


def test_media_lands_under_safe_names(imported):
    built, pkg, by_guid, media = imported
    vocab = by_guid[built.guids["vocab"]]
    assert vocab.fields["Picture"] == "![](food_pic.jpg)![](ねこ.png)"
    assert vocab.fields["Audio"] == "[🔊 taberu.mp3](taberu.mp3)"
    assert pkg.media["food pic.jpg"] == media / "food_pic.jpg"
    assert (media / "food_pic.jpg").read_bytes() == shared_deck.IMAGE
    assert (media / "taberu.mp3").read_bytes() == shared_deck.SOUND
    assert (media / "ねこ.png").read_bytes() == shared_deck.CAT
    assert {p.name for p in media.iterdir()} == {"food_pic.jpg", "taberu.mp3", "ねこ.png"}


def test_reviews_states_and_flags(imported):
    built, _, by_guid, _ = imported
    vocab = by_guid[built.guids["vocab"]]
    recog, prod = vocab.cards
    # everything before the "Forget" entry is dropped; the rest in time order
    assert [r.rating for r in recog.reviews] == [1, 3, 3, 2]
    assert [r.duration_ms for r in recog.reviews] == [12000, 5000, 4000, 6000]
    times = [r.reviewed_at for r in recog.reviews]
    assert times == sorted(times) and all(t.tzinfo is not None for t in times)
    assert (recog.anki_type, recog.anki_queue, recog.anki_ivl) == (2, 2, 14)
    assert [r.rating for r in prod.reviews] == [3] and prod.anki_type == 1
    fwd, back = by_guid[built.guids["reversed"]].cards
    assert fwd.flag == 4 and not fwd.suspended
    assert back.suspended and back.anki_queue == -1
    c1, c2 = by_guid[built.guids["cloze"]].cards
    assert c1.buried and not c2.buried


def test_reimporting_into_the_same_folder_reuses_media(packages, tmp_path):
    _, out = packages
    media = tmp_path / "media"
    first = read_package(out["apkg-current"], media_dest=media)
    second = read_package(out["apkg-legacy"], media_dest=media)
    assert first.media == second.media
    assert len(list(media.iterdir())) == 3


def test_reads_a_genanki_package(tmp_path):
    """Packages from genanki (schema 11 in collection.anki2, the oldest layout)."""
    import genanki

    model = genanki.Model(
        1607392319, "Three fields",
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Media"}],
        templates=[{"name": "Card 1", "qfmt": "{{Question}}<br>{{Media}}",
                    "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}"}],
    )
    deck = genanki.Deck(2059400110, "Shared::Genanki")
    (tmp_path / "sound clip.mp3").write_bytes(b"ID3clip")
    deck.add_note(genanki.Note(model=model, fields=["Capital of <i>Peru</i>?", "Lima&nbsp;(city)",
                                                    "[sound:sound clip.mp3]"], tags=["geo"]))
    path = tmp_path / "genanki.apkg"
    genanki.Package(deck, media_files=[str(tmp_path / "sound clip.mp3")]).write_to_file(path)
    pkg = read_package(path, media_dest=tmp_path / "media")
    [note] = pkg.notes
    assert (note.front, note.back) == ("Capital of *Peru*?\n\n[🔊 sound clip.mp3](sound_clip.mp3)", "Lima (city)")
    assert (note.deck, note.tags, note.notetype) == ("Shared::Genanki", ("geo",), "Three fields")
    assert (tmp_path / "media" / "sound_clip.mp3").read_bytes() == b"ID3clip"
