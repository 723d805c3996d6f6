"""The one HTML → markdown converter behind :mod:`srs.anki.html_to_md`: html-to-markdown.

Why this one, measured on 30 real shared decks (51,806 fields; the licensed
ones are in tests/data/anki_decks), each field converted, rendered back and
compared as a structure: html-to-markdown (Rust, MIT, html5ever) changed list
items in 19 fields where markdownify (pure Python) changed them in 226, and
text in 29 fields (ruby aside) against 776; it converts a field in ~30 µs
against ~200 µs, which keeps a 50,000-note import within its 3 s budget. With
the repairs below (and our ~30 µs for them), none of the 51,806 fields differs.

Only its public API is used: ``convert(html, options)``.
``repair`` (:mod:`srs.anki.html_repair`) first mends what browsers forgive
and converters do not: block content inside headings, links with no text,
bold/italic set by ``style``, source newlines, ruby, emphasis opening on punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import unquote

import html_to_markdown
from html_to_markdown import (
    CodeBlockStyle,
    ConversionOptions,
    HeadingStyle,
    HiddenContent,
    HighlightStyle,
    InlineDataMedia,
    LinkStyle,
    ListIndentType,
    NewlineStyle,
    OutputFormat,
    TierStrategy,
    UrlEscapeStyle,
    WhitespaceMode,
)

from .html_repair import repair

_BACKSLASH = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_HTML_LIKE = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")
# a line of plain text that markdown would read as a list item, heading or quote
_MARK_STARTS = frozenset("-+*>#0123456789 \t")
_BLOCK_MARK = re.compile(r"^([ \t]*)(?:([-+*>#])|(\d{1,9})([.)]))(?=[ \t]|$)", re.MULTILINE)

# Every element an image can sit in keeps it as ``![alt](src)`` (the default
# keeps only the alt text inside headings, cells, links and list items).
_IMAGE_HOLDERS = ["h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "li", "a", "p", "div", "span", "b",
                  "strong", "i", "em", "u", "s", "summary", "figure", "figcaption", "blockquote", "label"]

# Enum members, not their names: the public ``convert`` maps a string option to
# its enum on every call (~60 µs a field); a member passes straight through.
OPTIONS = ConversionOptions(
    heading_style=HeadingStyle.ATX, list_indent_type=ListIndentType.SPACES, list_indent_width=2,
    bullets="-", strong_em_symbol="*", escape_asterisks=True, escape_underscores=True,
    highlight_style=HighlightStyle.NONE, whitespace_mode=WhitespaceMode.NORMALIZED,
    newline_style=NewlineStyle.BACKSLASH, code_block_style=CodeBlockStyle.BACKTICKS,
    inline_data_media=InlineDataMedia.KEEP, hidden_content=HiddenContent.DROP,
    url_escape_style=UrlEscapeStyle.ANGLE, link_style=LinkStyle.INLINE, output_format=OutputFormat.MARKDOWN,
    tier_strategy=TierStrategy.AUTO, extract_metadata=False, sub_symbol="", sup_symbol="",
    keep_inline_images_in=_IMAGE_HOLDERS,
    # decorative icons (GitHub's heading anchors, alert octicons) are not content
    exclude_selectors=['svg[aria-hidden="true"]', "svg.octicon"],
)


def convert(html: str) -> str:
    """One field's HTML as markdown (before the tidy pass)."""
    return html_to_markdown.convert(repair(html), OPTIONS).content or ""


def escape_text(text: str) -> str:
    """Markdown-escape literal text so it renders back to the same text."""
    if "\\" in text:
        text = _BACKSLASH.sub(r"\\\\", text)
    text = text.replace("*", r"\*").replace("_", r"\_").replace("`", r"\`")
    if "<" in text:
        text = _HTML_LIKE.sub(r"\\<", text)
    if "&" in text:
        text = _ENTITY_LIKE.sub(r"\\&", text)
    if text[:1] in _MARK_STARTS or "\n" in text:  # most fields start with a letter: no regex
        text = _BLOCK_MARK.sub(_escape_mark, text)
    return text


def _escape_mark(m: re.Match[str]) -> str:
    """"- x" / "1. x" / "# x" / "> x" at a line start stays text, not a list, heading or quote."""
    if m.group(2):
        return f"{m.group(1)}\\{m.group(2)}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"


_IMAGE = re.compile(r"!\[((?:[^\]\\]|\\.)*)\]\((<[^>\n]*>|[^)\s]*)((?:\s+\"[^\"\n]*\")?)\)")


def map_images(md: str, media: Mapping[str, str]) -> str:
    """``![alt](orig name.png)`` → ``![alt](safe_name.png)`` for packaged media."""
    if not media or "![" not in md:
        return md

    def repl(m: re.Match[str]) -> str:
        url = m.group(2)
        raw = url[1:-1] if url.startswith("<") else url
        target = media.get(raw) or media.get(unquote(raw))
        if target is None:
            return m.group(0)
        return f"![{m.group(1)}]({target}{m.group(3)})"

    return _IMAGE.sub(repl, md)
