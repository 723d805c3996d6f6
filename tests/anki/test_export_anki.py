"""Our .apkg files, opened and imported by Anki's own code."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from srs.anki import ExportCard, ExportNote, write_apkg
from srs.anki.ids import anki_guid
from srs.anki.notetypes import BASIC_ID, BASIC_NAME, CLOZE_ID, CLOZE_NAME
from tests.anki.helpers import NOW, anki_import, days


def sample_notes() -> list[ExportNote]:
    return [
        ExportNote(guid="n-basic", template="basic", front="What does **SQS** do?",
                   back="- queues work\n- decouples producers", context="AWS › Messaging",
                   source="https://example.com/sqs", deck="Cloud::AWS::Messaging",
                   tags=("aws", "well architected", "aws::sqs"), modified=NOW),
        ExportNote(guid="n-rev", template="basic", front="Latency", back="time to first byte",
                   deck="Cloud::AWS", reverse=True, modified=NOW),
        ExportNote(guid="n-code", template="basic", front="Reverse a list in Python",
                   back="```python\nxs[::-1]\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |",
                   deck="Cloud", modified=NOW),
        ExportNote(guid="n-cloze", template="cloze",
                   front="{{c1::Paris}} is the capital of {{c2::France}}", back="Geography",
                   deck="Trivia", modified=NOW),
        ExportNote(guid="n-cloze3", template="cloze", front="{{c3::three}} only", deck="Trivia",
                   modified=NOW),
    ]


def export(tmp_path: Path, notes, name="out.apkg", **kw) -> Path:
    path = tmp_path / name
    kw.setdefault("with_scheduling", False)
    kw.setdefault("now", NOW)
    write_apkg(path, notes, **kw)
    return path


def test_package_layout_is_anki_legacy_2(tmp_path):
    path = export(tmp_path, sample_notes())
    with zipfile.ZipFile(path) as zf:
        assert set(zf.namelist()) == {"collection.anki21", "media", "meta"}
        assert zf.read("meta") == b"\x08\x02"
        assert zf.read("media") == b"{}"


def test_anki_imports_notes_cards_decks_fields_and_tags(tmp_path, anki_col):
    summary = write_apkg(tmp_path / "o.apkg", sample_notes(), with_scheduling=False, now=NOW)
    assert (summary.notes, summary.cards) == (5, 7)
    log = anki_import(anki_col, tmp_path / "o.apkg")
    assert len(log.new) == 5
    assert anki_col.note_count() == 5
    assert anki_col.card_count() == 1 + 2 + 1 + 2 + 1
    decks = set(anki_col.decks.all_names())
    assert {"Cloud", "Cloud::AWS", "Cloud::AWS::Messaging", "Trivia"} <= decks

    note = anki_col.get_note(anki_col.find_notes('"Front:*SQS*"')[0])
    assert note.note_type()["name"] == BASIC_NAME and note.note_type()["id"] == BASIC_ID
    assert note["Front"] == "What does <strong>SQS</strong> do?"
    assert note["Back"] == "<ul>\n<li>queues work</li>\n<li>decouples producers</li>\n</ul>"
    assert note["Context"] == "AWS › Messaging"
    assert 'href="https://example.com/sqs"' in note["Source"]
    assert sorted(note.tags) == ["aws", "aws::sqs", "well_architected"]
    assert note.guid == anki_guid("n-basic")
    [card] = note.cards()
    assert anki_col.decks.name(card.did) == "Cloud::AWS::Messaging"
    question = card.question()
    assert "AWS › Messaging" in question and "<strong>SQS</strong>" in question

    rev = anki_col.get_note(anki_col.find_notes('"Front:Latency"')[0])
    cards = sorted(rev.cards(), key=lambda c: c.ord)
    assert [c.ord for c in cards] == [0, 1]
    assert "time to first byte" in cards[1].question()

    cloze = anki_col.get_note(anki_col.find_notes("Paris")[0])
    assert cloze.note_type()["id"] == CLOZE_ID and cloze.note_type()["name"] == CLOZE_NAME
    assert sorted(c.ord for c in cloze.cards()) == [0, 1]
    first = min(cloze.cards(), key=lambda c: c.ord)
    assert "[...]" in first.question() and "France" in first.question()
    [only] = anki_col.get_note(anki_col.find_notes("three")[0]).cards()
    assert only.ord == 2
    problems, ok = anki_col.fix_integrity()  # Anki's "Check Database" finds nothing to fix
    assert ok, problems


def test_code_blocks_and_tables_survive(tmp_path, anki_col):
    anki_import(anki_col, export(tmp_path, sample_notes()))
    note = anki_col.get_note(anki_col.find_notes('"Front:Reverse a list*"')[0])
    assert '<pre><code class="language-python">xs[::-1]\n</code></pre>' in note["Back"]
    assert "<table>" in note["Back"] and "<td>1</td>" in note["Back"]


@pytest.mark.parametrize("payload", [
    "<script>alert(1)</script>hello",
    '<img src="x.png" onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '[click](javascript:alert(1))',
    '<iframe src="https://evil.example"></iframe>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<svg onload="alert(1)"></svg>',
])
def test_exported_fields_carry_no_script(tmp_path, anki_col, payload):
    notes = [ExportNote(guid="x", template="basic", front=f"Q {payload}", back=payload, modified=NOW)]
    anki_import(anki_col, export(tmp_path, notes))
    note = anki_col.get_note(anki_col.find_notes("")[0])
    for text in (note["Front"], note["Back"]):
        low = text.lower()
        assert "<script" not in low and not re.search(r"(href|src)\s*=\s*[\"']?\s*javascript", low)
        assert "onerror" not in low and "onload" not in low and "<iframe" not in low
        assert "style=" not in low


def test_reexport_after_edit_updates_in_place(tmp_path, anki_col):
    notes = sample_notes()
    anki_import(anki_col, export(tmp_path, notes, "v1.apkg"))
    nid = anki_col.find_notes('"Front:*SQS*"')[0]

    edited = [replace(n, back="a **managed** queue", tags=n.tags + ("edited",),
                      modified=NOW + days(1)) if n.guid == "n-basic" else n for n in notes]
    log = anki_import(anki_col, export(tmp_path, edited, "v2.apkg", now=NOW + days(1)))
    assert len(log.new) == 0 and len(log.updated) == 1
    assert anki_col.note_count() == 5 and anki_col.card_count() == 7
    note = anki_col.get_note(nid)
    assert note["Back"] == "a <strong>managed</strong> queue"
    assert "edited" in note.tags

    # the same file again changes nothing
    log = anki_import(anki_col, tmp_path / "v2.apkg")
    assert len(log.new) == 0 and len(log.updated) == 0
    assert anki_col.note_count() == 5


def test_anki_guid_of_a_note_from_anki_is_kept(tmp_path, anki_col):
    notes = [ExportNote(guid="ours", template="basic", front="kept", anki_guid="AbC/xyz123",
                        modified=NOW)]
    anki_import(anki_col, export(tmp_path, notes))
    assert anki_col.get_note(anki_col.find_notes("")[0]).guid == "AbC/xyz123"


def test_media_goes_into_the_package(tmp_path, anki_col):
    media = tmp_path / "media"
    (media / "audio").mkdir(parents=True)
    (media / "diagram.png").write_bytes(b"\x89PNG\r\n\x1a\nfake")
    (media / "audio" / "word.mp3").write_bytes(b"ID3fake")
    notes = [ExportNote(guid="m", template="basic", front="![a diagram](diagram.png)",
                        back="say it: [listen](audio/word.mp3) ![gone](missing.png)",
                        modified=NOW)]
    path = tmp_path / "m.apkg"
    summary = write_apkg(path, notes, with_scheduling=False, media_dir=media, now=NOW)
    assert summary.media == 2
    assert any("missing.png" in w for w in summary.warnings)
    anki_import(anki_col, path)
    note = anki_col.get_note(anki_col.find_notes("")[0])
    assert '<img src="diagram.png" alt="a diagram">' == note["Front"]
    assert "[sound:audio_word.mp3]" in note["Back"]
    folder = Path(anki_col.media.dir())
    assert (folder / "diagram.png").read_bytes() == b"\x89PNG\r\n\x1a\nfake"
    assert (folder / "audio_word.mp3").read_bytes() == b"ID3fake"
    check = anki_col.media.check()  # Anki's "Check Media"
    assert list(check.missing) == ["missing.png"] and list(check.unused) == []


def test_media_outside_the_media_dir_is_not_packaged(tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    (tmp_path / "secret.png").write_bytes(b"secret")
    notes = [ExportNote(guid="m", template="basic", front="![x](../secret.png)", modified=NOW)]
    summary = write_apkg(tmp_path / "o.apkg", notes, with_scheduling=False, media_dir=media, now=NOW)
    assert summary.media == 0
    with zipfile.ZipFile(tmp_path / "o.apkg") as zf:
        assert zf.namelist().count("0") == 0


def test_a_failed_export_leaves_no_file(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    bad = [ExportNote(guid="x", template="basic", front="q",
                      cards=(ExportCard(0, state=2, due=NOW.replace(tzinfo=None)),))]
    with pytest.raises(ValueError):
        write_apkg(out / "o.apkg", bad, with_scheduling=True, now=NOW)
    assert list(out.iterdir()) == []


def test_mismatched_cards_are_reported_not_written(tmp_path, anki_col):
    from srs.anki import ExportReview

    notes = [
        ExportNote(guid="c", template="cloze", front="no cloze here", modified=NOW),
        ExportNote(guid="b", template="basic", front="q", modified=NOW,
                   cards=(ExportCard(0), ExportCard(1)),
                   reviews=(ExportReview(5, NOW, 3),)),
    ]
    summary = write_apkg(tmp_path / "w.apkg", notes, with_scheduling=True, now=NOW)
    warnings = "\n".join(summary.warnings)
    assert "note c: cloze text has no {{c1::…}}" in warnings
    assert "note b: dropped card 1" in warnings
    assert "note b: review of missing card 5" in warnings
    assert (summary.cards, summary.reviews) == (2, 0)
    anki_import(anki_col, tmp_path / "w.apkg")
    assert anki_col.card_count() == 2


def test_empty_export_is_a_valid_package(tmp_path, anki_col):
    summary = write_apkg(tmp_path / "e.apkg", [], with_scheduling=True, now=NOW)
    assert (summary.notes, summary.cards, summary.decks) == (0, 0, 0)
    anki_import(anki_col, tmp_path / "e.apkg")
    assert anki_col.note_count() == 0
