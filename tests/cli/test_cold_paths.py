"""Issue 22: `srs cards`, `srs suggestions`, `srs conflicts` and `srs db check` read a ready database without SQLAlchemy or the
TUI in a fresh process, and print what the full open prints; each command loads only what it uses."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from srs.db.models import Note
from srs.service import importing
from srs.service.collection import Collection
from srs.service.importing import import_paths
from srs.service.maintenance import check
from srs.service.note_edits import conflicts, edit_note
from srs.service.search import search_cards
from srs.service.suggestions import list_suggestions, search_suggestions
from tests.cli.test_cold_start import studied

HEAVY = ("sqlalchemy", "alembic", "textual")
# Runs the CLI as `srs` does, then says which of the given modules it loaded. With FULL set, the plain
# reads of srs.service.reading answer None, as for a database that is not ready: the full open reads it.
PROBE = ("import sys, os\n"
         "if os.environ.get('FULL'):\n"
         "    import srs.service.reading as r\n"
         "    for name in ('cards_if_ready', 'suggestions_if_ready', 'check_if_ready', 'conflicts_if_ready'):\n"
         "        setattr(r, name, lambda *a, **k: None)\n"
         "from srs.cli import main\n"
         "rc = main(sys.argv[2:])\n"
         "print('loaded:' + ','.join(m for m in sys.argv[1].split(',') if m in sys.modules), file=sys.stderr)\n"
         "sys.exit(rc)\n")


def cold(*args: str, modules: tuple[str, ...] = HEAVY, full: bool = False) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """Run the CLI in a fresh interpreter; its result and which of ``modules`` it loaded."""
    import os

    env = {**{k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}, "FULL": "1" if full else ""}
    out = subprocess.run([sys.executable, "-c", PROBE, ",".join(modules), *args], capture_output=True, text=True,
                         timeout=120, env=env)
    loaded = [line for line in out.stderr.splitlines() if line.startswith("loaded:")][-1][len("loaded:"):]
    return out, [m for m in loaded.split(",") if m]

NOTES = """# Capacity

## Scale

- How many users will there be?

## Patterns

- **Write-through**: the cache is updated on every write
"""


def test_cold_cards_searches_without_sqlalchemy_and_finds_what_the_collection_finds(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    col = studied(db)
    searches = ["", "is:due", "-is:new a*", "deck:A prop:reps>0", "(b1 OR s2) -deck:B", "rated:1:1"]
    try:
        full = {q: [r.to_dict() for r in search_cards(col, q, limit=None)] for q in searches}
    finally:
        col.close()
    for query in searches:
        out, loaded = cold("--db", str(db), "cards", *query.split(), "--json")
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout) == json.loads(json.dumps(full[query], default=str)), query
        assert loaded == [], f"a cold `srs cards {query}` loaded {loaded}"
    con = sqlite3.connect(db)
    assert len(full[""]) == con.execute("SELECT count(*) FROM cards").fetchone()[0] > 0
    con.close()
    assert all(full[q] for q in searches[1:4])  # the searches find cards, not only nothing
    out, loaded = cold("--db", str(db), "cards", "deck:Nope")
    assert out.returncode != 0 and "no deck named 'Nope'" in out.stderr and loaded == []


def test_cold_cards_suggestions_and_db_check_print_byte_for_byte_what_the_full_open_prints(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    col = studied(db)
    import_paths(col, [notes])
    col.close()
    for args in (["cards"], ["cards", "--limit", "5", "--order", "front", "--desc"], ["cards", "is:due"], ["cards", "nothing-like-this"],
                 ["cards", "is:suggested"], ["suggestions"], ["suggestions", "--status", "all"], ["db", "check"]):
        quick, loaded = cold("--db", str(db), *args)
        assert quick.returncode == 0 and loaded == [], (args, loaded, quick.stderr)
        full, loaded = cold("--db", str(db), *args, full=True)
        assert full.returncode == 0 and "sqlalchemy" in loaded, (args, full.stderr)
        said = [[line for line in out.stderr.splitlines() if not line.startswith("loaded:")] for out in (quick, full)]
        assert quick.stdout == full.stdout and said[0] == said[1] and quick.stdout.strip(), args


def test_cold_suggestions_list_without_sqlalchemy_and_match_the_collection(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    col = Collection.open(db)
    try:
        import_paths(col, [notes])
        pending = [s.to_dict() for s in list_suggestions(col)]
        found = [s.to_dict() for s in search_suggestions(col, "is:suggested users")]
        everything = [s.to_dict() for s in list_suggestions(col, "all")]
    finally:
        col.close()
    assert pending and found
    for args, full in ((["suggestions", "--json"], pending), (["suggestions", "--status", "all", "--json"], everything),
                       (["cards", "is:suggested users", "--json"], found)):
        out, loaded = cold("--db", str(db), *args)
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout) == full, args
        assert loaded == [], f"a cold `srs {' '.join(args)}` loaded {loaded}"
    out, loaded = cold("--db", str(db), "suggestions", "--status", "maybe")
    assert out.returncode != 0 and "unknown status 'maybe'" in out.stderr


def test_cold_db_check_without_sqlalchemy_reports_what_the_collection_reports(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    col = studied(db)
    try:
        full = check(col).to_dict()
    finally:
        col.close()
    out, loaded = cold("--db", str(db), "db", "check", "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == full and full["ok"] and full["counts"]["cards"] > 0
    assert loaded == [], f"a cold `srs db check` loaded {loaded}"
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("DELETE FROM notes WHERE id = (SELECT min(id) FROM notes)")  # its cards now point at nothing
    con.commit()
    con.close()
    out, _loaded = cold("--db", str(db), "db", "check", "--json")
    report = json.loads(out.stdout)
    assert out.returncode == 1 and not report["ok"] and report["findings"]["cards without a note"] >= 1


def test_cold_conflicts_list_without_sqlalchemy_what_the_collection_lists(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    decks = tmp_path / "decks"
    decks.mkdir()
    monkeypatch.setattr(importing, "decks_dir", lambda: decks)
    first = "# Queues\nQ: What does a dead-letter queue hold?\nA: Messages that failed too often.\n"
    (decks / "queues.md").write_text(first)
    db = tmp_path / "c.db"
    with Collection.open(db) as col:
        importing.import_bundled(col)
        out, loaded = cold("--db", str(db), "conflicts")
        assert out.returncode == 0 and out.stdout.startswith("no conflicts") and loaded == [], (out.stderr, loaded)
        with col.read() as s:
            note_id = s.scalar(select(Note.id))
        edit_note(col, note_id, "What lands in a DLQ?", "Poison messages.")
        (decks / "queues.md").write_text(first.replace("failed too often.", "exceeded the redrive policy."))
        importing.import_bundled(col)
        listed = [{**vars(c), "found_at": c.found_at.isoformat()} for c in conflicts(col)]
    assert [c["new_back"] for c in listed] == ["Messages that exceeded the redrive policy."]
    out, loaded = cold("--db", str(db), "conflicts", "--json")
    assert out.returncode == 0 and json.loads(out.stdout) == listed and loaded == [], (out.stderr, loaded)
    quick, loaded = cold("--db", str(db), "conflicts")
    full, full_loaded = cold("--db", str(db), "conflicts", full=True)
    assert loaded == [] and "sqlalchemy" in full_loaded
    assert quick.stdout == full.stdout and "back, yours: Poison messages." in quick.stdout, quick.stderr


def test_each_command_loads_only_what_it_uses(tmp_path: Path) -> None:
    """FSRS, rich and the extractor load only for commands that schedule, print styled text or read notes."""
    db = tmp_path / "c.db"
    studied(db).close()
    for args, absent in ((["--version"], ("fsrs", "rich", "srs.extract", "pydantic")),
                         (["cards", "--json"], ("fsrs", "rich", "srs.extract", "pydantic", "srs.anki")),
                         (["show", str(first_card(db)), "--json"], ("fsrs", "rich", "srs.extract", "pydantic")),
                         (["decks", "--json"], ("fsrs", "rich", "srs.extract", "pydantic")),
                         (["decks"], ("fsrs", "rich.console", "srs.extract")),  # the table, to a pipe, as plain lines
                         (["cards"], ("fsrs", "rich.console", "srs.extract")),
                         (["stats"], ("fsrs", "rich", "srs.extract")),
                         (["db", "path"], ("fsrs", "rich", "srs.extract"))):
        out, loaded = cold("--db", str(db), *args, modules=absent)
        assert out.returncode == 0, out.stderr
        assert loaded == [], f"srs {' '.join(args)} loaded {loaded}"


def first_card(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT min(id) FROM cards").fetchone()[0])
    finally:
        con.close()
