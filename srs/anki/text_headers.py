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


def looks_like_html(value: str) -> bool:
    return bool(_HTML.search(value))
