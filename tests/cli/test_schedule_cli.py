"""`srs forget` and `srs set-due` as a user runs them: what changes, what stays, bad input."""

from __future__ import annotations

import json

import pytest

from srs.core.days import study_day
from srs.service.search import search_cards

from .test_cards_cli import NOW, db, srs  # noqa: F401  (db is a fixture)


def card(col, card_id: int):  # type: ignore[no-untyped-def]
    return next(r for r in search_cards(col, "") if r.id == card_id)


def test_forget_resets_a_review_card_to_new(capsys, db, col) -> None:  # type: ignore[no-untyped-def]  # noqa: F811  (the db fixture)
    s3, entropy = db[1]["s3"], db[1]["entropy"]
    code, out, err = srs(capsys, db, "forget", str(s3), str(entropy))
    assert (code, out, err) == (0, "reset 1 card to new (1 unchanged)\n", "")  # entropy was new already
    row = card(col, s3)
    assert (row.state, row.stability, row.reps, row.lapses) == (0, None, 5, 1)
    srs(capsys, db, "set-due", "5", str(s3))
    code, out, _ = srs(capsys, db, "forget", "--reset-counts", "--json", str(s3))
    data = json.loads(out)
    assert data["changed"] == 1 and data["cards"][0]["before"]["state"] == 2 and data["cards"][0]["after"]["reps"] == 0
    assert (card(col, s3).reps, card(col, s3).lapses) == (0, 0)


def test_set_due_moves_cards_and_says_when(capsys, db, col) -> None:  # type: ignore[no-untyped-def]  # noqa: F811  (the db fixture)
    s3, spoof = db[1]["s3"], db[1]["spoof"]
    tomorrow = study_day(NOW, offset_days=1)
    code, out, err = srs(capsys, db, "set-due", "1!", str(s3), str(spoof))
    assert code == 0 and err == ""
    assert out == f"set 2 cards due {tomorrow.start.astimezone():%Y-%m-%d}, interval reset\n"
    for cid in (s3, spoof):
        row = card(col, cid)
        assert (row.state, row.due, row.interval_days) == (2, tomorrow.start, 1)
    code, out, _ = srs(capsys, db, "set-due", "0", "--json", str(s3))
    data = json.loads(out)
    assert data["action"] == "set due 0" and data["cards"][0]["id"] == s3
    assert data["cards"][0]["after"]["due"] == study_day(NOW).start.isoformat()
    assert card(col, s3).id in {r.id for r in search_cards(col, "is:due")}


@pytest.mark.parametrize(("args", "code", "message"), [
    (["set-due", "soon", "1"], 2, "srs: error: not a due date: 'soon' (0 = today"),
    (["set-due", "7-3", "1"], 2, "from the smaller number to the larger"),
    (["set-due", "2", "999"], 1, "srs: error: no card with id 999; nothing was changed"),
    (["forget", "999"], 1, "srs: error: no card with id 999; nothing was changed"),
])
def test_bad_input_is_one_line_and_changes_nothing(capsys, db, col, args, code, message) -> None:  # type: ignore[no-untyped-def]  # noqa: F811  (the db fixture)
    before = [(r.id, r.state, r.due) for r in search_cards(col, "")]
    got, out, err = srs(capsys, db, *args)
    assert got == code and message in err and len(err.splitlines()) == 1 and out == ""
    assert [(r.id, r.state, r.due) for r in search_cards(col, "")] == before


@pytest.mark.parametrize("command", ["forget", "set-due"])
def test_both_explain_themselves(capsys, db, command) -> None:  # type: ignore[no-untyped-def]  # noqa: F811  (the db fixture)
    code, out, _ = srs(capsys, db, command, "--help")
    assert code == 0 and f"Usage: srs {command}" in out and "--json" in out


def test_reposition_moves_new_cards_and_leaves_others(capsys, db, col) -> None:  # type: ignore[no-untyped-def]  # noqa: F811  (the db fixture)
    s3, entropy = db[1]["s3"], db[1]["entropy"]  # a review card and a new one
    before = card(col, s3)
    code, out, err = srs(capsys, db, "reposition", "--start", "0", str(entropy), str(s3))
    assert (code, err) == (0, "") and out == "moved 1 card to position 0 (1 unchanged)\n"
    assert card(col, s3) == before
    code, out, _ = srs(capsys, db, "reposition", "--json", "--start", "7", "--step", "3", str(entropy))
    data = json.loads(out)
    assert data["action"] == "reposition 7 3" and data["cards"][0]["after"] == {"position": 7}
    got, out, err = srs(capsys, db, "reposition", "--step", "0", str(entropy))
    assert got == 2 and out == "" and len(err.splitlines()) == 1 and "step" in err
