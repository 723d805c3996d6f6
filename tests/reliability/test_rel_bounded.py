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


def write_csv(path: Path, megabytes: float) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("front,back\n")
        size, i = 0, 0
        while size < megabytes * (1 << 20):
            row = f"question {i} about topic {i % 97},the answer to question {i} is {i * 7} because of reasons\n"
            size += fh.write(row)
            i += 1
    return path


def peak_rss_mb(db: Path, *args: str) -> float:
    """Peak resident memory of one `srs` run, in MB: its own VmHWM, reported at exit (the ru_maxrss of
    wait4 would also count this test process, which the child was forked from)."""
    import subprocess
    import sys

    from bench.hostile import CHILD, HWM

    out = subprocess.run([sys.executable, "-c", CHILD, "--db", str(db), *args], capture_output=True, text=True,
                         timeout=120)
    errors, _, peak = out.stderr.partition(HWM)
    assert out.returncode == 0, errors
    return int(peak.strip()) / 1024


def test_csv_import_memory_stays_flat_as_the_file_grows(tmp_path: Path) -> None:
    """A 100 MB CSV took 2.3 GB (23 bytes per byte of file); now rows are read and stored in batches.
    8 MB more of CSV grew the peak by about 185 MB before; a few MB now (SQLite's cache, the guid set)."""
    small, big = write_csv(tmp_path / "small.csv", 2), write_csv(tmp_path / "big.csv", 10)
    grew = peak_rss_mb(tmp_path / "b.db", "import", str(big)) - peak_rss_mb(tmp_path / "s.db", "import", str(small))
    assert grew < 60, f"peak memory grew by {grew:.0f} MB for 8 MB more of CSV"


def note_count(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as con:
        return con.execute("SELECT count(*) FROM notes").fetchone()[0]


def test_a_bad_byte_after_many_batches_imports_nothing(tmp_path: Path) -> None:
    """Rows are stored a batch at a time, in one transaction: a bad byte near the end undoes them all."""
    src = write_csv(tmp_path / "late.csv", 1)
    with open(src, "ab") as fh:
        fh.write(b"caf\xe9,broken\n")
    db = tmp_path / "late.db"
    make_review_db(db, 1)
    before = note_count(db)
    out = run_srs_limited(db, "import", str(src), env=dict(os.environ), timeout=FINISHES)
    assert out.returncode == 1 and "not UTF-8" in out.stderr, out.stderr
    assert note_count(db) == before


def test_failed_import_reports_no_counts(tmp_path: Path) -> None:
    """'new 20360, failed' counted notes that the rolled-back transaction never kept: a failure counts 0."""
    src = write_csv(tmp_path / "late.csv", 0.5)
    with open(src, "a", encoding="utf-8") as fh:
        fh.write("big," + "y" * 110_000 + "\n")  # under the CSV field limit, over a card side
    db = tmp_path / "fail.db"
    make_review_db(db, 1)
    out = run_srs_limited(db, "import", str(src), "--json", env=dict(os.environ), timeout=FINISHES)
    assert out.returncode == 1, out.stderr
    assert '"status": "failed"' in out.stdout and '"new": 0' in out.stdout and "too large" in out.stdout, out.stdout
    table = run_srs_limited(db, "import", str(src), env=dict(os.environ), timeout=FINISHES)
    row = next(line for line in table.stdout.splitlines() if line.startswith("late.csv"))
    assert row.split()[1:6] == ["0"] * 5, row


def test_the_csv_reader_holds_one_batch_not_the_file(tmp_path: Path) -> None:
    """Reading a 5 MB CSV's notes batch by batch holds one batch, not the file: it took 23 bytes of
    memory per byte of CSV when read whole (100 MB: 2.3 GB). What still grows is the table that
    numbers repeated fronts (one 8-byte hash per row, ~85 bytes with Python's overhead): about 1.4
    bytes per byte at 5 MB; a file over 4 MB is stored as it is read."""
    import tracemalloc

    from srs.anki.text_import import TextNotes

    src = write_csv(tmp_path / "five.csv", 5)
    tracemalloc.start()
    try:
        with TextNotes(src) as text:
            notes = sum(len(batch) for batch in text.batches())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert notes > 50_000
    assert peak < 2 * src.stat().st_size, f"peak {peak / 2**20:.1f} MB reading a {src.stat().st_size / 2**20:.0f} MB file"
