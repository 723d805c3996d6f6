"""Card info (``i`` in review, Enter in browse): one scrollable screen with all there is to know
about a card, as `srs show` prints it. Esc returns to the screen underneath, as it was."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from rich.console import JustifyMethod
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Label, Markdown, Static

from srs.core.consts import FLAG_NAMES, RATING_NAMES, STATE_NAMES, Rating, State
from srs.core.days import format_interval
from srs.core.printable import printable
from srs.service.card_info import card_info
from srs.tui.images import view_image
from srs.tui.jobs import run_db
from srs.tui.typed_app import srs_app
from srs.tui.widgets.card_images import ImageStrip, with_placeholders

if TYPE_CHECKING:
    from srs.service import Collection
    from srs.service.card_info import CardInfo
    from srs.service.card_media import CardImage


def _when(moment: datetime, with_time: bool = True) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def facts(info: CardInfo) -> Table:
    """The card's place and schedule as label/value rows."""
    v = info.view
    table = Table.grid(padding=(0, 2))
    table.add_column(style="dim", no_wrap=True)
    table.add_column(overflow="fold")  # a long path wraps rather than losing its line number
    state = STATE_NAMES.get(State(v.state), str(v.state)) + (" (suspended)" if v.suspended else "")
    due = "new card: not scheduled yet" if v.state == State.NEW else _when(v.due, with_time=v.state != State.REVIEW)
    rows = [
        ("deck", v.deck),
        ("context", v.context),
        ("source", info.origin),
        ("rule", f"{v.kind} (rule {v.rule})"),
        ("state", state),
        ("due", due),
        ("interval", "—" if info.interval is None else format_interval(info.interval)),
        ("stability", "—" if v.stability is None else f"{v.stability:.1f} days"),
        ("difficulty", "—" if v.difficulty is None else f"{v.difficulty:.1f} / 10"),
        ("retrievability", "—" if info.retrievability is None else f"{info.retrievability * 100:.0f}% now"),
        ("reviews", f"{v.reps} reps · {v.lapses} lapses"),
        ("flag", FLAG_NAMES.get(v.flag, str(v.flag))),
        ("tags", " ".join(v.tags) or "—"),
        ("ids", f"card {v.id} · note {v.note_id}"),
    ]
    for label, value in rows:
        table.add_row(label, Text(printable(value, lines=False)))  # Text: a bracket in a note is not markup
    return table


def history(info: CardInfo) -> Table | Text:
    """Every answer, oldest first: date, rating, the interval it gave, the time taken."""
    if not info.history:
        return Text("Not reviewed yet.", style="dim")
    table = Table(box=None, pad_edge=False, padding=(0, 2), header_style="dim")
    columns: tuple[tuple[str, JustifyMethod], ...] = (("date", "left"), ("rating", "left"), ("interval", "right"),
                                                      ("time", "right"))
    for head, justify in columns:
        table.add_column(head, justify=justify, no_wrap=True)
    for a in info.history:
        rating = RATING_NAMES.get(Rating(a.rating), "Reset") if a.rating in set(Rating) else "Reset"  # rating 0: a reset ("Forget") imported from Anki
        table.add_row(_when(a.reviewed_at), rating, format_interval(a.interval), f"{a.duration_ms / 1000:.1f} s")
    return table


class CardInfoScreen(Screen[None]):
    SCREEN_NAME = "Card info"
    BINDINGS = [
        Binding("escape,q,i", "close", "Close"),
        Binding("v", "view_image", "Open image"),  # in the footer only when the card has one
        Binding("question_mark", "app.help", "Help"),
    ]
    HELP = ("Arrow keys, Page Up/Down and the mouse wheel scroll. Esc returns to where you were.\n"
            "v opens the card's image in the system viewer (v again: the next one).")

    def __init__(self, card_id: int) -> None:
        super().__init__()
        self.card_id = card_id
        self.info: CardInfo | None = None
        self.images: list[CardImage] = []
        self.image_turn = 0

    def compose(self) -> ComposeResult:
        yield Label(f"Card {self.card_id}", id="info-title")
        with VerticalScroll(id="info-scroll"):
            yield Static("Front", classes="info-head")
            yield Markdown(id="info-front")
            yield ImageStrip(id="info-front-images")
            yield Static("Back", classes="info-head")
            yield Markdown(id="info-back")
            yield ImageStrip(id="info-back-images")
            yield Static("Card", classes="info-head")
            yield Static(id="info-facts")
            yield Static("Review history", classes="info-head")
            yield Static(id="info-history")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#info-scroll", VerticalScroll).focus()
        card_id = self.card_id

        def load(col: Collection) -> CardInfo | None:
            return card_info(col, card_id)

        run_db(self, load, self.show)

    async def show(self, info: CardInfo | None) -> None:
        self.info = info
        if info is None:
            self.query_one("#info-title", Label).update(f"Card {self.card_id} is gone (deleted meanwhile).")
            return
        self.query_one("#info-title", Label).update(Text(printable(f"Card {info.view.id} · {info.view.context}", lines=False)))
        from srs.service.card_media import card_images

        view = info.view
        self.images = card_images(srs_app(self).collection.media_dir, view.front, view.back)
        on_front = sum(1 for image in self.images if image.side == "front")
        await self.query_one("#info-front", Markdown).update(with_placeholders(view.front, self.images, 0))
        await self.query_one("#info-back", Markdown).update(with_placeholders(view.back, self.images, on_front))
        if srs_app(self).inline_images:
            self.query_one("#info-front-images", ImageStrip).show(self.images[:on_front])
            self.query_one("#info-back-images", ImageStrip).show(self.images[on_front:])
        self.refresh_bindings()
        self.query_one("#info-facts", Static).update(facts(info))
        self.query_one("#info-history", Static).update(history(info))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return bool(self.images) if action == "view_image" else True

    def action_view_image(self) -> None:
        message = view_image(srs_app(self).viewer, self.images, self.image_turn)
        self.image_turn += 1
        self.notify(message, timeout=4, markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
