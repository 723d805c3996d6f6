"""A read-only database (issue 21): commands that only read work, commands that write name the real cause.

The database is made read-only for real, as tests/reliability/test_rel_disk.py does (CI runs as
root, where chmod alone does nothing): a tmpfs remounted read-only, ``chattr +i``, srs run as
``nobody`` on a root-owned file, or chmod when not root — each skipped where it cannot be arranged.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from srs.cli import main
from srs.service.collection import Collection
from srs.service.reviewing import Study
from tests.reliability.dbstate import checkpoint, make_review_db
from tests.reliability.plain_driver import srs_argv
from tests.reliability.test_rel_disk import read_only, run
from tests.reliability.test_rel_migration_failure import EARLIER, old_database

CAUSES = {"ro-mount": "read-only file system", "immutable": "operation not permitted", "nobody": "permission denied",
          "chmod": "permission denied"}
READERS = [("cards", "--json"), ("stats", "--json"), ("decks", "--json"), ("show", "3", "--json"),
           ("db", "check", "--json"), ("db", "path", "--json")]


def srs(prefix: list[str], db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, *srs_argv(db, *args)], input=stdin, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "SRS_HOME": str(db.parent / "home")})


def answered_database(db: Path) -> None:
    make_review_db(db, 8)
    col = Collection.open(db)
    try:
        study = Study(col)
        for rating in (3, 1, 4):
            card = study.next_card()
            assert card is not None
            study.answer(card.id, rating, expected_reps=card.reps)
    finally:
        col.close()
    checkpoint(db)


@pytest.fixture
def base() -> Path:  # type: ignore[misc]
    folder = Path(tempfile.mkdtemp(prefix="srs-ro-"))  # not under tmp_path: pytest's root is 0700, closed to nobody
    folder.chmod(0o755)
    yield folder
    run(["chattr", "-i", str(folder / "ro.db")])
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("mechanism", [pytest.param(m, marks=pytest.mark.slow if m == "nobody" else ()) for m in CAUSES])
def test_reading_commands_work_on_a_read_only_database_and_writing_ones_name_the_cause(
        capsys: pytest.CaptureFixture[str], base: Path, mechanism: str) -> None:
    db = base / "ro.db"
    answered_database(db)
    reference = base / "writable" / "ro.db"  # the same file where srs may write: what the readers must print
    reference.parent.mkdir()
    shutil.copy(db, reference)
    expected = {}
    for args in READERS:  # in this process: quicker than a subprocess each
        assert main(["--db", str(reference), *args]) == 0
        expected[args] = capsys.readouterr().out.replace(str(reference), "DB")
    assert all(expected.values()) and '"state": 2' in expected[("cards", "--json")]  # answered cards are in there
    out_dir = base / "out"
    out_dir.mkdir()
    out_dir.chmod(0o777)  # a writable place for the backup, even for nobody
    with read_only(mechanism, db) as prefix:
        if prefix[:1] == ["RO-MOUNT"]:
            db, prefix = Path(prefix[1]), []
        before = db.read_bytes()
        for args in READERS:
            out = srs(prefix, db, *args)
            assert out.returncode == 0 and out.stderr == "", (args, out.stderr)
            assert out.stdout.replace(str(db), "DB") == expected[args], args
        out = srs(prefix, db, "db", "backup", str(out_dir / "copy.db"))
        assert out.returncode == 0, out.stderr
        assert json.loads(srs([], out_dir / "copy.db", "cards", "--json").stdout) == json.loads(expected[("cards", "--json")])
        notes = out_dir / "new.md"
        notes.write_text("# New\n\nQ: What is a quorum?\nA: A majority.\n", encoding="utf-8")
        for args, stdin in [(("suspend", "3"), ""), (("import", str(notes)), ""), (("review", "--plain"), "\n3\n"),
                            (("db", "check", "--repair"), "")]:
            out = srs(prefix, db, *args, stdin=stdin)
            lines = out.stderr.strip().splitlines()
            assert out.returncode == 1 and len(lines) == 1, (args, out.stderr)
            assert lines[0].startswith(f"srs: error: cannot write to {db}: {CAUSES[mechanism]}"), (args, lines[0])
            assert "Error:" not in lines[0] and "--debug" not in lines[0]
        assert db.read_bytes() == before


def test_a_read_only_database_that_needs_an_upgrade_is_refused_with_both_reasons(tmp_path: Path) -> None:
    db = old_database(tmp_path, EARLIER[-1])
    checkpoint(db)
    if not run(["chattr", "+i", str(db)]):
        pytest.skip("chattr +i is not supported here")
    try:
        before = db.read_bytes()
        out = srs([], db, "cards")
        assert out.returncode == 1, out.stdout
        assert "operation not permitted" in out.stderr and f"schema {EARLIER[-1]} is older" in out.stderr, out.stderr
        assert db.read_bytes() == before and not list(tmp_path.glob("*.bak"))
    finally:
        run(["chattr", "-i", str(db)])
