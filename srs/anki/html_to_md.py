"""Anki field HTML → readable markdown (a kept converter, then a tidy pass).

Media references are renamed on the way: ``<img src="orig.png">`` becomes
``![](safe.png)`` and ``[sound:orig.mp3]`` becomes ``[🔊 orig.mp3](safe.mp3)``
(our exporter turns such links back into ``[sound:…]``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from .html_engine import convert, escape_text, map_images
from .ids import strip_html

SOUND = re.compile(r"\[sound:([^\]\n]+)\]")
_WS = re.compile(r"[\t \r\n]+")
_TRAILING_BREAK = re.compile(r"(?:\\\n|\\$)(?=\s*(?:\n\n|$))")
_INTRAWORD_US = re.compile(r"(?<=[^\W_])\\_(?=[^\W_])")
_LINE_END_SPACE = re.compile(r"[ \t]+\n")
_BLANKS = re.compile(r"\n{3,}")
_NBSP_RUN = re.compile(r"[ \xa0]*\xa0[ \xa0]*")
# code the converter wrote: fenced blocks, then inline spans (left untouched)
_CODE = re.compile(r"(^|\n)[ \t]*(```+|~~~+)[^\n]*\n.*?\n[ \t]*\2[ \t]*(?=\n|$)|(`+)(?:(?!\3).)+?\3", re.DOTALL)
# literal "<tag" / "&entity;" text the converter left bare (it never writes raw HTML);
# autolinks <scheme:…> and link destinations ](<…>) are the converter's own
_BARE_LT = re.compile(r"(?<!\]\()<(?=[A-Za-z/!?])(?![A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>)")
_BARE_AMP = re.compile(r"&(?=#?\w+;)")
_FENCE = re.compile(r"(?:^|(?<=\n))[ \t]*(```+|~~~+)[^\n]*\n.*?\n[ \t]*\1[ \t]*(?=\n|$)", re.DOTALL)
_INNER_TAB = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")
# emphasis around punctuation only (``copyable<em>. </em>``, ``set<em>(</em>)``): markdown
# cannot open emphasis between a letter and punctuation, so the stars would show as text
_PUNCT_EMPHASIS = re.compile(r"(?<![\\*])(\*{1,3})([^\w\s*\\]{1,4})\1(?!\*)")


def _fix_text(text: str) -> str:
    text = _BARE_AMP.sub(r"\\&", _BARE_LT.sub(r"\\<", text))
    if "*" in text:
        text = _PUNCT_EMPHASIS.sub(r"\2", text)
    return _INNER_TAB.sub(" ", text) if "\t" in text else text


def _escape_bare(md: str) -> str:
    """Escape literal ``<tag``/``&entity;`` text and flatten inner tabs, outside code."""
    if "<" not in md and "&" not in md and "\t" not in md and "*" not in md:
        return md
    out, pos = [], 0
    for m in _CODE.finditer(md):
        out.append(_fix_text(md[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(_fix_text(md[pos:]))
    return "".join(out)


def _sound_links(field: str, media: Mapping[str, str]) -> str:
    def link(m: re.Match[str]) -> str:
        name = html.unescape(m.group(1)).strip()
        target = media.get(name, name)
        return f'<a href="{html.escape(target)}">🔊 {html.escape(name)}</a>'

    return SOUND.sub(link, field)


def tidy(md: str) -> str:
    """Even out what the converter leaves, outside code blocks: nbsp runs, trailing
    spaces and breaks, needless escaped underscores inside words, runs of blank
    lines. Code blocks are kept exactly (a blank line in code is meant)."""
    if "```" not in md and "~~~" not in md:
        return _tidy_prose(md).strip()
    out, pos = [], 0
    for m in _FENCE.finditer(md):
        out.append(_tidy_prose(md[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(_tidy_prose(md[pos:]))
    return "".join(out).strip()


def _tidy_prose(md: str) -> str:
    if "\xa0" in md:
        md = _NBSP_RUN.sub(" ", md)
    if "\u200b" in md:
        md = md.replace("\u200b", "")
    if "\n" in md:
        md = _LINE_END_SPACE.sub("\n", md)
        if "\n\n\n" in md:
            md = _BLANKS.sub("\n\n", md)
    if "\\" in md:
        md = _TRAILING_BREAK.sub("", md)
        if "\\_" in md:
            md = _INTRAWORD_US.sub("_", md)
    return md


def to_markdown(field: str, media: Mapping[str, str] | None = None) -> str:
    """One Anki field (HTML) as markdown; ``media`` renames media references."""
    media = media or {}
    if "[sound:" in field:
        field = _sound_links(field, media)
    if "<" not in field:  # plain text: no converter needed
        if "&" in field:
            field = html.unescape(field)
        if "\t" in field or "\n" in field or "\r" in field or "  " in field:
            field = _WS.sub(" ", field)
        return tidy(escape_text(field))
    try:
        md = convert(field)
    except BaseException as exc:  # absurd nesting, a converter bug (Rust panics included)
        if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError)):
            raise
        return tidy(escape_text(_WS.sub(" ", strip_html(field))))  # keep the text
    return tidy(map_images(_escape_bare(md), media))
