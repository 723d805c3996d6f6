"""A card side drawn through CardMarkdown (one parser for the session) looks exactly as through Rich's
Markdown with the same options: tables, code, lists, emphasis, strikethrough, links, in both themes."""

from __future__ import annotations

import pytest
from rich.console import Console
from rich.markdown import Markdown

from srs.tui.widgets.card_markdown import CardMarkdown

SIDES = [
    "What does **TCP** stand for?",
    "# Heading\n\n- one\n- two with `inline code`\n\n1. first\n2. ~~struck~~ *second*",
    "| port | protocol |\n|---:|---|\n| 22 | SSH |\n| 443 | HTTPS |",
    "```python\ndef f(x):\n    return x + 1\n```\n\n> a quote with a [link](https://example.org) and https://example.org",
    "",
]


def drawn(renderable: object) -> str:
    console = Console(width=60, record=True, color_system="truecolor", force_terminal=True)
    console.print(renderable)
    return console.export_text(styles=True)


@pytest.mark.parametrize("dark", [True, False])
@pytest.mark.parametrize("text", SIDES)
def test_card_markdown_draws_as_rich_markdown(text: str, dark: bool) -> None:
    theme = "github-dark" if dark else "default"
    rich = Markdown(text, code_theme=theme, inline_code_lexer="text", inline_code_theme=theme, hyperlinks=False)
    assert drawn(CardMarkdown(text, dark=dark)) == drawn(rich)


def test_one_parser_serves_every_card() -> None:
    first, second = CardMarkdown("**a**", dark=True), CardMarkdown("*b*", dark=False)
    assert "a" in drawn(first) and "b" in drawn(second)
    assert drawn(CardMarkdown("**a**", dark=True)) == drawn(first), "parsing one text leaves nothing for the next"


def test_angle_bracket_placeholders_on_a_card_are_shown_not_dropped_as_html() -> None:
    # "<tablespace_id>+<page_id>+<data>": a format written with placeholders; "<data>" read as a tag would vanish
    shown = drawn(CardMarkdown("Format: `x` <tablespace_id>+<page_id>+<record_type>+<data>", dark=True))
    assert "<data>" in shown and "<record_type>" in shown, shown
