"""Anki's text export format and plain CSV."""

from __future__ import annotations

from pathlib import Path

import pytest

from srs.anki import PackageError, read_text


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def anki_text_exports(tmp_path, anki_col):
    """Notes exported as text by Anki itself, with and without HTML."""
    col = anki_col
    n = col.new_note(col.models.by_name("Basic"))
    n["Front"] = 'What is <b>SQS</b>, "really"?'
    n["Back"] = "a queue<br>with\ttabs &amp; more"
    n.tags = ["aws", "aws::sqs"]
    col.add_note(n, col.decks.id("Cloud::AWS"))
    c = col.new_note(col.models.by_name("Cloze"))
    c["Text"] = "{{c1::Paris}} is in <i>France</i>"
    col.add_note(c, col.decks.id("Geo"))
    out = {}
    for html in (True, False):
        path = tmp_path / f"export-{html}.txt"
        col.export_note_csv(out_path=str(path), limit=None, with_html=html, with_tags=True,
                            with_deck=True, with_notetype=True, with_guid=True)
        out[html] = path
    return out, {n.guid: "basic", c.guid: "cloze"}


def test_reads_anki_text_export_with_html(anki_text_exports):
    paths, guids = anki_text_exports
    assert paths[True].read_text().startswith("#separator:tab\n#html:true\n#guid column:1\n")
    pkg = read_text(paths[True])
    by_guid = {n.guid: n for n in pkg.notes}
    assert set(by_guid) == set(guids)
    basic = next(n for g, n in by_guid.items() if guids[g] == "basic")
    assert basic.front == 'What is **SQS**, "really"?'
    assert basic.back == "a queue\\\nwith tabs & more"
    assert (basic.deck, basic.tags, basic.notetype, basic.template) == (
        "Cloud::AWS", ("aws", "aws::sqs"), "Basic", "basic")
    cloze = next(n for g, n in by_guid.items() if guids[g] == "cloze")
    assert (cloze.template, cloze.front, cloze.deck) == ("cloze", "{{c1::Paris}} is in *France*", "Geo")
    assert all(n.cards == () for n in pkg.notes)


def test_reads_anki_text_export_without_html(anki_text_exports):
    paths, guids = anki_text_exports
    pkg = read_text(paths[False])
    basic = next(n for n in pkg.notes if guids[n.guid] == "basic")
    assert basic.front == 'What is SQS, "really"?'


@pytest.mark.parametrize(("name", "char"), [("tab", "\t"), ("semicolon", ";"), ("comma", ","),
                                            ("pipe", "|"), ("Semicolon", ";"), (";", ";")])
def test_separator_header(tmp_path, name, char):
    body = char.join(["front one", "back, one", "t1 t2"]) if char != "," else 'front one,"back, one",t1 t2'
    path = write(tmp_path, "x.txt", f"#separator:{name}\n#html:false\n#tags column:3\n{body}\n")
    [note] = read_text(path).notes
    assert (note.front, note.back, note.tags) == ("front one", "back, one", ("t1", "t2"))


@pytest.mark.parametrize("char", ["\t", ";", "|", ","])
def test_separator_detected_without_header(tmp_path, char):
    path = write(tmp_path, "x.txt", f"q1{char}a1\nq2{char}a2\n")
    notes = read_text(path).notes
    assert [(n.front, n.back) for n in notes] == [("q1", "a1"), ("q2", "a2")]


def test_all_file_headers(tmp_path):
    text = (
        "#separator:Pipe\n#html:true\n#tags:global shared\n#columns:Front|Back|Deck|Tags|GUID|Type\n"
        "#notetype:Basic (and reversed card)\n#deck:Ignored::Default\n#deck column:3\n"
        "#tags column:4\n#guid column:5\n#notetype column:6\n"
        "<b>hola</b>|hello|Lang::ES|verb|g-1|Basic (and reversed card)\n"
        "{{c1::Madrid}}|capital|Lang::ES||g-2|Cloze\n"
    )
    notes = read_text(write(tmp_path, "x.txt", text)).notes
    first, second = notes
    assert (first.guid, first.front, first.back, first.deck) == ("g-1", "**hola**", "hello", "Lang::ES")
    assert first.tags == ("global", "shared", "verb") and first.reverse is True
    assert (second.template, second.guid, second.tags) == ("cloze", "g-2", ("global", "shared"))
    assert list(first.fields) == ["Front", "Back"]


def test_historic_tags_line_and_deck_header(tmp_path):
    path = write(tmp_path, "x.txt", "tags:old style\n#deck:French\nbonjour\thello\n")
    [note] = read_text(path).notes
    assert (note.tags, note.deck) == (("old", "style"), "French")
    assert read_text(path, deck="Override").notes[0].deck == "Override"


def test_html_false_keeps_angle_brackets_literal(tmp_path):
    path = write(tmp_path, "x.txt", "#html:false\nWhat does <div> do?\tgroups\n")
    assert read_text(path).notes[0].front == r"What does \<div> do?"


def test_plain_csv_with_column_mapping(tmp_path):
    text = 'Topic,Question,Answer,Labels\nnet,"What is TCP?","A reliable,\nordered stream",proto net\n'
    path = write(tmp_path, "cards.csv", text)
    pkg = read_text(path, columns={"front": "Question", "back": "Answer", "tags": "Labels"}, deck="Net")
    [note] = pkg.notes
    assert (note.front, note.back) == ("What is TCP?", "A reliable,\\\nordered stream")
    assert (note.tags, note.deck) == (("proto", "net"), "Net")
    assert note.fields == {"Topic": "net", "Question": "What is TCP?",
                           "Answer": "A reliable,\\\nordered stream"}
    by_number = read_text(path, columns={"front": 2, "back": 3, "tags": 4, "header": True})
    assert by_number.notes[0].front == "What is TCP?"


def test_guids_are_stable_without_a_guid_column(tmp_path):
    path = write(tmp_path, "x.csv", "q1,a1\nq2,a2\n")
    first = [n.guid for n in read_text(path).notes]
    assert first == [n.guid for n in read_text(path).notes] and len(set(first)) == 2


def test_rows_with_empty_front_are_skipped_with_a_warning(tmp_path):
    pkg = read_text(write(tmp_path, "x.txt", "q1\ta1\n\tlonely back\n"))
    assert len(pkg.notes) == 1 and "row 2" in pkg.warnings[0]


@pytest.mark.parametrize(("content", "columns", "match"), [
    ("", None, "no notes"),
    ("#separator:tab\n", None, "no notes"),
    (b"\x00\x01\x02binary", None, "not a text file"),
    (b"caf\xe9\tx\n", None, "not UTF-8"),
    ("q\ta\n", {"front": 1, "colour": 2}, "unknown column role 'colour'"),
    ("Q,A\nq,a\n", {"front": "Question"}, "no column named 'Question'"),
    ("q\ta\n", {"front": 0}, "column numbers start at 1"),
])
def test_bad_text_files(tmp_path, content, columns, match):
    with pytest.raises(PackageError, match=match):
        read_text(write(tmp_path, "x.txt", content), columns=columns)


def test_missing_file(tmp_path):
    with pytest.raises(PackageError, match="file not found"):
        read_text(tmp_path / "nope.csv")


def test_context_and_source_columns_keep_canonical_names(tmp_path):
    path = write(tmp_path, "x.csv", "q,a,Ch 1 › Intro,book.pdf\n")
    [note] = read_text(path, columns={"front": 1, "back": 2, "context": 3, "source": 4}).notes
    assert note.fields["Context"] == "Ch 1 › Intro" and note.fields["Source"] == "book.pdf"
    assert (note.front, note.back) == ("q", "a")


def test_guids_are_the_ones_anki_makes(tmp_path):
    """A CSV without a guid column gets Anki's base91 guids: the same ones after an upgrade, or a re-import would
    duplicate every note (srs encodes two digits at a time now)."""
    import random

    from anki.utils import base91 as anki_base91

    from srs.anki.ids import base91

    rng = random.Random(18)
    numbers = [1, 90, 91, 92, 91 * 91 - 1, 91 * 91, 91 * 91 + 1, 91**3, 2**64 - 1]
    numbers += [rng.getrandbits(rng.choice((8, 16, 40, 64))) or 1 for _ in range(20_000)]
    assert [base91(n) for n in numbers] == [anki_base91(n) for n in numbers]
    assert base91(0) == "a"  # (Anki's is empty: a hash is never 0)


@pytest.mark.parametrize("with_html", [False, True])
def test_a_plain_cell_reads_as_the_full_conversion_reads_it(tmp_path, with_html):
    """Most CSV cells are plain words, and skip the HTML → markdown conversion: whatever a cell holds (markup,
    entities, backslashes, list marks, tabs, nbsp, zero-width spaces), it reads as the conversion reads it."""
    import csv
    import html
    import random

    from srs.anki.html_to_md import to_markdown

    rng = random.Random(18)
    pieces = [*"abcXYZ019 ,.;:?!'\"()/%-+#>*_`<>&[]~\\\t", "\n", "\r\n", "\xa0", "\u200b", "é", "日", "٣", "\u2028",
              "  ", "1. ", "- ", "# ", "[sound:x.mp3]", "&amp;", "<b>", "</i>", "```", "word", "two words"]
    cells = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(4_000)]
    path = tmp_path / "cells.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"#separator:Comma\n#html:{str(with_html).lower()}\n")
        csv.writer(fh).writerows([f"row {k}", cell] for k, cell in enumerate(cells))
    notes = read_text(path).notes
    assert len(notes) == len(cells)
    for note, cell in zip(notes, cells, strict=True):
        full = to_markdown(cell if with_html else html.escape(cell, quote=False).replace("\n", "<br>"))
        assert note.fields["Back"] == full, cell
