"""A card side as Rich markdown, parsed by one parser for the whole session.

Rich's ``Markdown`` builds a new markdown-it parser for every text (its rules,
the link-detection patterns): about 2 ms, twice a card, on the UI thread,
where parsing the card itself takes a tenth of that. ``CardMarkdown`` is the
same renderable with the attributes Rich's constructor sets, parsed by a
parser made once (tests/tui/test_tui_card_markdown.py checks it draws the same).
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token
from rich.markdown import Markdown

_parser: list[MarkdownIt] = []  # made on first use, then reused (parsing keeps no state between texts)


def _parse(markup: str) -> list[Token]:
    if not _parser:
        # as rich.markdown.Markdown does, but raw HTML off: a card's "<page_id>+<data>" is text, not a tag to drop
        # (cards hold markdown; the importers turn HTML into markdown before a card is stored)
        _parser.append(MarkdownIt("commonmark", {"html": False}).enable("strikethrough").enable("table"))
    return _parser[0].parse(markup)


class CardMarkdown(Markdown):
    def __init__(self, markup: str, *, dark: bool) -> None:  # noqa: D107 -- Rich's __init__ is replaced, see the module
        theme = "github-dark" if dark else "default"
        self.markup = markup
        self.parsed = _parse(markup)
        self.code_theme = theme
        self.justify = None
        self.style = "none"
        self.hyperlinks = False
        self.inline_code_lexer = "text"
        self.inline_code_theme = theme
