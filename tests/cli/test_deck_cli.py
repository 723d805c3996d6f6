"""`srs deck options` and `srs review --search` as a user runs them (issue 19)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from srs.service.collection import Collection
from srs.service.decks import today_counts
from tests.conftest import run_srs
from tests.factory import add_notes

from .test_cards_cli import db, srs  # noqa: F401  (db is a fixture)


def test_help_names_every_option(capsys) -> None:  # type: ignore[no-untyped-def]
    from srs.cli import main

    assert main(["deck", "options", "--help"]) == 0
    out = capsys.readouterr().out
    for key in ("new_per_day", "reviews_per_day", "learning_steps", "relearning_steps", "desired_retention",
                "maximum_interval", "leech_threshold", "leech_action", "bury_siblings", "max_answer_seconds", "preset"):
        assert key in out
    assert main(["review", "--help"]) == 0
    assert "--search" in capsys.readouterr().out


def test_set_then_json_shows_the_change_and_the_queue_follows(capsys, db, col) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, out, err = srs(capsys, db, "deck", "options", "Security", "--set", "new_per_day=1", "--set",
                         "learning-steps=2m 1h", "--no-estimate")
    assert (code, err) == (0, "")
    assert out.startswith("Saved 2 changes.\nSecurity: preset 'default'")
    assert "1m" not in out and "2m 1h" in out
    code, out, err = srs(capsys, db, "deck", "options", "Security", "--json")
    data = json.loads(out)
    assert data["options"]["new_per_day"] == 1 and data["options"]["learning_steps"] == [120, 3600]
    assert data["preset"] == "default" and "Security::STRIDE" in data["used_by"]
    points = data["workload"]["points"]
    assert [p["desired_retention"] for p in points] == [0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97]
    assert [p["chosen"] for p in points].count(True) == 1
    assert today_counts(col, "Security").new == 1


def test_estimate_is_printed_with_the_chosen_retention_marked(capsys, db) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, out, _ = srs(capsys, db, "deck", "options", "Cloud", "--set", "desired_retention=85%")
    assert code == 0
    marked = [line for line in out.splitlines() if "← desired retention" in line]
    assert len(marked) == 1 and marked[0].strip().startswith("85%")


@pytest.mark.parametrize(("args", "message"), [
    (["--set", "new_per_day=many"], "srs: error: new_per_day must be a whole number from 0 to 9999, not 'many'"),
    (["--set", "desired_retention=0.2"], "srs: error: desired_retention must be 0.70–0.99 (or 70–99%), not '0.2'"),
    (["--set", "colour=red"], "srs: error: unknown deck option 'colour'"),
    (["--set", "leech_action"], "srs: error: --set takes key=value"),
])
def test_bad_value_is_one_line_and_exit_2(capsys, db, args, message) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, out, err = srs(capsys, db, "deck", "options", "Security", *args)
    assert code == 2 and out == ""
    assert err.startswith(message) and err.count("\n") == 1


def test_unknown_deck(capsys, db) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, _out, err = srs(capsys, db, "deck", "options", "Nope")
    assert code == 1 and err == "srs: error: no deck named 'Nope' (see `srs decks`)\n"


def test_review_search_plain_studies_only_the_search(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    col = Collection.open(path)
    add_notes(col, "Keep", [("alpha", "one"), ("beta", "two")])
    add_notes(col, "Other", [("gamma", "three")])
    col.close()
    out = run_srs("--db", str(path), "review", "--plain", "--search", "deck:Keep", input="\ngood\n\ngood\n\n")
    assert out.returncode == 0, out.stderr
    assert "alpha" in out.stdout and "beta" in out.stdout and "gamma" not in out.stdout
    assert "Session over: 2 reviewed" in out.stdout
    bad = run_srs("--db", str(path), "review", "--plain", "--search", "colour:red")
    assert bad.returncode == 2 and bad.stderr.startswith("srs: error: unknown search key")


def test_extend_gives_extra_new_cards_today(capsys, db, col) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    srs(capsys, db, "deck", "options", "Security", "--set", "new_per_day=0", "--no-estimate")
    assert today_counts(col, "Security").new == 0
    code, out, err = srs(capsys, db, "deck", "extend", "Security", "--new", "1", "--json")
    assert (code, err) == (0, "") and json.loads(out)["extra_new"] == 1
    assert today_counts(col, "Security").new == 1
    code, _out, err = srs(capsys, db, "deck", "extend", "Security")
    assert code == 2 and err == "srs: error: say how many: --new N and/or --reviews N\n"
