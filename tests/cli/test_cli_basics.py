"""The command line a newcomer meets: help, version, where the data lives, bad input."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import click
import pytest
import typer.main

from srs import __version__
from srs.cli import app
from tests.conftest import run_srs


def all_command_paths() -> list[list[str]]:
    root = typer.main.get_command(app)
    paths: list[list[str]] = []

    def walk(cmd: click.Command, prefix: list[str]) -> None:
        paths.append(prefix)
        if isinstance(cmd, click.Group):
            for name, sub in cmd.commands.items():
                walk(sub, [*prefix, name])

    walk(root, [])
    return paths


def test_version() -> None:
    out = run_srs("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"srs {__version__}"


@pytest.mark.parametrize("path", all_command_paths(), ids=lambda p: " ".join(p) or "srs")
def test_every_command_has_help(path: list[str]) -> None:
    from srs.cli import main

    code = main([*path, "--help"])
    assert code == 0


def test_help_lists_commands() -> None:
    out = run_srs("--help")
    assert out.returncode == 0
    for name in ("import", "review", "decks", "db", "export"):
        assert name in out.stdout


def test_db_path_precedence(tmp_path: Path) -> None:
    home = tmp_path / "home"
    out = run_srs("db", "path", "--json", env={"SRS_HOME": str(home)})
    info = json.loads(out.stdout)
    assert info["path"] == str(home / "srs.db") and "SRS_HOME" in info["reason"]
    out = run_srs("db", "path", "--json", env={"SRS_HOME": str(home), "SRS_DB": str(tmp_path / "env.db")})
    assert json.loads(out.stdout)["path"] == str(tmp_path / "env.db")
    out = run_srs("--db", str(tmp_path / "opt.db"), "db", "path", "--json", env={"SRS_DB": str(tmp_path / "env.db")})
    info = json.loads(out.stdout)
    assert info["path"] == str(tmp_path / "opt.db") and info["reason"] == "from --db"
    assert not (tmp_path / "opt.db").exists(), "db path must not create the database"


def test_db_check_passes_on_new_database(tmp_path: Path) -> None:
    out = run_srs("--db", str(tmp_path / "new.db"), "db", "check", "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["ok"] and report["integrity"] == ["ok"] and report["revision"] == report["head"]
    assert report["counts"]["presets"] == 1


def test_db_check_fails_and_repairs_orphans(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert run_srs("--db", str(db), "db", "check").returncode == 0
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state, due) VALUES (999, 3, 0, 0, 2, 0)")
    con.commit()
    con.close()
    bad = run_srs("--db", str(db), "db", "check", "--json")
    assert bad.returncode == 1
    assert json.loads(bad.stdout)["findings"]["review logs without a card"] == 1
    fixed = run_srs("--db", str(db), "db", "check", "--repair", "--json")
    report = json.loads(fixed.stdout)
    assert fixed.returncode == 0, fixed.stdout
    assert report["repaired"] == {"review logs without a card": 1}
    assert Path(report["backup"]).exists()


@pytest.mark.parametrize("kind", ["directory", "not-sqlite", "unwritable-dir"])
def test_bad_database_locations_give_one_line(tmp_path: Path, kind: str) -> None:
    if kind == "directory":
        target = tmp_path
        expect = "is a directory"
    elif kind == "not-sqlite":
        target = tmp_path / "notes.db"
        target.write_text("hello, not a database\n")
        expect = "not an SQLite database"
    else:
        target = Path("/proc/srs-test/x.db")
        expect = "does not exist"
    out = run_srs("--db", str(target), "decks")
    assert out.returncode != 0
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("srs: error:") and expect in lines[0], out.stderr
    assert "Traceback" not in out.stderr


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    assert run_srs("--db", str(db), "db", "check").returncode == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.close()
    before = db.read_bytes()
    out = run_srs("--db", str(db), "decks")
    assert out.returncode == 1
    assert "9999_from_the_future" in out.stderr and "head" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == before


def test_locked_database_times_out_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "locked.db"
    assert run_srs("--db", str(db), "db", "check").returncode == 0
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        notes = tmp_path / "n.md"
        notes.write_text("Q: one?\nA: two\n", encoding="utf-8")
        out = run_srs("--db", str(db), "import", str(notes))  # importing needs the write lock
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert out.returncode == 1, out.stdout
    assert "locked" in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_backup_is_a_consistent_copy(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert run_srs("--db", str(db), "db", "check").returncode == 0
    out = run_srs("--db", str(db), "db", "backup", str(tmp_path / "copy.db"))
    assert out.returncode == 0, out.stderr
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM presets").fetchone()[0] == 1
    again = run_srs("--db", str(db), "db", "backup", str(tmp_path / "copy.db"))
    assert again.returncode == 1 and "already exists" in again.stderr


def test_usage_errors_exit_2_with_usage_text() -> None:
    out = run_srs("decks", "--bogus")
    assert out.returncode == 2
    assert "No such option: --bogus" in out.stderr and "Traceback" not in out.stderr
