"""A package's review history replayed in a worker process lands exactly as one replayed in the importer."""

from __future__ import annotations

import random
import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import srs.anki.history as history
from srs.anki import ExportCard, ExportNote, ExportReview, write_apkg
from srs.service.collection import Collection
from srs.service.importing import import_paths

T0 = datetime(2024, 1, 8, 7, 30, tzinfo=UTC)
NOW = T0 + timedelta(days=700)


def notes(count: int, *, seed: int, prefix: str = "n") -> list[ExportNote]:
    """Notes with one or two cards, each with 0-25 answers over two years; some suspended or flagged."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        cards, reviews = [], []
        for ordinal in range(2 if i % 3 == 0 else 1):
            t = T0 + timedelta(hours=rng.randrange(0, 2000))
            last = None
            for _ in range(rng.randrange(0, 26)):
                reviews.append(ExportReview(ordinal, t, rng.choice((1, 2, 3, 3, 3, 4)), rng.randrange(1000, 20000)))
                last = t
                t += timedelta(minutes=rng.choice((1, 10, 600, 1440 * rng.randrange(1, 40))))
            scheduled = {} if last is None else dict(  # answered cards are review cards in the package
                state=2, due=last + timedelta(days=9), last_review=last, stability=8.0, difficulty=5.0, interval_days=9)
            cards.append(ExportCard(ordinal, suspended=i % 11 == 0, flag=3 if i % 7 == 0 else 0, **scheduled))
        out.append(ExportNote(guid=f"{prefix}{i}", template="basic", front=f"Question {prefix}{i}?", back=f"Answer {i}",
                              deck="Imported::History", reverse=len(cards) == 2, modified=T0, cards=tuple(cards),
                              reviews=tuple(reviews)))
    return out


def package(path: Path, notes_: list[ExportNote]) -> Path:
    write_apkg(path, notes_, with_scheduling=True, now=NOW)
    return path


def rows(db: Path) -> dict[str, list[tuple]]:
    """What a user's collection holds after the import (review log ids aside)."""
    con = sqlite3.connect(db)
    try:
        return {
            "logs": con.execute(
                "SELECT card_id, rating, reviewed_at, duration_ms, state, stability, difficulty, due, prev_step_us, prev_state,"
                " prev_interval_days FROM review_logs ORDER BY card_id, reviewed_at").fetchall(),
            "cards": con.execute("SELECT * FROM cards ORDER BY id").fetchall(),
            "orphans": con.execute("PRAGMA foreign_key_check").fetchall(),
        }
    finally:
        con.close()


def imported(tmp_path: Path, name: str, packages: list[Path], *, background: bool, parts: int,
             monkeypatch: pytest.MonkeyPatch, early: bool = False) -> tuple[Path, list]:
    """Import into a new collection; ``early``: the worker starts before the collection is
    extracted (and is dismissed again when the history is replayed in this process)."""
    monkeypatch.setenv("SRS_NOW", NOW.isoformat())
    monkeypatch.setattr(history, "PROCESS_MIN_ANSWERS", 0 if background else 10**12)
    monkeypatch.setattr(history, "EARLY_START_BYTES", 0 if early else 10**12)
    monkeypatch.setattr(history, "PARTS", parts)
    started = []
    real = history.subprocess.Popen
    monkeypatch.setattr(history.subprocess, "Popen", lambda *a, **k: started.append(a) or real(*a, **k))
    db = tmp_path / f"{name}.db"
    col = Collection.open(db)
    try:
        reports = [import_paths(col, [p]).files[0] for p in packages]
    finally:
        col.close()
    assert bool(started) == (background or early), "a worker starts when the history is big (or looks big)"
    return db, reports


def edited_collection(pkg: Path, out: Path, edit) -> Path:  # noqa: ANN001  (edit: sqlite3.Connection → None)
    """``pkg`` with its collection changed by ``edit``."""
    work = out.parent / f"edit-{out.stem}"
    work.mkdir()
    with zipfile.ZipFile(pkg) as zf:
        zf.extractall(work)
        names = zf.namelist()
    con = sqlite3.connect(work / "collection.anki21")
    edit(con)
    con.commit()
    con.close()
    with zipfile.ZipFile(out, "w") as zf:
        for name in names:
            zf.write(work / name, name)
    return out


def forget_halfway(con: sqlite3.Connection) -> None:
    """A "Forget" (Anki's reset: type 4, ease 0, interval 0) in the middle of every fifth card's history."""
    cids = [r[0] for r in con.execute("SELECT DISTINCT cid FROM revlog ORDER BY cid")][::5]
    for cid in cids:
        ids = [r[0] for r in con.execute("SELECT id FROM revlog WHERE cid = ? ORDER BY id", (cid,))]
        con.execute("INSERT INTO revlog VALUES (?, ?, -1, 0, 0, 0, 0, 0, 4)", (ids[len(ids) // 2] + 1, cid))


def test_worker_process_gives_the_same_collection_as_replaying_in_process(tmp_path: Path, monkeypatch) -> None:
    plain = package(tmp_path / "plain.apkg", notes(40, seed=7))
    pkg = edited_collection(plain, tmp_path / "deck.apkg", forget_halfway)
    inline, (a,) = imported(tmp_path, "inline", [pkg], background=False, parts=1, monkeypatch=monkeypatch)
    worker, (b,) = imported(tmp_path, "worker", [pkg], background=True, parts=3, monkeypatch=monkeypatch)
    assert a.status == b.status == "imported" and a.new == b.new == 40
    expected, got = rows(inline), rows(worker)
    assert len(expected["logs"]) > 300 and expected["orphans"] == []
    assert got == expected
    for background in (True, False):  # started before extracting, then given the go or dismissed
        early, (c,) = imported(tmp_path, f"early-{background}", [pkg], background=background, parts=2,
                               monkeypatch=monkeypatch, early=True)
        assert c.status == "imported" and rows(early) == expected
    _, (whole,) = imported(tmp_path, "whole", [plain], background=True, parts=2, monkeypatch=monkeypatch)
    assert len(rows(tmp_path / "whole.db")["logs"]) > len(got["logs"]), "answers before a Forget are dropped"
    with sqlite3.connect(worker) as con:
        suspended = con.execute("SELECT count(*) FROM cards WHERE suspended AND state > 0").fetchone()[0]
        flagged = con.execute("SELECT count(*) FROM cards WHERE flag = 3").fetchone()[0]
    assert suspended > 0 and flagged > 0, "replayed cards keep their suspension and flag"
    assert not list(tmp_path.glob(".import-*")), "no scratch files are left behind"


def test_only_the_cards_this_import_adds_get_the_history(tmp_path: Path, monkeypatch) -> None:
    first = notes(12, seed=1)
    later = notes(12, seed=2, prefix="m")
    empty = ExportNote(guid="empty", template="basic", front="", back="no question", modified=T0,
                       cards=(ExportCard(0),), reviews=(ExportReview(0, T0, 3, 4000),))
    both = package(tmp_path / "both.apkg", [*first, *later, empty])  # first's notes are already there
    alone = package(tmp_path / "later.apkg", later)
    for background in (False, True):
        db, (_, fr) = imported(tmp_path, f"again-{background}", [package(tmp_path / "first.apkg", first), both],
                               background=background, parts=2, monkeypatch=monkeypatch)
        assert (fr.status, fr.new, fr.unchanged) == ("imported", 12, 12)
        got = rows(db)
        assert got["orphans"] == []
        ref, _ = imported(tmp_path, f"ref-{background}", [package(tmp_path / "first.apkg", first), alone],
                          background=False, parts=1, monkeypatch=monkeypatch)
        expected = rows(ref)
        # the same answers, on cards numbered after the skipped ones' places
        assert len(got["logs"]) == len(expected["logs"])
        assert sorted(r[1:4] for r in got["logs"]) == sorted(r[1:4] for r in expected["logs"])


def add_a_card(db: Path) -> None:
    """What another writer does: a note with one card, id 1, committed."""
    con = sqlite3.connect(db)
    con.execute("INSERT INTO notes (id, guid, key, kind, rule, template, reverse, front, back, fields, tags,"
                " heading_path, deck_id, line, content_hash, created_at, modified_at)"
                " VALUES (900, 'x', 'k', 'qa', 'r', 'basic', 0, 'Q', 'A', '{}', '', '[]', 1, 0, 'h', 0, 0)")
    con.execute("INSERT INTO cards (id, note_id, deck_id, ordinal, position, state, due, reps, lapses, created_at)"
                " VALUES (1, 900, 1, 0, 1, 0, 0, 0, 0, 0)")
    con.commit()
    con.close()


def test_another_writer_taking_the_card_ids_first(tmp_path: Path, monkeypatch) -> None:
    """A card added between the job's start and the import's transaction: the replay runs again with the real ids."""
    pkg = package(tmp_path / "deck.apkg", notes(10, seed=3))
    import srs.service.importing_anki as importing_anki

    db = tmp_path / "raced.db"
    real_read = importing_anki.OpenPackage.read

    def read_while_someone_adds_a_card(self, **kw):  # noqa: ANN001, ANN202
        add_a_card(db)
        return real_read(self, **kw)

    monkeypatch.setattr(importing_anki.OpenPackage, "read", read_while_someone_adds_a_card)
    raced, (fr,) = imported(tmp_path, "raced", [pkg], background=True, parts=2, monkeypatch=monkeypatch)
    assert fr.status == "imported" and fr.new == 10
    monkeypatch.undo()
    # the reference: the same card taken before the import started
    ref_db = tmp_path / "ref.db"
    Collection.open(ref_db).close()
    add_a_card(ref_db)
    monkeypatch.setenv("SRS_NOW", NOW.isoformat())
    col = Collection.open(ref_db)
    import_paths(col, [pkg])
    col.close()
    got, expected = rows(raced), rows(ref_db)
    assert got["logs"] == expected["logs"] and got["orphans"] == []
    assert [c[:15] for c in got["cards"]] == [c[:15] for c in expected["cards"]]


def corrupt_review_log(con: sqlite3.Connection) -> None:
    """The review log's first page unreadable (notes and cards intact), the way a damaged
    file from a full disk looks; the review log is indexed by card, as Anki's is."""
    con.execute("CREATE INDEX ix_revlog_cid ON revlog (cid)")
    con.commit()
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'revlog'").fetchone()[0]
    page = con.execute("PRAGMA page_size").fetchone()[0]
    path = con.execute("PRAGMA database_list").fetchone()[2]
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page)
        fh.write(b"\x00" * 16)


@pytest.mark.parametrize(("background", "early"), [(False, False), (True, False), (True, True)],
                         ids=["in-process", "worker", "early-worker"])
def test_unreadable_review_log_fails_the_import_cleanly(tmp_path: Path, monkeypatch, background: bool,
                                                        early: bool) -> None:
    bad = edited_collection(package(tmp_path / "deck.apkg", notes(8, seed=5)), tmp_path / "bad.apkg", corrupt_review_log)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    db, (fr,) = imported(tmp_path, "col", [bad], background=background, parts=2, monkeypatch=monkeypatch,
                         early=early)
    assert fr.status == "failed"
    assert fr.error.startswith("the collection is corrupt:") and "\n" not in fr.error
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT (SELECT count(*) FROM notes) + (SELECT count(*) FROM review_logs)").fetchone() == (0,)
    assert not list(tmp_path.glob(".import-*")) and not list(tmp_path.glob("srs-anki-*")), "nothing left behind"


def test_the_import_leaves_no_database_attached(tmp_path: Path, monkeypatch) -> None:
    pkg = package(tmp_path / "deck.apkg", notes(5, seed=9))
    monkeypatch.setenv("SRS_NOW", NOW.isoformat())
    monkeypatch.setattr(history, "PARTS", 3)
    col = Collection.open(tmp_path / "c.db")
    try:
        assert import_paths(col, [pkg]).files[0].status == "imported"
        with col.write() as s:  # the pooled connection the import used
            names = [r[1] for r in s.connection().exec_driver_sql("PRAGMA database_list")]
        assert [n for n in names if n != "temp"] == ["main"]
    finally:
        col.close()


def test_changed_notes_gaining_cards_beside_new_notes_with_history(tmp_path: Path, monkeypatch) -> None:
    """A re-import that edits notes (each gains a reverse card) and brings new ones with history: no
    card id is taken twice, and the new notes' cards get exactly their own history."""
    first = notes(6, seed=11)
    edited = [ExportNote(guid=n.guid, template="basic", front=n.front + " (edited)", back=n.back, deck=n.deck,
                         reverse=True, modified=NOW, cards=(ExportCard(0), ExportCard(1))) for n in first]
    later = notes(10, seed=12, prefix="m")
    for background in (False, True):
        db, (_, fr) = imported(tmp_path, f"edit-{background}", [package(tmp_path / "first.apkg", first),
                                                                package(tmp_path / "second.apkg", [*edited, *later])],
                               background=background, parts=2, monkeypatch=monkeypatch)
        assert (fr.status, fr.updated, fr.new) == ("imported", 6, 10)
        got = rows(db)
        assert got["orphans"] == []
        with sqlite3.connect(db) as con:
            two_sided = con.execute("SELECT count(*) FROM notes n WHERE front LIKE '%(edited)'"
                                    " AND (SELECT count(*) FROM cards c WHERE c.note_id = n.id) = 2").fetchone()[0]
            logged = con.execute("SELECT count(DISTINCT l.card_id) FROM review_logs l JOIN cards c ON c.id = l.card_id"
                                 " JOIN notes n ON n.id = c.note_id WHERE n.front LIKE 'Question m%'").fetchone()[0]
        assert two_sided == 6
        ref, _ = imported(tmp_path, f"edit-ref-{background}", [package(tmp_path / "first.apkg", first),
                                                               package(tmp_path / "later.apkg", later)],
                          background=False, parts=1, monkeypatch=monkeypatch)
        assert logged > 0 and len(got["logs"]) == len(rows(ref)["logs"])


@pytest.mark.parametrize("interpreter", ["/bin/false", "/nonexistent/python3"], ids=["exits-at-once", "missing"])
def test_a_worker_that_cannot_start_falls_back_to_replaying_here(tmp_path: Path, monkeypatch, interpreter) -> None:
    """An interpreter that cannot run the worker costs the speed, not the import."""
    pkg = package(tmp_path / "deck.apkg", notes(12, seed=13))
    expected, _ = imported(tmp_path, "here", [pkg], background=False, parts=1, monkeypatch=monkeypatch)
    monkeypatch.setattr(history.sys, "executable", interpreter)
    for early in (False, True):
        db, (fr,) = imported(tmp_path, f"fallback-{early}", [pkg], background=True, parts=2, monkeypatch=monkeypatch,
                             early=early)
        assert fr.status == "imported" and fr.new == 12
        assert rows(db) == rows(expected)
