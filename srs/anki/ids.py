"""Stable identifiers in Anki's formats: guids, deck ids, checksums, tags."""

from __future__ import annotations

import hashlib
import html
import re
import string
from functools import lru_cache

import nh3

_BASE91 = string.ascii_letters + string.digits + "!#$%&()*+,-./:;<=>?@[]^_`{|}~"


_PAIRS = [a + b for a in _BASE91 for b in _BASE91]  # two digits at a time: a third faster
_PAIR = len(_PAIRS)


def base91(num: int) -> str:
    """Anki's guid alphabet (``anki.utils.base91``)."""
    buf = []
    while num >= _PAIR:
        num, mod = divmod(num, _PAIR)
        buf.append(_PAIRS[mod])
    if num:
        buf.append(_PAIRS[num] if num >= len(_BASE91) else _BASE91[num])
    return "".join(reversed(buf)) or _BASE91[0]


def _hash64(*parts: str) -> int:
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def anki_guid(our_guid: str) -> str:
    """A deterministic Anki guid (base91 of 64 bits) for one of our note ids."""
    return base91(_hash64("srs-note", our_guid))


def deck_id(name: str) -> int:
    """A stable deck id from the deck's name (case-insensitive, as Anki's names are).

    Kept in [2**40, 2**41) so it never hits Anki's Default deck (1) and stays
    below millisecond timestamps that Anki treats as "from the future".
    """
    return (1 << 40) + _hash64("srs-deck", name.casefold()) % (1 << 40)


def strip_html(text: str) -> str:
    """Field text without markup, keeping image names (like Anki's sort field)."""
    if "<" not in text and "&" not in text:
        return text
    text = _IMG_SRC.sub(r" \1 ", text)
    return html.unescape(_TEXT_ONLY.clean(text)).strip()


_TEXT_ONLY = nh3.Cleaner(tags=set())
_IMG_SRC = re.compile(r"""<img[^>]*?\bsrc=["']?([^"'>\s]+)[^>]*>""", re.IGNORECASE)


def field_checksum(stripped_first_field: str) -> int:
    """Anki's ``csum``: first 8 hex digits of sha1 of the first field, stripped
    of HTML with :func:`strip_html`."""
    return int(hashlib.sha1(stripped_first_field.encode()).hexdigest()[:8], 16)


_TAG_BAD = re.compile(r"[\s\u3000]+")


def safe_tag(tag: str) -> str:
    """A tag Anki keeps as one tag: whitespace becomes ``_``, empty levels dropped."""
    tag = _TAG_BAD.sub("_", tag.strip())
    tag = tag.replace('"', "")
    parts = [p for p in tag.split("::") if p]
    return "::".join(parts)


@lru_cache(maxsize=4096)
def tags_field(tags: tuple[str, ...]) -> str:
    """Anki's ``notes.tags`` column: space separated with surrounding spaces."""
    seen: set[str] = set()
    out: list[str] = []
    for t in tags:
        t = safe_tag(t)
        if t and t.casefold() not in seen:
            seen.add(t.casefold())
            out.append(t)
    return f" {' '.join(out)} " if out else ""


@lru_cache(maxsize=4096)
def safe_deck_name(name: str) -> str:
    """``A::B::C`` with empty levels removed and stray whitespace trimmed."""
    parts = [" ".join(p.split()) for p in (name or "").split("::")]
    parts = [p for p in parts if p]
    return "::".join(parts) or "Default"
