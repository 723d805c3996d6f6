"""`srs cards`, `srs show`, `srs stats`, `srs suspend`, `srs unsuspend`, `srs flag` as a user runs them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from srs.cli import main
from srs.db.models import Card, Note, Source
from srs.service.collection import Collection, get_or_create_deck
from srs.service.reviewing import Study
from srs.service.search import search_cards
from tests.conftest import run_srs

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # tests/conftest.py's SRS_NOW


def add(col: Collection, deck: str, front: str, back: str, kind: str = "qa", tags: str = "", **card: object) -> int:
    with col.write() as s:
        deck_id = get_or_create_deck(s, deck).id
        src = Source(uri=f"decks/{front[:5]}.md", content_hash="x", format="markdown", imported_at=NOW)
        s.add(src)
        s.flush()
        note = Note(guid=front, key=front, kind=kind, rule="labelled-fact", template="basic", reverse=False, front=front,
                    back=back, fields={}, tags=f" {tags} " if tags else "", heading_path=["Threats"], deck_id=deck_id,
                    source_id=src.id, line=12, content_hash="h", created_at=NOW, modified_at=NOW)
        s.add(note)
        s.flush()
        values = {"state": 0, "due": NOW, "reps": 0, "lapses": 0, "suspended": False, "flag": 0, **card}
        c = Card(note_id=note.id, deck_id=deck_id, ordinal=0, position=note.id, created_at=NOW, **values)
        s.add(c)
        s.flush()
        return c.id


@pytest.fixture
def db(col: Collection) -> tuple[str, dict[str, int]]:
    ids = {
        "spoof": add(col, "Security::STRIDE", "What is Spoofing?", "Pretending to be someone else", tags="stride aws::iam"),
        "entropy": add(col, "Security::Crypto", "Define entropy", "Randomness", kind="definition"),
        "s3": add(col, "Cloud", "S3 durability", "11 nines", kind="fact", state=2, stability=30.0, difficulty=7.0,
                  last_review=NOW - timedelta(days=20), due=NOW + timedelta(days=10), reps=5, lapses=1),
    }
    return str(col.path), ids


def srs(capsys: pytest.CaptureFixture[str], db: tuple[str, dict[str, int]], *args: str) -> tuple[int, str, str]:
    code = main(["--db", db[0], *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cards_lists_matches_as_a_table(capsys, db) -> None:  # type: ignore[no-untyped-def]
    code, out, err = srs(capsys, db, "cards")
    assert code == 0 and err == ""
    assert out.splitlines()[0].split() == ["id", "deck", "kind", "state", "due", "front"]
    assert "What is Spoofing?" in out and "Define entropy" in out and "S3 durability" in out
    assert "2026-03-12" in out  # the review card's due date; new cards say "new"
    code, out, _ = srs(capsys, db, "cards", "deck:Security", "-tag:aws")
    assert "Define entropy" in out and "Spoofing" not in out and "S3" not in out
    code, out, err = srs(capsys, db, "cards", "deck:nothing")
    assert code == 1 and "no deck named 'nothing'" in err
    code, out, _ = srs(capsys, db, "cards", "Spoofing -deck:Security")
    assert code == 0 and "No cards match." in out


def test_cards_table_keeps_every_column_when_text_is_long(capsys, db, col) -> None:  # type: ignore[no-untyped-def]
    long_id = add(col, "Well-Architected::AWS::Operational Excellence", "Name all " + "design principles " * 10, "x",
                  state=2, stability=3.0, last_review=NOW, due=NOW + timedelta(days=3))
    _, out, _ = srs(capsys, db, "cards", "is:review")
    lines = out.splitlines()
    assert lines[0].split() == ["id", "deck", "kind", "state", "due", "front"]
    row = next(line for line in lines if line.strip().startswith(str(long_id) + " "))
    assert "2026-03-05" in row and "review" in row and row.endswith("…") and "Well-Architected::AWS" in row


def test_cards_options_add_terms(capsys, db) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = srs(capsys, db, "cards", "--deck", "Security", "--kind", "definition", "--json")
    assert [r["front"] for r in json.loads(out)] == ["Define entropy"]
    _, out, _ = srs(capsys, db, "cards", "tag:stride OR is:review", "--deck", "Security", "--json")
    assert [r["front"] for r in json.loads(out)] == ["What is Spoofing?"]  # the query is grouped before the deck
    _, out, _ = srs(capsys, db, "cards", "--order", "difficulty", "--desc", "--limit", "1", "--json")
    (row,) = json.loads(out)
    assert row["id"] == db[1]["s3"]
    assert (row["deck"], row["kind"], row["state"], row["interval_days"], row["difficulty"]) == ("Cloud", "fact", 2, 30, 7.0)
    assert row["due"] == "2026-03-12T09:00:00+00:00"
    code, out, _ = srs(capsys, db, "cards", "--limit", "1")
    assert code == 0 and "showing the first 1" in out


@pytest.mark.parametrize(("args", "message"), [
    (["dek:x"], 'srs: error: unknown search key "dek:" at position 1; known keys: deck, tag, is'),
    (["(is:due"], "srs: error: unbalanced parenthesis: '(' at position 1 is never closed"),
    (["prop:ivl"], "srs: error: prop:ivl at position 1 needs a comparison and a number"),
    (["--order", "ease"], 'srs: error: unknown order "ease"'),
    (["--bogus"], "srs: error: no such option: --bogus"),
    (["--limit", "-2"], "srs: error: --limit must be 0 (all) or more"),
])
def test_bad_searches_fail_with_one_line(capsys, db, args, message) -> None:  # type: ignore[no-untyped-def]
    code, out, err = srs(capsys, db, "cards", *args)
    assert code == 2 and out == ""
    assert err.startswith(message) and err.count("\n") == 1


def test_show_a_card_with_its_history(capsys, db, col, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    s3 = db[1]["s3"]
    Study(col).answer(s3, 3)
    monkeypatch.setenv("SRS_NOW", (NOW + timedelta(days=1)).isoformat())
    code, out, err = srs(capsys, db, "show", str(s3))
    assert code == 0 and err == ""
    for text in ("card", "Cloud › Threats", "S3 durability", "11 nines", "fact", "labelled-fact", "decks/S3 du.md:12",
                 "state review", "reps 6", "lapses 1", "stability", "difficulty", "2026-03-02 09:00  good"):
        assert text in out, text
    code, out, _ = srs(capsys, db, "show", str(s3), "--json")
    data = json.loads(out)
    assert (data["id"], data["front"], data["back"], data["source"], data["line"]) == (s3, "S3 durability", "11 nines", "decks/S3 du.md", 12)
    (entry,) = data["history"]
    assert (entry["rating"], entry["answer"], entry["reviewed_at"]) == (3, "good", "2026-03-02T09:00:00+00:00")
    assert entry["interval"].endswith(("d", "mo"))
    code, _, err = srs(capsys, db, "show", "999")
    assert code == 1 and err == "srs: error: no card with id 999 (see `srs cards`)\n"


def test_stats_text_and_json(capsys, db, col) -> None:  # type: ignore[no-untyped-def]
    study = Study(col)
    study.answer(db[1]["spoof"], 3)
    code, out, err = srs(capsys, db, "stats")
    assert code == 0 and err == ""
    assert "cards      3 total: 1 new · 1 learning · 0 suspended" in out
    assert "review     1: 0 young · 1 mature" in out
    assert "today      1 new · 1 learning · 0 due" in out  # the learning card is due again in 10 minutes
    assert "streak     1 day" in out and "retention  —" in out
    assert "forecast   today 1 · tomorrow 0" in out
    code, out, _ = srs(capsys, db, "stats", "--json")
    data = json.loads(out)
    assert (data["total"], data["new"], data["learning"], data["review"], data["due_today"]) == (3, 1, 1, 1, 1)
    assert data["reviews_per_day"] == {"2026-03-02": 1} and data["streak"] == 1 and len(data["forecast"]) == 30
    code, out, _ = srs(capsys, db, "stats", "--deck", "Security", "--json")
    assert json.loads(out)["total"] == 2
    code, _, err = srs(capsys, db, "stats", "--deck", "Nope")
    assert code == 1 and "no deck named 'Nope'" in err


def test_suspend_unsuspend_flag(capsys, db, col) -> None:  # type: ignore[no-untyped-def]
    ids = db[1]
    spoof, entropy = str(ids["spoof"]), str(ids["entropy"])

    def found(query: str) -> set[int]:
        return {r.id for r in search_cards(col, query)}

    assert srs(capsys, db, "suspend", spoof, entropy)[1] == "suspended 2 cards\n"
    assert found("is:suspended") == {ids["spoof"], ids["entropy"]}
    assert srs(capsys, db, "suspend", spoof)[1] == "suspended 0 cards (1 unchanged)\n"
    assert srs(capsys, db, "unsuspend", entropy)[1] == "unsuspended 1 card\n"
    assert found("is:suspended") == {ids["spoof"]}
    code, _, err = srs(capsys, db, "unsuspend", spoof, "999")
    assert code == 1 and "no card with id 999; nothing was changed" in err
    assert found("is:suspended") == {ids["spoof"]}
    assert srs(capsys, db, "flag", "3", entropy)[1] == "flagged 1 card green\n"
    assert found("flag:3") == {ids["entropy"]}
    assert srs(capsys, db, "flag", "0", entropy)[1] == "unflagged 1 card\n"
    code, _, err = srs(capsys, db, "flag", "8", entropy)
    assert code == 2 and err == "srs: error: flag must be 0 (none) or 1–7, not 8\n"


@pytest.mark.parametrize("command", ["cards", "show", "stats", "suspend", "unsuspend", "flag"])
def test_every_command_explains_itself(capsys, db, command) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = srs(capsys, db, command, "--help")
    assert code == 0 and f"Usage: srs {command}" in out
    assert len([line for line in out.splitlines() if line.strip()]) > 4


def test_real_process(tmp_path: Path, db) -> None:  # type: ignore[no-untyped-def]
    out = run_srs("--db", db[0], "cards", "-is:new", "--json")
    assert out.returncode == 0, out.stderr
    assert [r["front"] for r in json.loads(out.stdout)] == ["S3 durability"]


def test_cards_json_carries_what_show_json_gives(capsys, db) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = srs(capsys, db, "cards", "--json")
    listed = {r["id"]: r for r in json.loads(out)}
    assert set(listed) == set(db[1].values())
    for card_id, row in listed.items():
        shown = json.loads(srs(capsys, db, "show", str(card_id), "--json")[1])
        for name in ("front", "back", "context", "rule", "source", "line", "deck", "kind", "state", "tags"):
            assert row[name] == shown[name], name
    s3 = listed[db[1]["s3"]]
    assert (s3["back"], s3["context"], s3["rule"], s3["source"], s3["line"]) == (
        "11 nines", "Cloud › Threats", "labelled-fact", "decks/S3 du.md", 12)


def test_cards_json_front_is_whole_while_the_table_shortens_it(capsys, col) -> None:  # type: ignore[no-untyped-def]
    long_front = "Why **does** " + "the quorum need a majority " * 8 + "?"
    card_id = add(col, "Cloud", long_front, "two majorities always overlap")
    rows = json.loads(srs(capsys, (str(col.path), {}), "cards", "--json")[1])
    (row,) = [r for r in rows if r["id"] == card_id]
    assert row["front"] == long_front and row["preview"].startswith("Why does the quorum") and row["preview"].endswith("…")
