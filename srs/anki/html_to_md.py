"""Anki field HTML → readable markdown (a kept converter, then a tidy pass).

Media references are renamed on the way: ``<img src="orig.png">`` becomes
``![](safe.png)`` and ``[sound:orig.mp3]`` becomes ``[🔊 orig.mp3](safe.mp3)``
(our exporter turns such links back into ``[sound:…]``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from .ids import strip_html
from .md_engines import escape_text, map_images, select_engine

ENGINE, _convert = select_engine()

SOUND = re.compile(r"\[sound:([^\]\n]+)\]")
_WS = re.compile(r"[\t \r\n]+")
_TRAILING_BREAK = re.compile(r"(?:\\\n|\\$)(?=\s*(?:\n\n|$))")
_INTRAWORD_US = re.compile(r"(?<=[^\W_])\\_(?=[^\W_])")
_LINE_END_SPACE = re.compile(r"[ \t]+\n")
_BLANKS = re.compile(r"\n{3,}")
_NBSP_RUN = re.compile(r"[ \xa0]*\xa0[ \xa0]*")
# code the converter wrote: fenced blocks, then inline spans (left untouched)
_CODE = re.compile(r"(^|\n)(```+|~~~+)[^\n]*\n.*?\n\2[ \t]*(?=\n|$)|(`+)(?:(?!\3).)+?\3", re.DOTALL)
# literal "<tag" / "&entity;" text the converter left bare (it never writes raw HTML);
# autolinks <scheme:…> and link destinations ](<…>) are the converter's own
_BARE_LT = re.compile(r"(?<!\]\()<(?=[A-Za-z/!?])(?![A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>)")
_BARE_AMP = re.compile(r"&(?=#?\w+;)")
_INNER_TAB = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")


def _fix_text(text: str) -> str:
    text = _BARE_AMP.sub(r"\\&", _BARE_LT.sub(r"\\<", text))
    return _INNER_TAB.sub(" ", text) if "\t" in text else text


def _escape_bare(md: str) -> str:
    """Escape literal ``<tag``/``&entity;`` text and flatten inner tabs, outside code."""
    if "<" not in md and "&" not in md and "\t" not in md:
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
    """Even out what converters leave: nbsp runs, trailing spaces and breaks,
    needless escaped underscores inside words, runs of blank lines."""
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
    return md.strip()


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
        md = _convert(field)
    except BaseException as exc:  # absurd nesting, a converter bug (Rust panics included)
        if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError)):
            raise
        return tidy(escape_text(_WS.sub(" ", strip_html(field))))  # keep the text
    if ENGINE == "html-to-markdown":
        md = _escape_bare(md)
    return tidy(map_images(md, media))
