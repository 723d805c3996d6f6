"""The Inbox screen: accept, edit then accept, or reject a suggestion with one key each."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from srs.db.models import Note
from srs.service import suggestions
from srs.service.collection import Collection
from srs.service.importing import import_paths
from srs.tui.screens.inbox import InboxScreen

from .helpers import make_app, settle, sync

NOTES = """# Capacity

## Scale

- How many users will there be?
- How many requests per second at peak?

## Storage

- How much data per day?
"""


def _import(col: Collection, tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(NOTES, encoding="utf-8")
    import_paths(col, [path])


@sync
async def test_accept_edit_and_reject_from_the_inbox(col: Collection, tmp_path: Path) -> None:
    _import(col, tmp_path)
    assert len(suggestions.list_suggestions(col)) == 3
    app = make_app(col)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, InboxScreen) and len(app.screen.rows) == 3
        await pilot.press("a")  # the first: a card as it is
        await settle(pilot)
        assert len(app.screen.rows) == 2
        await pilot.press("x")  # the next: never again
        await settle(pilot)
        await pilot.press("e")  # the last: edited, then accepted
        await settle(pilot)
        back = app.screen.query_one("#edit-back")
        back.text = "Estimate: 1 TB a day"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, InboxScreen) and app.screen.rows == []
    accepted = suggestions.list_suggestions(col, "accepted")
    assert len(accepted) == 2 and len(suggestions.list_suggestions(col, "rejected")) == 1
    with col.read() as s:
        backs = set(s.scalars(select(Note.back).where(Note.id.in_([a.note_id for a in accepted]))))
    assert "Estimate: 1 TB a day" in backs


@sync
async def test_browse_sends_an_is_suggested_search_to_the_inbox(col: Collection, tmp_path: Path) -> None:
    _import(col, tmp_path)
    app = make_app(col)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        app.screen.query_one("Input").value = "is:suggested data"
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, InboxScreen)
        assert [r.front for r in app.screen.rows] == ["How much data per day?"]
