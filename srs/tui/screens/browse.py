"""Browse: search (Anki-like syntax), a sortable table, a scrollable preview, and a selection.

Space marks rows; every action (srs.tui.screens.browse_actions) applies to the marked rows, or to
the row under the cursor when none is marked, and u / U undo and redo it while the browser is open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from rich.console import JustifyMethod
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Input, Label, Markdown

from srs.core.consts import SHORT_STATE_NAMES, STATE_NAMES
from srs.service.cards_view import card_view
from srs.service.search import QueryError, search_cards
from srs.tui.format import flag_label, interval_label, one_line, plural, short_date
from srs.tui.images import view_image
from srs.tui.jobs import run_db
from srs.tui.screens.browse_actions import SelectionActions
from srs.tui.screens.browse_keys import BROWSE_BINDINGS, BROWSE_HELP
from srs.tui.typed_app import srs_app
from srs.tui.widgets.card_images import with_placeholders

if TYPE_CHECKING:
    from srs.service import Collection
    from srs.service.card_media import CardImage
    from srs.service.cards_view import CardView
    from srs.service.search import CardRow
    from srs.service.selection import Change
    from srs.tui.screens.browse_actions import SelectionHost

T = TypeVar("T")

LIMIT = 500
ORDERS = ["due", "front", "deck", "difficulty", "lapses", "interval", "reps", "added"]
ORDER_OF_COLUMN = {"due": "due", "ivl": "interval", "diff": "difficulty", "lapses": "lapses", "deck": "deck",
                   "front": "front"}
PLACEHOLDER = "Search, e.g.  deck:security is:new   (F1: syntax)"
# (label, key, width) of the fixed columns, and the narrowest window that shows each
FIXED = [("✓", "mark", 1, 0), ("Due", "due", 10, 0), ("Ivl", "ivl", 5, 70), ("Diff", "diff", 4, 100),
         ("Laps", "lapses", 4, 100), ("State", "state", 7, 50), ("⚑", "flag", 2, 100)]
DECK_FROM = 50  # narrower windows show no Deck column: the Front needs the room


def preview_markdown(card: CardView, images: list[CardImage] | None = None) -> str:
    where = card.source.rsplit("/", 1)[-1] if card.source else "no source"
    meta = [card.deck, card.kind, STATE_NAMES.get(card.state, "?"), f"due {short_date(card.due)}",
            f"{card.reps} reps", f"{card.lapses} lapses"]
    if card.flag:
        meta.append(flag_label(card.flag))
    if card.suspended:
        meta.append("suspended")
    if card.tags:
        meta.append(" ".join(f"#{t}" for t in card.tags))
    images = images or []
    front = with_placeholders(card.front, images, 0)
    back = with_placeholders(card.back, images, sum(1 for image in images if image.side == "front"))
    return f"*{' · '.join(meta)}* · `{where}:{card.line}`\n\n{front}\n\n---\n\n{back}"


def column_plan(width: int, decks: list[str], padding: int = 1) -> list[tuple[str, str, int]]:
    """The columns for a window ``width`` wide: the Front takes what the others leave."""
    columns = [(label, key, w) for label, key, w, min_width in FIXED if width >= min_width]
    used = sum(w + 2 * padding for _l, _k, w in columns) + 2  # + the scrollbar
    if width >= DECK_FROM:
        spare = width - used - 2 * padding
        longest = max([len("Deck"), *map(len, decks)])
        # the full path when the Front keeps half the room (a narrow window: three quarters)
        share = spare // 4 if width < 70 else spare - 2 * padding - max(22, spare // 2)
        deck = max(6, min(longest, share))
        columns.append(("Deck", "deck", deck))
        used += deck + 2 * padding
    columns.append(("Front", "front", max(12, width - used - 2 * padding)))
    return columns


def tail(text: str, width: int) -> str:
    """``text`` cut from the left: a deep deck path keeps its last, most telling parts."""
    return text if len(text) <= width else "…" + text[len(text) - width + 1:]


class BrowseScreen(SelectionActions, Screen[None]):
    SCREEN_NAME = "Browse"
    BINDINGS = BROWSE_BINDINGS
    HELP = BROWSE_HELP

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial = query
        self.order = "due"
        self.descending = False
        self.rows: list[CardRow] = []
        self.marked: set[int] = set()
        self.more = False
        self.stale = False
        self._debounce: Timer | None = None
        self._searched: str | None = None  # the query of the last search started
        self.undo_stack: list[Change] = []  # newest last
        self.redo_stack: list[Change] = []
        self.preview_images: list[CardImage] = []  # the previewed card's, for v
        self.image_turn = 0

    def compose(self) -> ComposeResult:
        with Horizontal(id="query-row"):
            yield Input(self.initial, placeholder=PLACEHOLDER, id="query")
            yield Label("", id="query-error")
        yield Label("", id="browse-status")
        yield DataTable(id="results", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="preview-pane"):
            yield Markdown(id="preview")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#query-error", Label).display = False
        self.query_one(Input).focus()
        self.search()

    def on_resize(self, event: events.Resize) -> None:
        # a short window gives the preview less room: the list is what one works in
        self.query_one("#preview-pane").styles.height = 9 if event.size.height >= 24 else max(3, event.size.height // 4)
        if self.rows:
            self.fill_table(keep_row=self.query_one("#results", DataTable).cursor_row)

    # -- searching ---------------------------------------------------------------
    def status(self, text: str) -> None:
        self.query_one("#browse-status", Label).update(text)

    def search(self, keep_row: int | None = None) -> None:
        query, order, descending = self.query_one(Input).value, self.order, self.descending
        self._searched = query

        def run(col: Collection) -> tuple[list[Any], str | None]:
            try:
                if _asks_suggestions(query):
                    return [], None
                return search_cards(col, query, order=order, descending=descending, limit=LIMIT + 1), None
            except QueryError as exc:
                return [], str(exc)

        run_db(self, run, lambda result: self.show_rows(*result, keep_row=keep_row), group="search", exclusive=True)

    def show_error(self, error: str | None) -> None:
        """The error beside the query; the results, left from the last good search, dimmed and called stale."""
        label = self.query_one("#query-error", Label)
        label.update(Text(f"✗ {error}" if error else ""))
        label.display = error is not None
        self.stale = error is not None
        self.query_one("#results", DataTable).set_class(self.stale, "-stale")

    def show_rows(self, rows: list[Any], error: str | None, keep_row: int | None = None) -> None:
        self.show_error(error)
        if error is not None:
            self.status(f"Stale: the {plural(len(self.rows), 'card')} below are from the last search that worked")
            return
        self.more = len(rows) > LIMIT
        self.rows = rows[:LIMIT]
        shown = {r.id for r in self.rows}
        self.marked &= shown  # a mark on a card the search no longer shows would act unseen
        self.fill_table(keep_row)
        if _asks_suggestions(self.query_one(Input).value):
            self.status("is:suggested: press Enter to see the matching suggestions in the Inbox")
        if not self.rows:
            self.query_one("#preview", Markdown).update("*No card matches this search.*")

    def fill_table(self, keep_row: int | None = None) -> None:
        table = self.query_one("#results", DataTable)
        table.clear(columns=True)
        plan = column_plan(self.size.width or 80, [r.deck for r in self.rows], table.cell_padding)
        widths = {key: w for _label, key, w in plan}
        for label, key, width in plan:
            justify: JustifyMethod = "right" if key in ("ivl", "diff", "lapses") else "left"
            table.add_column(Text(label, justify=justify), key=key, width=width)
        for r in self.rows:
            state = "susp." if r.suspended else "buried" if r.buried else SHORT_STATE_NAMES.get(r.state, "?")
            cells = {
                "mark": "✓" if r.id in self.marked else "", "due": short_date(r.due),
                "ivl": Text(interval_label(r.interval_days if r.state else None), justify="right"),
                "diff": Text("—" if r.difficulty is None else f"{r.difficulty:.1f}", justify="right"),
                "lapses": Text(str(r.lapses), justify="right"), "state": state, "flag": str(r.flag) if r.flag else "",
                "deck": Text(tail(r.deck, widths.get("deck", 0))), "front": Text(one_line(r.front, widths["front"])),
            }
            table.add_row(*(cells[key] for _l, key, _w in plan), key=str(r.id))
        if keep_row is not None and self.rows:
            table.move_cursor(row=min(keep_row, len(self.rows) - 1))
        self.show_count()

    def show_count(self) -> None:
        arrow = "↓" if self.descending else "↑"
        shown = f"first {LIMIT} cards (refine the search to see others)" if self.more else plural(len(self.rows), "card")
        marked = f" · {len(self.marked)} marked" if self.marked else ""
        self.status(f"{shown}{marked} · sorted by {self.order} {arrow}")

    def on_input_changed(self, event: Input.Changed) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        if event.value == self._searched:  # the query shown (the opening one included): searching again would reset the cursor
            return
        self._debounce = self.set_timer(0.3, self.search)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        if _asks_suggestions(event.value):  # suggestions are not cards: the Inbox lists them
            from srs.tui.screens.inbox import InboxScreen

            self.app.push_screen(InboxScreen(event.value))
            return
        self.search()
        self.query_one("#results", DataTable).focus()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        card_id = self.selected_id()
        if card_id is None:
            return

        def load(col: Collection) -> CardView | None:
            return card_view(col, card_id)

        run_db(self, load, self.show_preview, group="preview", exclusive=True)

    async def show_preview(self, card: CardView | None) -> None:
        from srs.service.card_media import card_images

        self.preview_images = card_images(srs_app(self).collection.media_dir, card.front, card.back) if card else []
        self.image_turn = 0
        text = preview_markdown(card, self.preview_images) if card else "*This card is gone.*"
        await self.query_one("#preview", Markdown).update(text)
        self.query_one("#preview-pane", VerticalScroll).scroll_home(animate=False)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_info()

    def action_info(self) -> None:
        from srs.tui.screens.card_info import CardInfoScreen

        card_id = self.selected_id()
        if card_id is not None:
            self.app.push_screen(CardInfoScreen(card_id))

    def action_edit(self) -> None:
        """The cursor row's note in $EDITOR (then re-imported), or the in-app editor for a card with no notes file.

        One note at a time, as Anki's browser edits the current card's note: the marks stay for the other actions."""
        from srs.tui.screens.note_editor import edit_by_id

        card_id = self.selected_id()
        if card_id is None:
            return
        keep = self.query_one("#results", DataTable).cursor_row

        def done(message: str) -> None:
            self.app.notify(message, timeout=3, markup=False)
            self.search(keep_row=keep)

        edit_by_id(self, card_id, done=done, failed=self.status)

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        order = ORDER_OF_COLUMN.get(str(event.column_key.value))
        if order is None:
            return
        self.descending = not self.descending if order == self.order else False
        self.order = order
        self.search()

    # -- the selection -------------------------------------------------------------
    def selected_id(self) -> int | None:
        table = self.query_one("#results", DataTable)
        if not self.rows or table.row_count == 0:
            return None
        return int(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or 0)

    def selected_row(self) -> CardRow | None:
        card_id = self.selected_id()
        return next((r for r in self.rows if r.id == card_id), None)

    def targets(self) -> list[CardRow]:
        """The marked rows, or the row under the cursor when none is marked."""
        if self.stale:  # what is shown is not what the query says: acting on it would surprise
            self.app.notify("Fix the search first: the list is stale.", timeout=3)
            return []
        if self.marked:
            return [r for r in self.rows if r.id in self.marked]
        row = self.selected_row()
        return [] if row is None else [row]

    def after_change(self) -> None:
        self.search(keep_row=self.query_one("#results", DataTable).cursor_row)

    def db_job(self, fn: Callable[[Collection], T], done: Callable[[T], object], *,
               failed: Callable[[str], object] | None = None) -> object:
        return run_db(self, fn, done, failed=failed)

    def _show_mark(self, card_id: int) -> None:
        self.query_one("#results", DataTable).update_cell(str(card_id), "mark", "✓" if card_id in self.marked else "")

    def action_mark(self) -> None:
        card_id = self.selected_id()
        if card_id is None:
            return
        self.marked ^= {card_id}
        self._show_mark(card_id)
        self.query_one("#results", DataTable).action_cursor_down()
        self.show_count()

    def action_mark_all(self) -> None:
        all_ids = {r.id for r in self.rows}
        self.marked = set() if self.marked >= all_ids else all_ids
        for card_id in all_ids:
            self._show_mark(card_id)
        self.show_count()

    # -- sorting and focus -----------------------------------------------------------
    def action_cycle_order(self) -> None:
        self.order = ORDERS[(ORDERS.index(self.order) + 1) % len(ORDERS)] if self.order in ORDERS else "due"
        self.descending = False
        self.search()

    def action_reverse(self) -> None:
        self.descending = not self.descending
        self.search()

    def action_study_these(self) -> None:
        """A custom study session of the current search's cards (srs.service.custom_study)."""
        from srs.service.custom_study import start_custom_study

        query = self.query_one(Input).value

        def started(result: Any) -> None:
            srs_app(self).action_study(None, result.search)

        run_db(self, lambda col: start_custom_study(col, "search", None, query), started,
               failed=self.status)

    def action_focus_search(self) -> None:
        self.query_one(Input).focus()

    def action_view_image(self) -> None:
        message = view_image(srs_app(self).viewer, self.preview_images, self.image_turn)
        self.image_turn += 1
        self.query_one("#browse-status", Label).update(Text(message))

    def action_focus_preview(self) -> None:
        self.query_one("#preview-pane", VerticalScroll).focus()

    def action_back(self) -> None:
        srs_app(self).go_home()


def _asks_suggestions(query: str) -> bool:
    from srs.service.search import QueryError
    from srs.service.suggestion_views import mentions_suggested

    try:
        return mentions_suggested(query)
    except QueryError:  # a query that does not parse is reported by the card search
        return False


if TYPE_CHECKING:
    def _host(screen: BrowseScreen) -> SelectionHost:
        return screen  # mypy checks here that BrowseScreen gives the actions all they use
