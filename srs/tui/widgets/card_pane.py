"""A card: the front, and below a rule the back once it is revealed, as markdown.

Rendered with Rich's markdown (code blocks, lists, tables) into two Static
widgets: one render per card instead of a widget per markdown block keeps
answer → next card well under 50 ms on a large collection. A side's images
show as placeholder lines in the text, and as pictures under it where the
terminal draws them (srs.tui.widgets.card_images).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from srs.tui.widgets.card_images import ImageStrip, with_placeholders
from srs.tui.widgets.card_markdown import CardMarkdown

if TYPE_CHECKING:
    from srs.service.card_media import CardImage


class CardPane(VerticalScroll):
    """Scrolls with the arrow keys and page up/down when a card is long."""

    def compose(self) -> ComposeResult:
        yield Static(id="front")
        yield ImageStrip(id="front-images")
        yield Static("── answer ──", id="divider")
        yield Static(id="back")
        yield ImageStrip(id="back-images")

    def markdown(self, text: str) -> CardMarkdown:
        return CardMarkdown(text, dark=self.app.current_theme.dark)

    def show(self, front: str, back: str, images: list[CardImage] | None = None, *, pictures: bool = False) -> None:
        """``images``: the card's (srs.service.card_media.card_images); ``pictures``: draw them too."""
        images = images or []
        on_front = sum(1 for image in images if image.side == "front")
        self._show_back(False)
        self.query_one("#front", Static).update(self.markdown(with_placeholders(front, images, 0)))
        self.query_one("#back", Static).update(self.markdown(with_placeholders(back, images, on_front)))
        for strip, side in (("#front-images", "front"), ("#back-images", "back")):
            if pictures or self.query_one(strip, ImageStrip).children:
                self.query_one(strip, ImageStrip).show([i for i in images if i.side == side] if pictures else [])
        self.scroll_home(animate=False)

    def reveal(self) -> None:
        self._show_back(True)
        self.call_after_refresh(self.scroll_to_widget, self.query_one("#back"), animate=False)

    def _show_back(self, shown: bool) -> None:
        """The divider, the back and its images: their own ``display``, not a class on the pane, whose change
        would re-match the stylesheet against every widget in it on each card."""
        for part in ("#divider", "#back", "#back-images"):
            self.query_one(part).display = shown
