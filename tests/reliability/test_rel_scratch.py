"""A killed import leaves no scratch folders for good (issue #18 item 10).

An Anki import works in ``.import-*`` beside the database (the package's
media) and ``srs-anki-*`` in $TMPDIR (its collection). SIGTERM unwinds the
import and removes both; after SIGKILL, the next srs that opens the database
removes them, but never the folders of an import still running.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from tests.reliability.dbstate import make_review_db
from tests.reliability.plain_driver import srs_argv
from tests.reliability.test_rel_hostile import leftovers

MEDIA = 12_000  # enough files that extracting them takes a few seconds


@pytest.fixture(scope="module")
def slow_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package whose notes refer to MEDIA small images: its import spends seconds extracting them."""
    from srs.anki import ExportNote, write_apkg
    from tests.anki.helpers import NOW

    folder = tmp_path_factory.mktemp("slow")
    notes = [ExportNote(guid=f"n{k}", template="basic", front=f"picture {k} ![](img{k}.png)", back="a", modified=NOW)
             for k in range(MEDIA)]
    base = folder / "base.apkg"
    write_apkg(base, notes, with_scheduling=False, now=NOW)
    path = folder / "slow.apkg"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as out:
        for name in src.namelist():
            if name != "media":
                out.writestr(name, src.read(name))
        out.writestr("media", json.dumps({str(k): f"img{k}.png" for k in range(MEDIA)}))
        for k in range(MEDIA):
            out.writestr(str(k), b"png %d" % k)
    return path


def start_import(db: Path, package: Path, tmp: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(srs_argv(db, "import", str(package)), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "TMPDIR": str(tmp)})


def scratch_of(db: Path, tmp: Path) -> tuple[list[Path], list[Path]]:
    return list(db.parent.glob(".import-*")), list(tmp.glob("srs-anki-*"))


def wait_for_media_extraction(proc: subprocess.Popen[str], db: Path, tmp: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        beside, temp = scratch_of(db, tmp)
        if beside and temp and sum(1 for _ in beside[0].iterdir()) > 200:
            return
        time.sleep(0.02)
    raise AssertionError(f"the import never got to its media (exit {proc.poll()}): {proc.communicate()}")


def setup(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "data").mkdir()
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    db = tmp_path / "data" / "k.db"
    make_review_db(db, 1)
    return db, tmp


def test_sigterm_during_an_import_removes_its_scratch_folders(tmp_path: Path, slow_package: Path) -> None:
    db, tmp = setup(tmp_path)
    proc = start_import(db, slow_package, tmp)
    wait_for_media_extraction(proc, db, tmp)
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM, proc.returncode
    assert scratch_of(db, tmp) == ([], []) and leftovers(tmp_path) == []


def test_after_sigkill_the_next_open_removes_the_leftovers(tmp_path: Path, slow_package: Path) -> None:
    db, tmp = setup(tmp_path)
    proc = start_import(db, slow_package, tmp)
    wait_for_media_extraction(proc, db, tmp)
    proc.kill()
    proc.communicate(timeout=60)
    beside, temp = scratch_of(db, tmp)
    assert beside and temp, "SIGKILL left nothing to clean: the test proves nothing"
    time.sleep(0.05)  # the leftovers must be older than the process that sweeps them
    out = subprocess.run(srs_argv(db, "decks"), capture_output=True, text=True, env={**os.environ, "TMPDIR": str(tmp)},
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert scratch_of(db, tmp) == ([], [])


def test_opening_the_database_never_touches_a_running_imports_folders(tmp_path: Path, slow_package: Path) -> None:
    db, tmp = setup(tmp_path)
    proc = start_import(db, slow_package, tmp)
    wait_for_media_extraction(proc, db, tmp)
    beside, temp = scratch_of(db, tmp)
    out = subprocess.run(srs_argv(db, "decks"), capture_output=True, text=True, env={**os.environ, "TMPDIR": str(tmp)},
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert all(p.exists() for p in beside + temp), "another srs removed a running import's scratch folders"
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr
    assert len(list(db.with_name("k.media").iterdir())) == MEDIA
    assert scratch_of(db, tmp) == ([], [])
