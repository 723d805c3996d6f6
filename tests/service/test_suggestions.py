"""Suggestions: what the critic held back is stored, never scheduled, accepted or rejected for good."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from srs.core.errors import SrsError
from srs.db.models import Card, Note
from srs.service import suggestions
from srs.service.importing import import_paths

NOTES = """# Capacity

## Scale

- How many users will there be?

## Patterns

- **Write-through**: the cache is updated on every write
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    return path


def cards(col) -> int:
    with col.read() as s:
        return s.scalar(select(func.count()).select_from(Card))


def test_a_held_back_draft_is_a_pending_suggestion_with_no_card(col, tmp_path):
    [report] = import_paths(col, [write(tmp_path, NOTES)]).files
    assert report.new == 1 and report.suggested == 1
    [pending] = suggestions.list_suggestions(col)
    assert pending.front == "How many users will there be?" and pending.check == "unanswered"
    assert pending.line == 5 and pending.context == "Capacity › Scale"
    assert cards(col) == 1  # only the write-through card is scheduled


def test_accepting_makes_a_card_that_survives_re_imports(col, tmp_path):
    path = write(tmp_path, NOTES)
    import_paths(col, [path])
    [pending] = suggestions.list_suggestions(col)
    accepted = suggestions.accept(col, pending.id, back="Estimate from DAU and peak factor.")
    assert accepted.status == "accepted" and cards(col) == 2
    path.write_text(NOTES + "\n- **TTL**: how long an entry lives\n", encoding="utf-8")
    [report] = import_paths(col, [path]).files
    assert report.orphaned == 0 and report.new == 1
    with col.read() as s:
        note = s.get(Note, accepted.note_id)
        assert note.orphaned_at is None and note.back == "Estimate from DAU and peak factor."
    assert suggestions.list_suggestions(col) == []


def test_a_rejected_suggestion_stays_rejected_across_re_imports(col, tmp_path):
    path = write(tmp_path, NOTES)
    import_paths(col, [path])
    [pending] = suggestions.list_suggestions(col)
    suggestions.reject(col, pending.id)
    path.write_text(NOTES + "\n- **TTL**: how long an entry lives\n", encoding="utf-8")
    import_paths(col, [path])
    assert suggestions.list_suggestions(col) == []
    [rejected] = suggestions.list_suggestions(col, "rejected")
    assert rejected.id == pending.id and cards(col) == 2


def test_a_suggestion_whose_line_is_gone_is_no_longer_offered(col, tmp_path):
    path = write(tmp_path, NOTES)
    import_paths(col, [path])
    path.write_text(NOTES.replace("- How many users will there be?\n", ""), encoding="utf-8")
    import_paths(col, [path])
    assert suggestions.list_suggestions(col) == []


def test_bad_ids_and_double_decisions_are_one_line_errors(col, tmp_path):
    import_paths(col, [write(tmp_path, NOTES)])
    [pending] = suggestions.list_suggestions(col)
    with pytest.raises(SrsError, match="no suggestion 999"):
        suggestions.accept(col, 999)
    suggestions.accept(col, pending.id)
    with pytest.raises(SrsError, match="already accepted"):
        suggestions.accept(col, pending.id)
    with pytest.raises(SrsError, match="accepted"):
        suggestions.reject(col, pending.id)


def test_the_cli_lists_accepts_and_rejects(tmp_path, monkeypatch):
    from srs.cli import main

    path = write(tmp_path, NOTES)
    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "import", str(path)]) == 0
    assert main(["--db", db, "suggestions", "--json"]) == 0
    assert main(["--db", db, "suggestions", "accept", "1", "--back", "Estimate from DAU"]) == 0
    assert main(["--db", db, "suggestions", "reject", "1"]) == 1  # accepted already: a one-line error
    assert main(["--db", db, "suggestions", "--status", "bogus"]) == 1


def test_is_suggested_searches_suggestions_by_text_source_and_kind(col, tmp_path):
    import_paths(col, [write(tmp_path, NOTES + "\n## Storage\n\n- How much data per day?\n")])
    everything = suggestions.search_suggestions(col, "is:suggested")
    assert [s.front for s in everything] == ["How many users will there be?", "How much data per day?"]
    assert [s.front for s in suggestions.search_suggestions(col, "is:suggested users")] == ["How many users will there be?"]
    assert [s.front for s in suggestions.search_suggestions(col, "is:suggested -users")] == ["How much data per day?"]
    assert suggestions.search_suggestions(col, "is:suggested source:nothing-like-this") == []
    assert suggestions.mentions_suggested("(is:suggested OR x) users") and not suggestions.mentions_suggested("is:due")
    with pytest.raises(SrsError, match="does not apply to suggestions"):
        suggestions.search_suggestions(col, "is:suggested deck:Capacity")
    from srs.service.search import search_cards

    assert search_cards(col, "is:suggested") == []  # a suggestion is never a card


def test_cards_is_suggested_lists_suggestions_in_the_cli(tmp_path, capsys):
    from srs.cli import main

    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "import", str(write(tmp_path, NOTES))]) == 0
    capsys.readouterr()
    assert main(["--db", db, "cards", "is:suggested", "users"]) == 0
    out = capsys.readouterr().out
    assert "front: How many users will there be?" in out and "1 suggestion;" in out
    assert main(["--db", db, "cards", "is:suggested", "--json"]) == 0
    assert '"check": "unanswered"' in capsys.readouterr().out
    assert main(["--db", db, "cards", "is:suggested", "deck:x"]) != 0
