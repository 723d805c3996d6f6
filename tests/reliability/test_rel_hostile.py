"""Hostile files (tests/data/hostile/make_hostile.py) through the real command line.

Each is refused by `srs import` with exit 1 and exactly one line on stderr
that names the problem, and leaves nothing behind: the database unchanged,
no media files, no scratch folders beside the database, nothing in $TMPDIR,
nothing written outside (zip slip). The process runs with 768 MB of address
space (RLIMIT_AS): refusing a file must not need more memory than the file.
Zip-level details are unit-tested in tests/anki/test_hostile_packages.py.
"""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
from pathlib import Path

import pytest

from tests.reliability.dbstate import make_review_db, snapshot
from tests.reliability.plain_driver import srs_argv

ADDRESS_SPACE = 768 << 20



REFUSED = {  # file → words the error line must contain
    "zip-slip.apkg": "'..' path", "absolute-path.apkg": "absolute path", "symlink-entry.apkg": "symlink",
    "zip-bomb.apkg": "ratio limit", "zstd-bomb.apkg": "ratio limit", "media-bomb.apkg": "ratio limit", "duplicate-entry.apkg": "two entries",
    "trigger.apkg": "trigger", "view.apkg": "view", "virtual-table.apkg": "virtual table",
    "not-a-zip.apkg": "not a valid zip", "truncated.apkg": "not a valid zip", "sparse-1g.apkg": "not a valid zip",
    "oversized-field.apkg": "too large", "invalid-utf8.md": "not UTF-8", "nul-bytes.md": "binary",
    "utf16-bom.md": "binary", "sparse-1g.md": "binary", "oversized-field.md": "too large",
    "invalid-utf8.csv": "not UTF-8", "sparse-1g.csv": "larger than", "oversized-field.csv": "too large",
    **{f"{kind}{suffix}": "not a regular file" for kind in ("dev-zero", "fifo")
       for suffix in (".md", ".apkg", ".colpkg", ".csv", ".txt")},
}
CASES = [pytest.param(n, id=n) for n in REFUSED]


def limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_srs_limited(db: Path, *args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(srs_argv(db, *args), capture_output=True, text=True, env=env, timeout=timeout,
                              preexec_fn=limited)
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"srs {' '.join(args)} still running after {timeout} s") from exc


def leftovers(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.startswith((".import-", "srs-anki-", ".srs-part-"))]


@pytest.mark.parametrize("name", CASES)
def test_hostile_import_is_refused_and_writes_nothing(hostile: dict[str, Path], tmp_path: Path, name: str) -> None:
    work = tmp_path / "work" / "deep"
    work.mkdir(parents=True)
    db = work / "h.db"
    make_review_db(db, 3)
    before = snapshot(db)
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp)}
    # a hang is forever: 20 s for a FIFO leaves room for a loaded 2-core CI machine
    out = run_srs_limited(db, "import", str(hostile[name]), env=env, timeout=20 if name.startswith("fifo") else 30)
    lines = out.stderr.strip().splitlines()
    assert out.returncode == 1, (out.returncode, out.stderr)
    assert len(lines) == 1 and lines[0].startswith("srs: error:"), out.stderr
    assert REFUSED[name] in lines[0], lines[0]
    assert "(run with --debug" not in lines[0], "an unexpected exception, not a refusal: " + lines[0]
    assert snapshot(db) == before, "the database changed"
    media = db.with_name("h.media")
    assert not media.exists() or not any(media.iterdir()), sorted(media.iterdir())
    assert leftovers(tmp_path) == [] and list(tmp.iterdir()) == []
    assert not any((p / "evil.txt").exists() for p in (work, work.parent, tmp_path, tmp_path.parent))


def test_error_line_is_not_wrapped(hostile: dict[str, Path], tmp_path: Path) -> None:
    """At 40 columns the error is still one line (rich wrapped it at 80 until 62fd20c)."""
    db = tmp_path / "w.db"
    make_review_db(db, 1)
    env = {**os.environ, "COLUMNS": "40"}
    out = run_srs_limited(db, "import", str(hostile["invalid-utf8.md"]), env=env)
    assert out.returncode == 1 and len(out.stderr.strip().splitlines()) == 1, out.stderr


def test_directory_with_traps_imports_only_regular_notes(tmp_path: Path) -> None:
    """A folder holding a symlink loop, a symlink to /dev/zero and a FIFO: only the real note is read."""
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "good.md").write_text("trap question :: trap answer\n", encoding="utf-8")
    (folder / "loop").symlink_to(".")
    (folder / "zero.md").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.md")
    db = tmp_path / "d.db"
    make_review_db(db, 1)
    out = run_srs_limited(db, "import", str(folder), "--json", env=dict(os.environ), timeout=30)
    assert out.returncode == 0, out.stderr
    assert '"new": 1' in out.stdout and out.stdout.count('"path"') == 1, out.stdout


def fingerprint(path: Path) -> tuple[int, int, str]:
    """Size, mtime and a digest of the first 16 MB (the 1 GB sparse file is not read whole)."""
    st = path.stat()
    with open(path, "rb") as fh:
        return st.st_size, st.st_mtime_ns, hashlib.sha256(fh.read(16 << 20)).hexdigest()


def beside(folder: Path) -> list[str]:
    """Files in the database's folder, but SQLite's own empty -wal/-shm companions."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


DB_REFUSED = {
    "sparse-1g.db": pytest.param("sparse-1g.db", "not an SQLite database", id="sparse-1g.db"),
    "truncated.db": pytest.param("truncated.db", "not a usable SQLite database", id="truncated.db"),
    "foreign": pytest.param("foreign-with-trigger.sqlite", "not an srs database", id="foreign-sqlite"),
    "trigger": pytest.param("srs-with-trigger.db", "trigger", id="srs-db-with-trigger"),
}


@pytest.mark.parametrize(("name", "expect"), list(DB_REFUSED.values()))
def test_hostile_database_is_refused_untouched(hostile: dict[str, Path], tmp_path: Path, name: str, expect: str) -> None:
    target = tmp_path / name
    if name == "truncated.db":
        good = tmp_path / "good.db"
        make_review_db(good, 50)
        target.write_bytes(good.read_bytes()[:8192])
        good.unlink()
    elif name == "sparse-1g.db":
        with open(target, "wb") as fh:
            fh.truncate(1 << 30)
    else:
        target.write_bytes(hostile[name].read_bytes())
    before, names = fingerprint(target), beside(tmp_path)
    out = run_srs_limited(target, "decks", env=dict(os.environ))
    lines = out.stderr.strip().splitlines()
    assert out.returncode == 1 and len(lines) == 1 and lines[0].startswith("srs: error:"), out.stderr
    assert expect in lines[0], lines[0]
    assert fingerprint(target) == before
    assert beside(tmp_path) == names, "srs left files (a backup?) beside the database"
