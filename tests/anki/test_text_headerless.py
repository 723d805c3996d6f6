"""Headerless Anki text files (no ``#`` header lines): srs imports what Anki's own importer imports."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from anki.collection import ImportCsvRequest

from srs.cli import main
from srs.core.notes import NO_ANSWER
from srs.service.collection import Collection

# Anki's own test files (pylib/tests/support/text-2fields.txt and text-tags.txt in
# ankitects/anki): a comment line, repeated fronts, rows with one and three fields,
# an empty front; and a third column that Anki reads as tags.
TWO_FIELDS = ("# this is a test file\n食べる\tto eat\n飲む\tto drink\nテスト\ttest\nto eat\t食べる\n飲む\tto drink\n"
              "多すぎる\ttoo many\tfields\nnot, enough, fields\n遊ぶ\t\n\tto play\n")
TAGS = "foo\tbar\tbaz,qux\nfoo2\tbar2\tbaz2\n"


def anki_notes(anki_col, path: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    """(front, back, tags) of the notes Anki's importer makes from ``path``."""
    metadata = anki_col.get_csv_metadata(path=str(path), delimiter=None)
    anki_col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata))
    out = []
    for nid in anki_col.find_notes(""):
        note = anki_col.get_note(nid)
        out.append((note.fields[0], note.fields[1], tuple(sorted(note.tags))))
    return sorted(out)


def srs_import(capsys, tmp_path: Path, path: Path) -> tuple[int, dict, list[tuple[str, str, tuple[str, ...]]]]:
    db = tmp_path / "srs.db"
    Collection.open(db).close()  # no bundled decks: the notes are the file's
    code = main(["--db", str(db), "import", "--json", str(path)])
    out = capsys.readouterr().out
    report = json.loads(out)["files"][0] if out.strip() else {}
    con = sqlite3.connect(db)
    rows = con.execute("SELECT front, back, tags FROM notes").fetchall()
    con.close()
    # an empty back is shown as NO_ANSWER (a card has two sides) and exported empty
    return code, report, sorted((f, "" if b == NO_ANSWER else b, tuple(sorted(t.split()))) for f, b, t in rows)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "count"), [(TWO_FIELDS, 8), (TAGS, 2)], ids=["2fields", "tags"])
def test_anki_fixtures_import_the_notes_anki_imports(anki_col, capsys, tmp_path, text, count) -> None:
    path = write(tmp_path, "fixture.txt", text)
    expected = anki_notes(anki_col, path)
    assert len(expected) == count  # Anki's own numbers
    code, report, got = srs_import(capsys, tmp_path, path)
    assert (code, report["status"], report["new"]) == (0, "imported", count)
    assert got == expected


@pytest.mark.parametrize("sep", ["\t", ";", ",", "|"], ids=["tab", "semicolon", "comma", "pipe"])
def test_each_separator_maps_front_back_and_tags_as_anki_does(anki_col, capsys, tmp_path, sep) -> None:
    rows = [["What is SQS", "a queue", "aws sqs", "ignored"], ["What is SNS", "pub/sub topics", "aws", "x"],
            ["What is S3", "object storage", "", "y"]]
    path = write(tmp_path, "cards.txt", "".join(sep.join(r) + "\n" for r in rows))
    expected = anki_notes(anki_col, path)
    assert expected == sorted((r[0], r[1], tuple(sorted(r[2].split()))) for r in rows)
    code, report, got = srs_import(capsys, tmp_path, path)
    assert (code, report["new"]) == (0, 3) and got == expected


@pytest.mark.parametrize("text", ["Paris, France\nRome is in Italy, on the Tiber, by the sea\n",
                                  "\tindented line one\n\tindented line two\n",
                                  "| a | b |\n|---|---|\n| 1 | 2 |\n", "- one; two\n- three; four\n"],
                         ids=["prose", "indented", "table", "list"])
def test_text_that_is_not_columns_is_not_read_as_anki_text(tmp_path, text) -> None:
    from srs.service.importing import is_anki_text

    assert not is_anki_text(write(tmp_path, "notes.txt", text))


def test_markdown_notes_with_commas_stay_markdown(capsys, tmp_path) -> None:
    path = write(tmp_path, "notes.txt", "Q: What is SQS, in short?\nA: A queue, pulled by consumers.\n\n"
                                        "Q: What is SNS, in short?\nA: Topics, pushed to subscribers.\n")
    code, report, got = srs_import(capsys, tmp_path, path)
    assert (code, report["new"]) == (0, 2)
    assert {front for front, _, _ in got} == {"What is SQS, in short?", "What is SNS, in short?"}


@pytest.mark.parametrize(("name", "text"), [
    ("empty.txt", ""), ("comments.txt", "# only a comment\n"), ("fronts.tsv", "\tback only\n\tanother\n"),
    ("prose.txt", "Just a sentence with no card in it.\n"),
])
def test_a_file_that_imports_nothing_says_so_and_fails(capsys, tmp_path, name, text) -> None:
    path = write(tmp_path, name, text)
    code, report, got = srs_import(capsys, tmp_path, path)
    assert code == 1 and report["status"] == "failed" and got == []
    assert "nothing was imported" in report["error"] or "no notes" in report["error"]


def test_a_folder_with_a_readme_still_imports_its_notes(capsys, tmp_path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    write(folder, "README.md", "This folder holds my notes.\n")
    write(folder, "aws.md", "Q: What is SQS?\nA: A queue.\n")
    Collection.open(tmp_path / "srs.db").close()
    code = main(["--db", str(tmp_path / "srs.db"), "import", "--json", str(folder)])
    files = {Path(f["path"]).name: f for f in json.loads(capsys.readouterr().out)["files"]}
    assert code == 0 and files["aws.md"]["new"] == 1
    assert files["README.md"]["warnings"] == ["no cards found in it; nothing was imported"]
