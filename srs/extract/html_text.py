"""Inline HTML, emoji shortcodes, footnote marks and translator's notes in markdown notes → text.

Notes copied from GitHub READMEs carry ``<br/>``, ``<sup><a href="#fn1">1</a></sup>``,
``<img …>`` and ``:+1:``. A line that holds a known HTML tag goes through
markdownify, told to drop what is not text on a card: footnote marks, images
and line breaks. Lines are converted one by one, so line numbers stay the
user's. Code fences and code spans are left alone.

Why markdownify here when the Anki import uses html-to-markdown: this line is
markdown with some HTML in it, not an HTML document. markdownify converts the
tags and leaves the rest of the line alone; html-to-markdown reads the whole
line as HTML text and escapes its markdown (a ``## Title`` heading gets a backslash,
entities and code-span placeholders mangled). Measured again on the 179
distinct HTML-bearing lines of tests/data/quality, html-to-markdown in its place
(escapes off) changes the text of 101 of them: ``&nbsp;`` kept, a masked code
span in a cell turned to "0".
"""

from __future__ import annotations

import re
from typing import Any

from markdownify import MarkdownConverter

from srs.core.cloze import code_spans
from srs.extract import rx

_TAGS = (
    "a|abbr|aside|b|br|big|center|cite|code|del|details|div|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|picture|pre|q|"
    "s|samp|small|source|span|strike|strong|sub|summary|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul|var|video|"
    "iframe|figure|figcaption|dl|dt|dd|blockquote|section|article|nav|header|footer|input|label|button|svg|path"
)
HTML_TAG = re.compile(rf"</?(?:{_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE)
# GitHub's emoji shortcodes (":+1:", ":white_check_mark:") standing alone, not "a:b:c" or "12:30:"
SHORTCODE = re.compile(r"(?<![\w:/]):[a-z0-9_+-]{1,40}:(?![\w:/])")
# an emoticon standing alone ("Go has pointers :o A pointer …", "easy :)"): the author's mood, no text on a card
EMOTICON = re.compile(r"(?<!\S)(?:[:;=]'?-?[()DPpOo|\\/\]\[]|\^_?\^)(?!\S)")
_FOOTNOTE_MARK = re.compile(r"^\s*(?:\[\s*\d{1,3}\s*\]|\*{1,3}|†|‡|note\s*\d*)\s*$", re.IGNORECASE)
_CARET_FOOTNOTE = re.compile(r"\[\^[^\]\s]{1,20}\](?!:)")
# an MDX component around words ("<Term>Asynchronous replication</Term>"): the words are the text (not "List<String>")
_COMPONENT = re.compile(r"<([A-Z][A-Za-z0-9]*)(?:\s[^<>]*)?>([^<>]*)</\1\s*>")
# "the <iframe> tag", "<iframe>标签", "<script>要素": a tag named in prose, which the line is about
_NAMED_TAG = re.compile(rf"(?<!`)(</?(?:{_TAGS}|script|style|form|meta|link|object|embed)>)(?=\s?(?:tags?|elements?|标签|元素|タグ|要素|태그)(?![A-Za-z]))",
                        re.IGNORECASE)
# a translator's aside in a translated guide: "（訳注: 原文では「 Pending 」です）"
_TRANSLATOR_NOTE = re.compile(r"\s*[（(](?:訳注|译注|譯註|译者注)\s*[:：][^）)]*[）)]")


class _TextConverter(MarkdownConverter):
    """markdownify, keeping only what reads as text on a card."""

    def convert_sup(self, el: Any, text: str, *args: Any, **kwargs: Any) -> str:
        """A footnote mark (a link, "[1]") goes; an exponent stays as one: 2<sup>n</sup> → 2^n."""
        if el.find("a") is not None or _FOOTNOTE_MARK.match(text) or text.strip().isdigit() and _leads(el):
            return ""  # (a number before any text: "<sup>1</sup> Backing store : …" is the footnote's own mark)
        said = text.strip()
        if _gloss(said):
            return f" ({said})"  # "알림<sup>alerts</sup>": a gloss in words, said in brackets (not "알림^alerts")
        return f"^{said}" if said else ""

    def convert_sub(self, el: Any, text: str, *args: Any, **kwargs: Any) -> str:
        """An index stays one (H<sub>2</sub>O → H_2O, T<sub>max</sub>); a gloss in words is said in brackets:
        "Swapping <sub>스와핑</sub>" → "Swapping (스와핑)"."""
        if el.find("a") is not None or _FOOTNOTE_MARK.match(text):
            return ""
        said = text.strip()
        if _gloss(said):
            return f"({said})"
        return f"_{said}" if said else ""

    def convert_br(self, el: Any, text: str, *args: Any, **kwargs: Any) -> str:
        return " "

    def convert_img(self, el: Any, text: str, *args: Any, **kwargs: Any) -> str:
        return ""

    def convert_hr(self, el: Any, text: str, *args: Any, **kwargs: Any) -> str:
        return " "

    def _cell(self, el: Any, text: str, *args: Any, **kwargs: Any) -> str:
        return f" {text.strip()} "

    convert_td = convert_th = _cell

    def convert_tr(self, el: Any, text: str, *args: Any, **kwargs: Any) -> str:
        return f" {text.strip()} "


_CONVERTER = _TextConverter(escape_asterisks=False, escape_underscores=False, escape_misc=False,
                            strip=["script", "style"], heading_style="ATX")


def _gloss(said: str) -> bool:
    """Raised or lowered words, not an index or an exponent ("alerts", "스와핑", not "n", "max", "2")."""
    return bool(rx.search(r"\s|[^\x00-\x7f]", said)) or len(said) > 4 and said.isalpha()


def _leads(el: Any) -> bool:
    """Nothing but spaces before ``el`` in its parent: it opens the line."""
    before = el.previous_sibling
    while before is not None and not str(before).strip():
        before = before.previous_sibling
    return before is None


def has_markup(line: str) -> bool:
    return "<" in line and bool(HTML_TAG.search(line)) or ":" in line and bool(SHORTCODE.search(line)) \
        or "[^" in line and bool(_CARET_FOOTNOTE.search(line)) or not line.isascii() and bool(_TRANSLATOR_NOTE.search(line)) \
        or "</" in line and bool(_COMPONENT.search(line)) or (":" in line or ";" in line or "=" in line or "^" in line) \
        and bool(EMOTICON.search(line))


def to_text(line: str) -> str:
    """One markdown line with its HTML, shortcodes and footnote marks turned into text (markdown kept)."""
    lead = line[: len(line) - len(line.lstrip())]
    if rx.match(r"\s*<(?:t[dhr]|table|tbody|thead|tfoot|caption)\b", line, re.IGNORECASE):
        lead = ""  # "   <td><strong>Pros</strong></td>" after a list: a cell of an HTML table, no lazy line of the item above
    line = _NAMED_TAG.sub(r"`\1`", line)  # "HTML中<iframe>标签的透明属性": the tag is named, not used
    masked, spans = _mask_code(line.strip())
    masked = _COMPONENT.sub(r"\2", masked)
    if HTML_TAG.search(masked):
        masked = rx.sub(r"</br\s*>", "<br>", masked, flags=re.IGNORECASE)  # "a.</br>b": a browser breaks the line there too
        try:
            masked = _CONVERTER.convert(masked)
        except Exception:  # a converter fault must not stop an import: drop the tags instead
            masked = HTML_TAG.sub(" ", masked)
        masked = " ".join(masked.split())
    masked = SHORTCODE.sub("", masked)
    if EMOTICON.search(masked):  # ("Go has pointers :o A pointer …": the emoticon ended a sentence)
        masked = rx.sub(r"(?<=\w)\s+\.(?=\s+[A-Z])", ".", EMOTICON.sub(
            lambda m: "." if rx.match(r"\s+[A-Z]", masked[m.end():]) else "", masked))
    masked = _CARET_FOOTNOTE.sub("", masked)
    masked = _TRANSLATOR_NOTE.sub("", masked)
    for k, span in enumerate(spans):
        masked = masked.replace(f"\x00{k}\x00", span)
    return lead + " ".join(masked.split()) if masked.strip() else ""


def _mask_code(text: str) -> tuple[str, list[str]]:
    spans: list[str] = []

    out, last = [], 0
    for start, end in code_spans(text):  # linear: the regex (`+).+?\1 was cubic on a run of backticks
        spans.append(text[start:end])
        out += [text[last:start], f"\x00{len(spans) - 1}\x00"]
        last = end
    out.append(text[last:])
    return "".join(out), spans


_PRE_OPEN = re.compile(r"\s*<pre(?:\s[^<>]*)?>\s*(?:<code(?:\s[^<>]*)?>)?\s*", re.IGNORECASE)
_PRE_CLOSE = re.compile(r"\s*(?:</code>)?\s*</pre>\s*", re.IGNORECASE)


def pre_as_fences(lines: list[str]) -> list[str]:
    """ "<pre>" and "</pre>" alone on their lines around text: preformatted text, a code block. Converted line by line,
    the tags would vanish and "分区数： partitions" between them would read as a labelled fact."""
    out = list(lines)
    opening = None
    for k, line in enumerate(lines):
        if opening is None and _PRE_OPEN.fullmatch(line):
            opening = k
        elif opening is not None and _PRE_CLOSE.fullmatch(line):
            out[opening], out[k], opening = "```", "```", None
    return out


def cell_breaks(line: str) -> str:
    """The line breaks of a table row's cells ("… with leader <br /> leader has to block": two items of a cell)."""
    return rx.sub(r"(?<![.;:,!?\s])(\s*)<br\s*/?>(?=\s*([^\s|\-*•①-⑳\d]))", _cell_break, line, flags=re.IGNORECASE)


def _cell_break(m: re.Match[str]) -> str:
    """A line break in a table cell: two items ("; "), or one phrase going on ("telefone, e-mail e <br>chat",
    "skip connection tracking <br> via NOTRACK", "ENTERPRISE <br>ON-RAMP"), which a space joins."""
    before = m.string[:m.start()].rsplit("|", 1)[-1]
    after = m.string[m.end():].lstrip()
    goes_on = rx.search(r"(?:^|\s)(?:and|or|of|to|for|with|e|y|ou|o|et|und|oder|de|da|do|para|com|con)$", before, re.IGNORECASE) \
        or rx.match(r"(?:via|for|with|to|in|on|of|at|by|from|para|com|por|pour|avec|für|mit)\s", after, re.IGNORECASE) \
        or rx.fullmatch(r"\s*[A-Z]{3,}", before) and m.group(2).isupper()
    return " " if goes_on else "; "
