"""Control characters in notes, fields, file, deck and tag names never reach the terminal raw (#18 item 9).

An ESC starts a sequence that clears the screen, retitles the window or writes
the clipboard (OSC 52); BEL rings. Every command that prints note text shows
them escaped (``\\x1b``); deck and tag names do not keep them at all.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import run_srs

RAW = ("\x1b", "\x07", "\x9b")
NOTES = """---
deck: "Evil\\e]0;pwned\\a::Sub\\e[2J"
tags: ["red\\e[31m", "bell\\a"]
---
# Heading

- What does \x1b]52;c;ZXZpbA==\x07 do? :: it writes \x1b[2J the clipboard
"""
CSV = "#separator:comma\n#deck column:3\n#tags column:4\nq1 \x1b[5mblink,a1 \x07,Deck\x1b[31m::X,tag\x1b[1m\n"


def assert_clean(out) -> None:  # type: ignore[no-untyped-def]
    for stream in (out.stdout, out.stderr):
        assert not any(c in stream for c in RAW), repr(stream)


@pytest.fixture
def evil(tmp_path: Path) -> dict[str, object]:
    md = tmp_path / "evil\x1b[2J.md"
    md.write_text(NOTES, encoding="utf-8")
    csv = tmp_path / "evil.csv"
    csv.write_text(CSV, encoding="utf-8")
    db = tmp_path / "e.db"
    imported = run_srs("--db", str(db), "import", str(md), str(csv))
    assert imported.returncode == 0, imported.stderr
    cards = json.loads(run_srs("--db", str(db), "cards", "--json", "clipboard OR blink").stdout)
    return {"db": db, "import": imported, "ids": {c["front"][:4]: c["id"] for c in cards}}


def test_import_output_escapes_file_names(evil: dict) -> None:
    out = evil["import"]
    assert_clean(out)
    assert "evil\\x1b[2J.md" in out.stdout


def test_import_error_line_escapes_file_names(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "f\x1b]0;x\x07.csv"
    os.mkfifo(fifo)
    out = run_srs("--db", str(tmp_path / "f.db"), "import", str(fifo))
    assert out.returncode == 1
    assert_clean(out)
    assert "f\\x1b]0;x\\x07.csv: not a regular file" in out.stderr


def test_deck_and_tag_names_keep_no_control_characters(evil: dict) -> None:
    with sqlite3.connect(evil["db"]) as con:
        names = [n for (n,) in con.execute("SELECT name FROM decks")]
        tags = " ".join(t for (t,) in con.execute("SELECT tags FROM notes"))
    assert "Evil]0;pwned::Sub[2J" in names and "Deck[31m::X" in names
    assert not any(c in "".join(names) + tags for c in RAW + ("\x1b",))
    assert "red-31m" in tags and "bell" in tags and "tag[1m" in tags


def test_decks_prints_no_escape_sequences(evil: dict) -> None:
    out = run_srs("--db", str(evil["db"]), "decks")
    assert out.returncode == 0 and "Sub[2J" in out.stdout
    assert_clean(out)


def test_cards_prints_fronts_escaped(evil: dict) -> None:
    out = run_srs("--db", str(evil["db"]), "cards", "clipboard OR blink", env={"COLUMNS": "200"})
    assert out.returncode == 0
    assert_clean(out)
    assert "What does \\x1b]52;c;ZXZpbA==\\x07 do?" in out.stdout and "q1 \\x1b[5mblink" in out.stdout


def test_show_prints_sides_escaped(evil: dict) -> None:
    for card_id in evil["ids"].values():
        out = run_srs("--db", str(evil["db"]), "show", str(card_id))
        assert out.returncode == 0, out.stderr
        assert_clean(out)
    out = run_srs("--db", str(evil["db"]), "show", str(evil["ids"]["What"]))
    assert "it writes \\x1b[2J the clipboard" in out.stdout


def test_plain_review_prints_sides_escaped(evil: dict) -> None:
    out = run_srs("--db", str(evil["db"]), "review", "--plain", "--deck", "Evil]0;pwned", input="\n3\n\n3\nq\n")
    assert out.returncode == 0, out.stderr
    assert_clean(out)
    assert "What does \\x1b]52;c;ZXZpbA==\\x07 do?" in out.stdout and "\\x1b[2J" in out.stdout
