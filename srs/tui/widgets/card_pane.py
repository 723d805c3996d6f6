"""A card: the front, and below a rule the back once it is revealed, as markdown."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown, Static


class CardPane(VerticalScroll):
    """Scrolls with the arrow keys and page up/down when a card is long."""

    def compose(self) -> ComposeResult:
        yield Markdown(id="front")
        yield Static("── answer ──", id="divider")
        yield Markdown(id="back")

    async def show(self, front: str, back: str) -> None:
        self.set_class(False, "-revealed")
        await self.query_one("#front", Markdown).update(front)
        await self.query_one("#back", Markdown).update(back)
        self.scroll_home(animate=False)

    def reveal(self) -> None:
        self.set_class(True, "-revealed")
        self.call_after_refresh(self.scroll_to_widget, self.query_one("#back"), animate=False)
