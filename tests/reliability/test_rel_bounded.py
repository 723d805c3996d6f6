"""Files that used to make `srs import` run for minutes (issue #18): each now finishes quickly.

The timeouts are generous: they catch the quadratic case (minutes), not a slow
machine. Speed itself is measured by bench/hostile.py, not here.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.reliability.dbstate import make_review_db
from tests.reliability.test_rel_hostile import run_srs_limited

FINISHES = 30.0  # seconds; each file took 74 s to forever before the fix


def import_file(tmp_path: Path, name: str, content: str, *extra: str):  # type: ignore[no-untyped-def]
    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    db = tmp_path / "b.db"
    if not db.exists():
        make_review_db(db, 1)
    return run_srs_limited(db, "import", str(src), "--json", *extra, env=dict(os.environ), timeout=FINISHES)


def test_long_line_of_underscores_imports_in_linear_time(tmp_path: Path) -> None:
    """100 KB of '_' after a word: 108 s before (a regex for file names backtracked once per character)."""
    out = import_file(tmp_path, "underscores.md", "x" + "_" * 99_990 + "\n\nquestion :: answer\n")
    assert out.returncode == 0, out.stderr
    assert '"new": 1' in out.stdout, out.stdout


def test_line_of_7700_clozes_is_dropped_with_a_warning_quickly(tmp_path: Path) -> None:
    """46 KB of '==a==': 74 s before (each cloze number rendered the whole text); over the cap, dropped."""
    out = import_file(tmp_path, "clozes.md", "==a== " * 7_700 + "\n\nquestion :: answer\n")
    assert out.returncode == 0, out.stderr
    assert '"new": 1' in out.stdout and "7,700 clozes (limit 100 per note)" in out.stdout, out.stdout


def test_note_at_the_cloze_cap_still_imports(tmp_path: Path) -> None:
    out = import_file(tmp_path, "hundred.md", " ".join(f"==w{i}==" for i in range(100)) + "\n")
    assert out.returncode == 0, out.stderr
    assert '"new": 1' in out.stdout and "clozes (limit" not in out.stdout, out.stdout


def test_csv_row_over_the_cloze_cap_is_skipped_with_a_warning(tmp_path: Path) -> None:
    many = " ".join(f"{{{{c{i}::a}}}}" for i in range(1, 151))
    out = import_file(tmp_path, "clozes.csv", f"#notetype:Cloze\n#separator:Comma\n{many},x\nok {{{{c1::b}}}},y\n")
    assert out.returncode == 0, out.stderr
    assert '"new": 1' in out.stdout and "150 clozes (limit 100 per note), skipped" in out.stdout, out.stdout


def test_line_longer_than_a_card_side_is_refused_before_extraction(tmp_path: Path) -> None:
    """20,000 clozes (120 KB) on one line had not finished after 150 s; now refused at once, naming the line."""
    out = import_file(tmp_path, "huge.md", "intro\n\n" + "==a== " * 20_000 + "\n")
    assert out.returncode == 1 and "line 3 is 120,000 characters long, too large" in out.stdout, out.stdout
