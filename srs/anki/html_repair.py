"""Mend field HTML the way a browser reads it, before it becomes markdown.

Shared decks are pasted from web pages and word processors, and carry HTML a
browser forgives but a markdown converter does not:

- ``<h4><p>…</p><ul>…</ul><img></h4>``: block content inside a heading. A
  markdown heading is one line, so the list would be flattened into it. Here
  the block content ends the heading (its first paragraph becomes the heading
  text when the heading has none of its own).
- ``<a class="anchor" href="#x"><svg>…</svg></a>``: a link with no text of its
  own (GitHub's heading anchors, icon links). The converter would write the
  URL as its text. It becomes nothing, or the images it holds.
- ``<span style="font-weight: 600">``, ``<b style="font-weight: normal">``
  (Google Docs), ``font-style: italic``: emphasis set by style, which the
  converter ignores. Each run of text gets the bold/italic tags the browser
  would show it with.
- ``<b><h3>…</h3></b>``: emphasis around a whole block. Markdown emphasis
  cannot hold a heading or a list, so the emphasis moves inside, onto the text
  (the style step below does this).
- ``<ruby>陳<rp>(</rp><rt>ㄔㄣˊ</rt><rp>)</rp></ruby>``: each base keeps its reading
  right after it, as ``陳(ㄔㄣˊ)`` (what a browser without ruby shows), not
  all readings after all bases.
- ``<summary>`` is shown as plain text, not bold: it becomes a paragraph.
- ``narasyon<b>, hindi…</b>``: emphasis that opens on punctuation and a space
  right after a letter cannot open in markdown (its stars would show); the
  punctuation and space move out in front of it.
- A line break in the HTML source is a space (outside ``<pre>``); the converter
  would keep it, and ``"\n- name"`` would come back as a list.

Each step runs only on fields that need it (a substring check first), so the
common field pays nothing. The style step reads tags with the standard
library's tokenizer, which keeps misnested HTML as written.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_HEADING = re.compile(r"<(h[1-6])\b([^>]*)>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_START = re.compile(
    r"<(?:p|div|ul|ol|dl|table|pre|blockquote|h[1-6]|section|article|figure|hr|details|center)\b", re.IGNORECASE)
_FIRST_PARAGRAPH = re.compile(r"\s*<(p|div)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_LINK = re.compile(r"<a\b[^>]*>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SVG = re.compile(r"<svg\b.*?</svg\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_EMPHASIS_STYLE = re.compile(r"font-(?:weight|style)\s*:", re.IGNORECASE)
_SUMMARY = re.compile(r"<(/?)summary\b[^>]*>", re.IGNORECASE)
_EMPHASIS_AROUND_BLOCK = re.compile(
    r"<(?:b|strong|i|em)\b[^>]*>\s*<(?:h[1-6]|p|div|ul|ol|dl|table|pre|blockquote)\b", re.IGNORECASE)
_RUBY = re.compile(r"<ruby\b[^>]*>(.*?)</ruby\s*>", re.IGNORECASE | re.DOTALL)
_RUBY_FALLBACK = re.compile(r"<rp\b[^>]*>.*?</rp\s*>|</?(?:rb|rtc)\b[^>]*>", re.IGNORECASE | re.DOTALL)
_RUBY_TEXT = re.compile(r"<rt\b[^>]*>(.*?)(?:</rt\s*>|(?=<rt\b)|$)", re.IGNORECASE | re.DOTALL)
_PUNCT_OPENING = re.compile(r"<(b|strong|i|em)\b([^>]*)>((?:\s|&nbsp;)*[^\w\s<&]+(?:\s|&nbsp;)+)", re.IGNORECASE)
_PRE = re.compile(r"(<(pre|textarea)\b.*?</\2\s*>)", re.IGNORECASE | re.DOTALL)
_NEWLINES = re.compile(r"[ \t]*[\r\n]+[ \t]*")


def repair(field: str) -> str:
    """The field with the repairs above applied (unchanged when none applies)."""
    if "<" not in field:
        return field
    if "\n" in field or "\r" in field:
        field = _source_newlines_as_spaces(field)
    lower = field.lower()
    if "<h" in lower and _HEADING.search(field):
        field = _HEADING.sub(_end_heading_at_block, field)
    if "<a" in lower:
        field = _LINK.sub(_textless_link, field)
    if "<ruby" in lower:
        field = _RUBY.sub(_ruby_inline, field)
    if "<summary" in lower:
        field = _SUMMARY.sub(lambda m: f"<{m.group(1)}p>", field)
    if ("font-" in lower and _EMPHASIS_STYLE.search(field)) or _EMPHASIS_AROUND_BLOCK.search(field):
        field = _StyledEmphasis.rewrite(field)
    if ("<b" in lower or "<i" in lower or "<s" in lower or "<e" in lower) and _PUNCT_OPENING.search(field):
        field = _PUNCT_OPENING.sub(r"\3<\1\2>", field)
    return field


def _source_newlines_as_spaces(field: str) -> str:
    parts = _PRE.split(field)  # [text, pre, tag name, text, pre, tag name, …]
    for i in range(0, len(parts), 3):
        parts[i] = _NEWLINES.sub(" ", parts[i])
    return "".join(p for i, p in enumerate(parts) if i % 3 != 2)


def _visible_text(fragment: str) -> str:
    return html.unescape(_TAG.sub("", _SVG.sub("", fragment))).replace("\xa0", " ").strip()


def _end_heading_at_block(m: re.Match[str]) -> str:
    tag, attrs, inner = m.groups()
    block = _BLOCK_START.search(inner)
    if block is None:
        return m.group(0)
    head, rest = inner[: block.start()], inner[block.start():]
    if not _visible_text(head):  # <h4><p>Title</p>…: the first paragraph is the heading's text
        first = _FIRST_PARAGRAPH.match(rest)
        if first and not _BLOCK_START.search(first.group(2)):
            head, rest = head + first.group(2), rest[first.end():]
    return f"<{tag}{attrs}>{head}</{tag}>{rest}"


def _ruby_inline(m: re.Match[str]) -> str:
    inner = _RUBY_FALLBACK.sub("", m.group(1))
    return _RUBY_TEXT.sub(lambda r: f"({r.group(1).strip()})" if r.group(1).strip() else "", inner)


def _textless_link(m: re.Match[str]) -> str:
    inner = m.group(1)
    if _visible_text(inner):
        return m.group(0)
    return "".join(_IMG.findall(inner))  # an icon link: its images, else nothing


# ------------------------------------------------------------------ emphasis set by style

_BOLD_ON = re.compile(r"font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.IGNORECASE)
_BOLD_OFF = re.compile(r"font-weight\s*:\s*(?:normal|lighter|[1-5]00)\b", re.IGNORECASE)
_ITALIC_ON = re.compile(r"font-style\s*:\s*(?:italic|oblique)\b", re.IGNORECASE)
_ITALIC_OFF = re.compile(r"font-style\s*:\s*normal\b", re.IGNORECASE)
_EMPHASIS_TAGS = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic"}
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_LITERAL = frozenset({"pre", "code", "kbd", "samp", "tt", "script", "style", "svg"})


class _StyledEmphasis(HTMLParser):
    """Re-emit the field with ``<b>``/``<i>`` around each run of text that shows
    bold/italic, from tags and styles together; b/strong/i/em tags themselves go."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool | None, bool | None]] = []  # (tag, bold, italic)

    @classmethod
    def rewrite(cls, field: str) -> str:
        parser = cls()
        parser.feed(field)
        parser.close()
        return "".join(parser.out)

    def _state(self, index: int) -> bool:
        for entry in reversed(self.stack):
            if entry[index] is not None:
                return bool(entry[index])
        return False

    def _literal(self) -> bool:
        return any(entry[0] in _LITERAL for entry in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self.out.append(self.get_starttag_text() or "")
            return
        style = next((v or "" for k, v in attrs if k == "style"), "")
        bold = italic = None
        if _EMPHASIS_TAGS.get(tag) == "bold":
            bold = True
        elif _EMPHASIS_TAGS.get(tag) == "italic":
            italic = True
        if _BOLD_ON.search(style):
            bold = True
        elif _BOLD_OFF.search(style):
            bold = False
        if _ITALIC_ON.search(style):
            italic = True
        elif _ITALIC_OFF.search(style):
            italic = False
        self.stack.append((tag, bold, italic))
        if tag not in _EMPHASIS_TAGS or self._literal():
            self.out.append(self.get_starttag_text() or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        else:
            if tag in _EMPHASIS_TAGS:
                return  # a stray </b>: nothing to close
        if tag not in _EMPHASIS_TAGS or self._literal():
            self.out.append(f"</{tag}>")

    def _text(self, raw: str) -> None:
        if self._literal() or not raw.strip():
            self.out.append(raw)
            return
        bold, italic = self._state(1), self._state(2)
        self.out.append(("<b>" if bold else "") + ("<i>" if italic else "") + raw
                        + ("</i>" if italic else "") + ("</b>" if bold else ""))

    def handle_data(self, data: str) -> None:
        self._text(data)

    def handle_entityref(self, name: str) -> None:
        self._text(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._text(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")
