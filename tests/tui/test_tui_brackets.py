"""Square brackets in notes are text on every screen: a deck named "markup [v2]", a card about "[b]" and "[/]" are
shown as written, never read as markup (which hid them, or stopped the screen with a markup error)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Label

from srs.service.collection import Collection
from srs.service.importing import import_paths
from srs.tui.screens.browse import BrowseScreen
from srs.tui.screens.review import ReviewScreen

from .helpers import make_app, settle, sync

NOTES = """# Markup

## Style tags

| Tag | Meaning |
|---|---|
| [b] | starts bold text |
| [/] | closes the last open style |
"""


@sync
async def test_brackets_in_a_card_are_shown_as_written_in_review_and_browse(empty_col: Collection, tmp_path: Path) -> None:
    path = tmp_path / "markup [v2].md"
    path.write_text(NOTES, encoding="utf-8")
    import_paths(empty_col, [path])
    app = make_app(empty_col)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await app.push_screen(ReviewScreen(deck="markup [v2]"))
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen) and review.shown is not None and review.shown.card is not None
        shown = str(review.query_one("#context", Label).render())
        assert "markup [v2]" in shown, shown
        await app.push_screen(BrowseScreen('deck:"markup [v2]"'))
        await settle(pilot)
        browse = app.screen
        assert isinstance(browse, BrowseScreen)
        table = browse.query_one(DataTable)
        cells = " ".join(str(c) for row in range(table.row_count) for c in table.get_row_at(row))
        assert "[/]" in cells and "[b]" in cells and "markup [v2]" in cells, cells
