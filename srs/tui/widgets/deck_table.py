"""The deck tree as a table: indented names, new / learning / due / total counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

if TYPE_CHECKING:
    from srs.service.decks import DeckCounts

ALL = "\x00all"  # row key of "All decks"


COLUMNS = (("New", "new"), ("Learn", "learning"), ("Due", "due"), ("Cards", "total"))


def _num(n: int) -> Text:
    return Text(f"{n:,}", style="dim" if n == 0 else "", justify="right")


class DeckTable(DataTable[Text]):
    """Enter on a row posts DataTable.RowSelected; the key is the deck name (or ALL)."""

    BINDINGS = [Binding("enter", "select_cursor", "Study")]

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = False

    def show(self, everything: DeckCounts, flat: list[DeckCounts], prefer: str | None = None) -> None:
        """``everything``: the "All decks" counts (``srs.service.decks.today_counts``); ``flat``: the decks.

        The cursor stays on its deck; on a first fill it goes to ``prefer`` ("" for All decks)."""
        selected = self.selected_deck() if self.row_count else prefer
        # explicit widths: the header never lags behind the rows' widths
        self.clear(columns=True)
        name_width = max([len("All decks"), *(2 * (d.depth + 1) + len(d.short_name) for d in flat)])
        self.add_column("Deck", key="deck", width=min(name_width, 48))
        for label, key in COLUMNS:
            self.add_column(Text(label, justify="right"), key=key, width=6)
        totals = [getattr(everything, f) for f in ("new", "learning", "due", "total")]
        self.add_row(Text("All decks", style="bold"), *map(_num, totals), key=ALL)
        for deck in flat:
            name = Text("  " * (deck.depth + 1) + deck.short_name)
            self.add_row(name, _num(deck.new), _num(deck.learning), _num(deck.due), _num(deck.total), key=deck.name)
        if selected is not None:
            try:
                self.move_cursor(row=self.get_row_index(selected or ALL))
            except Exception:  # the deck is gone
                pass

    def selected_deck(self) -> str | None:
        """The deck under the cursor: a name, "" for all decks, None when the table is empty."""
        if self.row_count == 0:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        return "" if key == ALL else key
