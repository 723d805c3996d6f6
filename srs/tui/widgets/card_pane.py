"""A card: the front, and below a rule the back once it is revealed, as markdown.

Rendered with Rich's markdown (code blocks, lists, tables) into two Static
widgets: one render per card instead of a widget per markdown block keeps
answer → next card well under 50 ms on a large collection.
"""

from __future__ import annotations

from rich.markdown import Markdown
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static


class CardPane(VerticalScroll):
    """Scrolls with the arrow keys and page up/down when a card is long."""

    def compose(self) -> ComposeResult:
        yield Static(id="front")
        yield Static("── answer ──", id="divider")
        yield Static(id="back")

    def markdown(self, text: str) -> Markdown:
        dark = self.app.current_theme.dark
        return Markdown(
            text,
            code_theme="github-dark" if dark else "default",
            inline_code_lexer="text",
            inline_code_theme="github-dark" if dark else "default",
            hyperlinks=False,
        )

    def show(self, front: str, back: str) -> None:
        self.set_class(False, "-revealed")
        self.query_one("#front", Static).update(self.markdown(front))
        self.query_one("#back", Static).update(self.markdown(back))
        self.scroll_home(animate=False)

    def reveal(self) -> None:
        self.set_class(True, "-revealed")
        self.call_after_refresh(self.scroll_to_widget, self.query_one("#back"), animate=False)
