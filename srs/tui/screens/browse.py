"""Browse: search (Anki-like syntax), a sortable table, a preview; card info, suspend, flag, delete,
forget and set due date (those two undoable with u / U while the browser is open)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import JustifyMethod
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Input, Label, Markdown

from srs.core.consts import SHORT_STATE_NAMES, STATE_NAMES
from srs.service.card_actions import delete_cards, set_flag, set_suspended
from srs.service.cards_view import card_view
from srs.service.rescheduling import forget_cards, redo_change, set_due_date, undo_change
from srs.service.search import QueryError, search_cards
from srs.tui.format import flag_label, interval_label, one_line, plural, short_date
from srs.tui.jobs import run_db
from srs.tui.typed_app import srs_app

if TYPE_CHECKING:
    from srs.core.due_dates import DueSpec
    from srs.service import Collection
    from srs.service.cards_view import CardView
    from srs.service.rescheduling import CardChange

LIMIT = 500
ORDERS = ["due", "difficulty", "lapses", "interval", "reps", "added"]
ORDER_OF_COLUMN = {"due": "due", "ivl": "interval", "diff": "difficulty", "lapses": "lapses", "deck": "deck"}
COLUMN_HELP = (
    "Columns: Due date · Ivl interval · Diff FSRS difficulty (1–10) · Laps lapses · State new/learn/review/relearn, "
    "or susp./buried · ⚑ flag number · Deck (last part) · Front."
)
SYNTAX = (
    "deck:NAME  tag:NAME  is:due|new|learn|review|suspended|buried  flag:1  kind:cloze  source:file.md\n"
    "prop:ivl>=10  prop:lapses>2  prop:d>7  rated:7  added:3  \"a phrase\"  word*  -negate  a OR b  ( … )"
)


def preview_markdown(card: CardView) -> str:
    where = card.source.rsplit("/", 1)[-1] if card.source else "no source"
    meta = [card.deck, card.kind, STATE_NAMES.get(card.state, "?"), f"due {short_date(card.due)}",
            f"{card.reps} reps", f"{card.lapses} lapses"]
    if card.flag:
        meta.append(flag_label(card.flag))
    if card.suspended:
        meta.append("suspended")
    return f"*{' · '.join(meta)}* · `{where}:{card.line}`\n\n{card.front}\n\n---\n\n{card.back}"


class BrowseScreen(Screen[None]):
    SCREEN_NAME = "Browse"
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("slash", "focus_search", "Search"),
        Binding("o", "cycle_order", "Sort"),
        Binding("enter", "info", "Card info", show=False),
        Binding("e", "edit", "Edit", show=False),
        Binding("r", "reverse", "Reverse", show=False),
        Binding("s", "toggle_suspend", "Suspend/unsuspend"),
        Binding("f", "flag", "Flag"),
        Binding("d,delete", "delete", "Delete"),
        Binding("n", "forget", "Forget (reset to new)", show=False),
        Binding("t", "set_due", "Set due date", show=False),
        Binding("u", "undo", "Undo forget/set due", show=False),
        Binding("U", "redo", "Redo", show=False),
        Binding("question_mark", "app.help", "Help"),
    ]
    HELP = (
        "Type a search and press Enter (or wait a moment); Down or Tab moves to the results.\n"
        "o changes the sort (due, difficulty, lapses, interval, reps, added), r reverses it; "
        "clicking a column header sorts by it.\n"
        "Enter on a row opens card info (Esc comes back); e edits the card's note ($EDITOR, or the in-app editor).\n"
        "s suspends or unsuspends, f sets a flag, d deletes (after you confirm).\n"
        "n forgets the card (it becomes new; its history stays), t sets its due date (0 today, 1! tomorrow with\n"
        "the interval reset, 3-7 a day in that range); u undoes those, U redoes them.\n" + COLUMN_HELP + "\n\nSearch syntax:\n" + SYNTAX
    )

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial = query
        self.order = "due"
        self.descending = False
        self.rows: list[Any] = []
        self._debounce: Timer | None = None
        self.front_width = 40
        self.undo_stack: list[CardChange] = []  # forget / set due, newest last
        self.redo_stack: list[CardChange] = []

    def compose(self) -> ComposeResult:
        yield Input(self.initial, placeholder="Search, e.g.  deck:aws is:due   (F1: syntax)", id="query")
        yield Label("", id="browse-status")
        yield DataTable(id="results", cursor_type="row", zebra_stripes=True)
        yield Markdown(id="preview")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        table = self.query_one("#results", DataTable)
        columns = [("Due", "due", 10), ("Ivl", "ivl", 5), ("Diff", "diff", 4), ("Laps", "lapses", 4),
                   ("State", "state", 7), ("⚑", "flag", 2), ("Deck", "deck", 10)]
        used = sum(w + 2 * table.cell_padding for _l, _k, w in columns) + 2 * table.cell_padding + 2  # + scrollbar
        self.front_width = max(16, self.size.width - used)
        columns.append(("Front", "front", self.front_width))
        for label, key, width in columns:
            justify: JustifyMethod = "right" if key in ("ivl", "diff", "lapses") else "left"
            table.add_column(Text(label, justify=justify), key=key, width=width)
        self.query_one(Input).focus()
        self.search()

    # -- searching ---------------------------------------------------------------
    def status(self, text: str, *, error: bool = False) -> None:
        label = self.query_one("#browse-status", Label)
        label.update(("✗ " if error else "") + text)
        label.set_class(error, "-error")

    def search(self, keep_row: int | None = None) -> None:
        query, order, descending = self.query_one(Input).value, self.order, self.descending

        def run(col: Collection) -> tuple[list[Any], str | None]:
            try:
                if _asks_suggestions(query):
                    return [], None
                return search_cards(col, query, order=order, descending=descending, limit=LIMIT + 1), None
            except QueryError as exc:
                return [], str(exc)

        run_db(self, run, lambda result: self.show_rows(*result, keep_row=keep_row), group="search", exclusive=True)

    def show_rows(self, rows: list[Any], error: str | None, keep_row: int | None = None) -> None:
        if error is not None:
            self.status(error, error=True)
            return
        more = len(rows) > LIMIT
        self.rows = rows[:LIMIT]
        table = self.query_one("#results", DataTable)
        table.clear()
        for r in self.rows:
            state = "susp." if r.suspended else "buried" if r.buried else SHORT_STATE_NAMES.get(r.state, "?")
            table.add_row(
                short_date(r.due), Text(interval_label(r.interval_days if r.state else None), justify="right"),
                Text("—" if r.difficulty is None else f"{r.difficulty:.1f}", justify="right"),
                Text(str(r.lapses), justify="right"), state, str(r.flag) if r.flag else "",
                one_line(r.deck.rsplit("::", 1)[-1], 10), one_line(r.front, self.front_width),
                key=str(r.id),
            )
        arrow = "↓" if self.descending else "↑"
        shown = f"first {LIMIT} cards (refine the search to see others)" if more else plural(len(self.rows), "card")
        self.status(f"{shown} · sorted by {self.order} {arrow}")
        if keep_row is not None and self.rows:
            table.move_cursor(row=min(keep_row, len(self.rows) - 1))
        if _asks_suggestions(self.query_one(Input).value):
            self.status("is:suggested: press Enter to see the matching suggestions in the Inbox")
        if not self.rows:
            self.query_one("#preview", Markdown).update("*No card matches this search.*")

    def on_input_changed(self, event: Input.Changed) -> None:
        if self._debounce is not None:
            self._debounce.stop()
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
        await self.query_one("#preview", Markdown).update(preview_markdown(card) if card else "*This card is gone.*")

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_info()

    def action_info(self) -> None:
        from srs.tui.screens.card_info import CardInfoScreen

        card_id = self.selected_id()
        if card_id is not None:
            self.app.push_screen(CardInfoScreen(card_id))

    def action_edit(self) -> None:
        """The note's file in $EDITOR (then re-imported), or the in-app editor for a card with no notes file."""
        from srs.tui.screens.note_editor import edit_by_id

        card_id = self.selected_id()
        if card_id is None:
            return
        keep = self.query_one("#results", DataTable).cursor_row

        def done(message: str) -> None:
            self.app.notify(message, timeout=3)
            self.search(keep_row=keep)

        edit_by_id(self, card_id, done=done, failed=lambda message: self.status(message, error=True))

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        order = ORDER_OF_COLUMN.get(str(event.column_key.value))
        if order is None:
            return
        self.descending = not self.descending if order == self.order else False
        self.order = order
        self.search()

    # -- acting on the selected card -------------------------------------------------
    def selected_id(self) -> int | None:
        table = self.query_one("#results", DataTable)
        if not self.rows or table.row_count == 0:
            return None
        return int(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or 0)

    def selected_row(self) -> Any | None:
        card_id = self.selected_id()
        return next((r for r in self.rows if r.id == card_id), None)

    def _change(self, fn: Any, message: str) -> None:
        keep = self.query_one("#results", DataTable).cursor_row

        def done(_result: object) -> None:
            self.app.notify(message, timeout=3)
            self.search(keep_row=keep)

        run_db(self, fn, done)

    def action_toggle_suspend(self) -> None:
        row = self.selected_row()
        if row is not None:
            value = not row.suspended
            self._change(lambda col: set_suspended(col, [row.id], value), "Suspended." if value else "Unsuspended.")

    def action_flag(self) -> None:
        from srs.tui.screens.flag import FlagScreen

        row = self.selected_row()
        if row is not None:
            def picked(flag: int | None) -> None:
                if flag is not None:
                    self._change(lambda col: set_flag(col, [row.id], flag), f"Flag set to {flag_label(flag) or 'none'}.")

            self.app.push_screen(FlagScreen(row.flag), picked)

    def action_delete(self) -> None:
        from srs.tui.screens.confirm import ConfirmScreen

        row = self.selected_row()
        if row is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._change(lambda col: delete_cards(col, [row.id]), "Deleted.")

        detail = f"{one_line(row.front, 60)}\n({row.deck}; its review history goes too)"
        self.app.push_screen(ConfirmScreen("Delete this card?", detail), confirmed)

    def _reschedule(self, fn: Any, message: str) -> None:
        """Run an undoable change (forget, set due) and remember it for u."""
        keep = self.query_one("#results", DataTable).cursor_row

        def done(change: CardChange) -> None:
            self.undo_stack.append(change)
            self.redo_stack.clear()
            self.app.notify(message, timeout=3)
            self.search(keep_row=keep)

        run_db(self, fn, done)

    def action_forget(self) -> None:
        from srs.tui.screens.confirm import ConfirmScreen

        row = self.selected_row()
        if row is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._reschedule(lambda col: forget_cards(col, [row.id]), "Reset to new (u undoes).")

        detail = f"{one_line(row.front, 60)}\nIts memory state goes; its review history stays."
        self.app.push_screen(ConfirmScreen("Forget this card (reset it to new)?", detail), confirmed)

    def action_set_due(self) -> None:
        from srs.tui.screens.set_due import SetDueScreen

        row = self.selected_row()
        if row is None:
            return

        def picked(spec: DueSpec | None) -> None:
            if spec is not None:
                self._reschedule(lambda col: set_due_date(col, [row.id], spec), f"Due date set: {spec} (u undoes).")

        self.app.push_screen(SetDueScreen(f"“{one_line(row.front, 40)}”"), picked)

    def _step(self, take: list[CardChange], give: list[CardChange], fn: Any, verb: str) -> None:
        """Undo (or redo) the newest change of ``take``; it moves to ``give`` once the database has it."""
        if not take:
            self.app.notify(f"Nothing to {verb} here (forget and set due date can be undone).", timeout=3)
            return
        change = take.pop()
        keep = self.query_one("#results", DataTable).cursor_row

        def done(_n: int) -> None:
            give.append(change)
            self.app.notify(f"{dict(undo='Undone', redo='Redone')[verb]}: {change.action}.", timeout=3)
            self.search(keep_row=keep)

        def failed(msg: str) -> None:
            take.append(change)
            self.app.notify(msg)

        run_db(self, lambda col: fn(col, change), done, failed=failed)

    def action_undo(self) -> None:
        self._step(self.undo_stack, self.redo_stack, undo_change, "undo")

    def action_redo(self) -> None:
        self._step(self.redo_stack, self.undo_stack, redo_change, "redo")

    def action_cycle_order(self) -> None:
        self.order = ORDERS[(ORDERS.index(self.order) + 1) % len(ORDERS)] if self.order in ORDERS else "due"
        self.descending = False
        self.search()

    def action_reverse(self) -> None:
        self.descending = not self.descending
        self.search()

    def action_focus_search(self) -> None:
        self.query_one(Input).focus()

    def action_back(self) -> None:
        srs_app(self).go_home()


def _asks_suggestions(query: str) -> bool:
    from srs.service.search import QueryError
    from srs.service.suggestions import mentions_suggested

    try:
        return mentions_suggested(query)
    except QueryError:  # a query that does not parse is reported by the card search
        return False
