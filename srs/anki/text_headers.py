"""The ``#key:value`` file headers of Anki's text import/export format."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field

_DELIMITERS = {"tab": "\t", "pipe": "|", "semicolon": ";", "colon": ":", "comma": ",", "space": " "}
# Anki's detection order, except colon, which ordinary text ("Q: …") is full of
_DETECT_ORDER = ("\t", "|", ";", ",", ":", " ")
_HTML = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*\b[^>]*|/[a-zA-Z][a-zA-Z0-9]*\s*)>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")


@dataclass(slots=True)
class Header:
    delimiter: str | None = None
    html: bool | None = None
    tags: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    notetype: str | None = None
    deck: str | None = None
    notetype_column: int = 0  # 1-based; 0 = none
    deck_column: int = 0
    tags_column: int = 0
    guid_column: int = 0


def _delimiter(value: str) -> str | None:
    v = value.strip().lower()
    if v in _DELIMITERS:
        return _DELIMITERS[v]
    return value[:1] if value[:1] in _DELIMITERS.values() else None


def _int(value: str) -> int:
    m = re.match(r"\s*(\d+)", value)
    return int(m.group(1)) if m else 0


def parse_header(text: str) -> tuple[Header, str]:
    """The header lines of ``text`` and the rest of it."""
    head = Header()
    lines = text.splitlines(keepends=True)
    used = 0
    if lines and lines[0].startswith("tags:"):
        head.tags = lines[0][5:].split()
        used = 1
    pending_columns = None
    for line in lines[used:]:
        if not line.startswith("#"):
            break
        used += 1
        key, sep, value = line[1:].rstrip("\r\n").partition(":")
        if not sep:
            continue
        key = key.strip().lower()
        if key == "separator":
            head.delimiter = _delimiter(value) or head.delimiter
        elif key == "html":
            if value.strip().lower() in ("true", "false"):
                head.html = value.strip().lower() == "true"
        elif key == "tags":
            head.tags = value.split()
        elif key == "columns":
            pending_columns = value
        elif key == "notetype":
            head.notetype = value.strip() or None
        elif key == "deck":
            head.deck = value.strip() or None
        elif key == "notetype column":
            head.notetype_column = _int(value)
        elif key == "deck column":
            head.deck_column = _int(value)
        elif key == "tags column":
            head.tags_column = _int(value)
        elif key == "guid column":
            head.guid_column = _int(value)
    if pending_columns is not None:
        delim = head.delimiter or detect_delimiter(pending_columns, csv_file=False)
        head.columns = next(csv.reader([pending_columns], delimiter=delim), [])
    return head, "".join(lines[used:])


def detect_delimiter(body: str, *, csv_file: bool) -> str:
    sample = body[:8192]
    if csv_file:
        try:
            return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            return ","
    for d in _DETECT_ORDER:
        if d in sample:
            return d
    return "\t"


_MARKDOWN_LINE = re.compile(r"\s*(?:[-*+>]\s|```|~~~|[QA]:\s)|.*\s:::?\s")
_TABLE_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
SNIFF_BYTES = 64 << 10


def looks_delimited(text: str) -> str | None:
    """The separator of a headerless Anki text file, or None when ``text`` (the start of
    a file) reads as notes in markdown instead.

    Anki takes the first of tab, pipe, semicolon, (colon,) comma that occurs and skips
    ``#`` lines as comments. Its own fixtures have stray rows (one field, three), so a
    tab-separated file needs three rows in four to split into two or more fields, the
    first not empty; on the other separators, which prose is full of, every row must
    split into the same number (two or more). Markdown structure (lists, quotes, fences, ``Q:``, ``front :: back``,
    tables, front matter) means notes, not a table."""
    lines = text.splitlines()
    if len(text) >= SNIFF_BYTES and lines:
        lines.pop()  # cut off mid-line
    rows = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    if not rows or (lines and lines[0].startswith("---")):
        return None
    if any(_MARKDOWN_LINE.match(ln) or _TABLE_RULE.match(ln) for ln in rows):
        return None
    sample = "\n".join(rows)
    delimiter = next((d for d in _DETECT_ORDER[:4] if d in sample), None)
    if delimiter is None:
        return None
    parsed = list(csv.reader(rows, delimiter=delimiter, strict=False))
    widths = [len(r) for r in parsed]
    if delimiter == "\t":  # (a row that starts with a tab is indented text, not a front)
        return delimiter if sum(len(r) >= 2 and bool(r[0].strip()) for r in parsed) * 4 >= len(parsed) * 3 else None
    return delimiter if min(widths) >= 2 and len(set(widths)) == 1 else None


def looks_like_html(value: str) -> bool:
    return bool(_HTML.search(value))
