"""Issue 22: a cold `srs decks`, `srs stats`, `srs show` (and --help, --version, db path) start without SQLAlchemy, and show what the full open shows."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from srs.core.consts import RATING_WORDS
from srs.service.collection import Collection
from srs.service.decks import deck_tree
from srs.service.reading import deck_tree_if_ready, stats_if_ready
from srs.service.session import ReviewSession
from srs.service.stats import collection_stats
from tests.factory import add_notes

PROBE = ("import sys\nfrom srs.cli import main\nrc = main(sys.argv[1:])\n"
         "print('loaded:' + ','.join(m for m in ('sqlalchemy', 'alembic', 'textual') if m in sys.modules), file=sys.stderr)\n"
         "sys.exit(rc)\n")


def cold(*args: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """Run the CLI in a fresh interpreter; its result and which heavy libraries it loaded."""
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120)
    loaded = [line for line in out.stderr.splitlines() if line.startswith("loaded:")][-1][len("loaded:"):]
    return out, [m for m in loaded.split(",") if m]


def studied(path: Path) -> Collection:
    """Two decks, a subdeck, and answers given today (so today's limits count in the rows)."""
    col = Collection.open(path)
    add_notes(col, "A", [(f"a{i}", "x") for i in range(30)])
    add_notes(col, "A::Sub", [(f"s{i}", "x") for i in range(5)])
    add_notes(col, "B", [(f"b{i}", "x") for i in range(12)])
    session = ReviewSession(col)
    session.start()
    for rating in (3, 1, 4, 3, 1):
        session.answer(rating, 1000)
    return col


def test_cold_decks_reads_without_sqlalchemy_and_shows_the_full_opens_tree(tmp_path: Path) -> None:
    col = studied(tmp_path / "c.db")
    try:
        full = [d.to_dict() for d in deck_tree(col)]
    finally:
        col.close()
    out, loaded = cold("--db", str(tmp_path / "c.db"), "decks", "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == full
    assert loaded == [], f"a cold `srs decks` loaded {loaded}"


def test_cold_stats_reads_without_sqlalchemy_and_shows_the_full_opens_numbers(tmp_path: Path) -> None:
    col = studied(tmp_path / "c.db")
    try:
        whole, deck = collection_stats(col).to_dict(), collection_stats(col, "A").to_dict()
    finally:
        col.close()
    for args, full in ((["stats", "--json"], whole), (["stats", "--deck", "A", "--json"], deck)):
        out, loaded = cold("--db", str(tmp_path / "c.db"), *args)
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout) == json.loads(json.dumps(full)), args
        assert loaded == [], f"a cold `srs {' '.join(args)}` loaded {loaded}"
    assert stats_if_ready(tmp_path / "c.db", "A").today_new == deck["today_new"] > 0
    out, loaded = cold("--db", str(tmp_path / "c.db"), "stats", "--deck", "Nope")
    assert out.returncode != 0 and "no deck named 'Nope'" in out.stderr and "Error" not in out.stderr


def test_cold_show_reads_without_sqlalchemy_and_shows_the_card_and_its_answers(tmp_path: Path) -> None:
    col = studied(tmp_path / "c.db")
    try:
        answered = col.engine.connect().exec_driver_sql("SELECT card_id FROM review_logs LIMIT 1").scalar()
        full = run_srs_in_process(col, answered)
    finally:
        col.close()
    out, loaded = cold("--db", str(tmp_path / "c.db"), "show", str(answered), "--json")
    assert out.returncode == 0, out.stderr
    shown = json.loads(out.stdout)
    assert shown == full and shown["history"], "the card and its answers, as the full open reads them"
    assert loaded == [], f"a cold `srs show` loaded {loaded}"
    out, _loaded = cold("--db", str(tmp_path / "c.db"), "show", "999999")
    assert out.returncode != 0 and "no card with id 999999" in out.stderr


def run_srs_in_process(col: Collection, card_id: int) -> dict:
    """What `srs show --json` prints, read through the collection (the full open)."""
    from srs.core.scheduling import format_interval
    from srs.service.cards_view import card_view
    from srs.service.stats import card_history

    data = card_view(col, card_id).to_dict()
    data.pop("previews", None)
    words = {rating: word for word, rating in RATING_WORDS.items()}
    data["history"] = [{"reviewed_at": a.reviewed_at.isoformat(), "rating": a.rating, "answer": words[a.rating],
                        "state": a.state, "interval": format_interval(a.interval), "due": a.due.isoformat(), "duration_ms": a.duration_ms}
                       for a in card_history(col, card_id)]
    return json.loads(json.dumps(data, default=str))


def test_the_plain_sqlite_read_and_the_collection_agree_on_every_count(tmp_path: Path) -> None:
    col = studied(tmp_path / "c.db")
    try:
        assert [d.to_dict() for d in deck_tree_if_ready(tmp_path / "c.db")] == [d.to_dict() for d in deck_tree(col)]
    finally:
        col.close()


def test_a_database_not_ready_to_read_as_it_is_is_opened_the_full_way(tmp_path: Path) -> None:
    assert deck_tree_if_ready(tmp_path / "none.db") is None  # not made yet: the full open makes it
    col = Collection.open(tmp_path / "old.db")
    col.close()
    con = sqlite3.connect(tmp_path / "old.db")
    con.execute("UPDATE alembic_version SET version_num = 'older'")
    con.commit()
    con.close()
    assert deck_tree_if_ready(tmp_path / "old.db") is None  # another schema: the full open upgrades or refuses it
    out, _loaded = cold("--db", str(tmp_path / "new.db"), "decks")
    assert out.returncode == 0 and "deck" in out.stdout.splitlines()[0], out.stderr  # a new database gets the bundled decks


def test_help_version_and_db_path_start_without_the_database_libraries(tmp_path: Path) -> None:
    for args in (["--help"], ["--version"], ["--db", str(tmp_path / "x.db"), "db", "path"]):
        out, loaded = cold(*args)
        assert out.returncode == 0, out.stderr
        assert loaded == [], f"srs {' '.join(args)} loaded {loaded}"
