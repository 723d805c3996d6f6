"""`srs sync` as a user meets it: the login, the full-sync choice, the backup, errors in one line."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

from srs.service.collection import Collection
from srs.service.sync_state import login_path, mirror_folder
from tests.conftest import run_srs

DECK = "# Ports\n\n- **HTTP**: 80\n- **SSH**: 22\n- **DNS**: 53\n"


def _db(tmp_path: Path, name: str = "srs.db", deck: str | None = DECK) -> Path:
    db = tmp_path / name
    Collection.open(db).close()
    if deck is not None:
        md = tmp_path / f"{name}.md"
        md.write_text(deck)
        out = run_srs("--db", str(db), "import", str(md))
        assert out.returncode == 0, out.stderr
    return db


def _sync(db: Path, *args: str, password: str | None = "pass") -> subprocess.CompletedProcess[str]:
    return run_srs("--db", str(db), "sync", *args, env={"SRS_SYNC_PASSWORD": password} if password else None)


def _error_line(out: subprocess.CompletedProcess[str]) -> str:
    """The one error line, last on stderr (progress lines come before it)."""
    lines = out.stderr.splitlines()
    assert [line for line in lines if line.startswith("srs: error: ")] == lines[-1:], out.stderr
    return lines[-1]


def test_first_sync_needs_a_choice_and_keeps_the_key_not_the_password(sync_server, tmp_path: Path) -> None:
    db = _db(tmp_path)
    first = _sync(db, "--endpoint", sync_server.endpoint, "--user", sync_server.user)
    assert first.returncode == 1
    error = _error_line(first)
    assert "--upload" in error and "--download" in error
    key_file = login_path(db)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    stored = json.loads(key_file.read_text())
    assert stored["user"] == "user" and stored["hkey"] and "pass" not in key_file.read_text()

    up = _sync(db, "--upload", "--json", password=None)  # the stored key: no password needed any more
    assert up.returncode == 0, up.stderr
    assert json.loads(up.stdout)["full"] == "upload"
    assert (mirror_folder(db) / "collection.anki2").is_file()
    again = _sync(db, "--json", password=None)
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert not any(report["received"].values()) and not any(report["sent"].values())  # nothing moved twice
    for out in (first, up, again):
        assert "pass" not in out.stdout + out.stderr.replace("password", "")

    out = _sync(db, "--logout")
    assert out.returncode == 0 and not key_file.exists()
    assert "no sync login" in _sync(db, "--logout").stdout


def test_a_wrong_password_is_one_line(sync_server, tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = _sync(db, "--endpoint", sync_server.endpoint, "--user", sync_server.user, "--upload", password="nope")
    assert out.returncode == 1
    error = _error_line(out)
    assert "password" in error and "Error" not in error and "nope" not in out.stdout + out.stderr
    assert not login_path(db).exists()


def test_download_backs_up_first_and_brings_the_cards_and_answers(sync_server, tmp_path: Path) -> None:
    laptop = _db(tmp_path, "laptop.db")
    col = Collection.open(laptop)
    from srs.service.session import ReviewSession

    session = ReviewSession(col)
    session.start()
    session.answer(3, 4000)
    col.close()
    assert _sync(laptop, "--endpoint", sync_server.endpoint, "--user", sync_server.user, "--upload").returncode == 0

    desktop = _db(tmp_path, "desktop.db", deck=None)
    out = _sync(desktop, "--endpoint", sync_server.endpoint, "--user", sync_server.user, "--download", "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["full"] == "download" and Path(report["backup"]).is_file()
    assert report["received"]["notes"] == 3
    with Collection.open(desktop) as col, col.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("SELECT count(*) FROM cards").scalar() == 3
        assert conn.exec_driver_sql("SELECT count(*) FROM review_logs").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM cards WHERE state = 1").scalar() == 1

    # the laptop downloads what it uploaded (as after a full sync the server asked for): nothing doubles
    again = _sync(laptop, "--download", "--json")
    assert again.returncode == 0, again.stderr
    with Collection.open(laptop) as col, col.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("SELECT count(*) FROM notes").scalar() == 3
        assert conn.exec_driver_sql("SELECT count(*) FROM review_logs").scalar() == 1
    assert _run_check(laptop) and _run_check(desktop)


def _run_check(db: Path) -> bool:
    out = run_srs("--db", str(db), "db", "check")
    return out.returncode == 0


def test_without_the_anki_package_it_says_how_to_install_it(tmp_path: Path) -> None:
    db = _db(tmp_path, deck=None)
    code = ("import sys; sys.modules['anki'] = None\n"  # as if the extra were not installed
            "from srs.cli import main; sys.exit(main(sys.argv[1:]))")
    out = subprocess.run([sys.executable, "-c", code, "--db", str(db), "sync", "--user", "u", "--upload"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1
    assert out.stderr == "srs: error: srs sync needs the anki package: pip install 'srs[anki]'\n"
