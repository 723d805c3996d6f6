"""The command line's rough edges (issue 21): one line naming the problem, never a class name, non-zero exit."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import click
import pytest
import typer.main

from srs.cli import app, main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def test_a_card_id_too_large_for_any_card_is_no_such_card(capsys, tmp_path: Path) -> None:
    code, text = run(capsys, "--db", str(tmp_path / "a.db"), "show", "99999999999999999999999")
    assert code == 1 and "no card with id" in text and "Error" not in text


def test_a_bad_clock_says_what_is_wrong_without_a_class_name(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SRS_NOW", "garbage")
    code, text = run(capsys, "--db", str(tmp_path / "a.db"), "decks")
    assert code == 1 and "SRS_NOW='garbage' is not an ISO 8601 time" in text and "ClockError" not in text


def test_a_misspelt_deck_in_a_search_is_named(capsys, tmp_path: Path) -> None:
    code, text = run(capsys, "--db", str(tmp_path / "a.db"), "cards", "deck:Tradoffs")
    assert code == 1 and "no deck named 'Tradoffs'" in text


def test_a_db_path_in_a_missing_folder_is_refused_not_created(capsys, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "dir" / "srs.db"
    code, text = run(capsys, "--db", str(target), "decks")
    assert code == 1 and "does not exist" in text and not (tmp_path / "no").exists()


def test_importing_a_folder_without_notes_says_so(capsys, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, text = run(capsys, "--db", str(tmp_path / "a.db"), "import", str(tmp_path / "empty"))
    assert code == 1 and "no notes files found" in text


def _commands() -> list[tuple[list[str], click.Command]]:
    found: list[tuple[list[str], click.Command]] = []

    def walk(cmd: click.Command, prefix: list[str]) -> None:
        found.append((prefix, cmd))
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, [*prefix, name])

    walk(typer.main.get_command(app), [])
    return found


@pytest.mark.parametrize("path,command", _commands(), ids=lambda p: " ".join(p) if isinstance(p, list) else "")
def test_help_shows_every_boolean_option_as_a_plain_flag(capsys, path: list[str], command: click.Command) -> None:
    code, text = run(capsys, *path, "--help")
    assert code == 0
    assert "<bool>" not in text and "BOOLEAN" not in text, text
    flags = [p for p in command.params if isinstance(p, click.Option) and p.is_flag and not p.hidden]
    for flag in flags:
        shown = ", ".join(sorted(flag.opts, key=len))
        line = next(ln for ln in text.splitlines() if ln.strip().startswith(shown))
        after = line.strip()[len(shown):]
        assert after == "" or after.startswith("  "), f"{shown} is shown with a value: {line!r}"


def test_the_import_summary_says_its_counts_are_notes_and_how_many_cards_they_made(capsys, tmp_path: Path) -> None:
    notes = tmp_path / "net.md"
    notes.write_text("# Net\n\n## TCP\n\nQ: What does SYN do?\nA: Opens a connection.\n\n"
                     "- The ==three== way ==handshake== uses ==SYN==, SYN-ACK and ACK.\n", encoding="utf-8")
    db = str(tmp_path / "a.db")
    code, text = run(capsys, "--db", db, "import", str(notes))
    header, row = text.splitlines()[:2]
    assert code == 0 and header.split()[:3] == ["file", "new", "notes"] and row.split()[:2] == ["net.md", "2"]
    assert "(+4); a note makes one card, a cloze note one per cloze" in text  # 1 question + 3 clozes
    code, text = run(capsys, "--db", db, "decks")
    (net,) = [line.split() for line in text.splitlines() if line.startswith("net ")]
    assert net[-1] == "4"  # the cards column of `srs decks` agrees with the import's card line


def test_a_backup_to_a_folder_that_cannot_be_written_names_the_path_and_the_cause(capsys, tmp_path: Path) -> None:
    db, folder = str(tmp_path / "a.db"), tmp_path / "locked"
    assert run(capsys, "--db", db, "decks")[0] == 0
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        cause = "Permission denied"
    elif subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0:
        cause = "Operation not permitted"  # root writes through file modes, not through the immutable flag
    else:
        pytest.skip("no way to make a folder unwritable here")
    try:
        code, text = run(capsys, "--db", db, "db", "backup", str(folder / "copy.db"))
    finally:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
        folder.chmod(0o755)
    assert code == 1 and text == f"srs: error: cannot write backup {folder / 'copy.db'}: {cause}\n"
    assert list(folder.iterdir()) == []


def test_piped_output_keeps_whole_lines_past_80_columns(tmp_path: Path) -> None:
    """Through a pipe (a real process, COLUMNS unset) the card table and the import summary are not cut
    to 80 columns nor wrapped mid-word: a script reads each row on one line."""
    from tests.conftest import run_srs

    deck = "Well-Architected::Operational Excellence::Observability"
    notes = tmp_path / "ops.md"
    notes.write_text(f"---\ndeck: {deck}\n---\n# Metrics\n\nQ: Which four golden signals does Google's SRE book"
                     " name for monitoring a user-facing system?\nA: Latency, traffic, errors and saturation.\n",
                     encoding="utf-8")
    db = str(tmp_path / "a.db")
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    imported = run_srs("--db", db, "import", str(notes), env=env)
    assert imported.returncode == 0, imported.stderr
    listed = run_srs("--db", db, "cards", f'deck:"{deck}"', env=env)
    assert listed.returncode == 0, listed.stderr
    question = "Which four golden signals does Google's SRE book name for monitoring a user-facing system?"
    [row] = [line for line in listed.stdout.splitlines() if "golden signals" in line]
    assert len(row) > 100 and question in row  # the whole front, on the row's own line
    [summary] = [line for line in imported.stdout.splitlines() if line.startswith("cards: ")]
    assert len(summary) > 80 and summary.rstrip().endswith("a reversed note two")
