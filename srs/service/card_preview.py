"""Card text as a table row shows it: one line of plain text, markdown markup removed."""

from __future__ import annotations

import functools
import re

_MARKDOWN = [(re.compile(rx), repl) for rx, repl in (  # links, images → text; drop tags, headings, quotes, lists, emphasis
    (r"!\[\]\((?:<([^>\n]*)>|([^)\s]*))[^)]*\)", r"(image: \1\2)"),  # an image without words: its name, not nothing
    (r"!?\[([^\]]*)\]\([^)]*\)", r"\1"), (r"<[^>]+>", " "), (r"(?m)^\s*(?:```+.*|#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", " "),
    (r"(\*\*|__|~~)(.+?)\1", r"\2"), (r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1"), (r"`+", ""), (r"\s+", " "))]
_MARKUP = re.compile("[\\[<*_~`#>\t\n\v\f\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_LIST = re.compile(r"\s|(?:[-+]|\d+[.)]) ")


def plain_preview(markdown: str, width: int = 120) -> str:
    """One line of plain text: markdown markup removed, shortened with an ellipsis (plain one-liners skip the regexes)."""
    text = markdown[: width * 4]  # plenty for one line, and fast on long notes
    if _MARKUP.search(text) or "  " in text or _LIST.match(text):
        text = functools.reduce(lambda t, rule: rule[0].sub(rule[1], t), _MARKDOWN, text)
    text = text.strip()
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
