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
