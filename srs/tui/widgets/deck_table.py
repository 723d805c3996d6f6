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
NARROW = 56  # below this many columns: short labels, no Cards column, so New / Learn / Due stay whole


def _num(n: int) -> Text:
    return Text(f"{n:,}", style="dim" if n == 0 else "", justify="right")


class DeckTable(DataTable[Text]):
    """Enter on a row posts DataTable.RowSelected; the key is the deck name (or ALL)."""

    BINDINGS = [Binding("enter", "select_cursor", "Study")]

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = False
        self._shown: tuple[DeckCounts, list[DeckCounts]] | None = None

    def on_resize(self) -> None:
        if self._shown is not None:
            self.show(*self._shown)

    def show(self, everything: DeckCounts, flat: list[DeckCounts], prefer: str | None = None) -> None:
        """``everything``: the "All decks" counts (``srs.service.decks.today_counts``); ``flat``: the decks.

        The cursor stays on its deck; on a first fill it goes to ``prefer`` ("" for All decks)."""
        selected = self.selected_deck() if self.row_count else prefer
        self._shown = (everything, flat)
        width = self.size.width or 80
        narrow = width < NARROW
        columns = [(("Lrn" if narrow and key == "learning" else label), key) for label, key in COLUMNS
                   if not (narrow and key == "total")]
        number_width = 5 if narrow else 6
        # explicit widths: the header never lags behind the rows' widths
        self.clear(columns=True)
        name_width = max([len("All decks"), *(2 * (d.depth + 1) + len(d.short_name) for d in flat)])
        room = width - len(columns) * (number_width + 2) - 2 - 2  # number columns, padding, scrollbar
        self.add_column("Deck", key="deck", width=max(8, min(name_width, 48, room)))
        for label, key in columns:
            self.add_column(Text(label, justify="right"), key=key, width=number_width)
        keys = [key for _label, key in columns]
        self.add_row(Text("All decks", style="bold"), *(_num(getattr(everything, k)) for k in keys), key=ALL)
        for deck in flat:
            name = Text("  " * (deck.depth + 1) + deck.short_name)
            self.add_row(name, *(_num(getattr(deck, k)) for k in keys), key=deck.name)
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
