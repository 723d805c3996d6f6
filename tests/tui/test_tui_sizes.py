"""Small windows: the deck list keeps New / Learn / Due whole at 40×12; status lines wrap instead of being cut."""

from __future__ import annotations

from textual.widgets import Label

from srs.service.collection import Collection
from srs.tui.screens.review import ReviewScreen
from srs.tui.widgets.deck_table import DeckTable

from .helpers import make_app, settle, sync

LONG = ("The note was changed in your editor and re-imported; this card now shows its new text, "
        "and its review history stays with it (press i for card info).")


@sync
async def test_the_deck_table_fits_40_columns(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DeckTable)
        labels = [str(c.label) for c in table.columns.values()]
        assert labels == ["Deck", "New", "Lrn", "Due"]
        used = sum(c.get_render_width(table) for c in table.columns.values())
        assert used <= table.scrollable_content_region.width  # nothing to scroll sideways to
        assert table.max_scroll_x == 0
        row = [str(cell) for cell in table.get_row("Security")]
        assert row[0].strip() == "Security" and row[1:] == ["2", "0", "0"]


@sync
async def test_a_long_status_message_wraps(col: Collection) -> None:
    app = make_app(col)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        status = app.screen.query_one("#status", Label)
        status.update(LONG)
        await settle(pilot)
        assert status.size.height >= 3
        lines = [strip.text for strip in status.render_lines(status.region.reset_offset)]
        assert "(press i for card info)." in " ".join(line.strip() for line in lines)
