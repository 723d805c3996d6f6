"""A full disk or a read-only database: the answer fails cleanly, nothing stored is lost.

How each condition is made (CI runs as root, where chmod alone does nothing):

* full, portable: ``PRAGMA max_page_count`` on every srs connection
  (tests/reliability/patched_srs.py) — SQLite's own SQLITE_FULL path;
* full, real: a 1 MB tmpfs filled up to ~160 KB (skipped where mounting is
  not permitted) — ENOSPC from the kernel while the WAL grows;
* read-only before opening: srs run as ``nobody`` (setpriv) on a root-owned
  file, a tmpfs remounted read-only, ``chattr +i``, or chmod when not root —
  each skipped where it cannot be arranged;
* read-only mid-session: ``chattr +i`` on the database and its WAL while a
  session is answering (skipped where the file system has no attributes).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from srs.service.collection import Collection
from srs.service.maintenance import check
from tests.reliability.dbstate import card_log_mismatches, checkpoint, connect, log_sequence, make_review_db
from tests.reliability.plain_driver import Transcript, drive, finish, popen_review, srs_argv

RUNNER = Path(__file__).with_name("patched_srs.py")
_RESULTS: dict[str, tuple[Transcript, Path]] = {}


def run(cmd: list[str]) -> bool:
    try:
        return subprocess.run(cmd, capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@contextmanager
def tmpfs(where: Path, size_kb: int) -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not shutil.which("mount") or not run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(where)]):
        pytest.skip("cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)")
    try:
        yield where
    finally:
        if not run(["umount", str(where)]):
            run(["umount", "-l", str(where)])


def session(db: Path, *, runner: Path | None = None, env: dict[str, str] | None = None,
            before_answer: Callable[[Transcript], None] | None = None) -> Transcript:
    import random

    proc = popen_review(db, env, runner=runner)
    t = drive(proc, random.Random(9), before_answer=before_answer)
    return finish(proc, t)


def full_by_page_limit(base: Path) -> tuple[Transcript, Path]:
    db = base / "pages.db"
    make_review_db(db, 300)
    checkpoint(db)
    con = connect(db)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    return session(db, runner=RUNNER, env={"SRS_FAULT": f"max-pages={pages + 6}"}), db


def full_by_tmpfs(base: Path) -> tuple[Transcript, Path]:
    src = base / "src.db"
    make_review_db(src, 300)
    checkpoint(src)
    with tmpfs(base / "mnt", 1024) as mnt:
        db = Path(shutil.copy(src, mnt / "full.db"))
        free = shutil.disk_usage(mnt).free
        (mnt / "filler").write_bytes(bytes(max(0, free - 160 * 1024)))
        t = session(db)
        shutil.copy(db, base / "after.db")  # read back after the mount is gone
        if Path(f"{db}-wal").exists():  # committed answers may still be in the WAL
            shutil.copy(f"{db}-wal", f"{base / 'after.db'}-wal")
    return t, base / "after.db"


def becomes_immutable(base: Path) -> tuple[Transcript, Path]:
    db = base / "ro.db"
    make_review_db(db, 300)
    if not run(["chattr", "+i", str(db)]):
        pytest.skip("chattr +i is not supported on this file system")
    run(["chattr", "-i", str(db)])
    frozen: list[Path] = []

    def freeze(t: Transcript) -> None:
        if t.answers == 3 and not frozen:
            for p in (db, Path(f"{db}-wal")):  # not -shm: SQLite maps it, writes to it must not fault
                if run(["chattr", "+i", str(p)]):
                    frozen.append(p)

    try:
        t = session(db, before_answer=freeze)
    finally:
        for p in frozen:
            run(["chattr", "-i", str(p)])
    assert frozen, "could not make the database immutable"
    return t, db


SCENARIOS = {"max-page-count": full_by_page_limit, "tmpfs-full": full_by_tmpfs, "immutable-mid-session": becomes_immutable}


def scenario(kind: str, factory: pytest.TempPathFactory) -> tuple[Transcript, Path]:
    if kind not in _RESULTS:
        _RESULTS[kind] = SCENARIOS[kind](factory.mktemp(kind))
    return _RESULTS[kind]


@pytest.mark.parametrize("kind", list(SCENARIOS))
def test_failed_write_loses_nothing_already_stored(kind: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    t, db = scenario(kind, tmp_path_factory)
    assert t.answers >= 1, "the session never got to answer"
    assert t.returncode != 0 and t.inflight is not None, "the write never failed"
    assert log_sequence(db) == t.apply([]), "acknowledged answers lost, or the failed one half-stored"
    assert card_log_mismatches(db) == []
    with Collection.open(db) as col:
        assert check(col).ok


@pytest.mark.parametrize("kind", [
    pytest.param("max-page-count"),
    "tmpfs-full",
    pytest.param("immutable-mid-session"),
])
def test_failed_write_is_told_in_one_line(kind: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    t, _db = scenario(kind, tmp_path_factory)
    lines = t.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("srs: error:"), t.stderr
    assert "OperationalError" not in lines[0] and "--debug" not in lines[0], lines[0]
    assert any(w in lines[0] for w in ("full", "read-only", "cannot write")) and "nothing was changed" in lines[0], lines[0]


def nobody_can_run_srs() -> bool:
    probe = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c", "import srs.cli"]
    return os.geteuid() == 0 and bool(shutil.which("setpriv")) and run(probe)


@contextmanager
def read_only(mechanism: str, db: Path) -> Iterator[list[str]]:
    """Make ``db`` read-only to srs; yields the command prefix to run srs with."""
    root = os.geteuid() == 0
    if mechanism == "nobody":
        if not nobody_can_run_srs():
            pytest.skip("needs root, setpriv, and an interpreter and srs readable by user nobody")
        yield ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    elif mechanism == "chmod":
        if root:
            pytest.skip("root ignores file modes")
        db.chmod(0o444)
        db.parent.chmod(0o555)
        try:
            yield []
        finally:
            db.parent.chmod(0o755)
            db.chmod(0o644)
    elif mechanism == "immutable":
        if not run(["chattr", "+i", str(db)]):
            pytest.skip("chattr +i is not supported here")
        try:
            yield []
        finally:
            run(["chattr", "-i", str(db)])
    else:  # a read-only mount
        with tmpfs(db.parent / "ro-mnt", 2048) as mnt:
            shutil.copy(db, mnt / db.name)
            if not run(["mount", "-o", "remount,ro", str(mnt)]):
                pytest.skip("cannot remount the tmpfs read-only")
            yield ["RO-MOUNT", str(mnt / db.name)]


@pytest.mark.parametrize("mechanism", ["nobody", "ro-mount", "immutable", "chmod"])
def test_read_only_database_is_refused_before_any_answer(mechanism: str) -> None:
    base = Path(tempfile.mkdtemp(prefix="srs-ro-"))  # not under tmp_path: pytest's root is 0700, closed to nobody
    try:
        base.chmod(0o755)
        db = base / "ro.db"
        make_review_db(db, 5)
        checkpoint(db)
        with read_only(mechanism, db) as prefix:
            if prefix[:1] == ["RO-MOUNT"]:
                db, prefix = Path(prefix[1]), []
            before = db.read_bytes()
            out = subprocess.run([*prefix, *srs_argv(db, "review", "--plain")], input="\n3\n", capture_output=True,
                                 text=True, timeout=120, env={**os.environ, "SRS_HOME": str(base / "home")})
            assert out.returncode == 1, (out.returncode, out.stdout, out.stderr)
            lines = out.stderr.strip().splitlines()
            assert len(lines) == 1 and "cannot write" in lines[0] and str(db) in lines[0], out.stderr
            assert db.read_bytes() == before
            assert "→" not in out.stdout
    finally:
        run(["chattr", "-i", str(base / "ro.db")])
        shutil.rmtree(base, ignore_errors=True)
